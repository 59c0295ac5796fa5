#include "analysis/geodesicmeasure.h"

#include <geodesic.h>

#include <cmath>

namespace dpa {
namespace {

// WGS 84, the datum every case study's coordinates are transformed to for measuring.
const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic e;
        geod_init(&e, 6378137.0, 1 / 298.257223563);
        return e;
    }();
    return g;
}

} // namespace

double GeodesicMeasure::ringAreaM2(const Ring &lonLat)
{
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    size_t n = lonLat.size();
    if (n > 1 && lonLat.front() == lonLat.back())
        --n;   // geod_polygon closes the ring itself
    if (n < 3)
        return 0;
    for (size_t i = 0; i < n; ++i)
        geod_polygon_addpoint(&wgs84(), &polygon, lonLat[i].y(), lonLat[i].x());
    double area = 0;
    // Signed (counter-clockwise positive): the unsigned form would give a clockwise ring the
    // area of the rest of the Earth.
    geod_polygon_compute(&wgs84(), &polygon, 0, 1, &area, nullptr);
    return std::abs(area);
}

double GeodesicMeasure::polygonAreaM2(const Polygon &lonLat)
{
    double area = 0;
    for (size_t r = 0; r < lonLat.rings.size(); ++r)
        area += (r == 0 ? 1 : -1) * ringAreaM2(lonLat.rings[r]);
    return area;
}

double GeodesicMeasure::areaM2(const Geometry &lonLat)
{
    double area = 0;
    for (const Polygon &p : lonLat.polygons)
        area += polygonAreaM2(p);
    return area;
}

double GeodesicMeasure::lineLengthM(const Ring &lonLat)
{
    double length = 0;
    for (size_t i = 1; i < lonLat.size(); ++i)
        length += distanceM(lonLat[i - 1], lonLat[i]);
    return length;
}

double GeodesicMeasure::distanceM(QPointF lonLatA, QPointF lonLatB)
{
    double s12 = 0;
    geod_inverse(&wgs84(), lonLatA.y(), lonLatA.x(), lonLatB.y(), lonLatB.x(), &s12, nullptr, nullptr);
    return s12;
}

} // namespace dpa
