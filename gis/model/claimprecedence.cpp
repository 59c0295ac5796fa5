#include "model/claimprecedence.h"

#include <algorithm>
#include <cmath>

namespace dpa {
namespace {

QString sourcesText(const Claim &c)
{
    QStringList parts;
    for (const SourceRef &r : c.sources)
        parts << r.toString();
    return parts.join(QLatin1Char(';'));
}

} // namespace

int roleRank(Role role)
{
    switch (role) {
    case Role::Control: return 0;
    case Role::Occupation: return 1;
    case Role::Claim: return 2;
    case Role::Contested: return 3;
    case Role::Presence: return 4;
    }
    return 5;
}

bool claimPrecedes(const ControlModel &model, int a, int b)
{
    const Claim &x = model.claims()[size_t(a)];
    const Claim &y = model.claims()[size_t(b)];
    if (roleRank(x.role) != roleRank(y.role))
        return roleRank(x.role) < roleRank(y.role);
    if (x.confidence != y.confidence)
        return x.confidence > y.confidence;
    if (const TimePoint xf = model.claimFrom(a), yf = model.claimFrom(b); xf != yf)
        return xf < yf;
    if (x.authority != y.authority)
        return x.authority < y.authority;
    if (const TimePoint xt = model.claimTo(a), yt = model.claimTo(b); xt != yt)
        return xt < yt;
    const double xs = std::isnan(x.share) ? 2.0 : x.share, ys = std::isnan(y.share) ? 2.0 : y.share;
    if (xs != ys)
        return xs > ys;
    if (const int n = x.note.compare(y.note); n != 0)
        return n < 0;
    return sourcesText(x) < sourcesText(y);
}

void sortByPrecedence(const ControlModel &model, std::span<int> claims)
{
    auto precedes = [&](int a, int b) { return claimPrecedes(model, a, b); };
    // The claims in force over one feature are a handful: a stable insertion sort, without the
    // buffer std::stable_sort allocates on every call (the claim index sorts once per segment).
    if (claims.size() <= 16) {
        for (size_t i = 1; i < claims.size(); ++i) {
            const int c = claims[i];
            size_t j = i;
            for (; j > 0 && precedes(c, claims[j - 1]); --j)
                claims[j] = claims[j - 1];
            claims[j] = c;
        }
        return;
    }
    std::stable_sort(claims.begin(), claims.end(), precedes);
}

} // namespace dpa
