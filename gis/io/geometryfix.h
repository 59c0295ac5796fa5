#pragma once

#include "io/filelocation.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace dpa {

struct OgrGeometryDeleter
{
    void operator()(void *geometry) const;
};
// An OGRGeometryH we own (ogr_api.h declares the handle as an opaque pointer).
using OgrGeometryHandle = std::unique_ptr<void, OgrGeometryDeleter>;

// One invalid polygon or multipolygon, diagnosed by GEOS (through GDAL) and fixed by GDAL's
// MakeValid, in words a historian can act on.
struct GeometryFix
{
    QStringList problems;        // what was wrong and where, one entry per fault found
    QString change;              // what the fix did: "split into 2 parts; area changed by +8.3 %"
    OgrGeometryHandle fixed;     // null when it could not be fixed
    QString failure;             // why it could not be fixed
};

// Nothing when `geometry` (an OGRGeometryH in the file's CRS) is valid or not polygonal: GEOS
// holds lines and points valid except degenerate ones, which the package reader reports itself.
// The geometry is not changed.
std::optional<GeometryFix> fixGeometry(void *geometry, const FileLocation &where);

} // namespace dpa
