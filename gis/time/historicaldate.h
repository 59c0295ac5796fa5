#pragma once

#include "time/calendar.h"
#include "time/datetext.h"
#include "core/error.h"

#include <QString>

namespace dpa {

// A date as a historian writes it, in EDTF (ISO 8601-2) level 1, in a stated calendar: to the
// year, season, month, day or minute; possibly approximate (`~`), uncertain (`?`) or both (`%`);
// with unspecified digits (`191X`, `1917-XX`); any year from -99999999 to 99999999 (`-0044`,
// `Y-12345`). A date covers a span of time, from earliest() to latestExclusive(): "1917-10" is
// the whole of October, "191X" the years 1910 to 1919, "1917-21" (spring) March to May. The
// form as written is kept for display and toEdtf(), never rounded away.
class HistoricalDate
{
public:
    // What is known, coarsest first: "1917-XX" is known to the year (its month is unspecified),
    // "1917-10-XX" to the month. Callers that need a day ask for precision() >= Day.
    enum class Precision : quint8 { Year, Season, Month, Day, Minute };

    // Years the calendar arithmetic holds safely (calendar::addMonths counts months in an int).
    static constexpr int kLargestYear = 99'999'999;

    HistoricalDate() = default;
    static HistoricalDate fromDay(Calendar c, int year, int month, int day);

    // Parses every EDTF level 1 date (see the table in datasets/README.md), with the time written
    // THH:MM or THH:MM:SS in the case study's local time. The error message says what is wrong
    // and how to write it (no location: the caller knows it). Defined in historicaldateparse.cpp.
    static Result<HistoricalDate> parse(const QString &text, Calendar calendar);

    bool isValid() const { return m_valid; }
    Calendar calendar() const { return m_calendar; }
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_approximate; }
    bool isUncertain() const { return m_uncertain; }
    const CalendarDate &date() const { return m_date; }
    int minuteOfDay() const { return m_minute; }
    int season() const { return m_season; }                 // 21 spring … 24 winter, else 0
    int unspecifiedYearDigits() const { return m_unspecifiedYearDigits; }   // 1 for 191X, 2 for 19XX
    bool isMonthUnspecified() const { return m_monthUnspecified; }          // 1917-XX, 1917-XX-XX
    bool isDayUnspecified() const { return m_dayUnspecified; }              // 1917-10-XX, 1917-XX-XX

    TimePoint earliest() const;
    TimePoint latestExclusive() const;
    // The moment "the state on this date" means: the given minute, else noon of the (first)
    // day, after the morning's events, as a historian reading "on 26 Oct" expects.
    TimePoint queryTime() const;

    // Back in EDTF form: what the historian wrote, normalised. parse(toEdtf()) gives this date.
    QString toEdtf() const;
    // For people: "25 Oct 1917", "Oct 1917", "c. Jul 1917", "Jul 1917?", "25 Oct 1917 21:40",
    // "Spring 1917", "1910–1919", "1917 (month unknown)", "15 Mar 44 BC".
    // In another calendar, a day or minute converts exactly; a month, season or year is shown in
    // its own calendar, because "October 1917" spans two months of the other.
    QString toDisplayString() const;
    QString toDisplayString(Calendar in) const;

    bool operator==(const HistoricalDate &) const = default;

private:
    QString yearEdtf() const;
    int firstYear() const;   // of the span: 1910 for 191X
    int lastYear() const;    // 1919 for 191X

    // Small fields: a case study of 100,000 villages holds two dates in each of a million claims
    // (24 bytes a date here, 44 with ints).
    CalendarDate m_date;     // the first month of a season; 0 digits in place of X (1910 for 191X)
    qint16 m_minute = 0;
    qint8 m_second = -1;     // kept only to write it back; -1: written without seconds
    qint8 m_season = 0;
    qint8 m_unspecifiedYearDigits = 0;
    bool m_monthUnspecified = false;
    bool m_dayUnspecified = false;
    Calendar m_calendar = Calendar::Gregorian;
    Precision m_precision = Precision::Day;
    bool m_approximate = false;
    bool m_uncertain = false;
    bool m_valid = false;
};


} // namespace dpa
