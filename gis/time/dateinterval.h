#pragma once

#include "time/historicaldate.h"


#include <QHash>

#include <optional>

namespace dpa {

// The interval a claim or event covers. Both ends are inclusive as historians write them
// ("1 Mar - 25 Oct 1917" includes 25 Oct), so the covered time runs from the start date's
// earliest moment to the end date's latest; internally that is the half-open [from, to), which
// makes back-to-back intervals ("to 25 Oct", "from 26 Oct") meet without overlap or gap.
// A missing end is open: before the period, or still in force.
//
// EDTF level 1 tells two kinds of missing end apart: open ("1917-03/..": still going on) and
// unknown ("1917-03/": the source does not say). Both count as open for "in force", because the
// tables have always read an empty cell as open and a claim that vanished on its first day would
// hide what the source does say; an unknown end is kept to be written back and shown as such,
// and counts as an uncertain bound.
// Dates already parsed, by their text, for one calendar; at most 100,000 kept. Keyed by the
// UTF-8 bytes, so a claims table's cells are looked up as they are in the file.
class HistoricalDateCache
{
public:
    const Result<HistoricalDate> &parse(QByteArrayView utf8, Calendar calendar);
    const Result<HistoricalDate> &parse(const QString &text, Calendar calendar) { return parse(QByteArrayView(text.toUtf8()), calendar); }

private:
    QHash<QByteArray, Result<HistoricalDate>> m_parsed;
    Calendar m_calendar = Calendar::Gregorian;
};

struct DateInterval
{
    std::optional<HistoricalDate> start;
    std::optional<HistoricalDate> end;
    bool startUnknown = false;   // only without a start: "/1917-10"
    bool endUnknown = false;     // only without an end: "1917-03/"

    TimePoint from() const { return start ? start->earliest() : kTimeMin; }
    TimePoint to() const { return end ? end->latestExclusive() : kTimeMax; }

    // The one rule of "is this in force at t"; everything else asks here.
    bool contains(TimePoint t) const { return from() <= t && t < to(); }
    bool isEmpty() const { return to() <= from(); }
    bool hasUncertainBound() const;

    // Parses "start" and "end" cells: a date, ".." or empty for an open end. The error says
    // which end is wrong, and names both when both are.
    static Result<DateInterval> parse(const QString &start, const QString &end, Calendar calendar);
    // The same, each date parsed once for all the rows that write it (a claims table of a
    // million rows has a few thousand distinct dates).
    static Result<DateInterval> parse(const QString &start, const QString &end, Calendar calendar,
                                      HistoricalDateCache &cache);
    // The same from the cells' UTF-8 bytes (claims.csv, read without decoding its cells).
    static Result<DateInterval> parse(QByteArrayView startUtf8, QByteArrayView endUtf8, Calendar calendar,
                                      HistoricalDateCache &cache);
    // Parses an EDTF interval "start/end" or a single date (an interval of that date's span).
    // An end written ".." is open, an empty one unknown ("1917-03/"); one of the two is a date.
    static Result<DateInterval> parse(const QString &text, Calendar calendar);

    QString toEdtf() const;            // "1917-03-01/1917-10-25", ".." open, nothing for unknown
    QString startEdtf() const;         // the start alone: a date, ".." or "" (unknown)
    QString endEdtf() const;
    QString toDisplayString() const;   // "1 Mar 1917 – 25 Oct 1917"

    bool operator==(const DateInterval &) const = default;
};

} // namespace dpa
