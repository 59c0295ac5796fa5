#pragma once

// Boost.Geometry types for the analyses, kept out of every other header so that only the few
// files that compute with them pay for the templates at compile time.
//
// Planar types in the case study's projected CRS, for topology (unions, shared boundaries,
// distances between neighbours, point in polygon), where planar is exact enough and fast. The
// areas and lengths a user reads are measured on the ellipsoid by GeodesicMeasure instead (see
// geodesicmeasure.h for why not Boost.Geometry's geographic strategies).

#include "io/geometry.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point_xy.hpp>

namespace dpa::bgt {

namespace bg = boost::geometry;

using XY = bg::model::d2::point_xy<double>;
using PolygonXY = bg::model::polygon<XY>;          // clockwise outer rings, closed
using MultiPolygonXY = bg::model::multi_polygon<PolygonXY>;
using LineXY = bg::model::linestring<XY>;
using MultiLineXY = bg::model::multi_linestring<LineXY>;
using BoxXY = bg::model::box<XY>;

template <typename Point>
bg::model::polygon<Point> toPolygon(const Polygon &p)
{
    bg::model::polygon<Point> out;
    for (size_t r = 0; r < p.rings.size(); ++r) {
        auto &ring = r == 0 ? out.outer() : (out.inners().emplace_back(), out.inners().back());
        for (const QPointF &pt : p.rings[r])
            ring.push_back(Point(pt.x(), pt.y()));
    }
    return out;
}

template <typename Point>
bg::model::multi_polygon<bg::model::polygon<Point>> toMultiPolygon(const Geometry &g)
{
    bg::model::multi_polygon<bg::model::polygon<Point>> out;
    for (const Polygon &p : g.polygons)
        out.push_back(toPolygon<Point>(p));
    return out;
}

inline Ring toRing(const LineXY &line)
{
    Ring r;
    r.reserve(line.size());
    for (const XY &p : line)
        r.emplace_back(p.x(), p.y());
    return r;
}

inline Geometry toGeometry(const MultiPolygonXY &mp)
{
    Geometry g;
    for (const PolygonXY &p : mp) {
        Polygon out;
        out.rings.push_back(toRing(LineXY(p.outer().begin(), p.outer().end())));
        for (const auto &inner : p.inners())
            out.rings.push_back(toRing(LineXY(inner.begin(), inner.end())));
        g.polygons.push_back(std::move(out));
    }
    return g;
}

inline Geometry toGeometry(const MultiLineXY &ml)
{
    Geometry g;
    for (const LineXY &l : ml)
        g.lines.push_back(toRing(l));
    return g;
}

} // namespace dpa::bgt
