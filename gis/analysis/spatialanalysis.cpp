#include "analysis/spatialanalysis.h"
#include "analysis/spatialfactsdata.h"

#include <QMap>
#include <QObject>

#include <cmath>

namespace dpa::analysis {
namespace {

namespace bg = boost::geometry;

QString isoDate(TimePoint t, Calendar c)
{
    const CalendarDate d = calendar::fromJulianDay(c, calendar::julianDayOf(t));
    return QStringLiteral("%1-%2-%3").arg(d.year, 4, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'));
}

TimePoint advance(TimePoint t, Step step, Calendar c)
{
    switch (step) {
    case Step::Day: return t + kMinutesPerDay;
    case Step::Week: return t + 7 * kMinutesPerDay;
    case Step::Month: return calendar::addMonths(c, t, 1);
    }
    return t + kMinutesPerDay;
}

const char *kStatuses[] = {"unknown", "held", "dual", "contested"};

QString pairKey(const ControlModel &model, int a, int b)
{
    QString x = model.authorities()[size_t(a)].id, y = model.authorities()[size_t(b)].id;
    if (y < x)
        std::swap(x, y);
    return x + QLatin1Char('|') + y;
}

// Sums of a per-feature quantity by status and by (authority, status) at one moment.
void addByStatus(const CaseStudy &study, const std::vector<FeatureState> &states, const std::vector<double> &value,
                 const QString &date, const QString &unit, std::vector<Row> &rows)
{
    const size_t authorities = study.model.authorities().size();
    double totals[4] = {0, 0, 0, 0};
    std::vector<double> byAuthority(authorities * 4, 0.0);
    for (size_t f = 0; f < states.size(); ++f) {
        if (std::isnan(value[f]) || value[f] == 0)
            continue;
        const int s = int(states[f].status);
        totals[s] += value[f];
        std::vector<bool> seen(authorities, false);
        for (int c : states[f].claims) {
            const int a = study.model.claims()[size_t(c)].authority;
            if (!seen[size_t(a)]) {
                seen[size_t(a)] = true;
                byAuthority[size_t(a) * 4 + size_t(s)] += value[f];
            }
        }
    }
    for (int s = 0; s < 4; ++s)
        rows.push_back({date, QStringLiteral("all"), QLatin1String(kStatuses[s]), totals[s], unit});
    for (size_t a = 0; a < authorities; ++a)
        for (int s = 1; s < 4; ++s)
            if (byAuthority[a * 4 + size_t(s)] > 0)
                rows.push_back({date, study.model.authorities()[a].id, QLatin1String(kStatuses[s]), byAuthority[a * 4 + size_t(s)], unit});
}

} // namespace

std::optional<Metric> metricFromName(const QString &name)
{
    if (name == QLatin1String("area")) return Metric::Area;
    if (name == QLatin1String("population")) return Metric::Population;
    if (name == QLatin1String("dual-index")) return Metric::DualIndex;
    if (name == QLatin1String("front-length")) return Metric::FrontLength;
    if (name == QLatin1String("dual-days")) return Metric::DualDays;
    return std::nullopt;
}

std::optional<Step> stepFromName(const QString &name)
{
    if (name == QLatin1String("1d")) return Step::Day;
    if (name == QLatin1String("1w")) return Step::Week;
    if (name == QLatin1String("1m")) return Step::Month;
    return std::nullopt;
}

int deFactoHolder(const ControlModel &model, const FeatureState &state)
{
    if (state.status == ControlStatus::Contested || state.status == ControlStatus::Unknown)
        return -1;
    // Claims in force come control roles first (ClaimIndex), so the first is the holder.
    return state.claims.empty() ? -1 : model.claims()[size_t(state.claims.front())].authority;
}

QString holdersText(const ControlModel &model, const FeatureState &state)
{
    QStringList parts;
    for (int c : state.claims) {
        const Claim &claim = model.claims()[size_t(c)];
        parts << model.authorities()[size_t(claim.authority)].id + QLatin1Char(':') + roleName(claim.role);
    }
    return parts.join(QLatin1Char(';'));
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
                            minutes[f] / kMinutesPerDay, QStringLiteral("days")});
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
        case Metric::DualIndex: {
            double dualArea = 0, dualPeople = 0, totalPeople = 0;
            for (size_t f = 0; f < features.size(); ++f) {
                const bool dual = states[f].status == ControlStatus::Dual;
                dualArea += dual ? area[f] : 0;
                if (!std::isnan(people[f])) {
                    totalPeople += people[f];
                    dualPeople += dual ? people[f] : 0;
                }
            }
            const double total = facts.totalAreaKm2();
            rows.push_back({date, QStringLiteral("all"), QStringLiteral("dual"), total > 0 ? dualArea / total : 0,
                            QStringLiteral("share of area")});
            if (totalPeople > 0)
                rows.push_back({date, QStringLiteral("all"), QStringLiteral("dual"), dualPeople / totalPeople,
                                QStringLiteral("share of population")});
            break;
        }
        case Metric::FrontLength: {
            QMap<QString, double> lengths;
            for (const SpatialFacts::Neighbours &n : facts.neighbours()) {
                const int a = deFactoHolder(study.model, states[size_t(n.a)]);
                const int b = deFactoHolder(study.model, states[size_t(n.b)]);
                if (a >= 0 && b >= 0 && a != b)
                    lengths[pairKey(study.model, a, b)] += n.sharedKm;
            }
            for (auto it = lengths.begin(); it != lengths.end(); ++it)
                rows.push_back({date, it.key(), QStringLiteral("front"), it.value(), QStringLiteral("km")});
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
        if (!d.features[f].analysable || d.polygons[f].empty())
            continue;
        const int a = deFactoHolder(study.model, study.index.stateOf(int(f), t));
        if (a < 0)
            continue;
        bgt::MultiPolygonXY merged;
        bg::union_(unions[size_t(a)], d.polygons[f], merged);
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
        const int a = deFactoHolder(study.model, study.index.stateOf(n.a, t));
        const int b = deFactoHolder(study.model, study.index.stateOf(n.b, t));
        if (a < 0 || b < 0 || a == b)
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
        const double dist = !d.polygons[f].empty() ? bg::distance(d.polygons[f], lines)
                            : d.features[f].isPoint ? bg::distance(d.points[f], lines) : -1;
        if (dist >= 0 && dist <= metres)
            out.push_back(int(f));
    }
    return out;
}

std::vector<int> nearFeature(const SpatialFacts &facts, int feature, double metres)
{
    const auto &d = facts.data();
    std::vector<int> out;
    if (feature < 0 || size_t(feature) >= d.features.size())
        return out;
    auto distanceTo = [&](size_t f) -> double {
        const bool fa = !d.polygons[f].empty(), ga = !d.polygons[size_t(feature)].empty();
        if (fa && ga) return bg::distance(d.polygons[f], d.polygons[size_t(feature)]);
        if (fa && d.features[size_t(feature)].isPoint) return bg::distance(d.points[size_t(feature)], d.polygons[f]);
        if (ga && d.features[f].isPoint) return bg::distance(d.points[f], d.polygons[size_t(feature)]);
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
