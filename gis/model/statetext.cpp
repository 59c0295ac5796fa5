#include "model/statetext.h"

#include <cmath>

namespace dpa::statetext {

QString claimsInForce(const ControlModel &model, const FeatureState &state)
{
    QStringList parts;
    for (int c : state.claims) {
        const Claim &claim = model.claims()[size_t(c)];
        QString part = model.authorities()[size_t(claim.authority)].id + QLatin1Char(':') + roleName(claim.role);
        if (!std::isnan(claim.share))
            part += QLatin1Char('@') + QString::number(claim.share, 'g', 4);
        parts << part;
    }
    return parts.join(QLatin1Char(';'));
}

QString camps(const ControlModel &model, const FeatureState &state)
{
    QStringList ids;
    for (int a : state.camps)
        ids << model.authorities()[size_t(a)].id;
    return ids.join(QLatin1Char(';'));
}

QString authorityId(const ControlModel &model, int authority)
{
    return authority < 0 ? QString() : model.authorities()[size_t(authority)].id;
}

QString shares(const FeatureState &state)
{
    if (state.status != ControlStatus::Divided)
        return {};
    QStringList parts;
    for (float s : state.shares)
        parts << QString::number(double(s), 'g', 4);
    return parts.join(QLatin1Char(';'));
}

} // namespace dpa::statetext
