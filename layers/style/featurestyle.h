#pragma once

#include "package/casestudy.h"

#include <QColor>

#include <vector>

namespace dpa {

// How one feature looks at one time: its status and the colours of the authorities involved.
// For dual power, `primary` is the de facto (control) holder and `secondary` the other
// claimant, so the stripes show who holds the ground under whose title.
struct FeatureStyle
{
    ControlStatus status = ControlStatus::Unknown;
    QColor primary;
    QColor secondary;
    double confidence = 1.0;     // the lowest confidence of the claims in force
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
