#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// The territory of the authority picked in the legend (MapView::highlightAuthority): every
// feature where it has a claim in force other than a mere presence, and the features picked by
// a search or an event (MapView::highlightFeatures), outlined thick over the fills. Drawn
// every frame, since a territory changes with the date.
class HighlightPass
{
public:
    explicit HighlightPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
