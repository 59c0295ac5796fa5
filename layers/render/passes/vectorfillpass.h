#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// Feature areas filled by status as vector paths, for SVG and PDF. Screens and PNGs fill through
// FeatureIdBuffer instead, which draws the same patterns per pixel.
class VectorFillPass
{
public:
    explicit VectorFillPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter, int layer, const LayerDisplay &display) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
