#include "style/symbology.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace dpa {
namespace {

QString key(const char *kind, const QColor &a, const QColor &b)
{
    return QStringLiteral("%1:%2:%3").arg(QLatin1String(kind)).arg(a.rgba()).arg(b.rgba());
}

// Diagonal bands covering `bounds`: rising ones follow x + y = c, falling ones x - y = c, for c
// from `from` to `to` in every period (as the raster tiles compute their phase).
QPainterPath diagonalBands(const QRectF &bounds, QPointF origin, double period, double from, double to, bool rising)
{
    const QRectF b = bounds.translated(-origin).adjusted(-1, -1, 1, 1);
    const double sMin = rising ? b.left() + b.top() : b.left() - b.bottom();
    const double sMax = rising ? b.right() + b.bottom() : b.right() - b.top();
    QPainterPath bands;
    for (double k = std::floor((sMin - to) / period) * period; k <= sMax; k += period) {
        const double s0 = k + from, s1 = k + to;
        const double y0 = b.top(), y1 = b.bottom();
        auto x = [&](double s, double y) { return rising ? s - y : s + y; };
        bands.addPolygon(QPolygonF({QPointF(x(s0, y0), y0), QPointF(x(s1, y0), y0), QPointF(x(s1, y1), y1),
                                    QPointF(x(s0, y1), y1)}).translated(origin));
        bands.closeSubpath();
    }
    return bands;
}

bool isVectorDevice(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
}

} // namespace

void Symbology::fillArea(QPainter &p, const QPainterPath &area, const FeatureStyle &style, QPointF origin)
{
    if (!isVectorDevice(p) || (style.status != ControlStatus::Dual && style.status != ControlStatus::Contested)) {
        p.setBrush(fillBrush(style));
        p.setBrushOrigin(origin);
        p.drawPath(area);
        p.setBrushOrigin(0, 0);
        return;
    }
    // Under partial opacity the colours must not stack (a band over the base would come out
    // darker than the raster's), so the base and the bands then partition the area; opaque
    // fills draw the bands over a whole base, which leaves no antialiasing seams.
    const bool partition = p.opacity() < 1.0;
    // The raster tiles give pixel (x, y) the phase x + y, taken at its centre (x + 0.5, y + 0.5).
    origin += QPointF(0.5, 0.5);
    const QRectF bounds = area.boundingRect();
    struct Part { QColor color; QPainterPath bands; };
    std::vector<Part> parts;   // top first
    QColor base;
    if (style.status == ControlStatus::Dual) {
        const double n = std::max(4.0, double(std::lround(kStripePeriod * m_scale)));
        base = style.primary;
        parts.push_back({style.secondary.isValid() ? style.secondary : unknownColor(),
                         diagonalBands(bounds, origin, n, n * 11 / 16, n, true)});
    } else {
        const double n = std::max(6.0, double(std::lround(kHatchPeriod * m_scale)));
        const double w = std::max(2.0, double(std::lround(kHatchWidth * m_scale)));
        base = QColor(0xee, 0xee, 0xee);
        parts.push_back({style.primary.isValid() ? style.primary : outlineColor(), diagonalBands(bounds, origin, n, 0, w, true)});
        parts.push_back({style.secondary.isValid() ? style.secondary : outlineColor(), diagonalBands(bounds, origin, n, 0, w, false)});
    }
    QPainterPath covered;   // by the parts above the one being drawn
    std::vector<QPainterPath> shapes;
    for (const Part &part : parts) {
        QPainterPath shape = area.intersected(part.bands);
        if (partition && !covered.isEmpty())
            shape = shape.subtracted(covered);
        covered = covered.united(part.bands);
        shapes.push_back(std::move(shape));
    }
    p.setBrush(base);
    p.drawPath(partition ? area.subtracted(covered) : area);
    for (size_t i = parts.size(); i-- > 0;) {
        p.setBrush(parts[i].color);
        p.drawPath(shapes[i]);
    }
}

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
