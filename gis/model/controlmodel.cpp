#include "model/controlmodel.h"
#include "core/parallelchunks.h"

namespace dpa {

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("control")) return Role::Control;
    if (name == QLatin1String("claim")) return Role::Claim;
    if (name == QLatin1String("contested")) return Role::Contested;
    if (name == QLatin1String("occupation")) return Role::Occupation;
    if (name == QLatin1String("presence")) return Role::Presence;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Control: return QStringLiteral("control");
    case Role::Claim: return QStringLiteral("claim");
    case Role::Contested: return QStringLiteral("contested");
    case Role::Occupation: return QStringLiteral("occupation");
    case Role::Presence: return QStringLiteral("presence");
    }
    return {};
}

QString roleNames()
{
    return QStringLiteral("control, claim, contested, occupation, presence");
}

int ControlModel::addAuthority(Authority a)
{
    const int index = int(m_authorities.size());
    m_authorityIndex.insert(a.id, index);
    // A lone authority's key cannot collide with a bloc name: names never hold \x01.
    const QString blocKey = a.bloc.isEmpty() ? QStringLiteral("\x01") + a.id : a.bloc;
    int bloc = m_blocIndex.value(blocKey, -1);
    if (bloc < 0) {
        bloc = int(m_blocNames.size());
        m_blocIndex.insert(blocKey, bloc);
        m_blocNames.push_back(a.bloc.isEmpty() ? a.id : a.bloc);
    }
    m_authorityBloc.push_back(bloc);
    m_authorities.push_back(std::move(a));
    return index;
}

int ControlModel::addFeature(const FeatureKey &key)
{
    if (int existing = featureIndex(key); existing >= 0)
        return existing;
    const int index = int(m_features.size());
    m_featureIndex.insert(key, index);
    m_features.push_back(key);
    return index;
}

int ControlModel::addClaim(Claim c)
{
    Q_ASSERT(c.feature >= 0 && c.feature < int(m_features.size()));
    Q_ASSERT(c.authority >= 0 && c.authority < int(m_authorities.size()));
    m_claimBounds.push_back({c.interval.from(), c.interval.to()});
    m_claims.push_back(std::move(c));
    return int(m_claims.size()) - 1;
}

void ControlModel::addClaims(std::vector<Claim> &&claims)
{
    const size_t first = m_claims.size();
    if (first == 0) {
        m_claims = std::move(claims);
    } else {
        m_claims.reserve(first + claims.size());
        std::move(claims.begin(), claims.end(), std::back_inserter(m_claims));
    }
    claims = {};
    m_claimBounds.resize(m_claims.size());
    parallelChunks(m_claims.size() - first, 50000, [&](size_t begin, size_t end, int) {
        for (size_t c = first + begin; c < first + end; ++c) {
            const Claim &claim = m_claims[c];
            Q_ASSERT(claim.feature >= 0 && claim.feature < int(m_features.size()));
            Q_ASSERT(claim.authority >= 0 && claim.authority < int(m_authorities.size()));
            m_claimBounds[c] = {claim.interval.from(), claim.interval.to()};
        }
    });
}

void ControlModel::addSource(Source s)
{
    m_sourceIndex.insert(s.id, int(m_sources.size()));
    m_sources.push_back(std::move(s));
}

const Source *ControlModel::source(const QString &id) const
{
    const int i = m_sourceIndex.value(id, -1);
    return i < 0 ? nullptr : &m_sources[size_t(i)];
}

QList<int> ControlModel::claimsOf(int feature) const
{
    QList<int> out;
    for (size_t i = 0; i < m_claims.size(); ++i)
        if (m_claims[i].feature == feature)
            out << int(i);
    return out;
}

} // namespace dpa
