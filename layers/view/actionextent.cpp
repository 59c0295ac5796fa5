#include "view/actionextent.h"

namespace dpa {

BoundingBox actionExtent(const MapScene &scene, TimePoint t)
{
    const ClaimIndex &index = scene.study().index;
    BoundingBox eventful, claimed;
    for (const MapScene::Layer &layer : scene.layers())
        for (const MapScene::Item &item : layer.items) {
            if (item.modelIndex < 0)
                continue;
            const ControlStatus status = index.stateOf(item.modelIndex, t).status;
            const BoundingBox box = item.bounds();
            if (!box.isValid())
                continue;
            if (status != ControlStatus::Unknown)
                claimed.extend(box);
            if (status != ControlStatus::Unknown && status != ControlStatus::Held)
                eventful.extend(box);
        }
    const BoundingBox whole = scene.extent();
    BoundingBox chosen = eventful.isValid() ? eventful : claimed.isValid() ? claimed : whole;
    // A single small place would fill the window: never frame less than a tenth of the whole.
    const double minWidth = whole.width() / 10, minHeight = whole.height() / 10;
    if (chosen.width() < minWidth || chosen.height() < minHeight) {
        const QPointF c = chosen.center();
        const double w = std::max(chosen.width(), minWidth) / 2, h = std::max(chosen.height(), minHeight) / 2;
        chosen = BoundingBox{c.x() - w, c.y() - h, c.x() + w, c.y() + h};
    }
    return chosen.grown(0.08);
}

} // namespace dpa
