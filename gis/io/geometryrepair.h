#pragma once

#include "core/error.h"
#include "io/crs.h"

#include <QStringList>

#include <vector>

namespace dpa {

// One feature whose geometry was invalid, and what its fix did.
struct GeometryRepair
{
    qint64 fid = -1;
    QString featureId;     // the id attribute's value, else "#FID"
    QString featureName;   // the name attribute's value; may be empty
    QStringList problems;  // what was wrong, each with its place in the file's coordinates
    QString change;        // what the fix did
};

struct GeometryRepairRequest
{
    QString layerName;           // empty: the file's first layer
    QString idField, nameField;  // to name features in the report
    QString displayName;         // how messages name the file (e.g. "layers/districts.geojson")
    QStringList allowedDrivers;  // empty: any driver GDAL has
    Crs assumedCrs;              // the layer's CRS when the file states none (CSV)
};

// Finds the polygons of one layer that GEOS (through GDAL) finds invalid and replaces each, in
// the file itself, by GDAL's MakeValid of it, leaving every attribute, every other feature and
// the file's format as they were. The file is opened for writing only when something needs
// fixing, and nothing is written unless every invalid geometry can be fixed: the error then
// names each feature that cannot. Give it a copy: the point is a fixed copy beside the original.
Result<std::vector<GeometryRepair>> repairLayerFile(const QString &path, const GeometryRepairRequest &request);

} // namespace dpa
