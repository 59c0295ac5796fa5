#pragma once

#include "crs.h"
#include "error.h"
#include "geometry.h"

#include <QMetaType>
#include <QVariantMap>

#include <vector>

namespace dpa {

struct VectorField
{
    QString name;
    QMetaType::Type type = QMetaType::QString;   // QString, Int, LongLong, Double, QDateTime
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

// Writes one layer through GDAL. The file appears whole or not at all: it is written under a
// temporary name in the same folder and renamed at the end, so a failure or a crash never
// leaves half a file where the user expects one.
namespace vectorwriter {
// The GDAL driver for a file name's extension, or empty when the extension is not supported.
QString driverForPath(const QString &path);
Result<int> write(const VectorWriteRequest &request, const std::vector<VectorRecord> &records);
} // namespace vectorwriter

} // namespace dpa
