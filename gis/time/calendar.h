#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace dpa {

// A moment on the model's single time line: minutes since the start of Julian Day Number 0,
// in the local time of the case study. Every calendar converts to and from it, so comparing
// two dates never depends on the calendar they were written in.
using TimePoint = qint64;
constexpr qint64 kMinutesPerDay = 24 * 60;
constexpr TimePoint kTimeMin = std::numeric_limits<qint64>::min() / 4;
constexpr TimePoint kTimeMax = std::numeric_limits<qint64>::max() / 4;

enum class Calendar : quint8 {   // a byte: every claim holds two
    Gregorian,
    Julian,
    // Russia's civil calendar: Julian up to 31 Jan 1918, Gregorian from 14 Feb 1918, by the
    // Sovnarkom decree of 24 Jan 1918 (O.S.); 1-13 Feb 1918 never happened there.
    JulianRussia,
};

struct CalendarDate
{
    int year = 0;   // astronomical numbering: 0 = 1 BC
    int month = 1;
    int day = 1;
    bool operator==(const CalendarDate &) const = default;
};

namespace calendar {

std::optional<Calendar> fromName(const QString &name);  // "gregorian", "julian", "julian-russia"
QString name(Calendar c);
// "O.S." for Julian dates and "N.S." for Gregorian ones, as Russian historians mark them.
QString styleMark(Calendar c, qint64 julianDay);

int daysInMonth(Calendar c, int year, int month);
bool isValid(Calendar c, const CalendarDate &date);
// Why a date is invalid in this calendar, or empty when it is valid.
QString invalidReason(Calendar c, const CalendarDate &date);

qint64 julianDay(Calendar c, const CalendarDate &date);
CalendarDate fromJulianDay(Calendar c, qint64 julianDay);

// The same day of the month n months later (earlier for negative n) in calendar c, at the same
// time of day; the day is cut to the month's length (31 Jan + 1 month = 28 or 29 Feb).
TimePoint addMonths(Calendar c, TimePoint t, int n);

inline TimePoint timePoint(qint64 julianDay, int minuteOfDay = 0)
{
    return julianDay * kMinutesPerDay + minuteOfDay;
}
inline qint64 julianDayOf(TimePoint t)
{
    return t >= 0 ? t / kMinutesPerDay : -((-t - 1) / kMinutesPerDay) - 1;
}
inline int minuteOfDay(TimePoint t)
{
    return int(t - julianDayOf(t) * kMinutesPerDay);
}

} // namespace calendar
} // namespace dpa
