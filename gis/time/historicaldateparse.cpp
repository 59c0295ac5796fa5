// HistoricalDate::parse: every EDTF (ISO 8601-2) level 1 date, each refusal saying how to write
// it right. The forms, and the span each means, are listed in datasets/README.md ("Dates").
// Spec: https://www.loc.gov/standards/datetime/ (Level 0 and Level 1).
#include "time/historicaldate.h"

#include <QObject>
#include <QRegularExpression>

namespace dpa {
namespace {

QString howToWrite()
{
    return QObject::tr("write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a season as YYYY-21 (spring), -22 "
                       "(summer), -23 (autumn) or -24 (winter); X for unknown digits (191X, 19XX, 1917-XX, "
                       "1917-10-XX, 1917-XX-XX); Y12345 or Y-12345 for a year of more than four digits; each "
                       "optionally followed by ~ ? or %");
}

Error notADate(const QString &input)
{
    return Error::plain(QObject::tr("\"%1\" is not a date: %2").arg(input, howToWrite()));
}

Error problem(const QString &input, const QString &what)
{
    return Error::plain(QStringLiteral("\"%1\": %2").arg(input, what));
}

QString yearRangeText()
{
    return QObject::tr("years from -%1 to %1 only (the calendars here are not made for longer spans)")
        .arg(HistoricalDate::kLargestYear);
}

} // namespace

Result<HistoricalDate> HistoricalDate::parse(const QString &input, Calendar cal)
{
    QString text = input.trimmed();
    HistoricalDate d;
    d.m_calendar = cal;
    // Level 1 puts the mark at the end only, and it applies to the whole date.
    if (!text.isEmpty() && QStringView(u"~?%").contains(text.back())) {
        const QChar mark = text.back();
        d.m_approximate = mark != QLatin1Char('?');
        d.m_uncertain = mark != QLatin1Char('~');
        text.chop(1);
    }

    // "Y" + more than four digits: a year only, with no month or day in level 1.
    static const QRegularExpression longYear(QStringLiteral(R"(^Y(-?)(\d+)$)"));
    if (const auto m = longYear.match(text); m.hasMatch()) {
        const QString digits = m.captured(2);
        bool ok = false;
        const qint64 value = digits.size() <= 12 ? digits.toLongLong(&ok) : 0;
        if (!ok || value > kLargestYear)
            return problem(input, yearRangeText());
        if (value <= 9999)
            return problem(input, QObject::tr("the Y prefix is only for years of more than four digits: write %1")
                                      .arg(m.captured(1) + QStringLiteral("%1").arg(value, 4, 10, QLatin1Char('0'))));
        d.m_date.year = int(m.captured(1).isEmpty() ? value : -value);
        d.m_precision = Precision::Year;
        d.m_valid = true;
        return d;
    }

    static const QRegularExpression pattern(
        QStringLiteral(R"(^(-?)([\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2})(?:T(.+))?)?)?$)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return notADate(input);
    const bool negative = !m.captured(1).isEmpty();
    const QString year = m.captured(2), month = m.captured(3), day = m.captured(4), time = m.captured(5);

    // Year: X may stand only for the last one or two digits (191X, 19XX).
    static const QRegularExpression yearDigits(QStringLiteral(R"(^\d{2}(\d\d|\dX|XX)$)"));
    if (!yearDigits.match(year).hasMatch())
        return problem(input, QObject::tr("only the last one or two digits of a year can be X, as in 191X (1910 to 1919) "
                                          "or 19XX (1900 to 1999)"));
    d.m_unspecifiedYearDigits = int(year.count(QLatin1Char('X')));
    const int absoluteYear = QString(year).replace(QLatin1Char('X'), QLatin1Char('0')).toInt();
    if (negative && absoluteYear == 0) {
        return problem(input, d.m_unspecifiedYearDigits ? QObject::tr("this spans years on both sides of 0: write an interval "
                                                                      "such as -0009/0009")
                                                        : QObject::tr("there is no year -0000: 1 BC is written 0000"));
    }
    d.m_date.year = negative ? -absoluteYear : absoluteYear;
    d.m_precision = Precision::Year;
    if (d.m_unspecifiedYearDigits && !month.isEmpty())
        return problem(input, QObject::tr("a year with X digits stands alone (191X), without month or day"));

    // Month: 01-12, XX (unspecified), or a season 21-24.
    if (month == QLatin1String("XX")) {
        d.m_monthUnspecified = true;
    } else if (!month.isEmpty()) {
        if (month.contains(QLatin1Char('X')))
            return problem(input, QObject::tr("write the month in full or as XX (1917-XX): a partly known month "
                                              "such as 1X is not EDTF level 1"));
        const int n = month.toInt();
        if (n >= 21 && n <= 24) {
            d.m_season = n;
            d.m_date.month = 3 * (n - 20);   // spring starts in March, … winter in December
            d.m_precision = Precision::Season;
        } else if (n >= 1 && n <= 12) {
            d.m_date.month = n;
            d.m_precision = Precision::Month;
        } else {
            return problem(input, QObject::tr("month %1 does not exist: months are 01 to 12, seasons 21 (spring), "
                                              "22 (summer), 23 (autumn) and 24 (winter)").arg(month));
        }
    }

    // Day: 01-31 as the calendar allows, or XX.
    if (!day.isEmpty()) {
        if (d.m_season)
            return problem(input, QObject::tr("a season has no day: write %1 for the season, or a month").arg(year + QLatin1Char('-') + month));
        if (day.contains(QLatin1Char('X')) && day != QLatin1String("XX"))
            return problem(input, QObject::tr("write the day in full or as XX (1917-10-XX)"));
        if (day == QLatin1String("XX")) {
            d.m_dayUnspecified = true;
        } else {
            if (d.m_monthUnspecified)
                return problem(input, QObject::tr("a day needs its month: write %1-XX-XX, or give the month").arg(year));
            d.m_date.day = day.toInt();
            d.m_precision = Precision::Day;
            const QString reason = calendar::invalidReason(cal, d.m_date);
            if (!reason.isEmpty())
                return problem(input, reason);
        }
    }

    if (!time.isEmpty()) {
        if (d.m_precision != Precision::Day)
            return problem(input, QObject::tr("a time needs a whole date before it: YYYY-MM-DDTHH:MM"));
        static const QRegularExpression clock(QStringLiteral(R"(^(\d\d):(\d\d)(?::(\d\d))?(.*)$)"));
        const auto t = clock.match(time);
        if (!t.hasMatch())
            return notADate(input);
        if (!t.captured(4).isEmpty()) {
            static const QRegularExpression zone(QStringLiteral(R"(^(Z|[+-]\d\d(:?\d\d)?)$)"));
            if (zone.match(t.captured(4)).hasMatch())
                return problem(input, QObject::tr("time zones are not used: every time is the local time of the case "
                                                  "study; write %1 without \"%2\"").arg(text.chopped(t.captured(4).size()), t.captured(4)));
            return notADate(input);
        }
        const int h = t.captured(1).toInt(), min = t.captured(2).toInt();
        const int sec = t.hasCaptured(3) ? t.captured(3).toInt() : -1;
        if (h > 23 || min > 59 || sec > 59)
            return problem(input, QObject::tr("time %1 does not exist").arg(time));
        d.m_minute = h * 60 + min;
        d.m_second = sec;
        d.m_precision = Precision::Minute;
    }
    d.m_valid = true;
    return d;
}

} // namespace dpa
