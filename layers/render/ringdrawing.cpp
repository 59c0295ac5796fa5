#include "render/ringdrawing.h"

#include <QPolygonF>

namespace dpa {
namespace {

// One buffer per thread: the id buffer and the outlines are drawn on every core at once.
QPolygonF &buffer()
{
    thread_local QPolygonF points;
    points.clear();
    return points;
}

} // namespace

void fillRings(QPainter &painter, const QPainterPath &rings)
{
    QPolygonF &points = buffer();
    const int n = rings.elementCount();
    points.reserve(n + n / 8);
    QPointF start;
    for (int i = 0; i < n; ++i) {
        const QPainterPath::Element e = rings.elementAt(i);
        if (e.isMoveTo() && i > 0)
            points << start;
        if (i == 0)
            start = QPointF(e.x, e.y);
        points << QPointF(e.x, e.y);
    }
    painter.drawPolygon(points, Qt::OddEvenFill);
}

void strokeRings(QPainter &painter, const QPainterPath &rings)
{
    QPolygonF &points = buffer();
    auto flush = [&] {
        if (points.size() > 2 && points.front() == points.back()) {
            points.removeLast();
            painter.drawPolygon(points);
        } else if (points.size() > 1) {
            painter.drawPolyline(points);
        }
        points.clear();
    };
    for (int i = 0; i < rings.elementCount(); ++i) {
        const QPainterPath::Element e = rings.elementAt(i);
        if (e.isMoveTo())
            flush();
        points << QPointF(e.x, e.y);
    }
    flush();
}

} // namespace dpa
