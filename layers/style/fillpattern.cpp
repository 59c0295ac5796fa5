#include "style/fillpattern.h"

#include <cmath>

namespace dpa {
namespace {

quint32 premultiplied(QRgb c, double alpha)
{
    // QColor's alphaF() of the same colour (its 16-bit alpha is the 8-bit one times 0x101).
    const double alphaF = qAlpha(c) * 0x101 / 65535.0;
    const int a = std::clamp(int(std::lround(alpha * alphaF * 255)), 0, 255);
    return qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), a));
}

int scaled(double pixels, double scale, int minimum)
{
    return std::max(minimum, int(std::lround(pixels * scale)));
}

// A title nobody enforces: the claimant's colour, washed out towards white.
QRgb tint(QRgb c)
{
    auto washed = [](int v) { return int(std::lround((0.45 * v / 255 + 0.55) * 255)); };
    return qRgb(washed(qRed(c)), washed(qGreen(c)), washed(qBlue(c)));
}

} // namespace

FillPattern::FillPattern(const FeatureStyle &style, double scale)
{
    const bool hasFirst = style.sideCount > 0;
    const QRgb first = style.sideColours[0];
    const QRgb unknown = unknownColor().rgba(), outline = outlineColor().rgba();
    switch (style.status) {
    case ControlStatus::Unknown:
        setGround(unknown);
        break;
    case ControlStatus::Held:
        setGround(!hasFirst ? unknown : style.deJureOnly ? tint(first) : first);
        break;
    case ControlStatus::Dual:
        if (style.sideCount < 2) {   // a lone side cannot stripe: draw it as held
            setGround(hasFirst ? first : unknown);
            break;
        }
        m_kind = Kind::Stripes;
        m_bandCount = style.sideCount;
        m_units = kStripeWide + kStripeNarrow * (m_bandCount - 1);
        m_period = scaled(m_units, scale, 2 * m_bandCount);
        for (int k = 0; k < m_bandCount; ++k) {
            m_colours[size_t(k)] = style.sideColours[size_t(k)];
            m_bounds[size_t(k) + 1] = m_bounds[size_t(k)] + (k == 0 ? kStripeWide : kStripeNarrow);
        }
        break;
    case ControlStatus::Divided: {
        m_kind = Kind::Columns;
        m_period = scaled(kColumnPeriod, scale, 8);
        m_units = 1000;
        double total = 0;
        for (int k = 0; k < style.sideCount; ++k)
            total += style.shares[size_t(k)];
        // Columns for the camps with a share; one that holds none (a claim only) is not drawn.
        for (int k = 0; k < style.sideCount; ++k) {
            if (style.shares[size_t(k)] <= 0)
                continue;
            m_colours[size_t(m_bandCount)] = style.sideColours[size_t(k)];
            const double upTo = m_bounds[size_t(m_bandCount)] + 1000.0 * style.shares[size_t(k)] / total;
            ++m_bandCount;
            m_bounds[size_t(m_bandCount)] = int(std::lround(upTo));
        }
        if (m_bandCount == 0) {
            m_kind = Kind::Solid;
            setGround(unknown);
        }
        break;
    }
    case ControlStatus::Occupied:
        m_kind = Kind::Rows;
        m_period = scaled(kRowPeriod, scale, 4);
        m_lineWidth = scaled(kRowWidth, scale, 2);
        m_markWidth = m_lineWidth;
        setGround(hasFirst ? first : unknown);
        setMark(style.hasMark() ? style.markRgba() : outline);
        break;
    case ControlStatus::Contested:
        m_kind = Kind::Hatch;
        m_period = scaled(kHatchPeriod, scale, 6);
        m_lineWidth = scaled(kHatchWidth, scale, 2);
        m_markWidth = m_lineWidth;
        m_bandCount = 2;
        m_colours[0] = hasFirst ? first : outline;
        m_colours[1] = style.sideCount > 1 ? style.sideColours[1] : outline;
        setGround(hatchGround().rgba());
        break;
    case ControlStatus::HandOver: {
        m_kind = Kind::Dots;
        m_period = scaled(kDotPeriod, scale, 5);
        const double r = std::max(1.2, kDotRadius * scale);
        m_markWidth = r;
        m_dotRadius2x4 = int(std::lround(4 * r * r));
        setGround(!hasFirst ? unknown : style.deJureOnly ? tint(first) : first);
        setMark(style.hasMark() ? style.markRgba() : outline);
        break;
    }
    }
}

void FillPattern::fillRun(quint32 *out, int x0, int x1, int y, const Premultiplied &c) const
{
    auto mod = [](int v, int n) { return (v % n + n) % n; };
    switch (m_kind) {
    case Kind::Solid:
        std::fill(out + x0, out + x1, c.ground);
        return;
    case Kind::Stripes:
    case Kind::Columns: {
        int phase = mod(m_kind == Kind::Stripes ? x0 + y : x0, m_period);
        size_t band = bandOf(phase);
        for (int x = x0; x < x1; ++x) {
            out[x] = c.bands[band];
            if (++phase == m_period) {
                phase = 0;
                band = 0;
            } else if (band + 1 < size_t(m_bandCount) && phase * m_units >= m_bounds[band + 1] * m_period) {
                ++band;
            }
        }
        return;
    }
    case Kind::Rows:
        std::fill(out + x0, out + x1, mod(y, m_period) < m_lineWidth ? c.mark : c.ground);
        return;
    case Kind::Hatch:
    case Kind::Dots:
        for (int x = x0; x < x1; ++x)
            out[x] = pixel(x, y, c);
        return;
    }
}

FillPattern::Premultiplied FillPattern::premultiply(double alpha) const
{
    Premultiplied p;
    for (int k = 0; k < m_bandCount; ++k)
        p.bands[size_t(k)] = premultiplied(m_colours[size_t(k)], alpha);
    p.ground = m_hasGround ? premultiplied(m_ground, alpha) : 0;
    p.mark = m_hasMark ? premultiplied(m_mark, alpha) : 0;
    return p;
}

} // namespace dpa
