#include "render/groundscale.h"
#include "analysis/geodesicmeasure.h"

#include <cmath>
#include <numbers>

namespace dpa {

GroundScale GroundScaleMeter::measure(const MapView &view)
{
    if (!m_toLonLat && !m_unavailable) {
        auto t = CoordinateTransform::create(m_crs, Crs::wgs84());
        if (t)
            m_toLonLat.emplace(std::move(*t));
        else
            m_unavailable = true;
    }
    const BoundingBox e = view.fittedExtent();
    if (!m_toLonLat || !e.isValid() || view.size.isEmpty())
        return {};
    // A 100-pixel segment across the centre, measured on the ellipsoid.
    constexpr double kPixels = 100;
    const QPointF centre((e.xMin + e.xMax) / 2, (e.yMin + e.yMax) / 2);
    const double half = view.unitsPerPixel() * kPixels / 2;
    const QPointF west = m_toLonLat->transform(centre - QPointF(half, 0));
    const QPointF east = m_toLonLat->transform(centre + QPointF(half, 0));
    const QPointF middle = m_toLonLat->transform(centre);
    if (!std::isfinite(west.x() + east.x() + middle.x() + west.y() + east.y() + middle.y()))
        return {};
    const double metres = GeodesicMeasure::distanceM(west, east);
    // True north: the map direction of a short step north along the centre's meridian.
    const QPointF north = m_toLonLat->inverse(middle + QPointF(0, 0.01));
    GroundScale scale;
    scale.metresPerPixel = metres / kPixels;
    if (std::isfinite(north.x() + north.y()))
        scale.northDegrees = std::atan2(north.x() - centre.x(), north.y() - centre.y()) * 180 / std::numbers::pi;
    return scale;
}

} // namespace dpa
