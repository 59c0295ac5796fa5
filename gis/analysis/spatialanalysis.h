#pragma once

#include "package/casestudy.h"
#include "analysis/spatialfacts.h"

#include <QString>

#include <vector>

namespace dpa {

// Analyses of who held how much, where the front ran, and how long dual power lasted, over a
// case study's time line. Areas and lengths are on the WGS 84 ellipsoid (see geodesicmeasure.h).
//
// Attribution rules, stated once:
//  - a feature's de facto holder is the first authority in force with a `control` role, else
//    the first with a `claim` role; a contested or unknown feature has none;
//  - per authority, area and population are counted for every authority in force on the
//    feature, under the feature's status: a district under dual power counts for both sides
//    (rows with authority "all" give the totals, which count each feature once);
//  - fronts are the shared boundaries of neighbours whose de facto holders differ.
namespace analysis {

enum class Metric { Area, Population, DualIndex, FrontLength, DualDays };
std::optional<Metric> metricFromName(const QString &name);   // area|population|dual-index|front-length|dual-days
enum class Step { Day, Week, Month };
std::optional<Step> stepFromName(const QString &name);       // 1d|1w|1m

// One row of a tidy table: a date (or an interval for dual-days), what is measured (an
// authority id, "all", a pair "a|b", or a feature "layer/id"), the status, the value, the unit.
struct Row
{
    QString date;
    QString key;
    QString status;
    double value = 0;
    QString unit;
};

int deFactoHolder(const ControlModel &model, const FeatureState &state);

// Samples from `from` to `to` inclusive every `step` (months in `calendar`), dates printed in
// `calendar` as YYYY-MM-DD.
std::vector<Row> timeSeries(const CaseStudy &study, const SpatialFacts &facts, Metric metric,
                            TimePoint from, TimePoint to, Step step, Calendar calendar);

struct NamedGeometry
{
    QString key;          // authority id, or "a|b" for a front
    QString name;
    double value = 0;     // km² for territories, km for fronts
    int features = 0;
    Geometry geometry;    // in the case study's CRS
};
// The union of each authority's features (as de facto holder) at t.
std::vector<NamedGeometry> territories(const CaseStudy &study, const SpatialFacts &facts, TimePoint t);
// Front lines at t, one entry per pair of authorities, with their total length.
std::vector<NamedGeometry> fronts(const CaseStudy &study, const SpatialFacts &facts, TimePoint t);

struct Change
{
    int feature;
    ControlStatus fromStatus, toStatus;
    QString fromHolders, toHolders;   // "provgov:claim;soviet:control"
};
std::vector<Change> changes(const CaseStudy &study, TimePoint from, TimePoint to);

// Features within `metres` of the front lines at t (metres in the case study's projected CRS).
std::vector<int> nearFront(const CaseStudy &study, const SpatialFacts &facts, TimePoint t, double metres);
// Features within `metres` of a feature (itself excluded).
std::vector<int> nearFeature(const SpatialFacts &facts, int feature, double metres);

QString holdersText(const ControlModel &model, const FeatureState &state);

} // namespace analysis
} // namespace dpa
