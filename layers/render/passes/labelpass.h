#pragma once

#include "render/framecontext.h"

class QPainter;

namespace dpa {

// Feature names with a white halo: areas centred on their label anchor where the name fits,
// points to the right of the symbol; a label that would overlap an earlier one is dropped.
class LabelPass
{
public:
    explicit LabelPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
