#pragma once

#include "render/framecontext.h"

#include <cstddef>

class QPainter;

namespace dpa {

// Feature outlines (dashed where the boundary is approximate) and line features. They do not
// change with the date, so the raster path draws them once per view into the overlay.
class OutlinePass
{
public:
    explicit OutlinePass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter, int layer, const LayerDisplay &display) const;

private:
    // Layers with this many items are drawn on every core (into a picture, not SVG or PDF).
    static constexpr size_t kParallelFrom = 20000;
    void drawItems(QPainter &painter, int layer, const LayerDisplay &display, size_t begin, size_t end) const;

    const FrameContext &m_frame;
};

} // namespace dpa
