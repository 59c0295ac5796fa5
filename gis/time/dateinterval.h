#pragma once

#include "time/historicaldate.h"

#include <optional>

namespace dpa {

// The interval a claim or event covers. Both ends are inclusive as historians write them
// ("1 Mar - 25 Oct 1917" includes 25 Oct), so the covered time runs from the start date's
// earliest moment to the end date's latest; internally that is the half-open [from, to), which
// makes back-to-back intervals ("to 25 Oct", "from 26 Oct") meet without overlap or gap.
// A missing end is open: before the period, or still in force.
struct DateInterval
{
    std::optional<HistoricalDate> start;
    std::optional<HistoricalDate> end;

    TimePoint from() const { return start ? start->earliest() : kTimeMin; }
    TimePoint to() const { return end ? end->latestExclusive() : kTimeMax; }

    // The one rule of "is this in force at t"; everything else asks here.
    bool contains(TimePoint t) const { return from() <= t && t < to(); }
    bool isEmpty() const { return to() <= from(); }
    bool hasUncertainBound() const;

    // Parses "start" and "end" cells: a date, ".." or empty for an open end. The error says which.
    static Result<DateInterval> parse(const QString &start, const QString &end, Calendar calendar);
    // Parses an EDTF interval "start/end" or a single date (an interval of that date's span).
    static Result<DateInterval> parse(const QString &text, Calendar calendar);

    QString toEdtf() const;            // "1917-03-01/1917-10-25", ".." for open ends
    QString toDisplayString() const;   // "1 Mar 1917 – 25 Oct 1917"
};

} // namespace dpa
