#include "time/historicaldate.h"

#include <cstdlib>

#include <QCoreApplication>
#include <QObject>

namespace dpa {

static_assert(sizeof(HistoricalDate) <= 24, "two dates in every claim: keep a date small");

HistoricalDate HistoricalDate::fromDay(Calendar c, int year, int month, int day)
{
    HistoricalDate d;
    d.m_calendar = c;
    d.m_date = {year, month, day};
    d.m_precision = Precision::Day;
    d.m_valid = calendar::isValid(c, d.m_date);
    return d;
}

int HistoricalDate::firstYear() const
{
    // 191X is 1910-1919, and -191X is -1919 to -1910: the X digits widen the span away from 0.
    const int width = m_unspecifiedYearDigits == 2 ? 99 : m_unspecifiedYearDigits == 1 ? 9 : 0;
    return m_date.year < 0 ? m_date.year - width : m_date.year;
}

int HistoricalDate::lastYear() const
{
    const int width = m_unspecifiedYearDigits == 2 ? 99 : m_unspecifiedYearDigits == 1 ? 9 : 0;
    return m_date.year < 0 ? m_date.year : m_date.year + width;
}

TimePoint HistoricalDate::earliest() const
{
    switch (m_precision) {
    case Precision::Year:
        return calendar::timePoint(calendar::julianDay(m_calendar, {firstYear(), 1, 1}));
    case Precision::Season:   // m_date.month is the season's first month
    case Precision::Month:
        return calendar::timePoint(calendar::julianDay(m_calendar, {m_date.year, m_date.month, 1}));
    case Precision::Day:
        return calendar::timePoint(calendar::julianDay(m_calendar, m_date));
    case Precision::Minute:
        return calendar::timePoint(calendar::julianDay(m_calendar, m_date), m_minute);
    }
    return 0;
}

TimePoint HistoricalDate::latestExclusive() const
{
    auto afterMonth = [this](int year, int month) {
        const int last = calendar::daysInMonth(m_calendar, year, month);
        return calendar::timePoint(calendar::julianDay(m_calendar, {year, month, last}) + 1);
    };
    switch (m_precision) {
    case Precision::Year:
        return afterMonth(lastYear(), 12);
    case Precision::Season: {
        // Three months, the northern hemisphere's meteorological seasons: winter 1917 (24) is
        // December 1917 to February 1918, the winter that begins in that year.
        const int lastMonth = m_date.month + 2;
        return lastMonth > 12 ? afterMonth(m_date.year + 1, lastMonth - 12) : afterMonth(m_date.year, lastMonth);
    }
    case Precision::Month:
        return afterMonth(m_date.year, m_date.month);
    case Precision::Day:
        return calendar::timePoint(calendar::julianDay(m_calendar, m_date) + 1);
    case Precision::Minute:
        return earliest() + 1;
    }
    return 0;
}

TimePoint HistoricalDate::queryTime() const
{
    return m_precision == Precision::Minute ? earliest() : earliest() + 12 * 60;
}

QString HistoricalDate::yearEdtf() const
{
    const int absolute = std::abs(m_date.year);
    if (absolute > 9999)
        return QLatin1Char('Y') + QString::number(m_date.year);
    // The sign goes before the padded digits: "-0500" (QString::arg would pad "0-500").
    QString digits = QStringLiteral("%1").arg(absolute, 4, 10, QLatin1Char('0'));
    digits.replace(4 - m_unspecifiedYearDigits, m_unspecifiedYearDigits, QString(m_unspecifiedYearDigits, QLatin1Char('X')));
    return (m_date.year < 0 ? QStringLiteral("-") : QString()) + digits;
}

QString HistoricalDate::toEdtf() const
{
    auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    QString s = yearEdtf();
    if (m_monthUnspecified)
        s += QStringLiteral("-XX");
    else if (m_precision == Precision::Season)
        s += QLatin1Char('-') + QString::number(m_season);
    else if (m_precision >= Precision::Month)
        s += QLatin1Char('-') + two(m_date.month);
    if (m_dayUnspecified)
        s += QStringLiteral("-XX");
    else if (m_precision >= Precision::Day)
        s += QLatin1Char('-') + two(m_date.day);
    if (m_precision == Precision::Minute) {
        s += QLatin1Char('T') + two(m_minute / 60) + QLatin1Char(':') + two(m_minute % 60);
        if (m_second >= 0)
            s += QLatin1Char(':') + two(m_second);
    }
    if (m_approximate && m_uncertain)
        s += QLatin1Char('%');
    else if (m_approximate)
        s += QLatin1Char('~');
    else if (m_uncertain)
        s += QLatin1Char('?');
    return s;
}

QString HistoricalDate::toDisplayString() const
{
    return toDisplayString(m_calendar);
}

QString HistoricalDate::toDisplayString(Calendar in) const
{
    using datetext::yearText;
    QString s;
    switch (m_precision) {
    case Precision::Year:
        s = m_unspecifiedYearDigits ? QStringLiteral("%1–%2").arg(yearText(firstYear()), yearText(lastYear()))
                                    : yearText(m_date.year);
        if (m_monthUnspecified && m_dayUnspecified)
            s = QObject::tr("%1 (month and day unknown)").arg(s);
        else if (m_monthUnspecified)
            s = QObject::tr("%1 (month unknown)").arg(s);
        break;
    case Precision::Season:
        switch (m_season) {
        case 21: s = QObject::tr("Spring %1").arg(yearText(m_date.year)); break;
        case 22: s = QObject::tr("Summer %1").arg(yearText(m_date.year)); break;
        case 23: s = QObject::tr("Autumn %1").arg(yearText(m_date.year)); break;
        default: s = QObject::tr("Winter %1–%2").arg(yearText(m_date.year), yearText(m_date.year + 1)); break;
        }
        break;
    case Precision::Month:
        s = datetext::monthYear(m_date.month, m_date.year);
        if (m_dayUnspecified)
            s = QObject::tr("%1 (day unknown)").arg(s);
        break;
    case Precision::Day:
    case Precision::Minute: {
        const CalendarDate d = calendar::fromJulianDay(in, calendar::julianDay(m_calendar, m_date));
        s = datetext::dayMonthYear(d.day, d.month, d.year);
        if (m_precision == Precision::Minute)
            s += QLatin1Char(' ') + datetext::timeOfDay(m_minute);
        if (m_precision == Precision::Minute && m_second >= 0)
            s += QStringLiteral(":%1").arg(m_second, 2, 10, QLatin1Char('0'));
        break;
    }
    }
    if (m_approximate)
        s = QObject::tr("c. %1").arg(s);
    if (m_uncertain)
        s += QLatin1Char('?');
    return s;
}

} // namespace dpa
