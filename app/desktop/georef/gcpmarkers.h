#pragma once

#include <QPainter>

namespace dpa::GcpMarkers {

// How near (in screen pixels) a press must be to a marker's centre to grab it rather than pan:
// the ring's radius plus a little, so a press on the ring itself still counts.
constexpr double kGrabRadius = 10;

// One look for a control point on the scan and on the map: a cross in a ring with its id on a
// white label, readable over dark engraving and pale paper alike. A point waiting for its other
// half, or being dragged, is orange; a disabled one grey.
inline void draw(QPainter &painter, QPointF at, const QString &label, bool enabled, bool pending)
{
    const QColor colour = pending ? QColor(0xe6, 0x6a, 0x00) : enabled ? QColor(0xd0, 0x10, 0x30) : QColor(0x80, 0x80, 0x80);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 4));
    painter.drawEllipse(at, 7, 7);
    painter.setPen(QPen(colour, 2));
    painter.drawEllipse(at, 7, 7);
    painter.drawLine(at + QPointF(-11, 0), at + QPointF(-3, 0));
    painter.drawLine(at + QPointF(3, 0), at + QPointF(11, 0));
    painter.drawLine(at + QPointF(0, -11), at + QPointF(0, -3));
    painter.drawLine(at + QPointF(0, 3), at + QPointF(0, 11));
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QRectF box = painter.fontMetrics().boundingRect(label).adjusted(-3, -1, 3, 1).translated((at + QPointF(10, -10)).toPoint());
    painter.fillRect(box, QColor(255, 255, 255, 220));
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, label);
}

} // namespace dpa::GcpMarkers
