#include "time/historicaldate.h"

#include <cstdlib>

#include <QCoreApplication>
#include <QObject>
#include <QRegularExpression>

namespace dpa {

HistoricalDate HistoricalDate::fromDay(Calendar c, int year, int month, int day)
{
    HistoricalDate d;
    d.m_calendar = c;
    d.m_date = {year, month, day};
    d.m_precision = Precision::Day;
    d.m_valid = calendar::isValid(c, d.m_date);
    return d;
}

Result<HistoricalDate> HistoricalDate::parse(const QString &input, Calendar cal)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?([~?%])?$)"));
    const QString text = input.trimmed();
    const auto m = pattern.match(text);
    if (!m.hasMatch()) {
        return Error::plain(QObject::tr("\"%1\" is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or "
                                        "YYYY-MM-DDTHH:MM, optionally followed by ~ ? or %").arg(input));
    }
    HistoricalDate d;
    d.m_calendar = cal;
    d.m_date.year = m.captured(1).toInt();
    d.m_precision = Precision::Year;
    if (m.hasCaptured(2)) {
        d.m_date.month = m.captured(2).toInt();
        d.m_precision = Precision::Month;
        if (d.m_date.month < 1 || d.m_date.month > 12)
            return Error::plain(QObject::tr("\"%1\": month %2 does not exist").arg(input, m.captured(2)));
    }
    if (m.hasCaptured(3)) {
        d.m_date.day = m.captured(3).toInt();
        d.m_precision = Precision::Day;
        const QString reason = calendar::invalidReason(cal, d.m_date);
        if (!reason.isEmpty())
            return Error::plain(QObject::tr("\"%1\": %2").arg(input, reason));
    }
    if (m.hasCaptured(4)) {
        const int h = m.captured(4).toInt(), min = m.captured(5).toInt();
        if (h > 23 || min > 59)
            return Error::plain(QObject::tr("\"%1\": time %2:%3 does not exist").arg(input, m.captured(4), m.captured(5)));
        d.m_minute = h * 60 + min;
        d.m_precision = Precision::Minute;
    }
    const QString mark = m.captured(6);
    d.m_approximate = mark == QLatin1String("~") || mark == QLatin1String("%");
    d.m_uncertain = mark == QLatin1String("?") || mark == QLatin1String("%");
    d.m_valid = true;
    return d;
}

TimePoint HistoricalDate::earliest() const
{
    switch (m_precision) {
    case Precision::Year:
        return calendar::timePoint(calendar::julianDay(m_calendar, {m_date.year, 1, 1}));
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
    switch (m_precision) {
    case Precision::Year:
        return calendar::timePoint(calendar::julianDay(m_calendar, {m_date.year, 12, 31}) + 1);
    case Precision::Month: {
        const int last = calendar::daysInMonth(m_calendar, m_date.year, m_date.month);
        return calendar::timePoint(calendar::julianDay(m_calendar, {m_date.year, m_date.month, last}) + 1);
    }
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

QString HistoricalDate::toEdtf() const
{
    // EDTF writes a year before 1 as "-0500": the sign before the padded digits (QString::arg
    // would pad "0-500", which no reader parses).
    QString s = (m_date.year < 0 ? QStringLiteral("-") : QString()) + QStringLiteral("%1").arg(std::abs(m_date.year), 4, 10, QLatin1Char('0'));
    if (m_precision >= Precision::Month)
        s += QStringLiteral("-%1").arg(m_date.month, 2, 10, QLatin1Char('0'));
    if (m_precision >= Precision::Day)
        s += QStringLiteral("-%1").arg(m_date.day, 2, 10, QLatin1Char('0'));
    if (m_precision == Precision::Minute)
        s += QStringLiteral("T%1:%2").arg(m_minute / 60, 2, 10, QLatin1Char('0')).arg(m_minute % 60, 2, 10, QLatin1Char('0'));
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
    QString s;
    if (m_precision == Precision::Year) {
        s = QString::number(m_date.year);
    } else if (m_precision == Precision::Month) {
        s = QStringLiteral("%1 %2").arg(datetext::monthAbbreviation(m_date.month)).arg(m_date.year);
    } else {
        const CalendarDate d = calendar::fromJulianDay(in, calendar::julianDay(m_calendar, m_date));
        s = QStringLiteral("%1 %2 %3").arg(d.day).arg(datetext::monthAbbreviation(d.month)).arg(d.year);
        if (m_precision == Precision::Minute)
            s += QStringLiteral(" %1:%2").arg(m_minute / 60, 2, 10, QLatin1Char('0')).arg(m_minute % 60, 2, 10, QLatin1Char('0'));
    }
    if (m_approximate)
        s = QObject::tr("c. %1").arg(s);
    if (m_uncertain)
        s += QLatin1Char('?');
    return s;
}

namespace datetext {

QString monthAbbreviation(int month)
{
    static const char *names[] = {QT_TRANSLATE_NOOP("dpa", "Jan"), QT_TRANSLATE_NOOP("dpa", "Feb"),
                                  QT_TRANSLATE_NOOP("dpa", "Mar"), QT_TRANSLATE_NOOP("dpa", "Apr"),
                                  QT_TRANSLATE_NOOP("dpa", "May"), QT_TRANSLATE_NOOP("dpa", "Jun"),
                                  QT_TRANSLATE_NOOP("dpa", "Jul"), QT_TRANSLATE_NOOP("dpa", "Aug"),
                                  QT_TRANSLATE_NOOP("dpa", "Sep"), QT_TRANSLATE_NOOP("dpa", "Oct"),
                                  QT_TRANSLATE_NOOP("dpa", "Nov"), QT_TRANSLATE_NOOP("dpa", "Dec")};
    if (month < 1 || month > 12)
        return QString::number(month);
    return QCoreApplication::translate("dpa", names[month - 1]);
}

QString formatMoment(TimePoint t, const QList<Calendar> &calendars, bool withTime)
{
    const qint64 jdn = calendar::julianDayOf(t);
    const int minute = calendar::minuteOfDay(t);
    QStringList parts;
    for (Calendar c : calendars) {
        const CalendarDate d = calendar::fromJulianDay(c, jdn);
        QString s = QStringLiteral("%1 %2 %3").arg(d.day).arg(monthAbbreviation(d.month)).arg(d.year);
        if (calendars.size() > 1)
            s += QLatin1Char(' ') + calendar::styleMark(c, jdn);
        parts << s;
    }
    QString text = parts.join(QStringLiteral(" / "));
    if (withTime)
        text += QStringLiteral(", %1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace datetext
} // namespace dpa
