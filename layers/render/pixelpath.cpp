#include "render/pixelpath.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dpa {
namespace {

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Andrew's monotone chain: the hull of the points, counter-clockwise.
QPolygonF convexHull(std::vector<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return QPolygonF(QList<QPointF>(points.begin(), points.end()));
    std::vector<QPointF> hull(2 * points.size());
    size_t k = 0;
    for (const QPointF &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return QPolygonF(QList<QPointF>(hull.begin(), hull.end()));
}

} // namespace

QPainterPath PixelPath::map(const std::vector<Polygon> &world, const QTransform &t, bool *drawnAsHull)
{
    QPainterPath out;
    out.setFillRule(Qt::OddEvenFill);
    double edgePixels = 0;
    for (const Polygon &polygon : world)
        for (const Ring &ring : polygon.rings) {
            if (ring.empty())
                continue;
            const QPointF first = t.map(ring.front());
            out.moveTo(first);
            QPointF last = first;
            for (size_t i = 1; i < ring.size(); ++i) {
                const QPointF p = t.map(ring[i]);
                const double step = std::hypot(p.x() - last.x(), p.y() - last.y());
                // The ring's last vertex is always kept, so a ring still closes where it began.
                if (step < kMinStepPixels && i + 1 < ring.size())
                    continue;
                out.lineTo(p);
                edgePixels += step;
                last = p;
            }
            if (last != first) {   // a ring written without its closing vertex
                out.lineTo(first);
                edgePixels += std::hypot(first.x() - last.x(), first.y() - last.y());
            }
        }
    const bool tooComplex = edgePixels > kMaxEdgePixels;
    if (drawnAsHull)
        *drawnAsHull = tooComplex;
    if (!tooComplex)
        return out;
    // Rare (a pathological outline): only then are its points gathered for the hull.
    std::vector<QPointF> points;
    points.reserve(size_t(out.elementCount()));
    for (int i = 0; i < out.elementCount(); ++i)
        points.emplace_back(out.elementAt(i).x, out.elementAt(i).y);
    QPainterPath hull;
    hull.addPolygon(convexHull(std::move(points)));
    hull.closeSubpath();
    return hull;
}

} // namespace dpa
