#include "render/inforcetally.h"

#include <algorithm>

namespace dpa {

void InForceTally::count(const ControlModel &model, const FeatureState &s, int sign)
{
    m_statuses[size_t(s.status)] += sign;
    m_titleOnly += sign * int(s.status == ControlStatus::Held && s.deJureOnly);
    bool lower = false, present = false;
    for (size_t i = 0; i < s.claims.size(); ++i) {
        const Claim &claim = model.claims()[size_t(s.claims[i])];
        lower = lower || claim.confidence < 1.0;
        present = present || claim.role == Role::Presence;
        // Each authority once per feature, however many of its claims are in force there.
        bool earlier = false;
        for (size_t j = 0; j < i && !earlier; ++j)
            earlier = model.claims()[size_t(s.claims[j])].authority == claim.authority;
        if (!earlier)
            m_authorities[size_t(claim.authority)] += sign;
    }
    m_lowerConfidence += sign * int(lower);
    m_presence += sign * int(present);
}

void InForceTally::update(const CaseStudy &study, const StyleTable &styles)
{
    const ControlModel &model = study.model;
    // Counted already (a table that starts over, all changed, is counted afresh: its
    // generations start again from one).
    if (m_generation == styles.generation() && !styles.allChanged() && m_counted.size() == size_t(styles.size()))
        return;
    const bool full = styles.allChanged() || m_generation + 1 != styles.generation() ||
                      m_counted.size() != size_t(styles.size());
    if (full) {
        m_authorities.assign(model.authorities().size(), 0);
        m_statuses.fill(0);
        m_sample.fill(-1);
        m_titleOnly = m_lowerConfidence = m_presence = 0;
        m_counted.resize(size_t(styles.size()));
        for (int f = 0; f < styles.size(); ++f) {
            m_counted[size_t(f)] = styles.state(f);
            count(model, m_counted[size_t(f)], 1);
        }
        m_approximate = false;
        for (const CaseLayer &layer : study.layers)
            for (const CaseFeature &f : layer.features)
                m_approximate = m_approximate || (f.modelIndex >= 0 && f.approximate);
    } else {
        for (int f : styles.changed()) {
            count(model, m_counted[size_t(f)], -1);
            m_counted[size_t(f)] = styles.state(f);
            count(model, m_counted[size_t(f)], 1);
        }
    }
    m_generation = styles.generation();
}

LegendContents InForceTally::contents(const StyleTable &styles)
{
    LegendContents c;
    for (size_t a = 0; a < m_authorities.size(); ++a)
        if (m_authorities[a] > 0)
            c.authorities.push_back(int(a));
    for (ControlStatus s : LegendContents::statusOrder()) {
        if (m_statuses[size_t(s)] <= 0)
            continue;
        c.statuses.push_back(s);
        // A sample of the status in the map's own colours: the last one found while it still
        // holds, else the first feature in that status (looked for only when needed).
        int &sample = m_sample[size_t(s)];
        auto fits = [&](int f) {
            const FeatureState st = styles.state(f);
            return st.status == s && !(s == ControlStatus::Held && st.deJureOnly);
        };
        if (sample < 0 || sample >= styles.size() || !fits(sample)) {
            sample = -1;
            for (int f = 0; f < styles.size() && sample < 0; ++f)
                if (fits(f))
                    sample = f;
        }
        if (sample >= 0) {
            FeatureStyle style = styles[sample];
            style.confidence = 1.0;
            style.clearPresence();
            c.samples[size_t(s)] = style;
        }
    }
    c.titleOnly = m_titleOnly > 0;
    c.lowerConfidence = m_lowerConfidence > 0;
    c.presence = m_presence > 0;
    c.approximate = m_approximate;
    return c;
}

} // namespace dpa
