#include "georef/georefresiduals.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace dpa {
namespace {

// Ground distance of a small offset in the set's CRS. Geographic CRSs: degrees to metres on a
// sphere of the Earth's mean radius (IUGG, 6,371,008.8 m), with longitude shrunk by the cosine
// of the latitude. For offsets of a few hundred metres the error against the ellipsoid is under
// half a percent, plenty for judging a residual.
double groundMetres(const Crs &crs, QPointF offset, double latitude)
{
    if (!crs.isValid())
        return std::numeric_limits<double>::quiet_NaN();
    if (crs.isGeographic()) {
        constexpr double kRadius = 6371008.8, kRad = M_PI / 180;
        return std::hypot(offset.x() * kRad * kRadius * std::cos(latitude * kRad), offset.y() * kRad * kRadius);
    }
    return std::hypot(offset.x(), offset.y()) * crs.metresPerUnit();
}

// The misfit on the map, taken back onto the scan through the transformation's own local
// scale and turn (its Jacobian at the point, by finite differences of a pixel). Taking the map
// position back through toPixel() instead would measure GDAL's separately fitted inverse
// polynomial, which for orders 2 and 3 is only an approximation of the forward one.
std::optional<QPointF> pixelOffset(const GeorefTransform &transform, QPointF pixel, QPointF mapOffset)
{
    const auto o = transform.toMap(pixel), ex = transform.toMap(pixel + QPointF(1, 0)), ey = transform.toMap(pixel + QPointF(0, 1));
    if (!o || !ex || !ey)
        return std::nullopt;
    const double a = ex->x() - o->x(), b = ey->x() - o->x(), c = ex->y() - o->y(), d = ey->y() - o->y();
    const double det = a * d - b * c;
    if (det == 0 || !std::isfinite(det))
        return std::nullopt;
    // The residual is "where the point is" minus "where it should be" on the scan: the map
    // misfit is toMap(pixel) - map, so the scan misfit has the opposite sign.
    return QPointF(-(d * mapOffset.x() - b * mapOffset.y()) / det, -(-c * mapOffset.x() + a * mapOffset.y()) / det);
}

} // namespace

GeorefResiduals GeorefResiduals::compute(const GcpSet &set, const GeorefTransform &transform)
{
    GeorefResiduals out;
    double sumPixels = 0, sumMetres = 0;
    int n = 0;
    std::vector<double> lengths;
    for (const GroundControlPoint &p : set.points) {
        GcpResidual r;
        r.enabled = p.enabled;
        const auto there = transform.toMap({p.pixel, p.line});
        const auto pixels = there ? pixelOffset(transform, {p.pixel, p.line}, *there - QPointF(p.mapX, p.mapY)) : std::nullopt;
        if (there && pixels) {
            r.computed = true;
            r.pixels = *pixels;
            r.pixelLength = std::hypot(r.pixels.x(), r.pixels.y());
            r.metres = groundMetres(set.crs, *there - QPointF(p.mapX, p.mapY), p.mapY);
            if (p.enabled) {
                sumPixels += r.pixelLength * r.pixelLength;
                sumMetres += r.metres * r.metres;
                lengths.push_back(r.pixelLength);
                ++n;
            }
        }
        out.points.push_back(r);
    }
    if (n > 0) {
        out.rmsPixels = std::sqrt(sumPixels / n);
        out.rmsMetres = std::sqrt(sumMetres / n);
        std::sort(lengths.begin(), lengths.end());
        const double median = lengths.size() % 2 ? lengths[lengths.size() / 2]
                                                 : (lengths[lengths.size() / 2 - 1] + lengths[lengths.size() / 2]) / 2;
        for (GcpResidual &r : out.points)
            if (r.enabled && r.computed && r.pixelLength > kOutlierFactor * median && r.pixelLength > kOutlierMinPixels) {
                r.outlier = true;
                ++out.outliers;
            }
    }
    return out;
}

std::vector<QPointF> GeorefResiduals::pixelResiduals() const
{
    std::vector<QPointF> out;
    for (const GcpResidual &r : points)
        out.push_back(r.pixels);
    return out;
}

} // namespace dpa
