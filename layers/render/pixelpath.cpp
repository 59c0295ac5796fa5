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

void PixelPath::map(const std::vector<Polygon> &world, const QTransform &t, PixelRingStore &into, bool *drawnAsHull)
{
    double edgePixels = 0;
    for (const Polygon &polygon : world)
        for (const Ring &ring : polygon.rings) {
            if (ring.empty())
                continue;
            const QPointF first = t.map(ring.front());
            into.addPoint(first);
            QPointF last = first;
            for (size_t i = 1; i < ring.size(); ++i) {
                const QPointF p = t.map(ring[i]);
                const double dx = p.x() - last.x(), dy = p.y() - last.y();
                // The ring's last vertex is always kept, so a ring still closes where it began.
                // (Squares compared: std::hypot, careful of overflow, was a tenth of a new view.)
                if (dx * dx + dy * dy < kMinStepPixels * kMinStepPixels && i + 1 < ring.size())
                    continue;
                into.addPoint(p);
                edgePixels += std::sqrt(dx * dx + dy * dy);
                last = p;
            }
            if (last != first) {   // a ring written without its closing vertex
                into.addPoint(first);
                edgePixels += std::hypot(first.x() - last.x(), first.y() - last.y());
            }
            into.closeRing();
        }
    const bool tooComplex = edgePixels > kMaxEdgePixels;
    if (drawnAsHull)
        *drawnAsHull = tooComplex;
    if (tooComplex) {
        // Rare (a pathological outline): only then are its points gathered for the hull.
        const std::span<const QPointF> drawn = into.openItemPoints();
        QPolygonF hull = convexHull(std::vector<QPointF>(drawn.begin(), drawn.end()));
        if (!hull.isEmpty())
            hull << hull.front();
        into.replaceOpenItem(std::span<const QPointF>(hull.constData(), size_t(hull.size())));
    }
    into.closeItem();
}

} // namespace dpa
