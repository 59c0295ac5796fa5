#include "time/dateinterval.h"

#include "core/utf8text.h"

#include <QObject>

namespace dpa {
namespace {

bool isOpen(const QString &cell)
{
    const QString t = cell.trimmed();
    return t.isEmpty() || t == QLatin1String("..");
}

bool isOpen(QByteArrayView cell)
{
    QByteArray scratch;
    const QByteArrayView t = trimmedUtf8(cell, scratch);
    return t.isEmpty() || t == "..";
}

} // namespace

bool DateInterval::hasUncertainBound() const
{
    auto vague = [](const std::optional<HistoricalDate> &d) {
        return d && (d->isApproximate() || d->isUncertain());
    };
    return vague(start) || vague(end) || startUnknown || endUnknown;
}

const Result<HistoricalDate> &HistoricalDateCache::parse(QByteArrayView utf8, Calendar calendar)
{
    if (calendar != m_calendar || m_parsed.size() > 100000) {
        m_parsed.clear();
        m_calendar = calendar;
    }
    if (auto it = m_parsed.constFind(lookupKey(utf8)); it != m_parsed.cend())
        return *it;
    return *m_parsed.insert(utf8.toByteArray(), HistoricalDate::parse(QString::fromUtf8(utf8), calendar));
}

Result<DateInterval> DateInterval::parse(const QString &startText, const QString &endText, Calendar cal)
{
    HistoricalDateCache once;
    return parse(startText, endText, cal, once);
}

Result<DateInterval> DateInterval::parse(const QString &startText, const QString &endText, Calendar cal,
                                         HistoricalDateCache &cache)
{
    return parse(QByteArrayView(startText.toUtf8()), QByteArrayView(endText.toUtf8()), cal, cache);
}

Result<DateInterval> DateInterval::parse(QByteArrayView startText, QByteArrayView endText, Calendar cal,
                                         HistoricalDateCache &cache)
{
    DateInterval interval;
    QStringList problems;   // both ends are checked, so one reading names every mistake in the row
    if (!isOpen(startText)) {
        const Result<HistoricalDate> &d = cache.parse(startText, cal);
        if (d)
            interval.start = *d;
        else
            problems << QObject::tr("start: %1").arg(d.error().message);
    }
    if (!isOpen(endText)) {
        const Result<HistoricalDate> &d = cache.parse(endText, cal);
        if (d)
            interval.end = *d;
        else
            problems << QObject::tr("end: %1").arg(d.error().message);
    }
    if (!problems.isEmpty())
        return Error::plain(problems.join(QStringLiteral("; ")));
    if (interval.start && interval.end && interval.isEmpty()) {
        return Error::plain(QObject::tr("end %1 is before start %2")
                                .arg(interval.end->toEdtf(), interval.start->toEdtf()));
    }
    return interval;
}

Result<DateInterval> DateInterval::parse(const QString &text, Calendar cal)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        if (isOpen(text))
            return Error::plain(QObject::tr("a date is required"));
        auto d = HistoricalDate::parse(text, cal);
        if (!d)
            return d.error();
        return DateInterval{*d, *d};
    }
    const QString startText = text.left(slash).trimmed(), endText = text.mid(slash + 1).trimmed();
    if (isOpen(startText) && isOpen(endText))
        return Error::plain(QObject::tr("\"%1\" has no date at either end: write START/END, with .. for an open end "
                                        "or nothing for an unknown one (1917-03/.., 1917-03/)").arg(text));
    auto interval = parse(startText, endText, cal);
    if (interval) {
        interval->startUnknown = startText.isEmpty();
        interval->endUnknown = endText.isEmpty();
    }
    return interval;
}

QString DateInterval::startEdtf() const
{
    return start ? start->toEdtf() : startUnknown ? QString() : QStringLiteral("..");
}

QString DateInterval::endEdtf() const
{
    return end ? end->toEdtf() : endUnknown ? QString() : QStringLiteral("..");
}

QString DateInterval::toEdtf() const
{
    if (start && end && *start == *end)
        return start->toEdtf();
    return startEdtf() + QLatin1Char('/') + endEdtf();
}

QString DateInterval::toDisplayString() const
{
    if (start && end && *start == *end)
        return start->toDisplayString();
    const QString a = start ? start->toDisplayString() : startUnknown ? QObject::tr("unknown start") : QObject::tr("before");
    const QString b = end ? end->toDisplayString() : endUnknown ? QObject::tr("unknown end") : QObject::tr("onwards");
    return QStringLiteral("%1 – %2").arg(a, b);
}

} // namespace dpa
