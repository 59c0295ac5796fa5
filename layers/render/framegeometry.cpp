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
        LayerAreas areas;
        areas.parts.resize(size_t(std::max(1, QThread::idealThreadCount())));
        areas.firstItem.assign(areas.parts.size(), layer.items.size());
        const int used = parallelChunks(layer.items.size(), 5000, [&](size_t begin, size_t end, int part) {
            areas.firstItem[size_t(part)] = begin;
            PixelRingStore &store = areas.parts[size_t(part)];
            for (size_t i = begin; i < end; ++i) {
                const MapScene::Item &item = layer.items[i];
                if (!outside(item.extent) && item.hasArea())
                    PixelPath::map(item.polygons(), t, store);
                else
                    store.closeItem();
                if (!item.lines.isEmpty() && !outside(item.extent))
                    lines[i] = t.map(item.lines);
            }
        });
        areas.parts.resize(size_t(used));
        areas.firstItem.resize(size_t(used));
        m_areas.push_back(std::move(areas));
        m_lines.push_back(std::move(lines));
    }
    m_transform = t;
    m_valid = true;
}

PixelRings FrameGeometry::area(int layer, size_t item) const
{
    const LayerAreas &areas = m_areas[size_t(layer)];
    // A handful of parts (one per core): the last whose first item is at or before this one.
    size_t part = areas.parts.size() - 1;
    while (areas.firstItem[part] > item)
        --part;
    return areas.parts[part].item(item - areas.firstItem[part]);
}

} // namespace dpa
