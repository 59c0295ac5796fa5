#include "style/featurestyle.h"
#include "core/parallelchunks.h"

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
    // Presence changes nothing else, its confidence included (the index read both once).
    style.presence = colour(state.presence);
    style.confidence = state.confidence;
    return style;
}

void StyleTable::compute(const CaseStudy &study, TimePoint t)
{
    // Asked again for the time it holds (a frame places its legend, then draws): nothing to do,
    // and the consumers that are up to date stay so.
    if (m_study == &study && m_sweep && t == m_time)
        return;
    m_time = t;
    ++m_generation;
    if (m_study != &study || !m_sweep) {
        m_study = &study;
        m_sweep.emplace(study.index, t);
        m_styles.resize(size_t(study.index.featureCount()));
        for (int i = 0; i < study.index.featureCount(); ++i)
            m_styles[size_t(i)] = styleFor(study.model, m_sweep->state(i));
        m_allChanged = true;
        return;
    }
    m_sweep->moveTo(t);
    // A day of a national case study can restyle thousands: on every core, each its own share.
    const std::vector<int> &changed = m_sweep->changedFeatures();
    parallelChunks(changed.size(), 2000, [&](size_t begin, size_t end, int) {
        for (size_t k = begin; k < end; ++k)
            m_styles[size_t(changed[k])] = styleFor(study.model, m_sweep->state(changed[k]));
    });
    m_allChanged = false;
}

} // namespace dpa
