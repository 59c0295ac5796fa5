#include "model/claimchecks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dpa {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("dpa::ClaimChecks", text); }

bool overlap(const Claim &a, const Claim &b)
{
    return std::max(a.interval.from(), b.interval.from()) < std::min(a.interval.to(), b.interval.to());
}

} // namespace

ErrorList checkClaimsTogether(const ControlModel &model, const QString &claimsFile)
{
    ErrorList problems;
    const auto &claims = model.claims();
    std::vector<std::vector<int>> byFeature(model.features().size());
    for (size_t i = 0; i < claims.size(); ++i)
        byFeature[size_t(claims[i].feature)].push_back(int(i));
    for (const std::vector<int> &mine : byFeature) {
        // Shares: sum over the claims in force at each claim's start, the only moments a sum grows.
        for (int i : mine) {
            const Claim &c = claims[size_t(i)];
            if (c.role != Role::Control || std::isnan(c.share))
                continue;
            double sum = 0;
            int lines = 0;
            QStringList others;
            for (int j : mine) {
                const Claim &d = claims[size_t(j)];
                if (d.role == Role::Control && !std::isnan(d.share) && d.interval.contains(c.interval.from())) {
                    sum += d.share;
                    ++lines;
                    if (j != i)
                        others << QString::number(d.line);
                }
            }
            if (sum > 1.0 + 1e-9)
                problems << Error::at(claimsFile, c.line,
                                      tr("the shares of %1 in force on this claim's start add up to %2, more than 1 "
                                         "(with line(s) %3)")
                                          .arg(model.features()[size_t(c.feature)].toString())
                                          .arg(sum, 0, 'g', 4)
                                          .arg(others.join(QStringLiteral(", "))));
        }
        for (int i : mine) {
            const Claim &occupation = claims[size_t(i)];
            if (occupation.role != Role::Occupation)
                continue;
            for (int j : mine) {
                const Claim &title = claims[size_t(j)];
                if ((title.role == Role::Control || title.role == Role::Claim) &&
                    model.blocOf(title.authority) == model.blocOf(occupation.authority) && overlap(occupation, title)) {
                    problems << Error::at(claimsFile, occupation.line,
                                          tr("occupation by \"%1\" while \"%2\" of the same bloc holds or claims %3 "
                                             "(line %4): an occupier is a foreign force; use control for one's own camp")
                                              .arg(model.authorities()[size_t(occupation.authority)].id,
                                                   model.authorities()[size_t(title.authority)].id,
                                                   model.features()[size_t(occupation.feature)].toString())
                                              .arg(title.line));
                    break;
                }
            }
        }
    }
    return problems;
}

} // namespace dpa
