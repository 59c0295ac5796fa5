#pragma once

#include <QString>

typedef void *GDALDatasetH;

namespace dpa::sqliteschema {

// "table", "view", "trigger"… as the SQLite file behind a GDAL GeoPackage dataset says of
// `name` in sqlite_master, or "" when it has no such object. Asked before a layer is read: in a
// package, only plain tables are read, since reading a view runs the query its author wrote
// (one that writes files through SpatiaLite, or one that never ends).
QString objectType(GDALDatasetH ds, const QString &name);

} // namespace dpa::sqliteschema
