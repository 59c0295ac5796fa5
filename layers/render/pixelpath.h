#pragma once

#include "io/geometry.h"
#include "render/pixelrings.h"

#include <QTransform>

namespace dpa {

// A feature's outline in the pixels of one view, with no more detail than the pixels can show.
// Vertices closer than a fraction of a pixel to the last one kept are dropped, so a
// 100,000-vertex coastline seen from afar costs what it shows. And an outline whose edges add
// up to more than kMaxEdgePixels (a self-intersecting star of 20,000 spikes reaches 40 million,
// and Qt's scan converter takes minutes over it) is drawn as its convex hull: the area it
// spans, in the holder's colour, instead of a frozen window. The validator names such
// outlines, so the user learns what is wrong with the file.
class PixelPath
{
public:
    static constexpr double kMinStepPixels = 0.3;
    // Twice the edge length of every scanline of a 1920x1080 frame filled: a legitimate
    // outline stays far below, however detailed.
    static constexpr double kMaxEdgePixels = 4.0e6;

    // `world`: polygons in the case study's CRS, added to `into` as one item whose rings each
    // end on their first vertex; filled odd-even (holes).
    static void map(const std::vector<Polygon> &world, const QTransform &worldToPixel, PixelRingStore &into,
                    bool *drawnAsHull = nullptr);
};

} // namespace dpa
