#include "style/featurestyle.h"

#include <cmath>

namespace dpa {

FeatureStyle StyleTable::styleFor(const ControlModel &model, const FeatureState &state)
{
    auto colour = [&](int authority) {
        return authority < 0 ? QColor() : QColor::fromRgba(model.authorities()[size_t(authority)].color);
    };
    FeatureStyle style;
    style.status = state.status;
    style.deJureOnly = state.deJureOnly;
    for (size_t k = 0; k < state.camps.size(); ++k)
        style.addSide(colour(state.camps[k]), std::isnan(state.shares[k]) ? 0.0f : state.shares[k]);
    if (state.status == ControlStatus::Occupied)
        style.mark = colour(state.occupier);
    else if (state.status == ControlStatus::HandOver)
        style.mark = colour(state.outgoing);
    double confidence = 1.0;
    for (int c : state.claims) {
        const Claim &claim = model.claims()[size_t(c)];
        if (claim.role == Role::Presence) {
            if (!style.presence.isValid())
                style.presence = colour(claim.authority);
            continue;   // presence changes nothing else, its confidence included
        }
        confidence = std::min(confidence, claim.confidence);
    }
    style.confidence = confidence;
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
