#include "style/featurestyle.h"
#include "core/parallelchunks.h"

#include <cmath>

namespace dpa {

// A cache line a feature (it was 152 bytes with QColors).
static_assert(sizeof(FeatureStyle) <= 64);

FeatureStyle StyleTable::styleFor(const ControlModel &model, const FeatureState &state)
{
    auto colour = [&](int authority) { return model.authorities()[size_t(authority)].color; };
    FeatureStyle style;
    style.status = state.status;
    style.deJureOnly = state.deJureOnly;
    for (size_t k = 0; k < state.camps.size(); ++k)
        style.addSideRgba(colour(state.camps[k]), std::isnan(state.shares[k]) ? 0.0f : state.shares[k]);
    const int mark = state.status == ControlStatus::Occupied   ? state.occupier
                     : state.status == ControlStatus::HandOver ? state.outgoing
                                                               : -1;
    if (mark >= 0)
        style.setMarkRgba(colour(mark));
    // Presence changes nothing else, its confidence included (the index read both once).
    if (state.presence >= 0)
        style.setPresenceRgba(colour(state.presence));
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
    // Each feature's segment and style lie far from the last one's: both are asked for a few
    // features ahead, so memory is read while the features before are restyled.
    constexpr size_t kAhead = 8;
    parallelChunks(changed.size(), 2000, [&](size_t begin, size_t end, int) {
        for (size_t k = begin; k < end; ++k) {
            if (k + kAhead < end) {
                m_sweep->prefetch(changed[k + kAhead]);
                __builtin_prefetch(&m_styles[size_t(changed[k + kAhead])], 1);
            }
            m_styles[size_t(changed[k])] = styleFor(study.model, m_sweep->state(changed[k]));
        }
    });
    m_allChanged = false;
}

} // namespace dpa
