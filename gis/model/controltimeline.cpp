#include "model/controltimeline.h"

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
    // Playback moves by fractions of a day; paused, the map shows a whole day at noon, as a
    // step or a click on the scrubber does, so the arrow keys move from noon to noon. Played
    // slower than a day a second (hours: the October night), it stops on the whole hour.
    if (m_daysPerSecond < 1)
        setTime(m_time - m_time % 60);
    else
        setTime(calendar::timePoint(calendar::julianDayOf(m_time), 12 * 60));
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
    case Step::Hour: t = from + qint64(n) * 60; break;
    case Step::Day: t = from + qint64(n) * kMinutesPerDay; break;
    case Step::Week: t = from + qint64(n) * 7 * kMinutesPerDay; break;
    case Step::Month: t = calendar::addMonths(m_calendar, from, n); break;
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
