#pragma once

#include "package/postgis/pguri.h"
#include "core/error.h"

namespace dpa::postgis {

// How large a case study in PostgreSQL is, asked before reading it: whether the app pulls it
// whole or reads only the part in view (pgviewquery.h) is decided by its feature rows, and a
// view read needs the time index (a schema pushed before it existed is pulled whole).
struct StudySize
{
    qint64 featureRows = 0;   // rows of the feature layers' tables (features without id included)
    bool timeIndexed = false; // claimtimes::available in the manifest's calendar
};

// Counts with count(*) on each feature layer's table: exact (the status bar says "N of M"), and
// at a million rows a few hundred milliseconds on the server, with nothing sent but the number.
Result<StudySize> studySize(const PgUri &uri);

} // namespace dpa::postgis
