#include "model/claimindex.h"
#include "model/statusrule.h"
#include "core/parallelchunks.h"

#include <QObject>

#include <algorithm>

namespace dpa {

// Two million segments at 100,000 features: 32 bytes each, and 8 for its start.
static_assert(sizeof(ClaimIndex::Segment) <= 32);

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

namespace {

// The index of a share of the features, built on a thread of its own; offsets are local to it.
struct IndexPart
{
    std::vector<int> featureSegments;
    std::vector<ClaimIndex::Segment> segments;
    std::vector<TimePoint> segmentFrom;
    std::vector<int> activeClaims, camps;
    std::vector<float> shares;
    std::vector<ClaimIndex::Change> changes;
};

} // namespace

ClaimIndex::ClaimIndex(const ControlModel &model)
{
    const size_t n = model.features().size();
    const std::vector<Claim> &claims = model.claims();
    // The claims of each feature as one array in the order added: firstClaim[f] ..
    // firstClaim[f + 1] in byFeature.
    std::vector<int> firstClaim(n + 1, 0), byFeature(claims.size());
    for (const Claim &c : claims)
        ++firstClaim[size_t(c.feature) + 1];
    for (size_t f = 0; f < n; ++f)
        firstClaim[f + 1] += firstClaim[f];
    {
        std::vector<int> next(firstClaim.begin(), firstClaim.end() - 1);
        for (size_t c = 0; c < claims.size(); ++c)
            byFeature[size_t(next[size_t(claims[c].feature)]++)] = int(c);
    }

    auto byTime = [](const Change &a, const Change &b) { return a.time < b.time || (a.time == b.time && a.feature < b.feature); };
    std::vector<IndexPart> parts(size_t(std::max(1, QThread::idealThreadCount())));
    const int used = parallelChunks(n, 20000, [&](size_t begin, size_t end, int chunk) {
        IndexPart &part = parts[size_t(chunk)];
        // A feature has at most a segment more than the bounds of its claims, each bound a
        // change. The first part's arrays become the index's, so they are reserved for every
        // part and the others appended without copying the first (a reserve not written to is
        // address space, not memory).
        const size_t claimsHere = size_t(firstClaim[end] - firstClaim[begin]);
        const size_t segmentsAtMost = chunk == 0 ? n + 2 * claims.size() : end - begin + 2 * claimsHere;
        part.featureSegments.reserve(chunk == 0 ? n + 1 : end - begin);
        part.segments.reserve(segmentsAtMost);
        part.segmentFrom.reserve(segmentsAtMost);
        part.changes.reserve(2 * claimsHere);
        std::vector<TimePoint> bounds;
        std::vector<int> active;
        for (size_t f = begin; f < end; ++f) {
            part.featureSegments.push_back(int(part.segments.size()));
            const std::span<const int> mine(byFeature.data() + firstClaim[f], size_t(firstClaim[f + 1] - firstClaim[f]));
            bounds.clear();
            for (int c : mine) {
                if (const TimePoint from = model.claimFrom(c); from != kTimeMin) bounds.push_back(from);
                if (const TimePoint to = model.claimTo(c); to != kTimeMax) bounds.push_back(to);
            }
            std::sort(bounds.begin(), bounds.end());
            bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

            auto addSegment = [&](TimePoint at) {
                active.clear();
                for (int c : mine)
                    if (model.claimFrom(c) <= at && at < model.claimTo(c))   // DateInterval::contains
                        active.push_back(c);
                const ControlReading r = readClaimsInForce(model, active);
                int presence = -1;
                double confidence = 1.0;
                for (int c : r.claims) {
                    const Claim &claim = model.claims()[size_t(c)];
                    if (claim.role != Role::Presence)
                        confidence = std::min(confidence, claim.confidence);
                    else if (presence < 0)
                        presence = claim.authority;
                }
                const size_t camps = std::min<size_t>(r.camps.size(), 255);
                part.segmentFrom.push_back(at);
                part.segments.push_back({r.occupier, r.outgoing, int(part.activeClaims.size()), int(r.claims.size()),
                                         int(part.camps.size()), presence, float(confidence), quint8(camps), r.status,
                                         r.deJureOnly});
                part.activeClaims.insert(part.activeClaims.end(), r.claims.begin(), r.claims.end());
                part.camps.insert(part.camps.end(), r.camps.begin(), r.camps.begin() + qsizetype(camps));
                part.shares.insert(part.shares.end(), r.shares.begin(), r.shares.begin() + qsizetype(camps));
            };
            addSegment(kTimeMin);
            for (TimePoint b : bounds) {
                addSegment(b);
                part.changes.push_back({b, int(f)});
            }
        }
        // A feature's bounds are distinct, so no two changes are equal: an unstable sort gives
        // the one order, by time and then feature.
        std::sort(part.changes.begin(), part.changes.end(), byTime);
    });

    // The parts joined in feature order onto the first, their offsets made global.
    IndexPart &whole = parts[0];
    for (int k = 1; k < used; ++k) {
        IndexPart &part = parts[size_t(k)];
        const int segmentBase = int(whole.segments.size()), claimBase = int(whole.activeClaims.size()),
                  campBase = int(whole.camps.size());
        for (int s : part.featureSegments)
            whole.featureSegments.push_back(segmentBase + s);
        for (Segment s : part.segments) {
            s.claimOffset += claimBase;
            s.campOffset += campBase;
            whole.segments.push_back(s);
        }
        whole.segmentFrom.insert(whole.segmentFrom.end(), part.segmentFrom.begin(), part.segmentFrom.end());
        whole.activeClaims.insert(whole.activeClaims.end(), part.activeClaims.begin(), part.activeClaims.end());
        whole.camps.insert(whole.camps.end(), part.camps.begin(), part.camps.end());
        whole.shares.insert(whole.shares.end(), part.shares.begin(), part.shares.end());
        std::vector<Change> merged(whole.changes.size() + part.changes.size());
        std::merge(whole.changes.begin(), whole.changes.end(), part.changes.begin(), part.changes.end(), merged.begin(), byTime);
        whole.changes = std::move(merged);
        part = {};
    }
    whole.featureSegments.push_back(int(whole.segments.size()));
    m_featureSegments = std::move(whole.featureSegments);
    m_segments = std::move(whole.segments);
    m_segmentFrom = std::move(whole.segmentFrom);
    m_activeClaims = std::move(whole.activeClaims);
    m_camps = std::move(whole.camps);
    m_shares = std::move(whole.shares);
    m_changes = std::move(whole.changes);

    m_changePoints.reserve(m_changes.size());
    for (const Change &c : m_changes)
        if (m_changePoints.empty() || m_changePoints.back() != c.time)
            m_changePoints.push_back(c.time);
}

int ClaimIndex::segmentAt(int feature, TimePoint t) const
{
    const auto begin = m_segmentFrom.begin() + m_featureSegments[size_t(feature)];
    const auto end = m_segmentFrom.begin() + m_featureSegments[size_t(feature) + 1];
    // The first segment starts at kTimeMin, so upper_bound never returns begin.
    return int(std::upper_bound(begin, end, t) - m_segmentFrom.begin()) - 1;
}

FeatureState ClaimIndex::stateOfSegment(int segment) const
{
    const Segment &s = m_segments[size_t(segment)];
    return {s.status,
            std::span<const int>(m_activeClaims.data() + s.claimOffset, size_t(s.claimCount)),
            std::span<const int>(m_camps.data() + s.campOffset, size_t(s.campCount)),
            std::span<const float>(m_shares.data() + s.campOffset, size_t(s.campCount)),
            s.occupier, s.outgoing, s.deJureOnly, s.presence, s.confidence};
}

FeatureState ClaimIndex::stateOf(int feature, TimePoint t) const
{
    return stateOfSegment(segmentAt(feature, t));
}

void ClaimIndex::stateAt(TimePoint t, FeatureStates &out) const
{
    out.m_index = this;
    out.m_segments.resize(size_t(featureCount()));
    // Each core its share of the features (a million take tens of milliseconds on one).
    parallelChunks(out.m_segments.size(), 50000, [&](size_t begin, size_t end, int) {
        for (size_t f = begin; f < end; ++f)
            out.m_segments[f] = segmentAt(int(f), t);
    });
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
    // In feature order: restyling and recolouring then walk their large per-feature arrays
    // forwards rather than at random (at a million features, half a frame went in cache misses).
    // Many changes: read back from the marks, in order, in one pass; few: sorted.
    if (m_changed.size() * 16 > m_mark.size()) {
        m_changed.clear();
        for (size_t f = 0; f < m_mark.size(); ++f)
            if (m_mark[f] == m_generation)
                m_changed.push_back(int(f));
    } else {
        std::sort(m_changed.begin(), m_changed.end());
    }
}

FeatureState ClaimSweep::state(int feature) const
{
    return m_index->stateOfSegment(m_segment[size_t(feature)]);
}

} // namespace dpa
