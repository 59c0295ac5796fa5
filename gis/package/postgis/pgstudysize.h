#pragma once

#include "package/postgis/pguri.h"
#include "core/error.h"
#include "io/crs.h"
#include "io/geometry.h"

namespace dpa::postgis {

// How large a case study in PostgreSQL is, asked before reading it: whether the app pulls it
// whole or reads only the part in view (pgviewquery.h) is decided by its feature rows, and a
// view read needs the time index (a schema pushed before it existed is pulled whole).
struct StudySize
{
    qint64 featureRows = 0;   // rows of the feature layers' tables, as the planner counts them
    bool timeIndexed = false; // claimtimes::available in the manifest's calendar
    BoundingBox extent;       // of the feature layers, in the case study's CRS (estimatedExtent)
    Crs crs;                  // the case study's (its manifest's), to turn a box given in another into it
};

// Reads no row of a layer: its count is the planner's (pg_class.reltuples, exact after the push's
// ANALYZE, an estimate within a percent or so once edits have come and autovacuum has sampled a
// large table), and its extent ST_EstimatedExtent's; so the status bar says "of about M".
Result<StudySize> studySize(const PgUri &uri);

} // namespace dpa::postgis
