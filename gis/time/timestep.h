#pragma once

#include "time/calendar.h"
#include "core/error.h"

#include <vector>

namespace dpa {

// The step of an animation or a sampled series: "6h", "1d", "2w", "1m", "1y". Months and years
// count calendar months (in the given calendar), so monthly frames stay on the same day.
struct TimeStep
{
    enum class Unit { Hour, Day, Week, Month, Year };
    int count = 1;
    Unit unit = Unit::Day;

    static Result<TimeStep> parse(const QString &text);
    QString toString() const;
    // from, from + step, ... up to and including `to`. Each time is computed from `from` (k
    // steps at once), so month ends do not drift. Refuses more than maxCount times.
    Result<std::vector<TimePoint>> times(TimePoint from, TimePoint to, Calendar calendar, int maxCount) const;
};

} // namespace dpa
