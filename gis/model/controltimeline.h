#pragma once

#include "time/calendar.h"
#include "model/claimindex.h"

#include <QObject>
#include <QTimer>

namespace dpa {

// The time navigation of a case study, without widgets: the current moment within the period,
// play/pause at a speed in days per second, steps by day, week or month, jumps to the next or
// previous change point, and looping. The slider and keys in the app only call it and listen to
// timeChanged(). Steps by month follow the display calendar's months (a Julian month in
// Petrograd), so "next month" from 25 Oct O.S. is 25 Nov O.S.
class ControlTimeline : public QObject
{
    Q_OBJECT
public:
    enum class Step { Hour, Day, Week, Month };

    explicit ControlTimeline(QObject *parent = nullptr);

    void setPeriod(TimePoint start, TimePoint end);
    void setChangePoints(std::vector<TimePoint> points) { m_changes = std::move(points); }
    void setCalendar(Calendar c) { m_calendar = c; }

    TimePoint start() const { return m_start; }
    TimePoint end() const { return m_end; }
    TimePoint time() const { return m_time; }
    bool isPlaying() const { return m_timer.isActive(); }
    double daysPerSecond() const { return m_daysPerSecond; }
    bool loops() const { return m_loop; }

    // Where `from` lands after n steps (negative n goes back), clamped to the period.
    TimePoint stepped(TimePoint from, Step step, int n) const;

public slots:
    void setTime(TimePoint t);
    void play();
    void pause();
    void togglePlay();
    void setDaysPerSecond(double days);
    void setLoop(bool loop) { m_loop = loop; }
    void step(dpa::ControlTimeline::Step step, int n);
    void nextChange();
    void previousChange();
    void goToStart() { setTime(m_start); }
    void goToEnd() { setTime(m_end); }

signals:
    void timeChanged(dpa::TimePoint time);
    void playingChanged(bool playing);

private:
    void tick();

    TimePoint m_start = 0, m_end = 0, m_time = 0;
    Calendar m_calendar = Calendar::Gregorian;
    std::vector<TimePoint> m_changes;
    double m_daysPerSecond = 1.0;
    double m_carryMinutes = 0;
    bool m_loop = false;
    QTimer m_timer;
    qint64 m_lastTickMs = 0;
};

} // namespace dpa
