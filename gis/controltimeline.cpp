#include "controltimeline.h"

#include <QDateTime>

#include <algorithm>

namespace dpa {
namespace {
// Playback ticks at about 60 Hz; each tick advances by the wall-clock time since the last, so a
// slow frame does not slow the history down.
constexpr int kTickMs = 16;
} // namespace

ControlTimeline::ControlTimeline(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ControlTimeline::tick);
}

void ControlTimeline::setPeriod(TimePoint start, TimePoint end)
{
    m_start = start;
    m_end = std::max(start, end);
    setTime(std::clamp(m_time, m_start, m_end));
}

void ControlTimeline::setTime(TimePoint t)
{
    t = std::clamp(t, m_start, m_end);
    if (t == m_time)
        return;
    m_time = t;
    emit timeChanged(m_time);
}

void ControlTimeline::play()
{
    if (m_timer.isActive())
        return;
    if (m_time >= m_end && m_loop)
        setTime(m_start);
    m_lastTickMs = QDateTime::currentMSecsSinceEpoch();
    m_carryMinutes = 0;
    m_timer.start();
    emit playingChanged(true);
}

void ControlTimeline::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void ControlTimeline::togglePlay()
{
    isPlaying() ? pause() : play();
}

void ControlTimeline::setDaysPerSecond(double days)
{
    m_daysPerSecond = std::clamp(days, 1.0 / 24, 366.0);
}

void ControlTimeline::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_carryMinutes += (now - m_lastTickMs) / 1000.0 * m_daysPerSecond * kMinutesPerDay;
    m_lastTickMs = now;
    const auto advance = qint64(m_carryMinutes);
    m_carryMinutes -= double(advance);
    if (advance == 0)
        return;
    if (m_time + advance >= m_end) {
        if (m_loop) {
            setTime(m_start);
        } else {
            setTime(m_end);
            pause();
        }
        return;
    }
    setTime(m_time + advance);
}

TimePoint ControlTimeline::stepped(TimePoint from, Step step, int n) const
{
    TimePoint t = from;
    switch (step) {
    case Step::Day: t = from + qint64(n) * kMinutesPerDay; break;
    case Step::Week: t = from + qint64(n) * 7 * kMinutesPerDay; break;
    case Step::Month: {
        const qint64 jdn = calendar::julianDayOf(from);
        CalendarDate d = calendar::fromJulianDay(m_calendar, jdn);
        int months = d.year * 12 + (d.month - 1) + n;
        d.year = months >= 0 ? months / 12 : -((-months + 11) / 12);
        d.month = months - d.year * 12 + 1;
        d.day = std::min(d.day, calendar::daysInMonth(m_calendar, d.year, d.month));
        if (!calendar::isValid(m_calendar, d))   // Russia's missing days of Feb 1918
            d.day = 14;
        t = calendar::timePoint(calendar::julianDay(m_calendar, d), calendar::minuteOfDay(from));
        break;
    }
    }
    return std::clamp(t, m_start, m_end);
}

void ControlTimeline::step(Step s, int n)
{
    setTime(stepped(m_time, s, n));
}

void ControlTimeline::nextChange()
{
    auto it = std::upper_bound(m_changes.begin(), m_changes.end(), m_time);
    if (it != m_changes.end())
        setTime(*it);
}

void ControlTimeline::previousChange()
{
    auto it = std::lower_bound(m_changes.begin(), m_changes.end(), m_time);
    if (it != m_changes.begin())
        setTime(*(it - 1));
}

} // namespace dpa
