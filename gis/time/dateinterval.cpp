#include "time/dateinterval.h"

#include <QObject>

namespace dpa {
namespace {

bool isOpen(const QString &cell)
{
    const QString t = cell.trimmed();
    return t.isEmpty() || t == QLatin1String("..");
}

} // namespace

bool DateInterval::hasUncertainBound() const
{
    auto vague = [](const std::optional<HistoricalDate> &d) {
        return d && (d->isApproximate() || d->isUncertain());
    };
    return vague(start) || vague(end);
}

Result<DateInterval> DateInterval::parse(const QString &startText, const QString &endText, Calendar cal)
{
    DateInterval interval;
    if (!isOpen(startText)) {
        auto d = HistoricalDate::parse(startText, cal);
        if (!d)
            return Error::plain(QObject::tr("start: %1").arg(d.error().message));
        interval.start = *d;
    }
    if (!isOpen(endText)) {
        auto d = HistoricalDate::parse(endText, cal);
        if (!d)
            return Error::plain(QObject::tr("end: %1").arg(d.error().message));
        interval.end = *d;
    }
    if (interval.start && interval.end && interval.isEmpty()) {
        return Error::plain(QObject::tr("end %1 is before start %2")
                                .arg(interval.end->toEdtf(), interval.start->toEdtf()));
    }
    return interval;
}

Result<DateInterval> DateInterval::parse(const QString &text, Calendar cal)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        return parse(text.left(slash), text.mid(slash + 1), cal);
    if (isOpen(text))
        return Error::plain(QObject::tr("a date is required"));
    return parse(text, text, cal);
}

QString DateInterval::toEdtf() const
{
    if (start && end && start->toEdtf() == end->toEdtf())
        return start->toEdtf();
    return (start ? start->toEdtf() : QStringLiteral("..")) + QLatin1Char('/') +
           (end ? end->toEdtf() : QStringLiteral(".."));
}

QString DateInterval::toDisplayString() const
{
    if (start && end && start->toEdtf() == end->toEdtf())
        return start->toDisplayString();
    const QString a = start ? start->toDisplayString() : QObject::tr("before");
    const QString b = end ? end->toDisplayString() : QObject::tr("onwards");
    return QStringLiteral("%1 – %2").arg(a, b);
}

} // namespace dpa
