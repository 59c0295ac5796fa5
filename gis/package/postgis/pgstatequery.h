#pragma once

#include "package/casestudy.h"
#include "package/postgis/pguri.h"
#include "core/error.h"

#include <memory>
#include <optional>

namespace dpa::postgis {

// The state of a case study in PostgreSQL at one moment, in a box or everywhere, read with SQL
// alone: what the map of that moment needs and nothing more, so a case study of a million
// features is never read whole. From one snapshot of the database it reads
//  - the manifest (authorities, layers, calendar) and the sources table;
//  - each feature layer's features, with a box only those whose geometry meets it, found with
//    the layer's spatial index (pgfeaturefetch.h);
//  - the claims of those features in force at `time`, found with the claims' time index
//    (pgclaimtimes.h),
// and builds a CaseStudy of just these, whose ClaimIndex then gives each feature's state by the
// model's own rule. That is the state the whole case study gives, because a feature's state at t
// is read from the claims in force at t and from nothing else (ClaimIndex cuts time at every
// claim's bounds and each segment's state is readClaimsInForce of the claims active in it):
//  - a hand-over is two rival claims both in force at t that meet within the precision of
//    their dates ("to 25 Oct", "from 25 Oct": at noon of the 25th both are in force, the
//    outgoing one until the end of its day), so no claim that has ended is needed;
//  - an uncertain or approximate date is in force over its whole span (earliest() to
//    latestExclusive()), the same span the stored bounds hold;
//  - precedence (claimprecedence.h) compares claims in force by role, confidence, dates,
//    authority order in the manifest (all authorities are read, in that order) and text, then
//    keeps the file's order, which the rows are read in.
// The claims read are checked as the package loader checks them; rows not read are not, so
// `dpatlas-cli validate` remains the way to check a whole case study.
struct StateQuery
{
    TimePoint time = 0;
    std::optional<BoundingBox> box;   // in the case study's CRS; none: every feature
    // For a picture of the box: every feature's state (its legend and captions speak of the
    // whole study) with the geometry of those in the box, the context layers' features in it,
    // the events, and the period maps in force at `time` written into this folder (which must
    // outlive the study). Empty: none of these, only the features in the box.
    QString pictureFolder;
};

struct StateQueryResult
{
    // False for a case study pushed before the time index existed (or whose manifest's calendar
    // changed since): nothing was read, and the case study must be read whole (or pushed again).
    bool indexed = true;
    // The features and claims read, with their index and feature() look-up (context layers are
    // listed without features).
    std::shared_ptr<const CaseStudy> study;
    ErrorList problems;                       // of what was read, as the package loader words them
    qint64 features = 0, claims = 0;          // rows read
};

Result<StateQueryResult> queryState(const PgUri &uri, const StateQuery &query);

} // namespace dpa::postgis
