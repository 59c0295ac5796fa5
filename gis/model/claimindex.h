#pragma once

#include "model/controlmodel.h"

#include <span>
#include <vector>

namespace dpa {

enum class ControlStatus { Unknown, Held, Dual, Contested };
QString statusName(ControlStatus status);

// The status that a set of claims in force gives a feature: contested if any claim is
// `contested`; otherwise dual when two or more authorities hold control/claim roles, held when
// one does, unknown when none. This is the only place the rule is written.
ControlStatus statusOfClaims(const ControlModel &model, std::span<const int> claims);

struct FeatureState
{
    ControlStatus status = ControlStatus::Unknown;
    // Claims in force, control roles first, then claim, then contested (in claims.csv order
    // within a role), so the first is the de facto holder when there is one.
    std::span<const int> claims;
};

// Answers "what is the state of every feature at t" fast. Per feature, the time line is cut at
// every claim start and end into segments with a constant set of claims in force; state at t is
// a binary search in the feature's segments (O(log M) for M claims of that feature, O(N log M)
// for all N features). All segment starts of all features, sorted, are the change points;
// ClaimSweep walks them to move from one time to another in O(changes).
class ClaimIndex
{
public:
    ClaimIndex() = default;
    explicit ClaimIndex(const ControlModel &model);

    int featureCount() const { return int(m_featureSegments.size()) - 1; }
    FeatureState stateOf(int feature, TimePoint t) const;
    // out[i] = stateOf(i, t)
    void stateAt(TimePoint t, std::vector<FeatureState> &out) const;

    // Distinct times at which some feature's claims in force change, ascending.
    const std::vector<TimePoint> &changePoints() const { return m_changePoints; }
    std::optional<TimePoint> nextChange(TimePoint after) const;      // first change > after
    std::optional<TimePoint> previousChange(TimePoint before) const; // last change < before

private:
    friend class ClaimSweep;
    struct Segment
    {
        TimePoint from;
        ControlStatus status;
        int claimOffset;
        int claimCount;
    };
    struct Change
    {
        TimePoint time;
        int feature;
    };
    FeatureState stateOfSegment(int segment) const;
    int segmentAt(int feature, TimePoint t) const;

    std::vector<int> m_featureSegments;   // feature f's segments: [m_featureSegments[f], [f+1])
    std::vector<Segment> m_segments;
    std::vector<int> m_activeClaims;
    std::vector<Change> m_changes;        // one per segment boundary, sorted by time
    std::vector<TimePoint> m_changePoints;
};

// Keeps the state of all features at a current time and moves it forward or backward by
// visiting only the change points in between. After moveTo(), changedFeatures() lists the
// features whose segment changed, so a renderer restyles only those.
class ClaimSweep
{
public:
    ClaimSweep(const ClaimIndex &index, TimePoint start);

    void moveTo(TimePoint t);
    TimePoint time() const { return m_time; }
    FeatureState state(int feature) const;
    const std::vector<int> &changedFeatures() const { return m_changed; }

private:
    const ClaimIndex *m_index;
    TimePoint m_time;
    size_t m_cursor = 0;             // changes with time <= m_time
    std::vector<int> m_segment;      // current absolute segment index per feature
    std::vector<int> m_changed;
    std::vector<quint32> m_mark;
    quint32 m_generation = 0;
};

} // namespace dpa
