#include "style/symbology.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace dpa {
namespace {

QString key(const FeatureStyle &s)
{
    QString k = QString::number(int(s.status)) + QLatin1Char(s.deJureOnly ? 'j' : '-');
    for (int i = 0; i < s.sideCount; ++i)
        k += QLatin1Char(':') + QString::number(s.sideColours[size_t(i)]) + QLatin1Char('/') +
             QString::number(double(s.shares[size_t(i)]));
    return k + QLatin1Char('m') + QString::number(s.hasMark() ? s.markRgba() : QColor().rgba());
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

// Vertical (columns) or horizontal (rows) bands from `from` to `to` in every period.
QPainterPath straightBands(const QRectF &bounds, QPointF origin, double period, double from, double to, bool vertical)
{
    const QRectF b = bounds.translated(-origin).adjusted(-1, -1, 1, 1);
    const double lo = vertical ? b.left() : b.top(), hi = vertical ? b.right() : b.bottom();
    QPainterPath bands;
    for (double k = std::floor((lo - to) / period) * period; k <= hi; k += period)
        bands.addRect(vertical ? QRectF(k + from, b.top(), to - from, b.height())
                               : QRectF(b.left(), k + from, b.width(), to - from));
    return bands.translated(origin);
}

QPainterPath dotGrid(const QRectF &bounds, QPointF origin, double period, double radius)
{
    const QRectF b = bounds.translated(-origin).adjusted(-period, -period, period, period);
    QPainterPath dots;
    for (double y = std::floor(b.top() / period) * period; y <= b.bottom(); y += period)
        for (double x = std::floor(b.left() / period) * period; x <= b.right(); x += period)
            dots.addEllipse(QPointF(x + period / 2, y + period / 2), radius, radius);
    return dots.translated(origin);
}

bool isVectorDevice(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
}

} // namespace

void Symbology::fillArea(QPainter &p, const QPainterPath &area, const FeatureStyle &style, QPointF origin)
{
    const FillPattern pattern(style, m_scale);
    if (!isVectorDevice(p) || pattern.kind() == FillPattern::Kind::Solid) {
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
    const QPointF diagonalOrigin = origin + QPointF(0.5, 0.5);
    const QRectF bounds = area.boundingRect();
    const double n = pattern.period();
    struct Part { QColor color; QPainterPath shape; };
    std::vector<Part> parts;   // top first
    QColor base = pattern.ground();
    switch (pattern.kind()) {
    case FillPattern::Kind::Solid:
        break;
    case FillPattern::Kind::Stripes:
    case FillPattern::Kind::Columns: {
        const bool stripes = pattern.kind() == FillPattern::Kind::Stripes;
        base = pattern.band(0);
        for (int k = pattern.bandCount() - 1; k >= 1; --k)
            parts.push_back({pattern.band(k), stripes ? diagonalBands(bounds, diagonalOrigin, n, pattern.bandStart(k),
                                                                      pattern.bandStart(k + 1), true)
                                                      : straightBands(bounds, origin, n, pattern.bandStart(k),
                                                                      pattern.bandStart(k + 1), true)});
        break;
    }
    case FillPattern::Kind::Rows:
        parts.push_back({pattern.mark(), straightBands(bounds, origin, n, 0, pattern.markWidth(), false)});
        break;
    case FillPattern::Kind::Hatch:
        parts.push_back({pattern.band(0), diagonalBands(bounds, diagonalOrigin, n, 0, pattern.markWidth(), true)});
        parts.push_back({pattern.band(1), diagonalBands(bounds, diagonalOrigin, n, 0, pattern.markWidth(), false)});
        break;
    case FillPattern::Kind::Dots:
        parts.push_back({pattern.mark(), dotGrid(bounds, origin, n, pattern.markWidth())});
        break;
    }
    QPainterPath covered;   // by the parts above the one being drawn
    std::vector<QPainterPath> shapes;
    for (const Part &part : parts) {
        QPainterPath shape = area.intersected(part.shape);
        if (partition && !covered.isEmpty())
            shape = shape.subtracted(covered);
        covered = covered.united(part.shape);
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
    return 0.3 + 0.6 * std::clamp(double(style.confidence), 0.0, 1.0);
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
    const FillPattern pattern(style, m_scale);
    if (pattern.kind() == FillPattern::Kind::Solid)
        return QBrush(pattern.ground());
    const QString k = key(style);
    if (auto it = m_cache.find(k); it != m_cache.end())
        return *it;
    // Every pattern repeats along both axes within its period, so one square tile serves.
    const int n = pattern.period();
    const FillPattern::Premultiplied colours = pattern.premultiply(1.0);
    QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < n; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(tile.scanLine(y));
        for (int x = 0; x < n; ++x)
            line[x] = pattern.pixel(x, y, colours);
    }
    QBrush brush(tile);
    m_cache.insert(k, brush);
    return brush;
}

} // namespace dpa
