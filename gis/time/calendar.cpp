#include "time/calendar.h"

#include <QObject>

namespace dpa::calendar {
namespace {

// Integer algorithms for the proleptic Gregorian and Julian calendars, after
// E. G. Richards, "Calendars", in Explanatory Supplement to the Astronomical Almanac (3rd ed.,
// 2013), ch. 15.11: valid for all Julian Day Numbers >= 0 and beyond with floor division.
qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

qint64 gregorianToJdn(int y, int m, int d)
{
    const qint64 a = floorDiv(14 - m, 12);
    const qint64 yy = y + 4800 - a;
    const qint64 mm = m + 12 * a - 3;
    return d + floorDiv(153 * mm + 2, 5) + 365 * yy + floorDiv(yy, 4) - floorDiv(yy, 100) +
           floorDiv(yy, 400) - 32045;
}

qint64 julianToJdn(int y, int m, int d)
{
    const qint64 a = floorDiv(14 - m, 12);
    const qint64 yy = y + 4800 - a;
    const qint64 mm = m + 12 * a - 3;
    return d + floorDiv(153 * mm + 2, 5) + 365 * yy + floorDiv(yy, 4) - 32083;
}

CalendarDate jdnToGregorian(qint64 jdn)
{
    const qint64 a = jdn + 32044;
    const qint64 b = floorDiv(4 * a + 3, 146097);
    const qint64 c = a - floorDiv(146097 * b, 4);
    const qint64 d = floorDiv(4 * c + 3, 1461);
    const qint64 e = c - floorDiv(1461 * d, 4);
    const qint64 m = floorDiv(5 * e + 2, 153);
    return {int(100 * b + d - 4800 + floorDiv(m, 10)), int(m + 3 - 12 * floorDiv(m, 10)),
            int(e - floorDiv(153 * m + 2, 5) + 1)};
}

CalendarDate jdnToJulian(qint64 jdn)
{
    const qint64 c = jdn + 32082;
    const qint64 d = floorDiv(4 * c + 3, 1461);
    const qint64 e = c - floorDiv(1461 * d, 4);
    const qint64 m = floorDiv(5 * e + 2, 153);
    return {int(d - 4800 + floorDiv(m, 10)), int(m + 3 - 12 * floorDiv(m, 10)),
            int(e - floorDiv(153 * m + 2, 5) + 1)};
}

// 14 Feb 1918 (Gregorian): Russia's first Gregorian day.
const qint64 kRussianSwitchJdn = gregorianToJdn(1918, 2, 14);

bool isLeap(Calendar c, int year)
{
    if (c == Calendar::Julian)
        return floorDiv(year, 4) * 4 == year;
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool beforeRussianSwitch(const CalendarDate &d)
{
    return d.year < 1918 || (d.year == 1918 && d.month < 2);
}

} // namespace

std::optional<Calendar> fromName(const QString &name)
{
    if (name == QLatin1String("gregorian")) return Calendar::Gregorian;
    if (name == QLatin1String("julian")) return Calendar::Julian;
    if (name == QLatin1String("julian-russia")) return Calendar::JulianRussia;
    return std::nullopt;
}

QString name(Calendar c)
{
    switch (c) {
    case Calendar::Gregorian: return QStringLiteral("gregorian");
    case Calendar::Julian: return QStringLiteral("julian");
    case Calendar::JulianRussia: return QStringLiteral("julian-russia");
    }
    return {};
}

QString styleMark(Calendar c, qint64 jdn)
{
    const bool julian = c == Calendar::Julian || (c == Calendar::JulianRussia && jdn < kRussianSwitchJdn);
    return julian ? QObject::tr("O.S.") : QObject::tr("N.S.");
}

int daysInMonth(Calendar c, int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    Calendar rule = c;
    if (c == Calendar::JulianRussia)
        rule = beforeRussianSwitch({year, month, 1}) ? Calendar::Julian : Calendar::Gregorian;
    return days[month - 1] + (month == 2 && isLeap(rule, year) ? 1 : 0);
}

QString invalidReason(Calendar c, const CalendarDate &d)
{
    if (d.month < 1 || d.month > 12)
        return QObject::tr("month %1 does not exist").arg(d.month);
    if (d.day < 1 || d.day > daysInMonth(c, d.year, d.month))
        return QObject::tr("%1-%2 has no day %3 in the %4 calendar")
            .arg(d.year).arg(d.month, 2, 10, QLatin1Char('0')).arg(d.day).arg(name(c));
    if (c == Calendar::JulianRussia && d.year == 1918 && d.month == 2 && d.day < 14)
        return QObject::tr("%1 Feb 1918 did not exist in Russia: 31 Jan 1918 (O.S.) was followed by "
                           "14 Feb 1918 (N.S.)").arg(d.day);
    return {};
}

bool isValid(Calendar c, const CalendarDate &date)
{
    return invalidReason(c, date).isEmpty();
}

qint64 julianDay(Calendar c, const CalendarDate &d)
{
    switch (c) {
    case Calendar::Gregorian: return gregorianToJdn(d.year, d.month, d.day);
    case Calendar::Julian: return julianToJdn(d.year, d.month, d.day);
    case Calendar::JulianRussia:
        // 1-13 Feb 1918 never existed there; counting them as Julian makes "1 Feb 1918", the
        // first day of that short month, land on 14 Feb N.S., the day that followed 31 Jan.
        if (beforeRussianSwitch(d) || (d.year == 1918 && d.month == 2 && d.day < 14))
            return julianToJdn(d.year, d.month, d.day);
        return gregorianToJdn(d.year, d.month, d.day);
    }
    return 0;
}

CalendarDate fromJulianDay(Calendar c, qint64 jdn)
{
    switch (c) {
    case Calendar::Gregorian: return jdnToGregorian(jdn);
    case Calendar::Julian: return jdnToJulian(jdn);
    case Calendar::JulianRussia:
        return jdn < kRussianSwitchJdn ? jdnToJulian(jdn) : jdnToGregorian(jdn);
    }
    return {};
}

TimePoint addMonths(Calendar c, TimePoint t, int n)
{
    CalendarDate d = fromJulianDay(c, julianDayOf(t));
    const int months = d.year * 12 + (d.month - 1) + n;
    d.year = int(floorDiv(months, 12));
    d.month = months - d.year * 12 + 1;
    d.day = std::min(d.day, daysInMonth(c, d.year, d.month));
    if (!isValid(c, d))   // Russia's missing days of February 1918
        d.day = 14;
    return timePoint(julianDay(c, d), minuteOfDay(t));
}

} // namespace dpa::calendar
