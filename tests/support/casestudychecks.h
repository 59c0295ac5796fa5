#pragma once

// Checks shared by the tests of the bundled case studies: the state of a feature on a date as
// the tests' tables write it, and what the sourcing needs beyond what validation enforces.

#include "package/casestudy.h"
#include "package/csvtable.h"
#include "time/historicaldate.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

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

// A keyDates table's authorities: exact ("a,b": in the documented precedence, de facto first),
// or, braced ("{a,b}"), as a set: for claims of one role in force together, whose order no
// source gives (testroworder checks that the order of rows never enters either).
inline bool sameAuthorities(const QString &actual, const QString &expected)
{
    if (!expected.startsWith(QLatin1Char('{')))
        return actual == expected;
    const QStringList want = expected.mid(1, expected.size() - 2).split(QLatin1Char(','));
    const QStringList got = actual.split(QLatin1Char(','));
    return QSet<QString>(want.begin(), want.end()) == QSet<QString>(got.begin(), got.end()) && want.size() == got.size();
}

// Every load problem on a line of its own, for a test's failure message.
inline QString problemsText(const ErrorList &problems)
{
    QStringList lines;
    for (const Error &e : problems)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// What validation leaves to the author, and the bundled case studies promise (datasets/README.md:
// a claim's `note` says what its sources say, or why the dates are uncertain). Validation already
// refuses a claim without a source and a source without a citation; it accepts these, so each
// is a line here:
//  - a claim with an empty note: the Inspector would show a claim with nothing to read;
//  - a source cited with a colon and nothing after it ("tombs1999:"): a page or other locator
//    begun and left out, which the loader silently reads as no locator (read from the raw CSV);
//  - a cited source whose url is not an http(s) address (the Inspector makes it a link).
// `folder` is the package's folder (for the raw claims.csv).
inline QStringList sourcingGaps(const CaseStudy &study, const QString &folder)
{
    QStringList lines;
    QSet<QString> cited;
    for (const Claim &c : study.model.claims()) {
        if (c.note.trimmed().isEmpty())
            lines << QStringLiteral("claims.csv:%1: no note saying what the sources say").arg(c.line);
        for (const SourceRef &r : c.sources)
            cited << r.sourceId;
    }
    const auto table = CsvTable::read(folder + QStringLiteral("/claims.csv"), QStringLiteral("claims.csv"));
    if (!table)
        return lines << table.error().toString();
    for (const CsvTable::Row &row : table->rows())
        for (const QString &item : table->cell(row, QStringLiteral("sources")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (item.contains(QLatin1Char(':')) && item.section(QLatin1Char(':'), 1).trimmed().isEmpty())
                lines << QStringLiteral("claims.csv:%1: \"%2\" has nothing after its colon").arg(row.line).arg(item.trimmed());
    for (const QString &id : cited) {
        const Source *s = study.model.source(id);
        if (!s || s->url.isEmpty())
            continue;
        const QUrl url(s->url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
            lines << QStringLiteral("sources.csv: \"%1\" has url \"%2\", not an http(s) address").arg(id, s->url);
    }
    return lines;
}

} // namespace dpa::test
