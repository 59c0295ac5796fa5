#pragma once

#include "time/calendar.h"
#include "core/error.h"

#include <QString>

namespace dpa {

// A date as a historian writes it: to the year, month, day or minute, possibly approximate
// (`~`) or uncertain (`?`, or `%` for both), in a stated calendar. A subset of EDTF (ISO
// 8601-2) level 1. A date covers a span of time, from earliest() to latestExclusive(): "1917-10"
// is the whole of October; the marks are kept for display, never rounded away.
class HistoricalDate
{
public:
    enum class Precision { Year, Month, Day, Minute };

    HistoricalDate() = default;
    static HistoricalDate fromDay(Calendar c, int year, int month, int day);

    // Parses "1917", "1917-10", "1917-10-25", "1917-10-25T21:40", each with an optional trailing
    // ~ ? or %. The error message says what is wrong (no location: the caller knows it).
    static Result<HistoricalDate> parse(const QString &text, Calendar calendar);

    bool isValid() const { return m_valid; }
    Calendar calendar() const { return m_calendar; }
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_approximate; }
    bool isUncertain() const { return m_uncertain; }
    const CalendarDate &date() const { return m_date; }
    int minuteOfDay() const { return m_minute; }

    TimePoint earliest() const;
    TimePoint latestExclusive() const;
    // The moment "the state on this date" means: the given minute, else noon of the (first)
    // day, after the morning's events, as a historian reading "on 26 Oct" expects.
    TimePoint queryTime() const;

    // Back in EDTF form: what the historian wrote, normalised.
    QString toEdtf() const;
    // For people: "25 Oct 1917", "Oct 1917", "c. Jul 1917", "Jul 1917?", "25 Oct 1917 21:40".
    // In another calendar, a day or minute converts exactly; a month or year is shown in its
    // own calendar, because "October 1917" spans two months of the other.
    QString toDisplayString() const;
    QString toDisplayString(Calendar in) const;

private:
    CalendarDate m_date;
    int m_minute = 0;
    Calendar m_calendar = Calendar::Gregorian;
    Precision m_precision = Precision::Day;
    bool m_approximate = false;
    bool m_uncertain = false;
    bool m_valid = false;
};

namespace datetext {
// "25 Oct 1917 O.S. / 7 Nov 1917 N.S." for a moment, in each of the calendars, with the style
// marks only when more than one calendar is shown. withTime adds "21:40".
QString formatMoment(TimePoint t, const QList<Calendar> &calendars, bool withTime = false);
QString monthAbbreviation(int month);
} // namespace datetext

} // namespace dpa
