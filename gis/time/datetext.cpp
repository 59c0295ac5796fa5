#include "time/datetext.h"

#include "core/multilingualtext.h"

#include <QObject>

namespace dpa::datetext {
namespace {

// A date pattern in Qt's format letters ("dddd, d MMMM yyyy 'г'."), cut into fields and the
// literal text between them, so that the fields can be filled from our own calendar arithmetic.
struct Token
{
    enum Kind { Day, Weekday, Month, ShortMonth, Year, Literal } kind;
    QString literal;
};
using Pattern = QList<Token>;

Pattern parse(const QString &format)
{
    Pattern out;
    auto addLiteral = [&out](const QString &text) {
        if (text.isEmpty())
            return;
        if (!out.isEmpty() && out.last().kind == Token::Literal)
            out.last().literal += text;
        else
            out.push_back({Token::Literal, text});
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            // 'quoted text', with '' for a quote mark
            qsizetype j = i + 1;
            QString text;
            while (j < format.size()) {
                if (format.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < format.size() && format.at(j + 1) == QLatin1Char('\'')) {
                        text += QLatin1Char('\'');
                        j += 2;
                        continue;
                    }
                    break;
                }
                text += format.at(j++);
            }
            addLiteral(j == i + 1 && j < format.size() && format.at(j) == QLatin1Char('\'') ? QStringLiteral("'") : text);
            i = j + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('d'))
            out.push_back({run >= 3 ? Token::Weekday : Token::Day, {}});
        else if (c == QLatin1Char('M'))
            out.push_back({run >= 4 ? Token::Month : Token::ShortMonth, {}});
        else if (c == QLatin1Char('y'))
            out.push_back({Token::Year, {}});
        else
            addLiteral(QString(run, c));
        i += run;
    }
    return out;
}

bool isField(const Token &t)
{
    return t.kind != Token::Literal;
}

// Removes every token of `kind` with the literal that joins it to the rest: the one after it
// ("dddd, " before the day), or the one before it where it comes last (" yyyy").
void removeField(Pattern &p, Token::Kind kind)
{
    for (qsizetype i = 0; i < p.size();) {
        if (p[i].kind != kind) {
            ++i;
            continue;
        }
        const bool literalAfter = i + 1 < p.size() && !isField(p[i + 1]);
        const bool fieldFollows = i + 2 < p.size();
        if (literalAfter && fieldFollows) {
            p.remove(i, 2);
        } else {
            p.remove(i);
            if (i > 0 && !isField(p[i - 1]) && i == p.size())
                p.remove(i - 1);
        }
    }
}

// The long date of the locale, without the weekday and without a word after the year (Russian
// "1917 г.", which reads oddly before "ст. ст."). English keeps the day-month-year order of
// British usage, with short month names.
Pattern datePattern(const QLocale &locale)
{
    if (locale.language() == QLocale::English)
        return parse(QStringLiteral("d MMM yyyy"));
    Pattern p = parse(locale.dateFormat(QLocale::LongFormat));
    removeField(p, Token::Weekday);
    while (!p.isEmpty() && !isField(p.last())) {
        const QString tail = p.last().literal;
        bool hasLetter = false;
        for (QChar c : tail)
            hasLetter = hasLetter || c.isLetter();
        if (!hasLetter && !tail.trimmed().isEmpty())
            break;
        p.removeLast();
    }
    while (!p.isEmpty() && !isField(p.first()))
        p.removeFirst();
    return p;
}

// The interface language's locale and date pattern, made once per language and thread: the
// timeline asks for hundreds of tick labels a paint, and exports format on worker threads.
struct LanguageDates
{
    QString language;
    QLocale locale;
    Pattern pattern;
};

const LanguageDates &current()
{
    thread_local LanguageDates cached;
    const QString language = MultilingualText::preferredLanguage();
    if (cached.pattern.isEmpty() || cached.language != language) {
        cached.language = language;
        cached.locale = locale();
        cached.pattern = datePattern(cached.locale);
    }
    return cached;
}

enum class Names { InDate, Standalone, Short, StandaloneShort };

QString fill(const Pattern &p, int day, int month, int year, Names names)
{
    const QLocale &l = current().locale;
    QString out;
    for (const Token &t : p) {
        switch (t.kind) {
        case Token::Literal: out += t.literal; break;
        case Token::Weekday: break;
        // French writes the first of the month as an ordinal: "1er mai 1871".
        case Token::Day: out += day == 1 && l.language() == QLocale::French ? QStringLiteral("1er") : number(day); break;
        case Token::Year: out += yearText(year); break;
        case Token::Month:
        case Token::ShortMonth: {
            if (month < 1 || month > 12) {
                out += number(month);
                break;
            }
            const bool shortForm = t.kind == Token::ShortMonth || names == Names::Short || names == Names::StandaloneShort;
            const auto format = shortForm ? QLocale::ShortFormat : QLocale::LongFormat;
            const bool standalone = names == Names::Standalone || names == Names::StandaloneShort;
            out += standalone ? l.standaloneMonthName(month, format) : l.monthName(month, format);
            break;
        }
        }
    }
    return out;
}

QString dayMonthIn(int day, int month, Names names)
{
    Pattern p = current().pattern;
    removeField(p, Token::Year);
    return fill(p, day, month, 1, names);
}

} // namespace

QLocale locale()
{
    const QString language = MultilingualText::preferredLanguage();
    // Arabic as Syria writes it, where our Arabic-language case study is: the Levantine month
    // names (آذار, تشرين الأول), as the package's own Arabic texts use them, rather than the
    // Egyptian ones (مارس, أكتوبر) Qt gives plain "ar".
    return language == QLatin1String("ar") ? QLocale(QLocale::Arabic, QLocale::Syria) : QLocale(language);
}

QLocale numberLocale()
{
    // Western digits in every language: the Levant's Arabic-language media and the package's own
    // Arabic texts ("في 23 شباط 2015") write them, as do Qt's counts (%n) and every arg(int) of
    // the interface, so Eastern Arabic digits in dates alone read as a mix. The Emirates' Arabic
    // locale is one that writes Western digits.
    const QString language = MultilingualText::preferredLanguage();
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return language == QLatin1String("ar") ? QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates) : QLocale(language);
}

QString number(qint64 n)
{
    return QString::number(n);
}

QString groupedNumber(qint64 n)
{
    return numberLocale().toString(n);
}

QString yearText(int year)
{
    return year > 0 ? number(year) : QObject::tr("%1 BC").arg(number(1 - qint64(year)));
}

QString dayMonthYear(int day, int month, int year)
{
    return fill(current().pattern, day, month, year, Names::InDate);
}

QString monthYear(int month, int year)
{
    Pattern p = current().pattern;
    removeField(p, Token::Day);
    return fill(p, 1, month, year, Names::Standalone);
}

QString dayMonth(int day, int month)
{
    return dayMonthIn(day, month, Names::Short);
}

QString monthAbbreviation(int month)
{
    if (month < 1 || month > 12)
        return number(month);
    return current().locale.standaloneMonthName(month, QLocale::ShortFormat);
}

QString timeOfDay(int minuteOfDay)
{
    return QStringLiteral("%1:%2").arg(minuteOfDay / 60, 2, 10, QLatin1Char('0')).arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString formatMoment(TimePoint t, const QList<Calendar> &calendars, bool withTime)
{
    const qint64 jdn = calendar::julianDayOf(t);
    QStringList parts;
    int firstYear = 0;
    for (Calendar c : calendars) {
        const CalendarDate d = calendar::fromJulianDay(c, jdn);
        // "25 октября 1917 ст. ст. / 7 ноября н. ст.": the year once where both calendars share it.
        QString s = parts.isEmpty() || d.year != firstYear ? dayMonthYear(d.day, d.month, d.year) : dayMonthIn(d.day, d.month, Names::InDate);
        if (parts.isEmpty())
            firstYear = d.year;
        if (calendars.size() > 1)
            s += QLatin1Char(' ') + calendar::styleMark(c, jdn);
        parts << s;
    }
    QString text = parts.join(QStringLiteral(" / "));
    if (withTime)
        text += QStringLiteral(", ") + timeOfDay(calendar::minuteOfDay(t));
    return text;
}

} // namespace dpa::datetext
