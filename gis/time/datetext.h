#pragma once

#include "time/calendar.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace dpa {

// Dates written for people, in the interface language (MultilingualText::preferredLanguage,
// which --lang and View > Language set): that language's month names and order, from
// Qt's CLDR data, applied to our own calendar arithmetic (QDate knows neither the Julian
// calendar nor years before 1 as historians count them).
//   en  25 Oct 1917            (British usage, as English-language histories of 1917 write it)
//   ru  25 октября 1917        fr  25 octobre 1917      es  25 de octubre de 1917
//   ca  25 d’octubre de 1917   ar  25 تشرين الأول 1917
namespace datetext {

// The locale of the interface language, for its month names and date order.
QLocale locale();
// The locale numbers are grouped in ("3 580 355", "3,580,355"): the interface language's, with
// Western digits in Arabic too (datetext.cpp says why). Qt's default locale is set to it.
QLocale numberLocale();

// A day: "25 Oct 1917", "25 октября 1917"; a month and year: "Oct 1917", "октябрь 1917" (the
// nominative, as a month stands alone); a day and month, for the timeline's ticks: "25 Oct",
// "25 окт.".
QString dayMonthYear(int day, int month, int astronomicalYear);
QString monthYear(int month, int astronomicalYear);
QString dayMonth(int day, int month);
// The short month name standing alone ("Oct", "окт."), for the timeline's month ticks.
QString monthAbbreviation(int month);
// A year for people: "1917", and "44 BC" for the astronomical year -43 (there is no year 0 in
// BC/AD counting: astronomical 0 is 1 BC).
QString yearText(int astronomicalYear);
// A number without grouping ("1917"), and one grouped as the language groups thousands
// ("3 580 355" in French and Russian, "3,580,355" in English and Arabic). Digits are Western in
// every language (see datetext.cpp).
QString number(qint64 n);
QString groupedNumber(qint64 n);
// "21:40".
QString timeOfDay(int minuteOfDay);

// "25 Oct 1917 O.S. / 7 Nov N.S." for a moment, in each of the calendars, with the style marks
// only when more than one calendar is shown, and the year said once where both calendars are
// in the same year. withTime adds ", 21:40".
QString formatMoment(TimePoint t, const QList<Calendar> &calendars, bool withTime = false);

} // namespace datetext
} // namespace dpa
