#include "georef/similaritytransform.h"

#include <cmath>

namespace dpa {

std::optional<SimilarityTransform> SimilarityTransform::fit(const std::vector<QPointF> &pixels, const std::vector<QPointF> &map)
{
    const size_t n = std::min(pixels.size(), map.size());
    if (n < 2)
        return std::nullopt;
    // Centring both sets separates the shift from scale and rotation (the normal equations
    // then decouple), which also keeps large map coordinates from eating the precision.
    double mu = 0, mv = 0, mx = 0, my = 0;
    for (size_t i = 0; i < n; ++i) {
        mu += pixels[i].x();
        mv -= pixels[i].y();
        mx += map[i].x();
        my += map[i].y();
    }
    mu /= n; mv /= n; mx /= n; my /= n;
    double suu = 0, sa = 0, sb = 0;
    for (size_t i = 0; i < n; ++i) {
        const double u = pixels[i].x() - mu, v = -pixels[i].y() - mv;
        const double x = map[i].x() - mx, y = map[i].y() - my;
        suu += u * u + v * v;
        sa += u * x + v * y;
        sb += u * y - v * x;
    }
    if (suu <= 1e-12)
        return std::nullopt;
    SimilarityTransform t;
    t.m_a = sa / suu;
    t.m_b = sb / suu;
    t.m_tx = mx - (t.m_a * mu - t.m_b * mv);
    t.m_ty = my - (t.m_b * mu + t.m_a * mv);
    if (t.m_a == 0 && t.m_b == 0)
        return std::nullopt;   // every map position the same: no scale
    return t;
}

QPointF SimilarityTransform::toMap(QPointF pixel) const
{
    const double u = pixel.x(), v = -pixel.y();
    return {m_a * u - m_b * v + m_tx, m_b * u + m_a * v + m_ty};
}

QPointF SimilarityTransform::toPixel(QPointF map) const
{
    // The inverse of [a -b; b a] is [a b; -b a] / (a² + b²).
    const double x = map.x() - m_tx, y = map.y() - m_ty, d = m_a * m_a + m_b * m_b;
    const double u = (m_a * x + m_b * y) / d, v = (-m_b * x + m_a * y) / d;
    return {u, -v};
}

void SimilarityTransform::geoTransform(double gt[6]) const
{
    gt[0] = m_tx; gt[1] = m_a; gt[2] = m_b;
    gt[3] = m_ty; gt[4] = m_b; gt[5] = -m_a;
}

double SimilarityTransform::scale() const { return std::hypot(m_a, m_b); }
double SimilarityTransform::rotationDegrees() const { return std::atan2(m_b, m_a) * 180 / M_PI; }

} // namespace dpa
