#include "model/statusrule.h"
#include "model/claimprecedence.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dpa {
namespace {

bool governs(Role r) { return r == Role::Control || r == Role::Claim; }

} // namespace

bool isHandOver(const Claim &outgoing, const Claim &incoming)
{
    const DateInterval &a = outgoing.interval, &b = incoming.interval;
    if (!a.end || !b.start)
        return false;
    // The incoming claim must start after the outgoing one and outlast it.
    if (b.from() <= a.from() || b.to() <= a.to())
        return false;
    const TimePoint overlapFrom = b.from(), overlapTo = a.to();
    if (overlapFrom >= overlapTo)
        return false;   // they do not overlap at all
    auto within = [&](const HistoricalDate &d) { return d.earliest() <= overlapFrom && overlapTo <= d.latestExclusive(); };
    return within(*a.end) || within(*b.start);
}

ControlReading readClaimsInForce(const ControlModel &model, std::span<const int> claimsInForce)
{
    ControlReading r;
    r.claims.append(claimsInForce.data(), qsizetype(claimsInForce.size()));
    sortByPrecedence(model, std::span<int>(r.claims.data(), size_t(r.claims.size())));
    const auto &claims = model.claims();
    auto claim = [&](int c) -> const Claim & { return claims[size_t(c)]; };
    auto blocOfClaim = [&](int c) { return model.blocOf(claim(c).authority); };

    // Outgoing: a governing claim met by a rival governing claim within the precision of dates.
    FewInForce<int> outgoing;
    for (int a : r.claims) {
        if (!governs(claim(a).role))
            continue;
        for (int b : r.claims)
            if (governs(claim(b).role) && blocOfClaim(a) != blocOfClaim(b) && isHandOver(claim(a), claim(b))) {
                outgoing.push_back(a);
                break;
            }
    }
    auto isOutgoing = [&](int c) { return std::find(outgoing.begin(), outgoing.end(), c) != outgoing.end(); };

    bool contested = false;
    FewInForce<int> occupiers, camps, campBlocs;
    FewInForce<bool> campControls;
    FewInForce<double> campShares;     // sum of stated control shares, NaN when none stated
    FewInForce<bool> campHasShare;
    auto campOf = [&](int authority) {
        const int bloc = model.blocOf(authority);
        const auto it = std::find(campBlocs.begin(), campBlocs.end(), bloc);
        if (it != campBlocs.end())
            return int(it - campBlocs.begin());
        campBlocs.push_back(bloc);
        camps.push_back(authority);
        campControls.push_back(false);
        campShares.push_back(0.0);
        campHasShare.push_back(false);
        return int(camps.size()) - 1;
    };
    for (int c : r.claims) {
        const Claim &cl = claim(c);
        switch (cl.role) {
        case Role::Presence:
            break;
        case Role::Occupation:
            if (occupiers.empty() || model.blocOf(occupiers.front()) != model.blocOf(cl.authority))
                occupiers.push_back(cl.authority);
            break;
        case Role::Contested:
            contested = true;
            campOf(cl.authority);
            break;
        case Role::Control:
        case Role::Claim:
            if (isOutgoing(c))
                break;
            const int k = campOf(cl.authority);
            if (cl.role == Role::Control) {
                campControls[size_t(k)] = true;
                if (!std::isnan(cl.share)) {
                    campShares[size_t(k)] += cl.share;
                    campHasShare[size_t(k)] = true;
                }
            }
            break;
        }
    }
    if (!outgoing.empty())
        r.outgoing = claim(outgoing.front()).authority;

    // Shares: stated ones as given; camps that control without a stated share split the rest.
    int withoutShare = 0;
    double stated = 0;
    for (size_t k = 0; k < size_t(camps.size()); ++k) {
        if (campHasShare[k])
            stated += campShares[k];
        else if (campControls[k])
            ++withoutShare;
    }
    int sharing = 0;
    for (size_t k = 0; k < size_t(camps.size()); ++k)
        sharing += campHasShare[k] ? 1 : 0;
    const double rest = withoutShare > 0 ? std::max(0.0, 1.0 - stated) / withoutShare : 0.0;

    r.camps.append(camps.constData(), camps.size());
    r.deJureOnly = !camps.empty() && std::none_of(campControls.begin(), campControls.end(), [](bool b) { return b; });
    if (contested) {
        r.status = ControlStatus::Contested;
    } else if (!occupiers.empty()) {
        r.status = ControlStatus::Occupied;
        r.occupier = occupiers.front();
        // The camps shown are the title holders; the occupier's own bloc is not one of them.
        const int occupierBloc = model.blocOf(r.occupier);
        r.camps.clear();
        for (size_t k = 0; k < size_t(camps.size()); ++k)
            if (campBlocs[k] != occupierBloc)
                r.camps.push_back(camps[k]);
    } else if (camps.size() >= 2) {
        int controlling = 0;
        for (bool b : campControls)
            controlling += b ? 1 : 0;
        if (sharing > 0 && controlling >= 2) {
            r.status = ControlStatus::Divided;
            for (size_t k = 0; k < size_t(camps.size()); ++k)
                r.shares.push_back(float(campHasShare[k] ? campShares[k] : campControls[k] ? rest : 0.0));
        } else {
            r.status = ControlStatus::Dual;
        }
    } else if (camps.size() == 1) {
        r.status = r.outgoing >= 0 ? ControlStatus::HandOver : ControlStatus::Held;
    }
    if (r.shares.empty())
    {
        r.shares.resize(r.camps.size());
        std::fill(r.shares.begin(), r.shares.end(), std::numeric_limits<float>::quiet_NaN());
    }
    return r;
}

} // namespace dpa
