#include "render/passes/presencemarkpass.h"

#include <QPainter>

namespace dpa {

void PresenceMarkPass::draw(QPainter &painter) const
{
    const MapView &view = m_frame.view;
    const double s = m_frame.scale;
    const QTransform t = view.worldToPixel();
    const auto &layers = m_frame.scene.layers();
    for (int l : view.drawOrder(int(layers.size()))) {
        const LayerDisplay display = view.layerDisplay(l);
        if (!m_frame.isFeatureLayer(l) || !display.visible || display.opacity <= 0)
            continue;
        painter.setOpacity(display.opacity);
        for (size_t i : layers[size_t(l)].withPresence) {
            const MapScene::Item &item = layers[size_t(l)].items[i];
            if (item.modelIndex < 0 || !m_frame.styles[item.modelIndex].hasPresence())
                continue;
            // Above and left of the label point (points: of the symbol), clear of the name.
            const QPointF anchor = t.map(item.points.empty() ? item.labelAnchor : item.points.front());
            const QPointF foot = anchor + QPointF(-10 * s, -6 * s);
            QPainterPath pennant;
            pennant.moveTo(foot + QPointF(0, -12 * s));
            pennant.lineTo(foot + QPointF(9 * s, -9 * s));
            pennant.lineTo(foot + QPointF(0, -6 * s));
            pennant.closeSubpath();
            painter.setPen(QPen(Qt::white, 3 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawLine(foot, foot + QPointF(0, -12 * s));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(pennant);
            painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2 * s, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(foot, foot + QPointF(0, -12 * s));
            painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 0.8 * s));
            painter.setBrush(m_frame.styles[item.modelIndex].presence());
            painter.drawPath(pennant);
        }
    }
    painter.setOpacity(1.0);
}

} // namespace dpa
