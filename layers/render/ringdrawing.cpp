#include "render/ringdrawing.h"

#include <QPolygonF>

namespace dpa {

void fillRings(QPainter &painter, const PixelRings &rings)
{
    if (rings.ringCount() == 1) {   // most features: drawn straight from the store
        const std::span<const QPointF> ring = rings.ring(0);
        painter.drawPolygon(ring.data(), int(ring.size()), Qt::OddEvenFill);
        return;
    }
    // One buffer per thread: the id buffer is drawn on every core at once.
    thread_local QPolygonF points;
    points.clear();
    for (int k = 0; k < rings.ringCount(); ++k) {
        const std::span<const QPointF> ring = rings.ring(k);
        for (const QPointF &p : ring)
            points << p;
        if (k > 0)   // every ring ends on its own first vertex: back to the first ring's start
            points << rings.ring(0).front();
    }
    painter.drawPolygon(points, Qt::OddEvenFill);
}

void strokeRings(QPainter &painter, const PixelRings &rings)
{
    for (int k = 0; k < rings.ringCount(); ++k) {
        const std::span<const QPointF> ring = rings.ring(k);
        if (ring.size() > 2 && ring.front() == ring.back())
            painter.drawPolygon(ring.data(), int(ring.size()) - 1);
        else if (ring.size() > 1)
            painter.drawPolyline(ring.data(), int(ring.size()));
    }
}

} // namespace dpa
