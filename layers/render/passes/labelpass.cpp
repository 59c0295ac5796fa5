#include "render/passes/labelpass.h"

#include <QFontMetricsF>
#include <QPainter>

namespace dpa {

void LabelPass::draw(QPainter &painter) const
{
    const MapView &view = m_frame.view;
    const double scale = m_frame.scale;
    const QTransform t = view.worldToPixel();
    const double pixelArea = 1.0 / (view.unitsPerPixel() * view.unitsPerPixel());
    QFont areaFont = painter.font();
    areaFont.setPixelSize(int(13 * scale));
    areaFont.setBold(true);
    QFont pointFont = painter.font();
    pointFont.setPixelSize(int(11.5 * scale));
    QList<QRectF> taken;
    const QRectF frame(QPointF(0, 0), QSizeF(view.size));
    const double areaHeight = QFontMetricsF(areaFont).height();

    auto drawHaloText = [&](const QFont &font, QPointF at, const QString &text, const QColor &color) {
        QPainterPath path;
        path.addText(at, font, text);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(path);
    };

    const auto &layers = m_frame.scene.layers();
    for (int l : view.drawOrder(int(layers.size()))) {
        const MapScene::Layer &layer = layers[size_t(l)];
        if (!m_frame.isFeatureLayer(l) || !view.layerDisplay(l).visible)
            continue;
        for (const MapScene::Item &item : layer.items) {
            if (!item.feature)
                continue;
            // An area too small for even a short name is skipped before the name is looked up
            // and measured (text shaping is the slow part, and at 100,000 villages seen whole
            // hardly any has room): no label is narrower than a fifth of its height.
            if (item.labelArea > 0 && item.labelArea * pixelArea < areaHeight * areaHeight * 0.2 * 1.5)
                continue;
            QString text = item.feature->name.text(view.language);
            // "Vyborg district (Vyborgskaya chast)" -> "Vyborg district": the map has no room.
            if (const int paren = text.indexOf(QLatin1String(" (")); paren > 0)
                text.truncate(paren);
            const bool isArea = item.labelArea > 0;
            const QFont &font = isArea ? areaFont : pointFont;
            const QFontMetricsF metrics(font);
            const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
            const QPointF anchor = t.map(item.labelAnchor);
            QRectF box;
            if (isArea) {
                if (item.labelArea * pixelArea < size.width() * size.height() * 1.5)
                    continue;
                box = QRectF(anchor - QPointF(size.width() / 2, size.height() / 2), size);
            } else {
                box = QRectF(anchor + QPointF(9 * scale, -size.height() / 2), size);
            }
            if (!frame.contains(box))
                continue;
            bool clash = false;
            for (const QRectF &r : taken)
                clash = clash || r.intersects(box);
            if (clash)
                continue;
            taken << box.adjusted(-2, -2, 2, 2);
            drawHaloText(font, QPointF(box.left(), box.top() + metrics.ascent()), text,
                         isArea ? QColor(0x22, 0x22, 0x22) : QColor(0x10, 0x10, 0x10));
        }
    }
}

} // namespace dpa
