#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// The front lines the analyses found for the date (MapView::frontLines), over the fills.
class FrontLinePass
{
public:
    explicit FrontLinePass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
