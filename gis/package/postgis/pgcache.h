#pragma once

#include "package/postgis/pgpull.h"
#include "package/postgis/pguri.h"
#include "core/error.h"

#include <functional>

namespace dpa::postgis {

// Case studies opened from PostgreSQL are loaded the way every package is, from a folder: each
// is pulled into the user's cache ($XDG_CACHE_HOME/dpatlas/postgis/<key>/package), the key made
// of the server, database, schema, push id and revision. Any change, anyone's, raises the
// revision, so opening again shows it; an unchanged case study opens from the copy pulled
// before, after one query. Beside each copy, origin.json records what it was pulled from, row
// by row, for saving edits back (PgTableSave).
namespace pgcache {

// The folder to load `uri` from (DatasetPackage::load does this for a pg: DATASET).
Result<QString> pullToCache(const PgUri &uri, const std::function<bool()> &cancelled = {});

struct Origin
{
    QString schema, pushId;
    qint64 revision = 0;
    QHash<QString, PulledTable> tables;   // "sources", "claims", "events"
};
// What the cached copy at `packageFolder` was pulled from; an error when it is not one.
Result<Origin> origin(const QString &packageFolder);
// True when `packageFolder` is a copy pulled by pullToCache().
bool isPulledCopy(const QString &packageFolder);

// $XDG_CACHE_HOME/dpatlas/postgis.
QString root();

} // namespace pgcache
} // namespace dpa::postgis
