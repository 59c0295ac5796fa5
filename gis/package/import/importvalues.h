#pragma once

#include "core/error.h"

#include <QString>

#include <optional>

namespace dpa {

// Cells of a historian's spreadsheet in the forms our tables want: dates as EDTF, numbers
// with a decimal point, words in lower case. What cannot be read unambiguously is never
// guessed: it is refused with a hint showing how to write it.
namespace importvalues {

// How numeric dates such as 25/10/1956 are ordered, when the user says (--dates).
enum class DateOrder { Unstated, DayMonthYear, MonthDayYear, YearMonthDay };
std::optional<DateOrder> dateOrderFromName(const QString &name);   // "dmy", "mdy", "ymd"

// The cell as our tables write it: "25/10/1956" with DayMonthYear becomes "1956-10-25";
// an EDTF date (or an empty cell, "..") is returned as it is.
QString dateCell(const QString &cell, DateOrder order);

// For a date our parser refused: how to write it, when the cell is a common national form
// (1956.10.25. in Hungary, 25.10.1956 in Germany and Russia, 25/10/1956 in France and Spain,
// "25 October 1917"); empty when there is nothing better to say than the parser's message.
QString dateHint(const QString &cell);

// "0,7" -> hint "write 0.7 (a decimal point, not a comma)"; empty when it is not that.
QString decimalCommaHint(const QString &cell);

} // namespace importvalues
} // namespace dpa
