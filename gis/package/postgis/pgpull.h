#pragma once

#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pguri.h"
#include "core/error.h"

#include <QHash>

#include <functional>
#include <vector>

namespace dpa::postgis {

class PgConnection;

// A CSV table's rows as pulled, in the file's order: what an edit of the pulled file is
// compared with when it is saved back (PgTableSave).
struct PulledTable
{
    QString file;   // as the manifest names it
    struct Row
    {
        qint64 id = 0, version = 0;
        QString ord;   // dpa_ord as the server prints it (numeric, exact)
    };
    std::vector<Row> rows;
};

struct PullResult
{
    QString folder;
    pgschema::CaseStudyInfo info;          // revision and push id of the snapshot pulled
    QHash<QString, PulledTable> tables;    // "sources", "claims", "events"
    QStringList regeneratedFiles;          // layer files written anew from changed tables
};

struct PullOptions
{
    // Write every layer file from its tables even where the pushed file is still theirs (the
    // tests use it to check that the tables alone give back the same case study).
    bool regenerateLayers = false;
    std::function<bool()> cancelled;
};

// Writes the case study in `schema` as a package folder at `folder` (which must not exist or be
// empty), from one snapshot of the database, so a save by someone else meanwhile is either all
// in it or not at all. The folder appears whole or not at all.
Result<PullResult> pull(PgConnection &c, const QString &schema, const QString &folder, const PullOptions &options = {});
Result<PullResult> pull(const PgUri &uri, const QString &folder, const PullOptions &options = {});

} // namespace dpa::postgis
