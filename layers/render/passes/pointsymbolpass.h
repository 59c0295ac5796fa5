#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// Point features (barracks, factories, bridges, places) as symbols filled by status. Drawn every
// frame, above every area, so a garrison is never hidden under a district or water.
class PointSymbolPass
{
public:
    explicit PointSymbolPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
