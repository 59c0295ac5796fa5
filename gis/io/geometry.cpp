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
