#pragma once

#include "render/framecontext.h"

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
    const FrameContext &m_frame;
};

} // namespace dpa
