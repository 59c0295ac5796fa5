#include "time/timestep.h"

#include <QObject>
#include <QRegularExpression>

namespace dpa {

Result<TimeStep> TimeStep::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})([hdwmy])$"));
    const auto match = pattern.match(text.trimmed().toLower());
    const int count = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (count < 1)
        return Error::plain(QObject::tr("bad step \"%1\": write a number and a unit, h (hours), d (days), w (weeks), m (months) or y (years), e.g. 1d").arg(text));
    static const QHash<QChar, Unit> units{{u'h', Unit::Hour}, {u'd', Unit::Day}, {u'w', Unit::Week}, {u'm', Unit::Month}, {u'y', Unit::Year}};
    return TimeStep{count, units.value(match.captured(2).at(0))};
}

QString TimeStep::toString() const
{
    static const char *suffix[] = {"h", "d", "w", "m", "y"};
    return QString::number(count) + QLatin1String(suffix[int(unit)]);
}

Result<std::vector<TimePoint>> TimeStep::times(TimePoint from, TimePoint to, Calendar calendar, int maxCount) const
{
    if (to < from)
        return Error::plain(QObject::tr("the end date is before the start date"));
    std::vector<TimePoint> out;
    for (qint64 k = 0;; ++k) {
        TimePoint t = from;
        switch (unit) {
        case Unit::Hour: t = from + k * count * 60; break;
        case Unit::Day: t = from + k * count * kMinutesPerDay; break;
        case Unit::Week: t = from + k * count * 7 * kMinutesPerDay; break;
        case Unit::Month: t = calendar::addMonths(calendar, from, int(k * count)); break;
        case Unit::Year: t = calendar::addMonths(calendar, from, int(k * count * 12)); break;
        }
        if (t > to)
            break;
        if (int(out.size()) == maxCount)
            return Error::plain(QObject::tr("steps of %1 make more than %2 frames: choose a longer step or a shorter range")
                                    .arg(toString()).arg(maxCount));
        out.push_back(t);
    }
    return out;
}

} // namespace dpa
