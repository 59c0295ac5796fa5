#include "analysis/spatialanalysis.h"
#include "analysis/spatialfactsdata.h"
#include "model/statetext.h"

#include <QMap>
#include <QObject>

#include <cmath>

namespace dpa::analysis {
namespace {

namespace bg = boost::geometry;

QString isoDate(TimePoint t, Calendar c)
{
    return sampleDate(t, c);
}

TimePoint advance(TimePoint t, Step step, Calendar c)
{
    return nextSample(t, step, c);
}

// Two de facto holders face each other across a front only when they are of rival camps.
bool areRivals(const ControlModel &model, int a, int b)
{
    return a >= 0 && b >= 0 && model.blocOf(a) != model.blocOf(b);
}

QString pairKey(const ControlModel &model, int a, int b)
{
    QString x = model.authorities()[size_t(a)].id, y = model.authorities()[size_t(b)].id;
    if (y < x)
        std::swap(x, y);
    return x + QLatin1Char('|') + y;
}

// The part of a feature an authority holds de facto through one claim: the stated share, else
// its camp's share of a divided feature, else the whole.
double deFactoPart(const ControlModel &model, const FeatureState &state, const Claim &claim)
{
    if (!std::isnan(claim.share))
        return claim.share;
    if (state.status == ControlStatus::Divided)
        for (size_t k = 0; k < state.camps.size(); ++k)
            if (model.blocOf(state.camps[k]) == model.blocOf(claim.authority))
                return std::isnan(state.shares[k]) ? 0.0 : double(state.shares[k]);
    return 1.0;
}

// Sums of a per-feature quantity by status ("all"), and per authority de facto (control,
// occupation; by share where the feature is divided) and de jure (claim), under the status.
void addByStatus(const CaseStudy &study, const std::vector<FeatureState> &states, const std::vector<double> &value,
                 const QString &date, const QString &unit, std::vector<Row> &rows)
{
    const ControlModel &model = study.model;
    const size_t authorities = model.authorities().size();
    double totals[kControlStatusCount] = {};
    // [authority][status][0 de facto, 1 de jure]
    std::vector<double> byAuthority(authorities * kControlStatusCount * 2, 0.0);
    auto slot = [&](int a, int s, int basis) -> double & {
        return byAuthority[(size_t(a) * kControlStatusCount + size_t(s)) * 2 + size_t(basis)];
    };
    for (size_t f = 0; f < states.size(); ++f) {
        if (std::isnan(value[f]) || value[f] == 0)
            continue;
        const FeatureState &state = states[f];
        const int s = int(state.status);
        totals[s] += value[f];
        std::vector<double> deFacto(authorities, 0.0);
        std::vector<bool> deJure(authorities, false);
        for (int c : state.claims) {
            const Claim &claim = model.claims()[size_t(c)];
            if (claim.authority == state.outgoing && state.status == ControlStatus::HandOver)
                continue;   // the day belongs to the incoming holder
            if (claim.role == Role::Control || claim.role == Role::Occupation)
                deFacto[size_t(claim.authority)] =
                    std::min(1.0, deFacto[size_t(claim.authority)] + deFactoPart(model, state, claim));
            else if (claim.role == Role::Claim)
                deJure[size_t(claim.authority)] = true;
        }
        for (size_t a = 0; a < authorities; ++a) {
            slot(int(a), s, 0) += deFacto[a] * value[f];
            if (deJure[a])
                slot(int(a), s, 1) += value[f];
        }
    }
    for (int s = 0; s < kControlStatusCount; ++s)
        rows.push_back({date, QStringLiteral("all"), statusName(ControlStatus(s)), totals[s], unit, {}});
    static const QString kBasis[2] = {QStringLiteral("de facto"), QStringLiteral("de jure")};
    for (size_t a = 0; a < authorities; ++a)
        for (int s = 0; s < kControlStatusCount; ++s)
            for (int basis = 0; basis < 2; ++basis)
                if (slot(int(a), s, basis) > 0)
                    rows.push_back({date, model.authorities()[a].id, statusName(ControlStatus(s)), slot(int(a), s, basis),
                                    unit, kBasis[basis]});
}

// Share of the analysable area (and population, where known) under each status at one moment.
void addStatusShares(const std::vector<FeatureState> &states, const std::vector<double> &area,
                     const std::vector<double> &people, double totalArea, const QString &date, bool dualOnly,
                     std::vector<Row> &rows)
{
    double byArea[kControlStatusCount] = {}, byPeople[kControlStatusCount] = {};
    double totalPeople = 0;
    for (size_t f = 0; f < states.size(); ++f) {
        const int s = int(states[f].status);
        byArea[s] += area[f];
        if (!std::isnan(people[f])) {
            totalPeople += people[f];
            byPeople[s] += people[f];
        }
    }
    for (int s = 0; s < kControlStatusCount; ++s) {
        if (dualOnly && ControlStatus(s) != ControlStatus::Dual)
            continue;
        const QString status = statusName(ControlStatus(s));
        rows.push_back({date, QStringLiteral("all"), status, totalArea > 0 ? byArea[s] / totalArea : 0,
                        QStringLiteral("share of area"), {}});
        if (totalPeople > 0)
            rows.push_back({date, QStringLiteral("all"), status, byPeople[s] / totalPeople,
                            QStringLiteral("share of population"), {}});
    }
}

} // namespace

std::optional<Metric> metricFromName(const QString &name)
{
    if (name == QLatin1String("area")) return Metric::Area;
    if (name == QLatin1String("population")) return Metric::Population;
    if (name == QLatin1String("dual-index")) return Metric::DualIndex;
    if (name == QLatin1String("status-share")) return Metric::StatusShare;
    if (name == QLatin1String("front-length")) return Metric::FrontLength;
    if (name == QLatin1String("dual-days")) return Metric::DualDays;
    return std::nullopt;
}

std::optional<Step> stepFromName(const QString &name)
{
    if (name == QLatin1String("1d")) return Step::Day;
    if (name == QLatin1String("1w")) return Step::Week;
    if (name == QLatin1String("1m")) return Step::Month;
    if (name == QLatin1String("1y")) return Step::Year;
    return std::nullopt;
}

TimePoint nextSample(TimePoint t, Step step, Calendar c)
{
    switch (step) {
    case Step::Day: return t + kMinutesPerDay;
    case Step::Week: return t + 7 * kMinutesPerDay;
    case Step::Month: return calendar::addMonths(c, t, 1);
    case Step::Year: return calendar::addMonths(c, t, 12);
    }
    return t + kMinutesPerDay;
}

QString sampleDate(TimePoint t, Calendar c)
{
    const CalendarDate d = calendar::fromJulianDay(c, calendar::julianDayOf(t));
    // The sign before the padded year: QString::arg would write "0-500".
    return QStringLiteral("%1%2-%3-%4")
        .arg(d.year < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(d.year), 4, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'));
}

QString holdersText(const ControlModel &model, const FeatureState &state)
{
    return statetext::claimsInForce(model, state);
}

std::vector<Row> timeSeries(const CaseStudy &study, const SpatialFacts &facts, Metric metric, TimePoint from,
                            TimePoint to, Step step, Calendar cal)
{
    std::vector<Row> rows;
    const auto &features = facts.features();
    std::vector<double> area(features.size()), people(features.size());
    for (size_t f = 0; f < features.size(); ++f) {
        area[f] = features[f].analysable ? features[f].areaKm2 : 0;
        people[f] = features[f].analysable ? features[f].population : qQNaN();
    }

    if (metric == Metric::DualDays) {
        // Walk the change points once, adding each dual stretch's length to its feature.
        ClaimSweep sweep(study.index, from);
        std::vector<TimePoint> dualSince(features.size(), -1);
        std::vector<double> minutes(features.size(), 0);
        for (size_t f = 0; f < features.size(); ++f)
            if (sweep.state(int(f)).status == ControlStatus::Dual)
                dualSince[f] = from;
        auto settle = [&](TimePoint t) {
            for (int f : sweep.changedFeatures()) {
                const bool dual = sweep.state(f).status == ControlStatus::Dual;
                if (!dual && dualSince[size_t(f)] >= 0) {
                    minutes[size_t(f)] += double(t - dualSince[size_t(f)]);
                    dualSince[size_t(f)] = -1;
                } else if (dual && dualSince[size_t(f)] < 0) {
                    dualSince[size_t(f)] = t;
                }
            }
        };
        for (TimePoint c : study.index.changePoints()) {
            if (c <= from)
                continue;
            if (c > to)
                break;
            sweep.moveTo(c);
            settle(c);
        }
        for (size_t f = 0; f < features.size(); ++f) {
            if (dualSince[f] >= 0)
                minutes[f] += double(to - dualSince[f]);
            const FeatureKey &key = study.model.features()[f];
            rows.push_back({isoDate(from, cal) + QLatin1Char('/') + isoDate(to, cal), key.toString(), QStringLiteral("dual"),
                            minutes[f] / kMinutesPerDay, QStringLiteral("days"), {}});
        }
        return rows;
    }

    ClaimSweep sweep(study.index, from);
    std::vector<FeatureState> states(features.size());
    for (TimePoint t = from; t <= to; t = advance(t, step, cal)) {
        sweep.moveTo(t);
        for (size_t f = 0; f < features.size(); ++f)
            states[f] = sweep.state(int(f));
        const QString date = isoDate(t, cal);
        switch (metric) {
        case Metric::Area:
            addByStatus(study, states, area, date, QStringLiteral("km2"), rows);
            break;
        case Metric::Population:
            addByStatus(study, states, people, date, QStringLiteral("people"), rows);
            break;
        case Metric::DualIndex:
        case Metric::StatusShare:
            addStatusShares(states, area, people, facts.totalAreaKm2(), date, metric == Metric::DualIndex, rows);
            break;
        case Metric::FrontLength: {
            QMap<QString, double> lengths;
            for (const SpatialFacts::Neighbours &n : facts.neighbours()) {
                const int a = states[size_t(n.a)].deFactoHolder();
                const int b = states[size_t(n.b)].deFactoHolder();
                if (areRivals(study.model, a, b))
                    lengths[pairKey(study.model, a, b)] += n.sharedKm;
            }
            for (auto it = lengths.begin(); it != lengths.end(); ++it)
                rows.push_back({date, it.key(), QStringLiteral("front"), it.value(), QStringLiteral("km"), {}});
            break;
        }
        case Metric::DualDays:
            break;
        }
        if (step == Step::Day && t + kMinutesPerDay > to)
            break;
    }
    return rows;
}

std::vector<NamedGeometry> territories(const CaseStudy &study, const SpatialFacts &facts, TimePoint t)
{
    const auto &d = facts.data();
    std::vector<bgt::MultiPolygonXY> unions(study.model.authorities().size());
    std::vector<int> counts(unions.size(), 0);
    std::vector<double> km2(unions.size(), 0);
    for (size_t f = 0; f < d.features.size(); ++f) {
        if (!d.features[f].analysable || !d.features[f].isArea)
            continue;
        const int a = study.index.stateOf(int(f), t).deFactoHolder();
        if (a < 0)
            continue;
        bgt::MultiPolygonXY merged;
        bg::union_(unions[size_t(a)], analysedArea(study, d, f), merged);
        unions[size_t(a)] = std::move(merged);
        ++counts[size_t(a)];
        km2[size_t(a)] += d.features[f].areaKm2;
    }
    std::vector<NamedGeometry> out;
    for (size_t a = 0; a < unions.size(); ++a) {
        if (unions[a].empty())
            continue;
        const Authority &auth = study.model.authorities()[a];
        out.push_back({auth.id, auth.name.text(), km2[a], counts[a], bgt::toGeometry(unions[a])});
    }
    return out;
}

std::vector<NamedGeometry> fronts(const CaseStudy &study, const SpatialFacts &facts, TimePoint t)
{
    QMap<QString, NamedGeometry> byPair;
    for (const SpatialFacts::Neighbours &n : facts.neighbours()) {
        const int a = study.index.stateOf(n.a, t).deFactoHolder();
        const int b = study.index.stateOf(n.b, t).deFactoHolder();
        if (!areRivals(study.model, a, b))
            continue;
        const QString key = pairKey(study.model, a, b);
        NamedGeometry &g = byPair[key];
        g.key = key;
        const int first = std::min(a, b), second = std::max(a, b);
        g.name = study.model.authorities()[size_t(first)].name.text() + QStringLiteral(" / ") +
                 study.model.authorities()[size_t(second)].name.text();
        g.value += n.sharedKm;
        ++g.features;
        g.geometry.lines.insert(g.geometry.lines.end(), n.shared.lines.begin(), n.shared.lines.end());
    }
    return {byPair.begin(), byPair.end()};
}

std::vector<Change> changes(const CaseStudy &study, TimePoint from, TimePoint to)
{
    std::vector<Change> out;
    for (int f = 0; f < study.index.featureCount(); ++f) {
        const FeatureState a = study.index.stateOf(f, from), b = study.index.stateOf(f, to);
        const QString ha = holdersText(study.model, a), hb = holdersText(study.model, b);
        if (a.status != b.status || ha != hb)
            out.push_back({f, a.status, b.status, ha, hb});
    }
    return out;
}

std::vector<int> nearFront(const CaseStudy &study, const SpatialFacts &facts, TimePoint t, double metres)
{
    bgt::MultiLineXY lines;
    for (const NamedGeometry &g : fronts(study, facts, t))
        for (const Ring &l : g.geometry.lines) {
            bgt::LineXY line;
            for (const QPointF &p : l)
                line.push_back(bgt::XY(p.x(), p.y()));
            lines.push_back(std::move(line));
        }
    std::vector<int> out;
    if (lines.empty())
        return out;
    const auto &d = facts.data();
    for (size_t f = 0; f < d.features.size(); ++f) {
        if (!d.features[f].analysable)
            continue;
        const double dist = d.features[f].isArea ? bg::distance(analysedArea(study, d, f), lines)
                            : d.features[f].isPoint ? bg::distance(d.points[f], lines) : -1;
        if (dist >= 0 && dist <= metres)
            out.push_back(int(f));
    }
    return out;
}

std::vector<int> nearFeature(const CaseStudy &study, const SpatialFacts &facts, int feature, double metres)
{
    const auto &d = facts.data();
    std::vector<int> out;
    if (feature < 0 || size_t(feature) >= d.features.size())
        return out;
    const bgt::MultiPolygonXY area = analysedArea(study, d, size_t(feature));
    auto distanceTo = [&](size_t f) -> double {
        const bool fa = d.features[f].isArea, ga = !area.empty();
        if (fa && ga) return bg::distance(analysedArea(study, d, f), area);
        if (fa && d.features[size_t(feature)].isPoint) return bg::distance(d.points[size_t(feature)], analysedArea(study, d, f));
        if (ga && d.features[f].isPoint) return bg::distance(d.points[f], area);
        if (d.features[f].isPoint && d.features[size_t(feature)].isPoint) return bg::distance(d.points[f], d.points[size_t(feature)]);
        return -1;
    };
    for (size_t f = 0; f < d.features.size(); ++f) {
        if (int(f) == feature || !d.features[f].analysable)
            continue;
        const double dist = distanceTo(f);
        if (dist >= 0 && dist <= metres)
            out.push_back(int(f));
    }
    return out;
}

} // namespace dpa::analysis
