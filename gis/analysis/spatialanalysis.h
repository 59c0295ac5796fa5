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
//  - a feature's de facto holder is FeatureState::deFactoHolder(): the holder of a held feature
//    (or the incoming one at a hand-over), the controlling side under dual power, the occupier;
//    divided, contested and unknown features and a title nobody enforces have none;
//  - per authority, area and population are counted twice over, each under the feature's
//    status: de facto (control and occupation claims, by the claim's stated share, else its
//    camp's share where the feature is divided, else whole) and de jure (claim). A district under dual power counts for the side that holds
//    it de facto and for the one that claims it de jure. Rows with key "all" give the totals per
//    status, which count each feature once;
//  - the dual-power index is the share of area (and population) under dual power only;
//    `status-share` gives every status's share, so divided, occupied, contested and hand-over
//    ground is measured apart from it;
//  - fronts are the shared boundaries of neighbours whose de facto holders are of rival blocs;
//    a divided feature has no holder, so a front stops at it rather than running along its
//    administrative border (split such a feature along an approximate front to draw it through).
namespace analysis {

enum class Metric { Area, Population, DualIndex, StatusShare, FrontLength, DualDays };
// area|population|dual-index|status-share|front-length|dual-days
std::optional<Metric> metricFromName(const QString &name);
enum class Step { Day, Week, Month, Year };
std::optional<Step> stepFromName(const QString &name);       // 1d|1w|1m|1y
// The sample after `t` (months and years in `calendar`), and a sample's date as the rows print
// it (YYYY-MM-DD, "-0500-03-01" before year 1).
TimePoint nextSample(TimePoint t, Step step, Calendar calendar);
QString sampleDate(TimePoint t, Calendar calendar);

// One row of a tidy table: a date (or an interval for dual-days), what is measured (an
// authority id, "all", a pair "a|b", or a feature "layer/id"), the status, the value, the unit,
// and for an authority's area or population whether it holds it de facto or claims it de jure.
struct Row
{
    QString date;
    QString key;
    QString status;
    double value = 0;
    QString unit;
    QString basis;   // per-authority area and population: "de facto" or "de jure"; else empty
};

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
std::vector<int> nearFeature(const CaseStudy &study, const SpatialFacts &facts, int feature, double metres);

QString holdersText(const ControlModel &model, const FeatureState &state);

} // namespace analysis
} // namespace dpa
