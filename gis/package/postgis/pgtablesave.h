#pragma once

#include "package/edit/editabletables.h"
#include "package/postgis/pguri.h"

namespace dpa::postgis {

struct PgSaveSummary
{
    qint64 revision = 0;   // the case study's revision after the save
    int updated = 0, inserted = 0, deleted = 0;
};

// The edit mode's save for a case study opened from PostgreSQL: the database's counterpart of
// TableSave. The tables were pulled into the cache (pgcache), and the rows each was read from,
// with their versions, are in the copy's origin. Saving compares each edited table with the
// table as opened (TableRowDiff) and, in one transaction, checks that every row it changes or
// deletes still has the version it was read with (locking those rows), then writes only those
// rows and the new ones. If anyone saved one of these rows in between, with the app, QGIS or
// psql (their change raised its version), nothing is written and the error names each row, who
// saved it and when. Rows others changed that this edit did not touch are kept: both saves
// stand. After a save, open the case study again (it shows everyone's changes) before saving
// more: the copy's record of versions is the one it was opened with.
class PgTableSave
{
public:
    // `author` is recorded with each row written (empty: pgschema::localAuthor()). On success
    // the tables are marked saved.
    static Result<PgSaveSummary> save(EditableTables &tables, const PgUri &uri, const QString &author = {});
};

} // namespace dpa::postgis
