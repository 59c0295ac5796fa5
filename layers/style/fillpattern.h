#pragma once

#include "style/featurestyle.h"

#include <QRgb>

#include <array>

namespace dpa {

// Which colour every device pixel of a feature's fill takes, for each status. The fast raster
// fill (FeatureIdBuffer), the brush tiles (Symbology, for symbols and the legend) and the vector
// bands of SVG and PDF all follow this one definition, so a status looks the same everywhere.
//
//  held       solid holder colour; a title nobody enforces (deJureOnly) in a pale tint of it
//  dual       rising diagonal stripes, one band per camp: the de facto holder's band wide
//             (11 units), every other camp's narrow (5 units); 16 units a period for two camps
//  divided    vertical columns, each camp's width in proportion to its share
//  occupied   the title holder's colour (grey when none) under horizontal bars of the occupier's
//  contested  cross-hatch of the first two camps' colours over pale grey
//  handover   the incoming holder's colour with a grid of dots in the outgoing holder's
//  unknown    neutral grey
// Sizes are in pixels at scale 1 and grow with the scale, so exports at a higher DPI keep them.
class FillPattern
{
public:
    enum class Kind { Solid, Stripes, Columns, Rows, Hatch, Dots };
    static constexpr int kStripeWide = 11, kStripeNarrow = 5;
    static constexpr int kColumnPeriod = 32;
    static constexpr int kRowPeriod = 10;
    static constexpr double kRowWidth = 3.5;
    static constexpr int kHatchPeriod = 12;
    static constexpr double kHatchWidth = 2.5;
    static constexpr int kDotPeriod = 9;
    static constexpr double kDotRadius = 1.8;

    FillPattern(const FeatureStyle &style, double scale);

    Kind kind() const { return m_kind; }
    int period() const { return m_period; }
    int bandCount() const { return m_bandCount; }
    // Band k covers phases [bandStart(k), bandStart(k + 1)) of the period, in pixels (fractional).
    double bandStart(int k) const { return double(m_bounds[size_t(k)]) * m_period / m_units; }
    QColor band(int k) const { return QColor::fromRgba(m_colours[size_t(k)]); }
    QColor ground() const { return m_hasGround ? QColor::fromRgba(m_ground) : QColor(); }
    QColor mark() const { return m_hasMark ? QColor::fromRgba(m_mark) : QColor(); }
    double markWidth() const { return m_markWidth; }   // Rows and Hatch line width; Dots radius

    // The colour of device pixel (x, y), premultiplied with `alpha` colours from premultiply().
    struct Premultiplied
    {
        std::array<quint32, FeatureStyle::kMaxSides> bands{};
        quint32 ground = 0, mark = 0;
    };
    Premultiplied premultiply(double alpha) const;
    quint32 pixel(int x, int y, const Premultiplied &c) const
    {
        switch (m_kind) {
        case Kind::Solid:
            return c.ground;
        case Kind::Stripes:
            return c.bands[bandOf(((x + y) % m_period + m_period) % m_period)];
        case Kind::Columns:
            return c.bands[bandOf((x % m_period + m_period) % m_period)];
        case Kind::Rows:
            return (y % m_period + m_period) % m_period < m_lineWidth ? c.mark : c.ground;
        case Kind::Hatch: {
            const bool onA = ((x + y) % m_period + m_period) % m_period < m_lineWidth;
            const bool onB = ((x - y) % m_period + m_period) % m_period < m_lineWidth;
            return onA ? c.bands[0] : onB ? c.bands[1] : c.ground;
        }
        case Kind::Dots: {
            const int dx = (x % m_period + m_period) % m_period * 2 + 1 - m_period;
            const int dy = (y % m_period + m_period) % m_period * 2 + 1 - m_period;
            return dx * dx + dy * dy <= m_dotRadius2x4 ? c.mark : c.ground;
        }
        }
        return c.ground;
    }

    // Fills device pixels x0 <= x < x1 of row y: the same colours as pixel(), walked along the
    // row without a division per pixel (the fast fill spends most of a frame here).
    void fillRun(quint32 *out, int x0, int x1, int y, const Premultiplied &c) const;

    static QColor unknownColor() { return QColor(0xc8, 0xc8, 0xc8); }
    static QColor hatchGround() { return QColor(0xee, 0xee, 0xee); }
    static QColor outlineColor() { return QColor(0x40, 0x40, 0x40); }

private:
    size_t bandOf(int phase) const
    {
        size_t k = 0;
        while (k + 1 < size_t(m_bandCount) && phase * m_units >= m_bounds[k + 1] * m_period)
            ++k;
        return k;
    }

    Kind m_kind = Kind::Solid;
    int m_period = 1;
    int m_units = 1;                                          // the period in band units
    int m_bandCount = 0;
    std::array<int, FeatureStyle::kMaxSides + 1> m_bounds{};  // band starts in units
    // 8-bit colours, as every colour here is made: the id buffer keeps a pattern per feature
    // (a million at a national scale), so 4 bytes a colour rather than QColor's 16.
    void setGround(QRgb c) { m_ground = c, m_hasGround = true; }
    void setMark(QRgb c) { m_mark = c, m_hasMark = true; }
    std::array<QRgb, FeatureStyle::kMaxSides> m_colours{};
    QRgb m_ground = 0, m_mark = 0;
    bool m_hasGround = false, m_hasMark = false;
    int m_lineWidth = 0;
    int m_dotRadius2x4 = 0;                                   // (2r)², for integer dot tests
    double m_markWidth = 0;
};

} // namespace dpa
