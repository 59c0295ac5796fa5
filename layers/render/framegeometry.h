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
    PixelRings area(int layer, size_t item) const;
    const QPainterPath &lines(int layer, size_t item) const { return m_lines[size_t(layer)][item]; }

private:
    QTransform m_transform;
    bool m_valid = false;
    // Per layer, the stores built on each core for consecutive items, kept as they are (joining
    // them would hold every point twice for a moment), and the first item of each.
    struct LayerAreas
    {
        std::vector<PixelRingStore> parts;
        std::vector<size_t> firstItem;
    };
    std::vector<LayerAreas> m_areas;
    std::vector<std::vector<QPainterPath>> m_lines;
};

} // namespace dpa
