#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// Context layers (land, water, rivers, boundaries): the ground the features lie on. Drawn into
// the per-view underlay (before the first feature layer) or overlay (after it).
class ContextLayerPass
{
public:
    explicit ContextLayerPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter, int layer, const LayerDisplay &display) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
