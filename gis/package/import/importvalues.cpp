#include "package/import/importvalues.h"

#include <QObject>
#include <QRegularExpression>

#include <array>

namespace dpa::importvalues {
namespace {

QString isoDay(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

// Day, month and year of a numeric date written with '/', '.' or '-' (and the Hungarian
// trailing dot): the three numbers in the order written.
std::optional<std::array<int, 3>> numericParts(const QString &cell, bool *yearFirst)
{
    static const QRegularExpression dayFirst(QStringLiteral(R"(^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$)"));
    static const QRegularExpression yearFirstForm(QStringLiteral(R"(^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?$)"));
    if (const auto m = dayFirst.match(cell); m.hasMatch()) {
        *yearFirst = false;
        return std::array<int, 3>{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    }
    if (const auto m = yearFirstForm.match(cell); m.hasMatch()) {
        *yearFirst = true;
        return std::array<int, 3>{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    }
    return std::nullopt;
}

int monthFromName(const QString &word)
{
    static const QStringList names{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                   QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                   QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return word.size() >= 3 ? int(names.indexOf(word.left(3).toLower())) + 1 : 0;
}

} // namespace

std::optional<DateOrder> dateOrderFromName(const QString &name)
{
    if (name == QLatin1String("dmy")) return DateOrder::DayMonthYear;
    if (name == QLatin1String("mdy")) return DateOrder::MonthDayYear;
    if (name == QLatin1String("ymd")) return DateOrder::YearMonthDay;
    return std::nullopt;
}

QString dateCell(const QString &cell, DateOrder order)
{
    const QString text = cell.trimmed();
    bool yearFirst = false;
    const auto parts = order == DateOrder::Unstated ? std::nullopt : numericParts(text, &yearFirst);
    if (!parts)
        return text;
    const auto [a, b, c] = *parts;
    if (yearFirst)   // 1956.10.25. is year, month, day wherever it is written
        return isoDay(a, b, c);
    if (order == DateOrder::DayMonthYear)
        return isoDay(c, b, a);
    if (order == DateOrder::MonthDayYear)
        return isoDay(c, a, b);
    return text;   // "ymd" says nothing about 25/10/1956: left for the parser to refuse
}

QString dateHint(const QString &cell)
{
    const QString text = cell.trimmed();
    bool yearFirst = false;
    if (const auto parts = numericParts(text, &yearFirst)) {
        const auto [a, b, c] = *parts;
        if (yearFirst)
            return QObject::tr("write %1 (year-month-day, with hyphens)").arg(isoDay(a, b, c));
        if (a > 12 && b <= 12)
            return QObject::tr("write %1 (year-month-day), or give --dates dmy to read every day-first date").arg(isoDay(c, b, a));
        if (b > 12 && a <= 12)
            return QObject::tr("write %1 (year-month-day), or give --dates mdy to read every month-first date").arg(isoDay(c, a, b));
        return QObject::tr("is it %1 or %2? Write year-month-day, or give --dates dmy (day first) or --dates mdy")
            .arg(isoDay(c, b, a), isoDay(c, a, b));
    }
    static const QRegularExpression dayMonthYear(QStringLiteral(R"(^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$)"));
    static const QRegularExpression monthDayYear(QStringLiteral(R"(^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$)"));
    if (const auto m = dayMonthYear.match(text); m.hasMatch() && monthFromName(m.captured(2)))
        return QObject::tr("write %1 (year-month-day)").arg(isoDay(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
    if (const auto m = monthDayYear.match(text); m.hasMatch() && monthFromName(m.captured(1)))
        return QObject::tr("write %1 (year-month-day)").arg(isoDay(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    return {};
}

QString decimalCommaHint(const QString &cell)
{
    static const QRegularExpression decimalComma(QStringLiteral(R"(^\s*(\d*),(\d+)\s*$)"));
    const auto m = decimalComma.match(cell);
    if (!m.hasMatch())
        return {};
    return QObject::tr("write %1 (a decimal point, not a comma)").arg((m.captured(1).isEmpty() ? QStringLiteral("0") : m.captured(1)) + QLatin1Char('.') + m.captured(2));
}

} // namespace dpa::importvalues
