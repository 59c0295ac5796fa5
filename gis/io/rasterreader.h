#pragma once

#include "io/crs.h"
#include "core/error.h"
#include "io/geometry.h"

#include <QByteArray>
#include <QSize>
#include <QStringList>

namespace dpa {

// The pixel limits every raster the app reads or writes obeys. Past kMaxPixelsWithoutOverviews a
// raster must carry overviews: drawing it whole from full resolution would read every pixel for
// every view (a 30000 x 30000 scan took 47 s and 4 GB). No raster, overviews or not, may be
// larger than kMaxPixels, and a package's raster file no larger than kMaxFileBytes.
namespace RasterLimits {
constexpr qint64 kMaxPixelsWithoutOverviews = 100ll * 1000 * 1000;
constexpr qint64 kMaxPixels = 4ll * 1000 * 1000 * 1000;
constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;
} // namespace RasterLimits

struct RasterWarpRequest
{
    Crs targetCrs;
    BoundingBox extent;     // in targetCrs
    QSize size;             // pixels of the output image
    QStringList allowedDrivers;  // empty: any raster driver
    QString displayName;    // how errors name the file
    // GCP rasters: a first-order polynomial (affine) fit by default, which suits scans
    // georeferenced on a regular grid; a thin-plate spline bends to every point, for sheets
    // that are distorted (paper shrinkage, hand-picked landmarks).
    bool thinPlateSpline = false;
    qint64 maxFileBytes = RasterLimits::kMaxFileBytes;
    // The path is a GDAL connection string (a tile service's description), not a file: no
    // file checks; allowedDrivers says which drivers may read it.
    bool connectionString = false;
};

struct RasterInfo
{
    QSize size;
    int bandCount = 0;
    int gcpCount = 0;
    bool hasGeoTransform = false;
    Crs crs;                // of the geotransform, or of the GCPs
    BoundingBox boundsInTarget;  // the raster's footprint in the request's CRS
};

// Reads the raster's georeferencing (geotransform or GCPs) without reading pixels.
Result<RasterInfo> inspectRaster(const QString &path, const RasterWarpRequest &request);

// Pixels as 32-bit 0xAARRGGBB words, row by row (the layout of QImage::Format_ARGB32, so the
// renderer wraps them without copying; gis itself stays on QtCore).
struct ArgbImage
{
    QSize size;
    QByteArray pixels;
    const quint32 *line(int y) const
    {
        return reinterpret_cast<const quint32 *>(pixels.constData()) + qsizetype(y) * size.width();
    }
};

// Warps a georeferenced raster (geotransform or ground control points) into targetCrs/extent/size, transparent where the raster has
// no data.
Result<ArgbImage> warpRaster(const QString &path, const RasterWarpRequest &request);

} // namespace dpa
