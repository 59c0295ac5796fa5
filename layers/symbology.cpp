#include "symbology.h"

#include <QImage>
#include <QPainter>

namespace dpa {
namespace {

QString key(const char *kind, const QColor &a, const QColor &b)
{
    return QStringLiteral("%1:%2:%3").arg(QLatin1String(kind)).arg(a.rgba()).arg(b.rgba());
}

} // namespace

double Symbology::fillOpacity(const FeatureStyle &style)
{
    return 0.3 + 0.6 * std::clamp(style.confidence, 0.0, 1.0);
}

QPen Symbology::outlinePen(bool approximate) const
{
    QPen pen(outlineColor(), 1.0 * m_scale);
    pen.setCosmetic(true);
    if (approximate) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({5, 3});
    }
    return pen;
}

QBrush Symbology::fillBrush(const FeatureStyle &style)
{
    switch (style.status) {
    case ControlStatus::Held:
        return QBrush(style.primary);
    case ControlStatus::Dual:
        return stripes(style.primary, style.secondary.isValid() ? style.secondary : unknownColor());
    case ControlStatus::Contested:
        return crossHatch(style.primary.isValid() ? style.primary : outlineColor(),
                          style.secondary.isValid() ? style.secondary : outlineColor());
    case ControlStatus::Unknown:
        break;
    }
    return QBrush(unknownColor());
}

QBrush Symbology::stripes(const QColor &wide, const QColor &narrow)
{
    const QString k = key("dual", wide, narrow);
    if (auto it = m_cache.find(k); it != m_cache.end())
        return *it;
    const int n = std::max(4, int(std::lround(kStripePeriod * m_scale)));
    QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
    // Each pixel's position along the diagonal decides its band: 11/16 wide, 5/16 narrow.
    for (int y = 0; y < n; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(tile.scanLine(y));
        for (int x = 0; x < n; ++x) {
            const int phase = (x + y) % n;
            line[x] = (phase * 16 < n * 11 ? wide : narrow).rgba();
        }
    }
    QBrush brush(tile);
    m_cache.insert(k, brush);
    return brush;
}

QBrush Symbology::crossHatch(const QColor &a, const QColor &b)
{
    const QString k = key("contested", a, b);
    if (auto it = m_cache.find(k); it != m_cache.end())
        return *it;
    const int n = std::max(6, int(std::lround(kHatchPeriod * m_scale)));
    const int w = std::max(2, int(std::lround(kHatchWidth * m_scale)));
    QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < n; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(tile.scanLine(y));
        for (int x = 0; x < n; ++x) {
            const bool onA = (x + y) % n < w;
            const bool onB = ((x - y) % n + n) % n < w;
            line[x] = (onA ? a : onB ? b : QColor(0xee, 0xee, 0xee)).rgba();
        }
    }
    QBrush brush(tile);
    m_cache.insert(k, brush);
    return brush;
}

} // namespace dpa
