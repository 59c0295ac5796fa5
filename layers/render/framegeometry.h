#pragma once

#include "view/mapscene.h"
#include "view/mapview.h"
#include "render/pixelrings.h"

#include <QPainterPath>
#include <QTransform>

#include <vector>

namespace dpa {

// The scene's geometry mapped to the pixels of one view, per scene layer and item. Rebuilt only
// when the view's transform changes: a new date never touches it.
class FrameGeometry
{
public:
    void prepare(const MapScene &scene, const MapView &view);

    size_t layerCount() const { return m_areas.size(); }
    // Empty for what lies outside the view (and for items with no area).
    PixelRings area(int layer, size_t item) const { return m_areas[size_t(layer)].item(item); }
    const QPainterPath &lines(int layer, size_t item) const { return m_lines[size_t(layer)][item]; }

private:
    QTransform m_transform;
    bool m_valid = false;
    std::vector<PixelRingStore> m_areas;
    std::vector<std::vector<QPainterPath>> m_lines;
};

} // namespace dpa
