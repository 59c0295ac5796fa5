#pragma once

#include "time/calendar.h"

#include <QWidget>

#include <vector>

namespace dpa {

// The scrubber: the case study's period as a horizontal bar (running right to left in a
// right-to-left language) with ticks for days, weeks or months
// (whichever fits the width), marks for events (above) and change points (below), and a
// handle at the current time. Dragging emits timeRequested() continuously, at noon of the day
// under the cursor, the moment "the state on that day" means everywhere else.
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineBar(QWidget *parent = nullptr);

    void setRange(TimePoint start, TimePoint end);
    void setCalendar(Calendar c) { m_calendar = c; update(); }
    void setEventMarks(std::vector<TimePoint> marks) { m_events = std::move(marks); update(); }
    // Titles of the events marked, in the same order, for the hover preview.
    void setEventTitles(QStringList titles) { m_eventTitles = std::move(titles); }
    // "25 Oct 1917" and the titles of events marked there: the hover preview at x.
    QString previewText(double x) const;
    void setChangeMarks(std::vector<TimePoint> marks) { m_changes = std::move(marks); update(); }
    void setTime(TimePoint t);
    TimePoint time() const { return m_time; }
    // Shows [from, to] of the period (clamped to it, at least six hours).
    void zoomTo(TimePoint from, TimePoint to);
    TimePoint viewStart() const { return m_viewStart; }
    TimePoint viewEnd() const { return m_viewEnd; }

    double xOf(TimePoint t) const;
    TimePoint timeAt(double x) const;
    // The time a click at x asks for: an event's own day (or minute) when the click lands on
    // its marker, else timeAt(x).
    TimePoint clickedTime(double x) const;

    QSize sizeHint() const override { return {600, 56}; }

signals:
    void timeRequested(dpa::TimePoint t);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    // The wheel zooms the bar into a part of the period (the Bloody Week, the October night),
    // around the cursor, down to six hours; a double click shows the whole period again.
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QRectF track() const;
    // Where x lies along the shown part of the period, 0 at its start, 1 at its end.
    double fractionAt(double x) const;
    TimePoint m_start = 0, m_end = 1, m_time = 0;
    TimePoint m_viewStart = 0, m_viewEnd = 1;   // the part of the period the bar shows
    Calendar m_calendar = Calendar::Gregorian;
    std::vector<TimePoint> m_events, m_changes;
    QStringList m_eventTitles;
};

} // namespace dpa
