#pragma once

#include <QPainter>
#include <QPainterPath>

namespace dpa {

// A line over a white casing: it reads on every fill colour and pattern (fronts, highlighted
// territories). Widths in pixels.
inline void drawCasedLine(QPainter &painter, const QPainterPath &path, const QColor &colour, double width,
                          double casingWidth, int casingAlpha = 220)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, casingAlpha), casingWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

} // namespace dpa
