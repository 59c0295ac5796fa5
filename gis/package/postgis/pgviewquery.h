#pragma once

#include "package/casestudy.h"
#include "package/postgis/pguri.h"
#include "core/error.h"

#include <memory>

namespace dpa::postgis {

// The part of a case study in PostgreSQL that a map view shows, read with SQL: what the app
// opens a large case study with instead of pulling it whole ("by view"). From one snapshot:
//  - the manifest, sources and events (every one: small tables, and the timeline marks and
//    captions speak of the whole period);
//  - each feature layer's features meeting `box`, found with the layer's spatial index and
//    decided by the --bbox rule (pgfeaturefetch.h), with their geometry simplified to
//    `tolerance` when one is given;
//  - every claim of those features, at every date (found by their trimmed layer and feature,
//    pgclaimfeatures.h), so scrubbing time needs no query: the view's whole history is local;
//  - each context layer's features meeting the box;
//  - every period map, written into `periodMapFolder` once (they are drawn at their dates).
// Each layer's bounds are the whole layer's (the server's estimate from its statistics, with
// the features read), so "zoom to the whole case study" frames all of it, not the part read.
struct ViewQuery
{
    BoundingBox box;              // in the case study's CRS
    double tolerance = 0;         // in the case study's CRS units; 0: exact geometry
    QString periodMapFolder;      // empty: no period maps
};

struct ViewQueryResult
{
    // False for a case study pushed before the time index existed: nothing was read, and it
    // must be pulled whole (the time index is what marks a schema as pushed with the
    // look-ups a view read is made of).
    bool indexed = true;
    std::shared_ptr<const CaseStudy> study;
    ErrorList problems;                     // of what was read, as the package loader words them
    qint64 features = 0, claims = 0;        // feature and claim rows read
    BoundingBox box;                        // the box read, and its level of detail
    double tolerance = 0;
};

Result<ViewQueryResult> queryView(const PgUri &uri, const ViewQuery &query);

} // namespace dpa::postgis
