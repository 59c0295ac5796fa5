#pragma once

#include "io/crs.h"
#include "core/error.h"
#include "io/geometry.h"

#include <QMetaType>
#include <QVariantMap>

#include <functional>
#include <vector>

namespace dpa {

struct VectorField
{
    QString name;
    QMetaType::Type type = QMetaType::QString;   // QString, Int, LongLong, Double, QDateTime, QByteArray (GPKG BLOB)
};

struct VectorRecord
{
    Geometry geometry;
    QVariantMap attributes;
};

struct VectorWriteRequest
{
    QString path;               // the format follows the extension unless `driver` is set
    QString driver;             // GDAL driver name: GPKG, GeoJSON, ESRI Shapefile, KML, FlatGeobuf, CSV
    QString layerName;
    Crs sourceCrs;              // of the records' geometry
    Crs targetCrs;              // written in this CRS; invalid: sourceCrs (GeoJSON: always WGS 84)
    std::vector<VectorField> fields;
};

// The one kind of geometry a layer holds. FromRecords: whatever its records have (none: an
// attribute table). A layer that may be empty (no fronts on a quiet day) states its kind, so
// the file still has a geometry column and a CRS and opens in QGIS as a map layer.
enum class GeometryKind { FromRecords, Areas, Lines, Points };

// One layer of a multi-layer file (GeoPackage): a layer whose records have no geometry becomes
// an attribute table.
struct VectorLayerToWrite
{
    QString name;
    Crs sourceCrs, targetCrs;
    std::vector<VectorField> fields;
    std::vector<VectorRecord> records;
    GeometryKind geometryKind = GeometryKind::FromRecords;
    QString description;   // GeoPackage: gpkg_contents.description, what the layer shows
};

// Writes one layer through GDAL. The file appears whole or not at all: it is written under a
// temporary name in the same folder and renamed at the end, so a failure or a crash never
// leaves half a file where the user expects one.
namespace vectorwriter {
// The GDAL driver for a file name's extension, or empty when the extension is not supported.
QString driverForPath(const QString &path);
Result<int> write(const VectorWriteRequest &request, const std::vector<VectorRecord> &records);
// Several layers in one file, all or nothing; returns the number of records written.
// `progress(done, total)` after each layer may return false to cancel, which leaves no file.
// A format that holds one layer a file (GeoJSON, FlatGeobuf, Shapefile, CSV) gets one file per
// layer, "state-places.geojson" beside the "state.geojson" asked for; `files` lists what was
// written. `sqlAfter` runs on a single file once its layers are in (tables GDAL has no API for).
Result<int> writeLayers(const QString &path, const QString &driver, const std::vector<VectorLayerToWrite> &layers,
                        const std::function<bool(int, int)> &progress = {}, QStringList *files = nullptr,
                        const QStringList &sqlAfter = {});
bool holdsOneLayer(const QString &driver);
} // namespace vectorwriter

} // namespace dpa
