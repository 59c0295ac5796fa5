#pragma once

#include "time/calendar.h"
#include "time/dateinterval.h"
#include "core/error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpa::postgis {

class PgConnection;

// The claims table's time index: beside each claim's EDTF `start` and `end` text, the moments
// the model itself decides "in force at t" by (DateInterval::from() and to(): the start date's
// earliest moment, the end date's latest, half-open), as bigint TimePoints in two columns:
//   dpa_from   NULL: no start (open, or a start the model cannot read)
//   dpa_until  NULL: no end (open, or an end the model cannot read)
// and a GiST index on int8range(dpa_from, dpa_until), so "claims in force at t" is
//   int8range(dpa_from, dpa_until) @> t
// answered from the index. The text stays what the historian wrote; these columns are the
// database's own (dpa_), never pulled back into claims.csv.
//
// They are a filter that may only ever be too wide, never too narrow: the model reads every
// row the filter returns and decides again. So a row the bounds cannot be worked out for (a
// date the model refuses) gets both NULL and is read at every date, where the model reports it
// as the full load does; and a row written after the push by QGIS or psql, whose start or end
// changed, has its bounds cleared by a trigger for the same reason, until the case study is
// pushed again (the app's own save works them out anew: updateBounds).
//
// The bounds depend on the calendar of the case study's dates ("1917-10-25" is another day in
// julian-russia), so the calendar they were worked out in is kept in dpatlas_claim_times; a
// manifest whose calendar differs no longer matches them, and the index is not used.
namespace claimtimes {

inline constexpr char kFromColumn[] = "dpa_from";
inline constexpr char kUntilColumn[] = "dpa_until";
inline constexpr char kTable[] = "dpatlas_claim_times";
inline constexpr char kIndex[] = "claims_dpa_in_force";
// The expression the index is built on, and every query must write the same way to use it.
inline constexpr char kRange[] = "int8range(dpa_from, dpa_until)";

struct Bounds
{
    std::optional<qint64> from, until;   // nullopt: NULL (open, or not known)
};

// The bounds of one claims row, from its `start` and `end` cells as claims.csv has them (the
// model trims them), parsed by the model's own DateInterval::parse.
Bounds bounds(const QString &start, const QString &end, Calendar calendar, HistoricalDateCache &cache);

// Statements run by the push once the claims table is filled: the index, the trigger that clears
// bounds a later write makes stale, and the table recording the calendar.
QStringList createIndex(PgConnection &c, const QString &schema, Calendar calendar);

// Works the bounds of claims rows `rows` out again, in the calendar the schema keeps them in:
// the edit mode's save calls it for the rows it wrote (a changed date cleared their bounds), so
// edited claims stay found by the index. Nothing for a schema without the time index, or a
// claims table that no longer has start and end columns.
std::optional<Error> updateBounds(PgConnection &c, const QString &schema, const std::vector<qint64> &rows);

// Whether `schema` has the time index, worked out in `calendar`: false for a case study pushed
// before it existed, or whose manifest's calendar was changed since.
Result<bool> available(PgConnection &c, const QString &schema, Calendar calendar);

} // namespace claimtimes
} // namespace dpa::postgis
