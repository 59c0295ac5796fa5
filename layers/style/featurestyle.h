#pragma once

#include "package/casestudy.h"

#include <QColor>

#include <array>
#include <optional>
#include <vector>

namespace dpa {

// How one feature looks at one time: its status and the colours of the camps involved, in the
// order the model gives them (the de facto holder first), so the stripes of dual power show who
// holds the ground under whose title.
struct FeatureStyle
{
    // A feature with more camps than this in force draws the first ones (by precedence); five
    // rival camps over one district is already past what stripes can show.
    static constexpr int kMaxSides = 5;

    ControlStatus status = ControlStatus::Unknown;
    std::array<QColor, kMaxSides> sides;   // camp colours, holder first
    std::array<float, kMaxSides> shares{}; // divided: each side's share of the feature
    int sideCount = 0;
    QColor mark;                 // occupied: the occupier; hand-over: the outgoing holder
    QColor presence;             // an authority present without governing, else invalid
    bool deJureOnly = false;     // the camps hold title only: nobody enforces it
    double confidence = 1.0;     // the lowest confidence of the claims in force

    QColor side(int i) const { return i < sideCount ? sides[size_t(i)] : QColor(); }
    void addSide(const QColor &c, float share = 0)
    {
        if (sideCount < kMaxSides) {
            sides[size_t(sideCount)] = c;
            shares[size_t(sideCount)] = share;
            ++sideCount;
        }
    }
};

// The style of every feature of a case study at a time, indexed like ControlModel::features().
// Moving to a new time walks the claim index's change points from the last time (ClaimSweep)
// and restyles only the features whose claims in force changed, so scrubbing costs the changes,
// not the features; changed() tells the id buffer and the legend what to redo.
class StyleTable
{
public:
    void compute(const CaseStudy &study, TimePoint t);
    const FeatureStyle &operator[](int modelIndex) const { return m_styles[size_t(modelIndex)]; }
    int size() const { return int(m_styles.size()); }
    FeatureState state(int modelIndex) const { return m_sweep->state(modelIndex); }

    // What the last compute() changed: every feature, or the ones listed. generation() counts
    // computes that moved, so a consumer that skipped one knows to start over, and one that saw
    // this generation has nothing to redo.
    bool allChanged() const { return m_allChanged; }
    const std::vector<int> &changed() const { return m_sweep->changedFeatures(); }
    quint64 generation() const { return m_generation; }

    static FeatureStyle styleFor(const ControlModel &model, const FeatureState &state);

private:
    const CaseStudy *m_study = nullptr;
    std::optional<ClaimSweep> m_sweep;
    std::vector<FeatureStyle> m_styles;
    bool m_allChanged = true;
    quint64 m_generation = 0;
    TimePoint m_time = 0;
};

} // namespace dpa
