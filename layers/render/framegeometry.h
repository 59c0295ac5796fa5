#pragma once

#include "view/mapscene.h"
#include "view/mapview.h"

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

    const std::vector<std::vector<QPainterPath>> &areas() const { return m_areas; }
    const QPainterPath &area(int layer, size_t item) const { return m_areas[size_t(layer)][item]; }
    const QPainterPath &lines(int layer, size_t item) const { return m_lines[size_t(layer)][item]; }

private:
    QTransform m_transform;
    bool m_valid = false;
    std::vector<std::vector<QPainterPath>> m_areas, m_lines;
};

} // namespace dpa
