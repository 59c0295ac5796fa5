#include "render/passes/outlinepass.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {

void OutlinePass::draw(QPainter &painter, int l, const LayerDisplay &display) const
{
    Symbology symbols(m_frame.scale);
    const MapScene::Layer &layer = m_frame.scene.layers()[size_t(l)];
    painter.setOpacity(display.opacity);
    painter.setBrush(Qt::NoBrush);
    for (size_t i = 0; i < layer.items.size(); ++i) {
        const QPainterPath &area = m_frame.geometry.area(l, i);
        const QPainterPath &lines = m_frame.geometry.lines(l, i);
        if (!area.isEmpty()) {
            QPen pen = symbols.outlinePen(layer.items[i].approximate);
            pen.setWidthF(1.2 * m_frame.scale);
            painter.setPen(pen);
            painter.drawPath(area);
        }
        if (!lines.isEmpty()) {
            // Line features (a front, a railway) are drawn in the outline colour here; their
            // holder's colour would need a per-frame pass, which lines do not have yet.
            painter.setPen(QPen(Symbology::outlineColor(), 3 * m_frame.scale));
            painter.drawPath(lines);
        }
    }
    painter.setOpacity(1.0);
}

} // namespace dpa
