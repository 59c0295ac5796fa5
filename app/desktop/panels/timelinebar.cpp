#include "panels/timelinebar.h"
#include "time/historicaldate.h"

#include <QMouseEvent>
#include <QWheelEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>
#include <optional>

namespace dpa {

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setMouseTracking(true);   // the hover preview
}

void TimelineBar::setRange(TimePoint start, TimePoint end)
{
    m_start = start;
    m_end = std::max(end, start + 1);
    m_viewStart = m_start;
    m_viewEnd = m_end;
    update();
}

void TimelineBar::zoomTo(TimePoint from, TimePoint to)
{
    constexpr TimePoint kMinSpan = 6 * 60;
    if (to - from < kMinSpan) {
        const TimePoint mid = (from + to) / 2;
        from = mid - kMinSpan / 2;
        to = from + kMinSpan;
    }
    const TimePoint span = std::min(to - from, m_end - m_start);
    from = std::clamp(from, m_start, m_end - span);
    m_viewStart = from;
    m_viewEnd = from + span;
    update();
}

void TimelineBar::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double factor = std::pow(0.8, steps);   // up: closer
    const double x = event->position().x();
    const double f = fractionAt(x);
    const double span = double(m_viewEnd - m_viewStart) * factor;
    const TimePoint anchor = m_viewStart + TimePoint(f * double(m_viewEnd - m_viewStart));
    zoomTo(anchor - TimePoint(f * span), anchor + TimePoint((1 - f) * span));
    event->accept();
}

void TimelineBar::mouseDoubleClickEvent(QMouseEvent *)
{
    zoomTo(m_start, m_end);
}

void TimelineBar::setTime(TimePoint t)
{
    m_time = t;
    update();
}

QRectF TimelineBar::track() const
{
    return QRectF(12, 16, std::max(10, width() - 24), 12);
}

// Time runs in the reading direction: left to right, and right to left in Arabic, so the start
// of the period is where a reader's eye starts the line, as in the window's other controls.
double TimelineBar::xOf(TimePoint t) const
{
    const QRectF r = track();
    const double f = double(t - m_viewStart) / double(m_viewEnd - m_viewStart);
    return isRightToLeft() ? r.right() - r.width() * f : r.left() + r.width() * f;
}

double TimelineBar::fractionAt(double x) const
{
    const QRectF r = track();
    const double f = std::clamp((x - r.left()) / r.width(), 0.0, 1.0);
    return isRightToLeft() ? 1.0 - f : f;
}

TimePoint TimelineBar::timeAt(double x) const
{
    const QRectF r = track();
    const double f = fractionAt(x);
    const TimePoint raw = m_viewStart + TimePoint(f * double(m_viewEnd - m_viewStart));
    // Whole days at noon, as a historian reads "on 26 Oct"; zoomed in to hours, the hour.
    const double pxPerDay = r.width() * kMinutesPerDay / double(m_viewEnd - m_viewStart);
    const TimePoint snapped = pxPerDay >= 96 ? raw - raw % 60 : calendar::timePoint(calendar::julianDayOf(raw), 12 * 60);
    return std::clamp(snapped, m_start, m_end);
}

void TimelineBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = track();
    p.setPen(Qt::NoPen);
    p.setBrush(palette().mid());
    p.drawRoundedRect(r, 4, 4);
    p.setBrush(QColor(0x8a, 0x1c, 0x1c, 90));
    const double handleX = std::clamp(xOf(m_time), r.left(), r.right());
    p.drawRoundedRect(isRightToLeft() ? QRectF(QPointF(handleX, r.top()), r.bottomRight())
                                      : QRectF(r.topLeft(), QPointF(handleX, r.bottom())), 4, 4);
    p.save();
    p.setClipRect(QRectF(r.left() - 9, 0, r.width() + 18, height()));   // marks of a zoomed bar stay on it

    // Ticks: days when there is room, else weeks, else months, labelled at months; zoomed in
    // far enough, hours, labelled every few hours.
    const double days = double(m_viewEnd - m_viewStart) / kMinutesPerDay;
    const double pxPerDay = r.width() / std::max(1.0, days);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    const qint64 firstDay = calendar::julianDayOf(m_viewStart), lastDay = calendar::julianDayOf(m_viewEnd);
    // Labels: months ("Mar 1917"), or for a period of a few months also the 1st, 8th, 15th and
    // 22nd ("8 Apr"), each only where it fits whole, clear of the previous one and inside the bar.
    const QFontMetricsF metrics(small);
    const bool dayLabels = pxPerDay * 7 >= metrics.horizontalAdvance(datetext::dayMonth(28, 9)) + 8;
    // Each label sits after its tick in the reading direction, only where it fits whole, clear
    // of the previous one and inside the bar; returns where to draw it, or nothing.
    const bool rtl = isRightToLeft();
    double lastLabelEdge = rtl ? 1e9 : -1e9;
    auto placeLabel = [&](double x, double w, double gap) -> std::optional<double> {
        if (rtl) {
            const double left = x - 2 - w;
            if (x > r.right() + 1 || left + w >= lastLabelEdge - gap || left < 2)
                return std::nullopt;
            lastLabelEdge = left;
            return left;
        }
        const double left = x + 2;
        if (x < r.left() - 1 || left <= lastLabelEdge + gap || left + w > width() - 2)
            return std::nullopt;
        lastLabelEdge = left + w;
        return left;
    };
    // Over centuries months would be a black band (and a paint a walk over millions of days):
    // ticks then fall on years, every 1, 2, 5, 10, 20, 50… of them, labelled where they fit.
    const double pxPerYear = pxPerDay * 365.2425;
    const bool yearTicks = pxPerYear / 12 < 4;
    if (yearTicks) {
        qint64 every = 1;
        for (qint64 power = 1; every * pxPerYear < 6; power *= 10)
            for (qint64 m : {1, 2, 5})
                if ((every = m * power) * pxPerYear >= 6)
                    break;
        const int firstYear = calendar::fromJulianDay(m_calendar, firstDay).year, lastYear = calendar::fromJulianDay(m_calendar, lastDay).year;
        for (qint64 y = firstYear - (((firstYear % every) + every) % every); y <= lastYear; y += every) {
            const double x = xOf(calendar::timePoint(calendar::julianDay(m_calendar, {int(y), 1, 1})));
            if (rtl ? x > r.right() + 1 : x < r.left() - 1)
                continue;
            p.setPen(palette().text().color());
            p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 5));
            const QString text = datetext::yearText(int(y));
            if (const auto left = placeLabel(x, metrics.horizontalAdvance(text), 10))
                p.drawText(QPointF(*left, r.bottom() + 18), text);
        }
    }
    for (qint64 jdn = firstDay; !yearTicks && jdn <= lastDay; ++jdn) {
        const CalendarDate d = calendar::fromJulianDay(m_calendar, jdn);
        const bool month = d.day == 1;
        const bool week = (jdn - firstDay) % 7 == 0;
        if (!month && !(pxPerDay >= 6) && !(week && pxPerDay * 7 >= 6))
            continue;
        const double x = xOf(calendar::timePoint(jdn));
        const double h = month ? 8 : (week && pxPerDay < 6 ? 5 : 3);
        p.setPen(palette().text().color());
        p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + h));
        const bool labelled = month || pxPerDay >= 60 || (dayLabels && (d.day == 8 || d.day == 15 || d.day == 22));
        if (!labelled)
            continue;
        const QString text = month ? QStringLiteral("%1 %2").arg(datetext::monthAbbreviation(d.month), datetext::yearText(d.year))
                                   : datetext::dayMonth(d.day, d.month);
        // A month among day labels is bold, and measured bold: "avr. 1871" must not run into "8 avr.".
        QFont labelFont = small;
        labelFont.setBold(month && dayLabels);
        if (const auto left = placeLabel(x, QFontMetricsF(labelFont).horizontalAdvance(text), 6)) {
            p.setFont(labelFont);
            p.drawText(QPointF(*left, r.bottom() + 18), text);
            p.setFont(small);
        }
    }
    if (pxPerDay >= 96) {
        const int every = pxPerDay >= 24 * 40 ? 1 : pxPerDay >= 24 * 14 ? 3 : 6;   // hours between labels
        for (TimePoint t = m_viewStart - m_viewStart % 60; t <= m_viewEnd; t += 60) {
            const int hour = calendar::minuteOfDay(t) / 60;
            if (hour == 0)
                continue;   // midnight has the day's tick
            const double x = xOf(t);
            p.setPen(palette().text().color());
            p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 2));
            if (hour % every == 0) {
                const QString text = datetext::timeOfDay(hour * 60);
                if (const auto left = placeLabel(x, metrics.horizontalAdvance(text), 6))
                    p.drawText(QPointF(*left, r.bottom() + 18), text);
            }
        }
    }
    // Change points below the track, events above it.
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
    for (TimePoint t : m_changes)
        if (t >= m_start && t <= m_end)
            p.drawLine(QPointF(xOf(t), r.top() + 3), QPointF(xOf(t), r.bottom() - 3));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd5, 0x5e, 0x00));
    for (TimePoint t : m_events) {
        if (t < m_start || t > m_end)
            continue;
        const double x = xOf(t);
        QPolygonF marker{{x - 4, r.top() - 9}, {x + 4, r.top() - 9}, {x, r.top() - 2}};
        p.drawPolygon(marker);
    }
    // Handle.
    const double x = xOf(m_time);
    p.setBrush(QColor(0x8a, 0x1c, 0x1c));
    p.setPen(QPen(Qt::white, 1.5));
    p.drawEllipse(QPointF(x, r.center().y()), 8, 8);
    p.restore();
}

TimePoint TimelineBar::clickedTime(double x) const
{
    // A marker is drawn at its event's start, 00:00 for a date without a time: the left edge of
    // the day, so half of the triangle lies over the day before. A click on it means the event.
    constexpr double kMarkerHalfWidth = 6;
    const TimePoint *nearest = nullptr;
    for (const TimePoint &e : m_events)
        if (std::abs(xOf(e) - x) <= kMarkerHalfWidth && (!nearest || std::abs(xOf(e) - x) < std::abs(xOf(*nearest) - x)))
            nearest = &e;
    if (!nearest)
        return timeAt(x);
    const bool atMidnight = calendar::minuteOfDay(*nearest) == 0;
    const TimePoint t = atMidnight ? calendar::timePoint(calendar::julianDayOf(*nearest), 12 * 60) : *nearest;
    return std::clamp(t, m_start, m_end);
}

void TimelineBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit timeRequested(clickedTime(event->position().x()));
}

void TimelineBar::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        emit timeRequested(timeAt(event->position().x()));
        return;
    }
    // Hover: the date under the cursor and any event marked there, before the user commits.
    const QString text = previewText(event->position().x());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

QString TimelineBar::previewText(double x) const
{
    if (m_end <= m_start)
        return {};
    const TimePoint t = clickedTime(x);
    QString text = datetext::formatMoment(t, {m_calendar});
    for (size_t i = 0; i < m_events.size(); ++i)
        if (std::abs(xOf(m_events[i]) - x) <= 6 && qsizetype(i) < m_eventTitles.size())
            text += QStringLiteral("\n") + m_eventTitles[i];
    return text;
}

} // namespace dpa
