#include "render/passes/frontlinepass.h"

#include <QPainter>

namespace dpa {

void FrontLinePass::draw(QPainter &painter) const
{
    const MapView &view = m_frame.view;
    if (view.frontLines.empty())
        return;
    const QTransform t = view.worldToPixel();
    QPainterPath path;
    for (const Ring &line : view.frontLines) {
        if (line.empty())
            continue;
        path.moveTo(t.map(line.front()));
        for (size_t i = 1; i < line.size(); ++i)
            path.lineTo(t.map(line[i]));
    }
    const double scale = m_frame.scale;
    // A white casing under a dark red line reads on every fill colour.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 6 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(QColor(0xa5, 0x00, 0x26), 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

} // namespace dpa
