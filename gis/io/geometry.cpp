#include "io/geometry.h"

namespace dpa {

BoundingBox Geometry::bounds() const
{
    BoundingBox box;
    for (const Polygon &p : polygons)
        if (!p.rings.empty())
            for (const QPointF &pt : p.rings.front())
                box.extend(pt);
    for (const Ring &l : lines)
        for (const QPointF &pt : l)
            box.extend(pt);
    for (const QPointF &pt : points)
        box.extend(pt);
    return box;
}

bool evenOddContains(const Polygon &polygon, const QPointF &p)
{
    bool inside = false;
    for (const Ring &ring : polygon.rings)
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring[i], &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    return inside;
}

bool Geometry::areaContains(const QPointF &p) const
{
    bool inside = false;   // even-odd across polygons too, as one path draws them
    for (const Polygon &polygon : polygons)
        inside = inside != evenOddContains(polygon, p);
    return inside;
}

int Geometry::vertexCount() const
{
    size_t n = points.size();
    for (const Polygon &p : polygons)
        for (const Ring &r : p.rings)
            n += r.size();
    for (const Ring &l : lines)
        n += l.size();
    return int(n);
}

} // namespace dpa
