#include "statesummary.h"

#include <cmath>

namespace dpa {

QString StateSummary::role(Role role)
{
    switch (role) {
    case Role::Control: return tr("control", "a claim's role: power held de facto");
    case Role::Claim: return tr("claim", "a claim's role: a de jure title");
    case Role::Contested: return tr("contested", "a claim's role: open fighting over the feature");
    case Role::Occupation: return tr("occupation", "a claim's role: a foreign force holding the feature");
    case Role::Presence: return tr("presence", "a claim's role: troops or officials present without governing");
    }
    return roleName(role);
}

QString StateSummary::sentence(const CaseStudy &study, const FeatureState &state, const QString &language)
{
    const ControlModel &m = study.model;
    auto name = [&](int a) { return a < 0 ? tr("nobody recorded") : m.authorities()[size_t(a)].name.text(language); };
    auto names = [&](std::span<const int> ids, size_t from) {
        QStringList out;
        for (size_t i = from; i < ids.size(); ++i)
            out << name(ids[i]);
        return out.join(QStringLiteral(", "));
    };
    const QString title = statusTitle(state.status);
    switch (state.status) {
    case ControlStatus::Held:
        return state.deJureOnly ? tr("%1 by title only: %2 claims it, nobody is recorded holding it").arg(title, name(state.camps.front()))
                                : tr("%1 by %2").arg(title, name(state.camps.front()));
    case ControlStatus::Dual:
        return state.deJureOnly
                   ? tr("%1: rival titles of %2 and %3, nobody recorded holding it").arg(title, name(state.camps.front()), names(state.camps, 1))
                   : tr("%1: %2 holds it de facto; %3 also in force").arg(title, name(state.camps.front()), names(state.camps, 1));
    case ControlStatus::Divided: {
        QStringList parts;
        for (size_t k = 0; k < state.camps.size(); ++k)
            if (!std::isnan(state.shares[k]) && state.shares[k] > 0)
                parts << tr("%1 %2 %").arg(name(state.camps[k])).arg(std::lround(state.shares[k] * 100));
        return tr("%1: %2").arg(title, parts.join(QStringLiteral(", ")));
    }
    case ControlStatus::Occupied:
        return state.camps.empty() ? tr("%1 by %2").arg(title, name(state.occupier))
                                   : tr("%1 by %2; title: %3").arg(title, name(state.occupier), names(state.camps, 0));
    case ControlStatus::Contested:
        return tr("%1: fighting between %2").arg(title, names(state.camps, 0));
    case ControlStatus::HandOver:
        return tr("%1 from %2 to %3").arg(title, name(state.outgoing), name(state.camps.front()));
    case ControlStatus::Unknown:
        break;
    }
    return title;
}

QString StateSummary::presence(const CaseStudy &study, const FeatureState &state, const QString &language)
{
    QStringList present;
    for (int c : state.claims) {
        const Claim &claim = study.model.claims()[size_t(c)];
        if (claim.role == Role::Presence)
            present << study.model.authorities()[size_t(claim.authority)].name.text(language);
    }
    return present.isEmpty() ? QString() : tr("present without governing: %1").arg(present.join(QStringLiteral(", ")));
}

} // namespace dpa
