#pragma once

#include "core/error.h"
#include "georef/georefmethod.h"
#include "georef/georefresiduals.h"
#include "io/geometry.h"
#include "io/rasterreader.h"

#include <QSize>

#include <functional>

namespace dpa {

struct ScanWarpRequest
{
    QString scanPath;
    GcpSet gcps;
    GeorefMethod method = GeorefMethod::Polynomial1;
    Crs targetCrs;           // invalid: the control points' CRS
    QString outputPath;      // a .tif
    // Called with 0..1 while the file is written; returning false cancels (nothing is written).
    std::function<bool(double)> progress;
    // The largest scan and warped map, in pixels (RasterLimits::kMaxPixels). GDALWarp and the
    // GeoTIFF writer work through the scan in chunks of kWarpMemoryMB, so memory is not what
    // limits; the cap is the one every raster of a package obeys.
    qint64 maxPixels = RasterLimits::kMaxPixels;
};

struct ScanWarpResult
{
    QString path;
    QSize size;
    Crs crs;
    BoundingBox extent;      // in crs
    GeorefResiduals residuals;
};

// Warps a plain scan by its control points (GDALWarp with -order N or -tps, or the Helmert
// fit as a geotransform) into a Cloud Optimized GeoTIFF in the target CRS: tiled, compressed
// (JPEG for 8-bit grey or colour, the transparent margin kept as a mask; DEFLATE otherwise) and
// with overviews, so the renderer can draw it at any zoom. The file is written in a staging
// folder beside the target and renamed onto it when complete: an error or a cancel leaves the
// target as it was. Errors name the scan or the control point file: a scan GDAL cannot read, a
// scan or result past maxPixels, a result larger than a package allows, too few or collinear
// points (GeorefTransform::fit), no CRS.
Result<ScanWarpResult> warpScan(const ScanWarpRequest &request);

// The scan warped the same way into targetCrs/extent/size, as 0xAARRGGBB pixels transparent
// outside the scan: the georeferencer's preview over the map.
Result<ArgbImage> warpScanToImage(const QString &scanPath, const GcpSet &gcps, GeorefMethod method,
                                  const Crs &targetCrs, const BoundingBox &extent, QSize size);

} // namespace dpa
