#include "render/framegeometry.h"
#include "render/pixelpath.h"

namespace dpa {

void FrameGeometry::prepare(const MapScene &scene, const MapView &view)
{
    const QTransform t = view.worldToPixel();
    if (m_valid && t == m_transform)
        return;
    m_areas.clear();
    m_lines.clear();
    for (const MapScene::Layer &layer : scene.layers()) {
        std::vector<QPainterPath> areas, lines;
        areas.reserve(layer.items.size());
        for (const MapScene::Item &item : layer.items) {
            areas.push_back(PixelPath::map(item.area, t));
            lines.push_back(t.map(item.lines));
        }
        m_areas.push_back(std::move(areas));
        m_lines.push_back(std::move(lines));
    }
    m_transform = t;
    m_valid = true;
}

} // namespace dpa
