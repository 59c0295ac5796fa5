#pragma once

#include "core/error.h"
#include "io/rasterreader.h"

namespace dpa {

// A scan to look at while placing points: read by GDAL (so any format the warp reads shows),
// shrunk so its longer side is at most `maxSide` (GDAL reads from overviews or decimates, so a
// 20000-pixel scan does not land whole in memory). `scale` is scan pixels per image pixel.
struct ScanImage
{
    ArgbImage image;
    QSize scanSize;
    double scale = 1;
};

Result<ScanImage> readScanImage(const QString &path, int maxSide = 4096);

} // namespace dpa
