#pragma once

#include <QPointF>

#include <limits>
#include <vector>

namespace dpa {

// Axis-aligned box in the coordinates of some CRS (x east, y north; lon/lat for geographic).
struct BoundingBox
{
    double xMin = std::numeric_limits<double>::max();
    double yMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    double yMax = std::numeric_limits<double>::lowest();

    bool isValid() const { return xMin <= xMax && yMin <= yMax; }
    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    QPointF center() const { return {(xMin + xMax) / 2, (yMin + yMax) / 2}; }

    void extend(QPointF p)
    {
        xMin = std::min(xMin, p.x());
        yMin = std::min(yMin, p.y());
        xMax = std::max(xMax, p.x());
        yMax = std::max(yMax, p.y());
    }
    void extend(const BoundingBox &other)
    {
        if (!other.isValid())
            return;
        extend(QPointF(other.xMin, other.yMin));
        extend(QPointF(other.xMax, other.yMax));
    }
    bool contains(QPointF p) const
    {
        return p.x() >= xMin && p.x() <= xMax && p.y() >= yMin && p.y() <= yMax;
    }
    BoundingBox grown(double fraction) const
    {
        BoundingBox b = *this;
        const double dx = width() * fraction, dy = height() * fraction;
        b.xMin -= dx; b.xMax += dx; b.yMin -= dy; b.yMax += dy;
        return b;
    }
};

using Ring = std::vector<QPointF>;

// First ring is the outer boundary, the rest are holes.
struct Polygon
{
    std::vector<Ring> rings;
};

// Whether p lies inside the polygon, holes excluded (even-odd over its rings, as drawn).
bool evenOddContains(const Polygon &polygon, const QPointF &p);

// The model's geometry: what a feature of any OGR geometry type becomes. Multi-types are
// flattened into the lists; a geometry collection may fill several lists.
struct Geometry
{
    std::vector<Polygon> polygons;
    std::vector<Ring> lines;
    std::vector<QPointF> points;

    bool isEmpty() const { return polygons.empty() && lines.empty() && points.empty(); }
    bool hasPolygons() const { return !polygons.empty(); }
    BoundingBox bounds() const;
    int vertexCount() const;
    // Whether p lies inside the polygons, holes excluded (even-odd over every ring, as drawn).
    bool areaContains(const QPointF &p) const;

    // Applies f to every coordinate in place (used to reproject).
    template <typename F>
    void forEachRing(F &&f)
    {
        for (Polygon &p : polygons)
            for (Ring &r : p.rings)
                f(r);
        for (Ring &l : lines)
            f(l);
        if (!points.empty())
            f(points);
    }
};

} // namespace dpa
