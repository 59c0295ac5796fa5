#include "render/framegeometry.h"
#include "core/parallelchunks.h"
#include "render/pixelpath.h"

namespace dpa {

void FrameGeometry::prepare(const MapScene &scene, const MapView &view)
{
    const QTransform t = view.worldToPixel();
    if (m_valid && t == m_transform)
        return;
    m_areas.clear();
    m_lines.clear();
    // What lies wholly outside the picture (and a margin for outline widths) is not mapped: its
    // paths stay empty, so no pass draws it. Zoomed in on a national case study, that is most.
    const BoundingBox shown = view.fittedExtent();
    const double margin = 16 * view.unitsPerPixel();
    const BoundingBox visible{shown.xMin - margin, shown.yMin - margin, shown.xMax + margin, shown.yMax + margin};
    auto outside = [&](const BoundingBox &b) {
        return b.isValid() && (b.xMax < visible.xMin || b.xMin > visible.xMax || b.yMax < visible.yMin || b.yMin > visible.yMax);
    };
    for (const MapScene::Layer &layer : scene.layers()) {
        std::vector<QPainterPath> lines(layer.items.size());
        // Each chunk of items on its own core, into a store of its own, joined in order: the
        // scene's geometry is only read.
        std::vector<PixelRingStore> parts(size_t(std::max(1, QThread::idealThreadCount())));
        parallelChunks(layer.items.size(), 5000, [&](size_t begin, size_t end, int part) {
            PixelRingStore &areas = parts[size_t(part)];
            for (size_t i = begin; i < end; ++i) {
                const MapScene::Item &item = layer.items[i];
                if (!outside(item.extent) && item.hasArea())
                    PixelPath::map(item.polygons(), t, areas);
                else
                    areas.closeItem();
                if (!item.lines.isEmpty() && !outside(item.extent))
                    lines[i] = t.map(item.lines);
            }
        });
        PixelRingStore areas = std::move(parts[0]);
        for (size_t p = 1; p < parts.size(); ++p) {
            areas.append(parts[p]);
            parts[p] = PixelRingStore();
        }
        m_areas.push_back(std::move(areas));
        m_lines.push_back(std::move(lines));
    }
    m_transform = t;
    m_valid = true;
}

} // namespace dpa
