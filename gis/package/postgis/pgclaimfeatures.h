#pragma once

#include <QString>
#include <QStringList>

namespace dpa::postgis {

class PgConnection;

// Finding the claims of given features with SQL. The model reads a claim's layer and feature
// cells trimmed (a spreadsheet leaves "districts " or " vyborg"), so the database compares them
// trimmed too, and the push indexes that same expression: written once here, since a query must
// spell it exactly as the index does for the planner to use the index.
namespace claimfeatures {

inline constexpr char kIndex[] = "claims_dpa_feature";
// ASCII white space: what a CSV cell is trimmed of in practice (QString::trimmed also drops
// Unicode spaces, which no claims table we know of pads its keys with).
inline constexpr char kKey[] = "(btrim(layer, E' \\t\\n\\r\\f\\013'), btrim(feature, E' \\t\\n\\r\\f\\013'))";

// The push's index on the trimmed keys (for a claims table with layer and feature columns).
QString createIndex(PgConnection &c, const QString &schema);

// "the claim's trimmed key is one of these": SQL for a WHERE clause on the claims table aliased
// `t`, whose layer ids and feature ids are the text-array parameters $first and $first+1
// (pgTextArray of `layers` and `features`, in pairs).
QString matching(int first);

} // namespace claimfeatures
} // namespace dpa::postgis
