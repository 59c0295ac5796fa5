#pragma once

// Checks shared by the tests of the bundled case studies: the state of a feature on a date as
// the tests' tables write it, and the sourcing rule.

#include "package/casestudy.h"
#include "time/historicaldate.h"

#include <QStringList>

namespace dpa::test {

struct StateOnDate
{
    bool found = false;
    QString status;
    QString authorities;   // ids in force, de facto first, each once: "soviet,provgov"
    QString holder;        // the de facto holder's id, "" when none (FeatureState::deFactoHolder)
};

// `feature` is "layer/id"; `date` is EDTF in `calendar` (a date without a time means noon).
inline StateOnDate stateOnDate(const CaseStudy &study, const QString &feature, const QString &date, Calendar calendar)
{
    const int slash = feature.indexOf(QLatin1Char('/'));
    const int f = study.model.featureIndex({feature.left(slash), feature.mid(slash + 1)});
    const auto when = HistoricalDate::parse(date, calendar);
    if (f < 0 || !when)
        return {};
    const FeatureState s = study.index.stateOf(f, when->queryTime());
    QStringList ids;
    for (int c : s.claims) {
        const QString id = study.model.authorities()[size_t(study.model.claims()[size_t(c)].authority)].id;
        if (!ids.contains(id))
            ids << id;
    }
    const int holder = s.deFactoHolder();
    return {true, statusName(s.status), ids.join(QLatin1Char(',')),
            holder < 0 ? QString() : study.model.authorities()[size_t(holder)].id};
}

// Every load problem on a line of its own, for a test's failure message.
inline QString problemsText(const ErrorList &problems)
{
    QStringList lines;
    for (const Error &e : problems)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// "claims.csv:N" for every claim that cites no source or a source without a citation.
inline QStringList unsourcedClaims(const CaseStudy &study)
{
    QStringList lines;
    for (const Claim &c : study.model.claims()) {
        bool ok = !c.sources.isEmpty();
        for (const SourceRef &r : c.sources) {
            const Source *s = study.model.source(r.sourceId);
            ok = ok && s && !s->citation.isEmpty();
        }
        if (!ok)
            lines << QStringLiteral("claims.csv:%1").arg(c.line);
    }
    return lines;
}

} // namespace dpa::test
