#pragma once

#include "package/casestudy.h"

#include <QColor>

#include <array>
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
class StyleTable
{
public:
    void compute(const CaseStudy &study, TimePoint t);
    const FeatureStyle &operator[](int modelIndex) const { return m_styles[size_t(modelIndex)]; }
    int size() const { return int(m_styles.size()); }

    static FeatureStyle styleFor(const ControlModel &model, const FeatureState &state);

private:
    std::vector<FeatureStyle> m_styles;
    std::vector<FeatureState> m_states;
};

} // namespace dpa
