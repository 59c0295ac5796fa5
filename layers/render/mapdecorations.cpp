#include "render/mapdecorations.h"
#include "render/legendcontents.h"
#include "time/historicaldate.h"
#include "style/symbology.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <array>

#include <cmath>

namespace dpa {
namespace {

// MapDecorations's words, in the context lupdate gives the tr() calls of its member functions.
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("dpa::MapDecorations", text, comment);
}

// The corners in the order cornerBoxes() lists them, which is also the order of preference.
constexpr LegendPlacement kCornerOrder[] = {LegendPlacement::BottomLeft, LegendPlacement::BottomRight,
                                            LegendPlacement::TopLeft, LegendPlacement::TopRight};

bool anyApproximate(const CaseStudy &study)
{
    for (const CaseLayer &l : study.layers)
        for (const CaseFeature &f : l.features)
            if (f.approximate)
                return true;
    return false;
}

// The largest 1, 2 or 5 times a power of ten that is at most `metres`.
double roundLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= metres)
            return step * power;
    return power;
}

QString lengthText(double metres)
{
    return metres >= 1000 ? QCoreApplication::translate("dpa::MapDecorations", "%1 km", "the scale bar's length").arg(metres / 1000)
                          : QCoreApplication::translate("dpa::MapDecorations", "%1 m", "the scale bar's length, in metres").arg(metres);
}

} // namespace

MapDecorations::MapDecorations(const CaseStudy &study, const MapView &view, double scale)
    : m_study(study), m_anyApproximate(anyApproximate(study)), m_view(view), m_scale(scale) {}

MapDecorations::MapDecorations(const MapScene &scene, const MapView &view, double scale)
    : m_study(scene.study()), m_anyApproximate(scene.anyApproximate()), m_view(view), m_scale(scale) {}

QString MapDecorations::dateText() const
{
    const bool withTime = calendar::minuteOfDay(m_view.time) != 12 * 60;
    return datetext::formatMoment(m_view.time, m_study.manifest.displayCalendars, withTime);
}

void MapDecorations::drawPanel(QPainter &p, const QRectF &rect) const
{
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(rect, 4 * m_scale, 4 * m_scale);
}

QRectF MapDecorations::drawTitle(QPainter &p) const
{
    const QString fullTitle = m_view.layout.title.isEmpty() ? m_study.manifest.title.text(m_view.language) : m_view.layout.title;
    const QString subtitle = m_view.layout.subtitle;
    const QString date = dateText();
    const QString fullNote = m_anyApproximate
                                 ? tr("Dashed outlines: approximate geometry (modern boundaries stand in for historical ones)")
                                 : QString();
    const double pad = 12 * m_scale;
    // A long title first shrinks (to 60 % of its size), then is elided: it never runs off the
    // map. Event captions that would overlap the panel go below it.
    const double room = std::max(80.0, m_view.size.width() * 0.9 - 3 * pad);
    auto fonts = [&](double f) {
        QFont title = p.font(), dateFont = p.font(), note = p.font(), sub = p.font();
        title.setPixelSize(std::max(6, int(24 * m_scale * f)));
        title.setBold(true);
        dateFont.setPixelSize(std::max(6, int(20 * m_scale * std::max(f, 0.8))));
        note.setPixelSize(std::max(6, int(12 * m_scale * std::max(f, 0.8))));
        sub.setPixelSize(std::max(6, int(17 * m_scale * std::max(f, 0.8))));
        return std::array<QFont, 4>{title, dateFont, note, sub};
    };
    const double natural = std::max({QFontMetricsF(fonts(1)[0]).horizontalAdvance(fullTitle),
                                     QFontMetricsF(fonts(1)[1]).horizontalAdvance(date),
                                     QFontMetricsF(fonts(1)[3]).horizontalAdvance(subtitle)});
    // A little under the exact ratio: font sizes are whole pixels and text widths do not scale exactly.
    const auto [titleFont, dateFont, noteFont, subFont] = fonts(std::clamp(0.95 * room / std::max(1.0, natural), 0.6, 1.0));
    const QFontMetricsF tm(titleFont), dm(dateFont), nm(noteFont), sm(subFont);
    const QString title = tm.elidedText(fullTitle, Qt::ElideRight, room);
    const QString sub = sm.elidedText(subtitle, Qt::ElideRight, room);
    const QString note = nm.elidedText(fullNote, Qt::ElideRight, room);
    const double width = std::max({tm.horizontalAdvance(title), dm.horizontalAdvance(date), sm.horizontalAdvance(sub),
                                   note.isEmpty() ? 0.0 : nm.horizontalAdvance(note)}) + 2 * pad;
    const double height = tm.height() + (sub.isEmpty() ? 0 : sm.height()) + dm.height() +
                          (note.isEmpty() ? 0 : nm.height() + 4 * m_scale) + 2 * pad;
    const QRectF box(pad, pad, width, height);
    drawPanel(p, box);
    double y = box.top() + pad;
    p.setPen(QColor(0x15, 0x15, 0x15));
    p.setFont(titleFont);
    p.drawText(QPointF(box.left() + pad, y + tm.ascent()), title);
    y += tm.height();
    if (!sub.isEmpty()) {
        p.setFont(subFont);
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.drawText(QPointF(box.left() + pad, y + sm.ascent()), sub);
        y += sm.height();
    }
    p.setFont(dateFont);
    p.setPen(QColor(0x8a, 0x1c, 0x1c));
    p.drawText(QPointF(box.left() + pad, y + dm.ascent()), date);
    y += dm.height() + 4 * m_scale;
    if (!note.isEmpty()) {
        p.setFont(noteFont);
        p.setPen(QColor(0x50, 0x50, 0x50));
        p.drawText(QPointF(box.left() + pad, y + nm.ascent()), note);
    }
    return box;
}

struct MapDecorations::LegendRow
{
    QString text;
    FeatureStyle style;
    bool approximate = false;
    bool heading = false;
    bool pennant = false;
};

MapDecorations::LegendMetrics MapDecorations::legendMetrics() const
{
    LegendMetrics m;
    m.font.setPixelSize(int(13 * m_scale));
    m.head = m.font;
    m.head.setBold(true);
    m.pad = 10 * m_scale;
    m.swatch = 18 * m_scale;
    m.row = std::max(m.swatch + 5 * m_scale, QFontMetricsF(m.font).height() + 3 * m_scale);
    m.line = QFontMetricsF(m.font).height();
    // Long names (a body with its dates and successors) wrap rather than widen the legend
    // until it covers the map.
    m.textWidth = std::max(160.0, std::min(420 * m_scale, m_view.size.width() * 0.4));
    return m;
}

QStringList MapDecorations::wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines;
}

double MapDecorations::LegendMetrics::height(int lines) const
{
    return lines <= 1 ? row : row + (lines - 1) * line;
}

QList<MapDecorations::LegendRow> MapDecorations::legendRows(const LegendContents &contents) const
{
    QList<LegendRow> rows;
    // The legend on a map lists what is in force on its date; the app's panel lists everything.
    const auto &authorities = m_study.model.authorities();
    if (!contents.authorities.empty())
        rows << LegendRow{tr("In force"), {}, false, true};
    for (int a : contents.authorities) {
        QString text = authorities[size_t(a)].name.text(m_view.language);
        if (const QString bloc = contents.sharedBlocName(m_study.model, a); !bloc.isEmpty())
            text = tr("%1 (%2)", "an authority and its bloc, in the map's legend").arg(text, bloc);
        rows << LegendRow{text, LegendContents::swatch(ControlStatus::Held, QColor::fromRgba(authorities[size_t(a)].color))};
    }
    rows << LegendRow{tr("Status"), {}, false, true};
    for (ControlStatus s : contents.statuses)
        rows << LegendRow{LegendContents::statusCaption(s), contents.exampleStyle(m_study.model, s)};
    if (contents.titleOnly)
        rows << LegendRow{tr("Pale: a title nobody enforces"), contents.titleOnlyStyle(m_study.model)};
    if (contents.approximate)
        rows << LegendRow{tr("Approximate boundary"), {}, true};
    if (contents.presence)
        rows << LegendRow{tr("Pennant: present without governing"), {}, false, false, true};
    if (contents.lowerConfidence)
        rows << LegendRow{tr("Paler fill: lower confidence"), [] {
                              FeatureStyle s = LegendContents::swatch(ControlStatus::Held, QColor(0x70, 0x70, 0x70));
                              s.confidence = 0.3;
                              return s;
                          }()};
    return rows;
}

QSizeF MapDecorations::legendSize(const LegendContents &contents) const
{
    const LegendMetrics m = legendMetrics();
    const QFontMetricsF fm(m.font), hm(m.head);
    double width = 0, height = 0;
    for (const LegendRow &r : legendRows(contents)) {
        const QStringList lines = wrapped(r.text, r.heading ? m.head : m.font, m.textWidth);
        for (const QString &line : lines)
            width = std::max(width, (r.heading ? hm : fm).horizontalAdvance(line) + (r.heading ? 0 : m.swatch + 8 * m_scale));
        height += m.height(int(lines.size()));
    }
    return QSizeF(width + 2 * m.pad, height + 2 * m.pad);
}

QList<QRectF> MapDecorations::cornerBoxes(QSizeF size, const QList<QRectF> &avoid) const
{
    // Bottom-left first (where a reader looks for a key); the bottom right keeps clear of the
    // scale bar and north arrow, the top ones of the title and captions.
    const double margin = 12 * m_scale;
    const double bottom = creditsTop() - margin;
    const double right = m_view.size.width() - margin;
    const double top = [&] {
        double y = margin;
        for (const QRectF &r : avoid)
            if (r.top() < m_view.size.height() / 2.0)
                y = std::max(y, r.bottom() + margin);
        return y;
    }();
    const double scaleBar = m_view.showScaleBar ? 110 * m_scale : 0;
    return {QRectF(QPointF(margin, bottom - size.height()), size),
            QRectF(QPointF(right - size.width(), bottom - scaleBar - size.height()), size),
            QRectF(QPointF(margin, top), size),
            QRectF(QPointF(right - size.width(), top), size)};
}

QRectF MapDecorations::freeCorner(QSizeF size, const std::function<double(const QRectF &)> &coverage,
                                  const QList<QRectF> &avoid, double *covered, LegendPlacement *corner) const
{
    const QList<QRectF> corners = cornerBoxes(size, avoid);
    QRectF box;
    double least = 2;
    for (qsizetype i = 0; i < corners.size(); ++i) {
        const QRectF &c = corners[i];
        if (c.top() < 0 || c.left() < 0 || c.bottom() > m_view.size.height() || c.right() > m_view.size.width())
            continue;
        bool clashes = false;
        for (const QRectF &r : avoid)
            clashes = clashes || r.intersects(c);
        if (clashes)
            continue;
        const double share = coverage ? coverage(c) : 0;
        if (share < least - 0.005) {   // keep the earlier corner unless clearly better
            least = share;
            box = c;
            if (corner)
                *corner = kCornerOrder[i];
        }
    }
    if (covered)
        *covered = box.isNull() ? 1.0 : least;
    return box;
}

QRectF MapDecorations::legendBox(const LegendContents &contents, LegendPlacement placement,
                                 const std::function<double(const QRectF &)> &coverage, const QList<QRectF> &avoid,
                                 double *covered) const
{
    const QSizeF size = legendSize(contents);
    const QList<QRectF> corners = cornerBoxes(size, avoid);
    for (qsizetype i = 0; i < corners.size(); ++i)
        if (kCornerOrder[i] == placement)
            return corners[i];
    return freeCorner(size, coverage, avoid, covered);
}

QRectF MapDecorations::drawLegend(QPainter &p, const LegendContents &contents,
                                  const std::function<double(const QRectF &)> &coverage, const QList<QRectF> &avoid) const
{
    QRectF box = legendBox(contents, m_view.layout.legend, coverage, avoid);
    if (box.isNull())   // no corner is free of the title and captions: the least bad one
        box = cornerBoxes(legendSize(contents), {})[0];
    paintLegend(p, contents, box.topLeft());
    return box;
}

void MapDecorations::paintLegend(QPainter &p, const LegendContents &contents, QPointF topLeft) const
{
    const LegendMetrics m = legendMetrics();
    const QFontMetricsF fm(m.font), hm(m.head);
    const QRectF box(topLeft, legendSize(contents));
    drawPanel(p, box);

    Symbology symbols(m_scale);
    double y = box.top() + m.pad;
    for (const LegendRow &r : legendRows(contents)) {
        const QStringList lines = wrapped(r.text, r.heading ? m.head : m.font, m.textWidth);
        if (r.heading) {
            p.setFont(m.head);
            p.setPen(QColor(0x15, 0x15, 0x15));
            p.drawText(QPointF(box.left() + m.pad, y + (m.row + hm.ascent() - hm.descent()) / 2), r.text);
        } else {
            const QRectF sw(box.left() + m.pad, y + (m.row - m.swatch) / 2, m.swatch, m.swatch);
            p.setPen(Qt::NoPen);
            p.setOpacity(r.approximate || r.pennant ? 1.0 : Symbology::fillOpacity(r.style));
            QPainterPath swatch;
            swatch.addRect(sw);
            if (r.pennant) {
                // The mark PresenceMarkPass draws on the map, on white.
                p.setBrush(Qt::white);
                p.drawPath(swatch);
                p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2 * m_scale));
                p.drawLine(QPointF(sw.left() + sw.width() * 0.3, sw.bottom() - 2 * m_scale),
                           QPointF(sw.left() + sw.width() * 0.3, sw.top() + 2 * m_scale));
                p.setBrush(QColor(0x70, 0x70, 0x70));
                p.drawPolygon(QPolygonF({QPointF(sw.left() + sw.width() * 0.3, sw.top() + 2 * m_scale),
                                         QPointF(sw.right() - 2 * m_scale, sw.top() + sw.height() * 0.35),
                                         QPointF(sw.left() + sw.width() * 0.3, sw.top() + sw.height() * 0.6)}));
                p.setPen(Qt::NoPen);
            } else if (r.approximate) {
                p.setBrush(Qt::white);
                p.drawPath(swatch);
            } else {
                symbols.fillArea(p, swatch, r.style, sw.topLeft());
            }
            p.setOpacity(1.0);
            p.setBrush(Qt::NoBrush);
            p.setPen(symbols.outlinePen(r.approximate));
            if (!r.pennant)
                p.drawRect(sw);
            p.setFont(m.font);
            p.setPen(QColor(0x15, 0x15, 0x15));
            double baseline = y + (m.row + fm.ascent() - fm.descent()) / 2;
            for (const QString &line : lines) {
                p.drawText(QPointF(sw.right() + 8 * m_scale, baseline), line);
                baseline += m.line;
            }
        }
        y += m.height(int(lines.size()));
    }
}

void MapDecorations::drawInset(QPainter &p, const QImage &inset, const QPolygonF &viewOutline, const QRectF &box) const
{
    drawPanel(p, box.adjusted(-3 * m_scale, -3 * m_scale, 3 * m_scale, 3 * m_scale));
    p.drawImage(box, inset);
    p.save();
    p.setClipRect(box);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0xc0, 0x10, 0x10), 2 * m_scale));
    p.drawPolygon(viewOutline.translated(box.topLeft()));
    p.restore();
}

QRectF MapDecorations::drawEventCaptions(QPainter &p, const QRectF &avoid) const
{
    // An event's caption stays up for a few days after it ends, so that scrubbing or playing
    // past a one-day event still shows it long enough to read.
    constexpr qint64 kLingerMinutes = 3 * kMinutesPerDay;
    QStringList captions;
    for (const Event &e : m_study.model.events())
        if (e.when.from() <= m_view.time && m_view.time < e.when.to() + kLingerMinutes)
            captions << tr("%1: %2", "an event's caption on the map: its date, its title").arg(e.when.toDisplayString(), e.title.text(m_view.language));
    // The newest last, and at most four, so the box never covers the map.
    while (captions.size() > 4)
        captions.removeFirst();
    if (captions.isEmpty())
        return {};
    QFont font = p.font();
    font.setPixelSize(int(15 * m_scale));
    const QFontMetricsF fm(font);
    const double pad = 10 * m_scale;
    double width = 0;
    for (const QString &c : captions)
        width = std::max(width, fm.horizontalAdvance(c));
    width = std::min(width + 2 * pad, m_view.size.width() * 0.45);
    QRectF box(m_view.size.width() - width - 12 * m_scale, 12 * m_scale, width, captions.size() * fm.height() + 2 * pad);
    if (box.intersects(avoid))
        box.moveTop(avoid.bottom() + 8 * m_scale);
    drawPanel(p, box);
    p.setFont(font);
    p.setPen(QColor(0x15, 0x15, 0x15));
    double y = box.top() + pad;
    for (const QString &c : captions) {
        p.drawText(QPointF(box.left() + pad, y + fm.ascent()), fm.elidedText(c, Qt::ElideRight, width - 2 * pad));
        y += fm.height();
    }
    return box;
}

QFont MapDecorations::creditsFont() const
{
    QFont font;
    font.setPixelSize(int(11 * m_scale));
    return font;
}

QStringList MapDecorations::creditLines() const
{
    // Whole credits, wrapped between their parts (" · "): a licence must never be cut off.
    QString text = m_study.manifest.attribution;
    if (m_view.basemap.isSet() && !m_view.basemap.attribution.trimmed().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Basemap: %1").arg(m_view.basemap.attribution.trimmed());
    if (text.isEmpty())
        return {};
    const QFontMetricsF fm(creditsFont());
    const double room = std::max(100.0, m_view.size.width() - 20.0 * m_scale);
    const QString separator = QStringLiteral(" · ");
    QStringList lines;
    QString line;
    for (const QString &part : text.split(separator)) {
        const QString longer = line.isEmpty() ? part : line + separator + part;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > room) {
            lines << line;
            line = part;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines;
}

double MapDecorations::creditsTop() const
{
    const QStringList lines = m_view.showCredits ? creditLines() : QStringList();
    if (lines.isEmpty())
        return m_view.size.height();
    return m_view.size.height() - lines.size() * QFontMetricsF(creditsFont()).height() - 8 * m_scale;
}

void MapDecorations::drawScaleBar(QPainter &p, const GroundScale &ground) const
{
    if (!ground.isValid())
        return;
    const double length = roundLength(ground.metresPerPixel * 160 * m_scale);
    const double barWidth = length / ground.metresPerPixel;
    const double barHeight = 6 * m_scale, pad = 8 * m_scale;
    QFont font = p.font();
    font.setPixelSize(int(12 * m_scale));
    const QFontMetricsF fm(font);
    const QString label = lengthText(length);
    const double width = barWidth + fm.horizontalAdvance(label) / 2 + fm.horizontalAdvance(QStringLiteral("0")) / 2 + 2 * pad;
    const double height = fm.height() + barHeight + 3 * pad;
    const QRectF box(m_view.size.width() - width - 12 * m_scale, creditsTop() - height - 6 * m_scale, width, height);
    drawPanel(p, box);
    const double left = box.left() + pad + fm.horizontalAdvance(QStringLiteral("0")) / 2;
    const double top = box.top() + pad + fm.height() + pad / 2;
    // Four alternating segments, as on printed maps, so a reader can measure a quarter.
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1));
    for (int i = 0; i < 4; ++i) {
        p.setBrush(i % 2 ? Qt::white : QColor(0x20, 0x20, 0x20));
        p.drawRect(QRectF(left + i * barWidth / 4, top, barWidth / 4, barHeight));
    }
    p.setFont(font);
    p.drawText(QPointF(left - fm.horizontalAdvance(QStringLiteral("0")) / 2, top - pad / 2 - fm.descent()), QStringLiteral("0"));
    p.drawText(QPointF(left + barWidth - fm.horizontalAdvance(label) / 2, top - pad / 2 - fm.descent()), label);
}

void MapDecorations::drawNorthArrow(QPainter &p, const GroundScale &ground) const
{
    if (!ground.isValid())
        return;
    const double size = 44 * m_scale;
    // Above the scale bar, which is at most about 90 pixels tall at scale 1.
    const QPointF centre(m_view.size.width() - 12 * m_scale - size / 2, creditsTop() - 70 * m_scale - size / 2 - 12 * m_scale);
    drawPanel(p, QRectF(centre - QPointF(size / 2, size / 2), QSizeF(size, size)));
    p.save();
    p.translate(centre);
    p.rotate(ground.northDegrees);
    const double r = size * 0.36;
    QPainterPath left, right;
    left.moveTo(0, -r);
    left.lineTo(-r * 0.38, r * 0.55);
    left.lineTo(0, r * 0.3);
    left.closeSubpath();
    right.moveTo(0, -r);
    right.lineTo(r * 0.38, r * 0.55);
    right.lineTo(0, r * 0.3);
    right.closeSubpath();
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1));
    p.setBrush(QColor(0x20, 0x20, 0x20));
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    QFont font = p.font();
    font.setPixelSize(int(11 * m_scale));
    font.setBold(true);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QString north = tr("N", "north, under the map's north arrow");
    p.drawText(QPointF(-fm.horizontalAdvance(north) / 2, r * 0.55 + fm.ascent() - 2 * m_scale), north);
    p.restore();
}

void MapDecorations::drawAttribution(QPainter &p) const
{
    const QStringList lines = creditLines();
    if (lines.isEmpty())
        return;
    QFont font = p.font();
    font.setPixelSize(creditsFont().pixelSize());
    const QFontMetricsF fm(font);
    const double pad = 4 * m_scale;
    double w = 0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    const double h = lines.size() * fm.height();
    const QRectF box(m_view.size.width() - w - 2 * pad, m_view.size.height() - h - 2 * pad, w + 2 * pad, h + 2 * pad);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(box);
    p.setFont(font);
    p.setPen(QColor(0x30, 0x30, 0x30));
    double y = box.top() + pad + fm.ascent();
    for (const QString &line : lines) {
        p.drawText(QPointF(box.right() - pad - fm.horizontalAdvance(line), y), line);
        y += fm.height();
    }
}

} // namespace dpa
