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
    // Each claim's bounds once (the calendar arithmetic is what costs), and the claims of each
    // feature as one array in the order added: firstClaim[f] .. firstClaim[f + 1] in byFeature.
    std::vector<TimePoint> from(claims.size()), to(claims.size());
    parallelChunks(claims.size(), 50000, [&](size_t begin, size_t end, int) {
        for (size_t c = begin; c < end; ++c) {
            from[c] = claims[c].interval.from();
            to[c] = claims[c].interval.to();
        }
    });
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

    std::vector<IndexPart> parts(size_t(std::max(1, QThread::idealThreadCount())));
    const int used = parallelChunks(n, 20000, [&](size_t begin, size_t end, int chunk) {
        IndexPart &part = parts[size_t(chunk)];
        std::vector<TimePoint> bounds;
        std::vector<int> active;
        for (size_t f = begin; f < end; ++f) {
            part.featureSegments.push_back(int(part.segments.size()));
            const std::span<const int> mine(byFeature.data() + firstClaim[f], size_t(firstClaim[f + 1] - firstClaim[f]));
            bounds.clear();
            for (int c : mine) {
                if (from[size_t(c)] != kTimeMin) bounds.push_back(from[size_t(c)]);
                if (to[size_t(c)] != kTimeMax) bounds.push_back(to[size_t(c)]);
            }
            std::sort(bounds.begin(), bounds.end());
            bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

            auto addSegment = [&](TimePoint at) {
                active.clear();
                for (int c : mine)
                    if (from[size_t(c)] <= at && at < to[size_t(c)])   // DateInterval::contains
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
    });

    // The parts joined in feature order, their offsets made global (each array sized once: the
    // index of a national case study is a hundred megabytes, and growing doubles it for a time).
    m_featureSegments.reserve(n + 1);
    size_t segments = 0, active = 0, camps = 0, changes = 0;
    for (int k = 0; k < used; ++k) {
        segments += parts[size_t(k)].segments.size();
        active += parts[size_t(k)].activeClaims.size();
        camps += parts[size_t(k)].camps.size();
        changes += parts[size_t(k)].changes.size();
    }
    m_segments.reserve(segments);
    m_segmentFrom.reserve(segments);
    m_activeClaims.reserve(active);
    m_camps.reserve(camps);
    m_shares.reserve(camps);
    m_changes.reserve(changes);
    for (int k = 0; k < used; ++k) {
        IndexPart &part = parts[size_t(k)];
        const int segmentBase = int(m_segments.size()), claimBase = int(m_activeClaims.size()), campBase = int(m_camps.size());
        for (int s : part.featureSegments)
            m_featureSegments.push_back(segmentBase + s);
        for (Segment s : part.segments) {
            s.claimOffset += claimBase;
            s.campOffset += campBase;
            m_segments.push_back(s);
        }
        m_segmentFrom.insert(m_segmentFrom.end(), part.segmentFrom.begin(), part.segmentFrom.end());
        m_activeClaims.insert(m_activeClaims.end(), part.activeClaims.begin(), part.activeClaims.end());
        m_camps.insert(m_camps.end(), part.camps.begin(), part.camps.end());
        m_shares.insert(m_shares.end(), part.shares.begin(), part.shares.end());
        m_changes.insert(m_changes.end(), part.changes.begin(), part.changes.end());
        part = {};
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
