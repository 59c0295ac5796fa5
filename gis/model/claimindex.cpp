#include "model/claimindex.h"
#include "model/statusrule.h"

#include <QObject>

#include <algorithm>

namespace dpa {

int FeatureState::deFactoHolder() const
{
    switch (status) {
    case ControlStatus::Held:
    case ControlStatus::HandOver:
    case ControlStatus::Dual:
        return deJureOnly || camps.empty() ? -1 : camps.front();
    case ControlStatus::Occupied:
        return occupier;
    case ControlStatus::Divided:
    case ControlStatus::Contested:
    case ControlStatus::Unknown:
        break;
    }
    return -1;
}

ClaimIndex::ClaimIndex(const ControlModel &model)
{
    const int n = int(model.features().size());
    std::vector<std::vector<int>> claimsByFeature(static_cast<size_t>(n));
    for (size_t i = 0; i < model.claims().size(); ++i)
        claimsByFeature[size_t(model.claims()[i].feature)].push_back(int(i));

    m_featureSegments.reserve(size_t(n) + 1);
    std::vector<TimePoint> bounds;
    std::vector<int> active;
    for (int f = 0; f < n; ++f) {
        m_featureSegments.push_back(int(m_segments.size()));
        const std::vector<int> &claims = claimsByFeature[size_t(f)];
        bounds.clear();
        for (int c : claims) {
            const DateInterval &iv = model.claims()[size_t(c)].interval;
            if (iv.from() != kTimeMin) bounds.push_back(iv.from());
            if (iv.to() != kTimeMax) bounds.push_back(iv.to());
        }
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

        auto addSegment = [&](TimePoint from) {
            active.clear();
            for (int c : claims)
                if (model.claims()[size_t(c)].interval.contains(from))
                    active.push_back(c);
            const ControlReading r = readClaimsInForce(model, active);
            m_segments.push_back({from, r.status, r.deJureOnly, r.occupier, r.outgoing, int(m_activeClaims.size()),
                                  int(r.claims.size()), int(m_camps.size()), int(r.camps.size())});
            m_activeClaims.insert(m_activeClaims.end(), r.claims.begin(), r.claims.end());
            m_camps.insert(m_camps.end(), r.camps.begin(), r.camps.end());
            m_shares.insert(m_shares.end(), r.shares.begin(), r.shares.end());
        };
        addSegment(kTimeMin);
        for (TimePoint b : bounds) {
            addSegment(b);
            m_changes.push_back({b, f});
        }
    }
    m_featureSegments.push_back(int(m_segments.size()));

    std::stable_sort(m_changes.begin(), m_changes.end(),
                     [](const Change &a, const Change &b) { return a.time < b.time; });
    m_changePoints.reserve(m_changes.size());
    for (const Change &c : m_changes)
        if (m_changePoints.empty() || m_changePoints.back() != c.time)
            m_changePoints.push_back(c.time);
}

int ClaimIndex::segmentAt(int feature, TimePoint t) const
{
    const auto begin = m_segments.begin() + m_featureSegments[size_t(feature)];
    const auto end = m_segments.begin() + m_featureSegments[size_t(feature) + 1];
    // The first segment starts at kTimeMin, so upper_bound never returns begin.
    const auto it = std::upper_bound(begin, end, t, [](TimePoint v, const Segment &s) { return v < s.from; });
    return int(it - m_segments.begin()) - 1;
}

FeatureState ClaimIndex::stateOfSegment(int segment) const
{
    const Segment &s = m_segments[size_t(segment)];
    return {s.status,
            std::span<const int>(m_activeClaims.data() + s.claimOffset, size_t(s.claimCount)),
            std::span<const int>(m_camps.data() + s.campOffset, size_t(s.campCount)),
            std::span<const float>(m_shares.data() + s.campOffset, size_t(s.campCount)),
            s.occupier, s.outgoing, s.deJureOnly};
}

FeatureState ClaimIndex::stateOf(int feature, TimePoint t) const
{
    return stateOfSegment(segmentAt(feature, t));
}

void ClaimIndex::stateAt(TimePoint t, std::vector<FeatureState> &out) const
{
    out.resize(size_t(featureCount()));
    for (int f = 0; f < featureCount(); ++f)
        out[size_t(f)] = stateOf(f, t);
}

std::optional<TimePoint> ClaimIndex::nextChange(TimePoint after) const
{
    auto it = std::upper_bound(m_changePoints.begin(), m_changePoints.end(), after);
    if (it == m_changePoints.end())
        return std::nullopt;
    return *it;
}

std::optional<TimePoint> ClaimIndex::previousChange(TimePoint before) const
{
    auto it = std::lower_bound(m_changePoints.begin(), m_changePoints.end(), before);
    if (it == m_changePoints.begin())
        return std::nullopt;
    return *(it - 1);
}

ClaimSweep::ClaimSweep(const ClaimIndex &index, TimePoint start)
    : m_index(&index), m_time(start)
{
    m_segment.resize(size_t(index.featureCount()));
    for (int f = 0; f < index.featureCount(); ++f)
        m_segment[size_t(f)] = index.segmentAt(f, start);
    m_cursor = size_t(std::upper_bound(index.m_changes.begin(), index.m_changes.end(), start,
                                       [](TimePoint v, const ClaimIndex::Change &c) { return v < c.time; }) -
                      index.m_changes.begin());
    m_mark.assign(m_segment.size(), 0);
}

void ClaimSweep::moveTo(TimePoint t)
{
    m_changed.clear();
    if (++m_generation == 0) {  // wrapped: clear marks once every 2^32 moves
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_generation = 1;
    }
    auto touch = [&](int f) {
        if (m_mark[size_t(f)] != m_generation) {
            m_mark[size_t(f)] = m_generation;
            m_changed.push_back(f);
        }
    };
    const auto &changes = m_index->m_changes;
    if (t >= m_time) {
        while (m_cursor < changes.size() && changes[m_cursor].time <= t) {
            ++m_segment[size_t(changes[m_cursor].feature)];
            touch(changes[m_cursor].feature);
            ++m_cursor;
        }
    } else {
        while (m_cursor > 0 && changes[m_cursor - 1].time > t) {
            --m_cursor;
            --m_segment[size_t(changes[m_cursor].feature)];
            touch(changes[m_cursor].feature);
        }
    }
    m_time = t;
}

FeatureState ClaimSweep::state(int feature) const
{
    return m_index->stateOfSegment(m_segment[size_t(feature)]);
}

} // namespace dpa
