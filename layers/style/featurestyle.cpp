#include "style/featurestyle.h"

namespace dpa {

FeatureStyle StyleTable::styleFor(const ControlModel &model, const FeatureState &state)
{
    FeatureStyle style;
    style.status = state.status;
    int first = -1, second = -1;
    double confidence = 1.0;
    for (int c : state.claims) {
        const Claim &claim = model.claims()[size_t(c)];
        confidence = std::min(confidence, claim.confidence);
        if (first < 0)
            first = claim.authority;
        else if (second < 0 && claim.authority != first)
            second = claim.authority;
    }
    style.confidence = state.claims.empty() ? 1.0 : confidence;
    if (first >= 0)
        style.primary = QColor::fromRgba(model.authorities()[size_t(first)].color);
    if (second >= 0)
        style.secondary = QColor::fromRgba(model.authorities()[size_t(second)].color);
    return style;
}

void StyleTable::compute(const CaseStudy &study, TimePoint t)
{
    study.index.stateAt(t, m_states);
    m_styles.resize(m_states.size());
    for (size_t i = 0; i < m_states.size(); ++i)
        m_styles[i] = styleFor(study.model, m_states[i]);
}

} // namespace dpa
