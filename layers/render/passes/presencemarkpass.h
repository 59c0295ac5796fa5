#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// A light mark where an authority is present without governing (role `presence`: troops under
// an agreement, officials, observers): a small pennant in its colour by the feature's label
// point. It changes no status, so it never touches the fill; drawn every frame with the symbols.
class PresenceMarkPass
{
public:
    explicit PresenceMarkPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
