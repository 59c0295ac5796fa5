#pragma once

// Areas and lengths on the WGS 84 ellipsoid, from lon/lat degrees, with Karney's geodesics as
// PROJ implements them (geodesic.h): exact to rounding, whatever the length of the edges.
//
// Why not Boost.Geometry: the geographic area strategy of Boost 1.74 (Vincenty's formulas with
// a fifth-order series) goes wrong on short edges. A 1 km square with 100 vertices per side
// (10 m edges) came out up to 25% off, and with 1,000 per side from 22% too small (41 N) to 20
// times too large (70 N); Barcelona's Les Corts, traced in detail, 15% too large. Its Vincenty
// lengths stay within 3e-6 but are taken from here too, so that every figure a user reads
// comes from one method. Boost.Geometry keeps the topology (unions, intersections, the R-tree),
// in the case study's projected CRS.

#include "io/geometry.h"

#include <QPointF>

namespace dpa {

class GeodesicMeasure
{
public:
    // The closing vertex may be repeated or left out; the ring is closed by a geodesic either
    // way. Orientation does not matter.
    static double ringAreaM2(const Ring &lonLat);
    // The outer ring less its holes.
    static double polygonAreaM2(const Polygon &lonLat);
    // The sum over the polygons; lines and points have no area.
    static double areaM2(const Geometry &lonLat);

    // Along the geodesics between consecutive vertices.
    static double lineLengthM(const Ring &lonLat);
    static double distanceM(QPointF lonLatA, QPointF lonLatB);
};

} // namespace dpa
