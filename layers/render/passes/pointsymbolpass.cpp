#include "render/passes/pointsymbolpass.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {
namespace {

QPainterPath symbolShape(QPointF c, double r, const QString &kind)
{
    QPainterPath shape;
    if (kind == QLatin1String("barracks")) {
        shape.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    } else if (kind == QLatin1String("factory")) {
        shape.moveTo(c.x(), c.y() - 1.2 * r);
        shape.lineTo(c.x() + 1.1 * r, c.y() + 0.9 * r);
        shape.lineTo(c.x() - 1.1 * r, c.y() + 0.9 * r);
        shape.closeSubpath();
    } else if (kind == QLatin1String("bridge")) {
        shape.moveTo(c.x(), c.y() - r * 1.15);
        shape.lineTo(c.x() + r * 1.15, c.y());
        shape.lineTo(c.x(), c.y() + r * 1.15);
        shape.lineTo(c.x() - r * 1.15, c.y());
        shape.closeSubpath();
    } else {
        shape.addEllipse(c, r, r);
    }
    return shape;
}

void drawPointSymbol(QPainter &p, QPointF c, double r, const QString &kind, const FeatureStyle &style,
                     Symbology &symbols, bool approximate)
{
    const QPainterPath shape = symbolShape(c, r, kind);
    QPen pen(QColor(0x20, 0x20, 0x20), std::max(1.0, r / 5));
    if (approximate)
        pen.setStyle(Qt::DashLine);
    p.setPen(Qt::NoPen);
    if (style.status == ControlStatus::Dual && style.sideCount >= 2) {
        // Split symbol, too small for stripes: one slice per camp, the de facto holder leftmost.
        const QRectF box = shape.boundingRect();
        const double slice = box.width() / style.sideCount;
        for (int k = 0; k < style.sideCount; ++k) {
            QPainterPath part;
            part.addRect(QRectF(box.left() + k * slice, box.top(), slice, box.height()));
            p.setBrush(style.side(k));
            p.drawPath(shape.intersected(part));
        }
    } else {
        symbols.fillArea(p, shape, style);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, pen.widthF() + 1.5));
    p.drawPath(shape);
    p.setPen(pen);
    p.drawPath(shape);
}

} // namespace

void PointSymbolPass::draw(QPainter &painter) const
{
    const double scale = m_frame.scale;
    Symbology symbols(scale);
    const MapView &view = m_frame.view;
    const QTransform t = view.worldToPixel();
    const auto &layers = m_frame.scene.layers();
    for (int l : view.drawOrder(int(layers.size()))) {
        const MapScene::Layer &layer = layers[size_t(l)];
        const LayerDisplay display = view.layerDisplay(l);
        if (!m_frame.isFeatureLayer(l) || !display.visible || display.opacity <= 0)
            continue;
        painter.setOpacity(display.opacity);
        for (size_t i : layer.withPoints)
            for (const MapScene::Item &item = layer.items[i]; const QPointF &p : item.points)
                drawPointSymbol(painter, t.map(p), 6.5 * scale, item.kind, m_frame.styles[item.modelIndex], symbols,
                                item.approximate);
    }
    painter.setOpacity(1.0);
}

} // namespace dpa
