#include "package/casestudy.h"

namespace dpa {

const CaseLayer *CaseStudy::layer(const QString &id) const
{
    for (const CaseLayer &l : layers)
        if (l.spec.id == id)
            return &l;
    return nullptr;
}

const CaseFeature *CaseStudy::feature(int modelIndex) const
{
    if (modelIndex < 0 || modelIndex >= int(m_featureLocation.size()))
        return nullptr;
    const auto [l, f] = m_featureLocation[size_t(modelIndex)];
    if (l < 0)
        return nullptr;
    return &layers[size_t(l)].features[size_t(f)];
}

void CaseStudy::indexFeatures()
{
    m_featureLocation.assign(model.features().size(), {-1, -1});
    for (size_t l = 0; l < layers.size(); ++l)
        for (size_t f = 0; f < layers[l].features.size(); ++f)
            if (const int m = layers[l].features[f].modelIndex; m >= 0 && size_t(m) < m_featureLocation.size())
                m_featureLocation[size_t(m)] = {int(l), int(f)};
}

BoundingBox CaseStudy::featureBounds() const
{
    BoundingBox box;
    for (const CaseLayer &l : layers)
        if (l.spec.role == LayerSpec::Role::Features)
            box.extend(l.bounds);
    return box;
}

TimePoint CaseStudy::defaultTime() const
{
    if (manifest.defaultDate)
        return manifest.defaultDate->queryTime();
    return manifest.period.start ? manifest.period.start->queryTime() : 0;
}

} // namespace dpa
