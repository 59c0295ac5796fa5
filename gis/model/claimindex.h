#pragma once

#include "model/controlmodel.h"
#include "model/controlstatus.h"

#include <span>
#include <vector>

namespace dpa {

// The state of one feature at one moment (statusrule.h decides it). Spans point into the index
// and stay valid as long as it does.
struct FeatureState
{
    ControlStatus status = ControlStatus::Unknown;
    std::span<const int> claims;      // every claim in force, by precedence (claimprecedence.h)
    std::span<const int> camps;       // the lead authority of each camp shown, holder first
    std::span<const float> shares;    // per camp: its share when divided, else NaN
    int occupier = -1;                // occupied: the occupying authority
    int outgoing = -1;                // hand-over (or a rival's claim ending that day): who leaves
    bool deJureOnly = false;          // the camps shown hold title, none exercises control
    // Read from the claims in force once, when the index is built, so that restyling a feature
    // touches none of its claims (a claim read per restyle was most of a frame at 100,000).
    int presence = -1;                // the first authority present without governing, or -1
    float confidence = 1.0f;          // the lowest confidence of the claims in force (presence aside)

    // The authority that holds the ground, or -1: the holder of a held feature or the incoming
    // one at a hand-over, the de facto side under dual power, the occupier; none for divided,
    // contested and unknown features, nor for a title that nobody enforces.
    int deFactoHolder() const;
};

class FeatureStates;

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
    // out[i] = stateOf(i, t), for every feature, on every core.
    void stateAt(TimePoint t, FeatureStates &out) const;

    // Distinct times at which some feature's claims in force change, ascending.
    const std::vector<TimePoint> &changePoints() const { return m_changePoints; }
    std::optional<TimePoint> nextChange(TimePoint after) const;      // first change > after
    std::optional<TimePoint> previousChange(TimePoint before) const; // last change < before

    // How the index is kept; public only so that the parts built on several threads can hold it.
    struct Segment
    {
        int occupier, outgoing;
        int claimOffset, claimCount;
        int campOffset;
        int presence;
        float confidence;
        quint8 campCount;   // more than 255 rival camps in force at once: the first 255 are kept
        ControlStatus status;
        bool deJureOnly;
    };
    struct Change
    {
        TimePoint time;
        int feature;
    };

private:
    friend class ClaimSweep;
    friend class FeatureStates;
    FeatureState stateOfSegment(int segment) const;
    void prefetchSegment(int segment) const { __builtin_prefetch(m_segments.data() + segment); }
    int segmentAt(int feature, TimePoint t) const;

    std::vector<int> m_featureSegments;   // feature f's segments: [m_featureSegments[f], [f+1])
    std::vector<Segment> m_segments;
    // Where each segment starts, apart from the segments: the search for the segment in force
    // reads a feature's starts from a line or two of memory, not one segment each.
    std::vector<TimePoint> m_segmentFrom;
    std::vector<int> m_activeClaims;
    std::vector<int> m_camps;
    std::vector<float> m_shares;          // parallel to m_camps
    std::vector<Change> m_changes;        // one per segment boundary, sorted by time
    std::vector<TimePoint> m_changePoints;
};

// The state of every feature at one time (ClaimIndex::stateAt), kept as the index keeps it: the
// segment in force of each feature, 4 bytes a feature, each read as a FeatureState when asked.
// A FeatureState per feature (80 bytes) was most of the cost at a million features: writing
// 80 MB took longer than finding the segments. Read it while the index it came from lives (as
// FeatureState's spans always required).
class FeatureStates
{
public:
    size_t size() const { return m_segments.size(); }
    bool empty() const { return m_segments.empty(); }
    FeatureState operator[](size_t feature) const { return m_index->stateOfSegment(m_segments[feature]); }

    // Walks the features in order, giving each one's state (by value: it is made on the way).
    class const_iterator
    {
    public:
        const_iterator(const FeatureStates *states, size_t at) : m_states(states), m_at(at) {}
        FeatureState operator*() const { return (*m_states)[m_at]; }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator==(const const_iterator &other) const = default;

    private:
        const FeatureStates *m_states;
        size_t m_at;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    friend class ClaimIndex;
    const ClaimIndex *m_index = nullptr;
    std::vector<int> m_segments;
};

// Keeps the state of all features at a current time and moves it forward or backward by
// visiting only the change points in between. After moveTo(), changedFeatures() lists, in ascending order, the
// features whose segment changed (the analyses walk time this way; the renderer recomputes
// every style per frame, which costs well under a millisecond at the bundled sizes).
class ClaimSweep
{
public:
    ClaimSweep(const ClaimIndex &index, TimePoint start);

    void moveTo(TimePoint t);
    TimePoint time() const { return m_time; }
    FeatureState state(int feature) const;
    const std::vector<int> &changedFeatures() const { return m_changed; }
    // Asks the processor to start reading `feature`'s state now, to be read with state() a few
    // features later: a walk over a day's changes at a million features reads a segment from a
    // different place for each, and waits for memory on every one without this.
    void prefetch(int feature) const { m_index->prefetchSegment(m_segment[size_t(feature)]); }

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
