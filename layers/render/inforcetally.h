#pragma once

#include "render/legendcontents.h"

#include <array>
#include <vector>

namespace dpa {

// What is in force over the whole map, counted: features per authority with a claim in force,
// per status, and per mark (a title nobody enforces, lower confidence, presence). Kept up to
// date from the style table's changed features, so the legend of a new date costs the changes,
// not the features (at 100,000 features a full recount is several milliseconds a frame).
class InForceTally
{
public:
    void update(const CaseStudy &study, const StyleTable &styles);
    LegendContents contents(const StyleTable &styles);

private:
    void count(const ControlModel &model, const FeatureState &state, int sign);

    std::vector<int> m_authorities;
    std::array<int, kControlStatusCount> m_statuses{};
    std::array<int, kControlStatusCount> m_sample{};   // a feature in each status, or -1
    int m_titleOnly = 0, m_lowerConfidence = 0, m_presence = 0;
    std::vector<FeatureState> m_counted;                // per feature, what is counted now
    quint64 m_generation = 0;
    bool m_approximate = false;
};

} // namespace dpa
