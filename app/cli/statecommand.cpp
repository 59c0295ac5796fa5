#include "clicommands.h"
#include "boxoption.h"
#include "clicontext.h"
#include "clitext.h"
#include "model/statetext.h"
#include "package/postgis/pgfeaturefetch.h"

#include <cmath>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpa::cli {
namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

int runState(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Status and authorities of every feature on a date."));
    parser.addHelpOption();
    addDatasetAtDateOptions(parser);
    parser.addOption({QStringLiteral("format"), tr("csv (default) or json"), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    addBoxOptions(parser, tr("only the features whose bounding box meets this box, in the case study's CRS unless "
                             "--bbox-crs says otherwise (a pg: dataset then reads only those from the database)"));
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(tr("unknown format \"%1\": use csv or json").arg(format));
    std::optional<BoxOption> boxOption;
    if (!takeBoxOptions(parser, boxOption))
        return UsageError;
    int exitCode = Ok;
    const auto request = takeDateRequest(parser, QStringLiteral("state"), exitCode);
    if (!request)
        return exitCode;
    const HistoricalDate &date = request->date;
    const Calendar cal = request->calendar;
    const TimePoint t = date.queryTime();
    // A case study in PostgreSQL gives what this date and box need (features chosen by the box
    // already); any other, or one pushed before the time index, is read whole and filtered here.
    std::optional<LoadedDataset> loaded;
    std::optional<BoundingBox> box;   // in the case study's CRS
    bool boxApplied = false;
    if (postgis::PgUri::isPgUri(request->dataset)) {
        if (boxOption && !(box = boxInDatabaseStudyCrs(*boxOption, request->dataset, exitCode)))
            return exitCode;
        loaded = queryDatabase(request->dataset, {t, box, {}}, exitCode);
        if (exitCode != Ok)
            return exitCode;
        boxApplied = loaded.has_value();
    }
    if (!loaded && !(loaded = loadDataset(request->dataset, exitCode)))
        return exitCode;
    const CaseStudy &study = *loaded->result.study;
    if (boxOption && !box && !(box = boxInStudyCrs(*boxOption, study.manifest.crs)))
        return UsageError;
    if (box)
        warnIfBoxMissesStudy(*box, study, request->dataset, boxApplied);
    FeatureStates states;
    study.index.stateAt(t, states);

    QJsonArray features;
    if (format == QLatin1String("csv"))
        out() << "layer,id,name,status,holder,camps,occupier,outgoing,shares,authorities,approximate\n";
    for (const CaseLayer &layer : study.layers) {
        for (const CaseFeature &f : layer.features) {
            if (f.modelIndex < 0 || (box && !boxApplied && !postgis::featureMeetsBox(f.geometry, *box)))
                continue;
            const FeatureState &s = states[size_t(f.modelIndex)];
            const ControlModel &m = study.model;
            QJsonArray claims;
            for (int c : s.claims) {
                const Claim &claim = study.model.claims()[size_t(c)];
                const QString authority = study.model.authorities()[size_t(claim.authority)].id;
                QStringList sources;
                for (const SourceRef &r : claim.sources)
                    sources << r.toString();
                QJsonObject json{{QStringLiteral("authority"), authority},
                                          {QStringLiteral("bloc"), m.blocName(m.blocOf(claim.authority))},
                                          {QStringLiteral("role"), roleName(claim.role)},
                                          {QStringLiteral("interval"), claim.interval.toEdtf()},
                                          {QStringLiteral("confidence"), claim.confidence},
                                          {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                                          {QStringLiteral("note"), claim.note}};
                if (!std::isnan(claim.share))
                    json.insert(QStringLiteral("share"), claim.share);
                claims.append(json);
            }
            if (format == QLatin1String("csv")) {
                out() << csvField(layer.spec.id) << ',' << csvField(f.id) << ',' << csvField(f.name.text()) << ','
                      << statusName(s.status) << ',' << statetext::authorityId(m, s.deFactoHolder()) << ','
                      << csvField(statetext::camps(m, s)) << ',' << statetext::authorityId(m, s.occupier) << ','
                      << statetext::authorityId(m, s.outgoing) << ',' << csvField(statetext::shares(s)) << ','
                      << csvField(statetext::claimsInForce(m, s)) << ',' << (f.approximate ? "true" : "false") << '\n';
            } else {
                features.append(QJsonObject{{QStringLiteral("layer"), layer.spec.id},
                                            {QStringLiteral("id"), f.id},
                                            {QStringLiteral("name"), f.name.text()},
                                            {QStringLiteral("status"), statusName(s.status)},
                                            {QStringLiteral("holder"), statetext::authorityId(m, s.deFactoHolder())},
                                            {QStringLiteral("camps"), QJsonArray::fromStringList(statetext::camps(m, s).split(QLatin1Char(';'), Qt::SkipEmptyParts))},
                                            {QStringLiteral("occupier"), statetext::authorityId(m, s.occupier)},
                                            {QStringLiteral("outgoing"), statetext::authorityId(m, s.outgoing)},
                                            {QStringLiteral("shares"), statetext::shares(s)},
                                            {QStringLiteral("approximate"), f.approximate},
                                            {QStringLiteral("claims"), claims}});
            }
        }
    }
    if (format == QLatin1String("json")) {
        QList<Calendar> calendars = study.manifest.displayCalendars;
        if (!calendars.contains(cal))
            calendars.prepend(cal);
        const QJsonObject doc{{QStringLiteral("dataset"), study.manifest.id},
                              {QStringLiteral("date"), date.toEdtf()},
                              {QStringLiteral("calendar"), calendar::name(cal)},
                              // with the time of day when one was asked for ("…, 23:00")
                              {QStringLiteral("date_display"), datetext::formatMoment(t, calendars, date.precision() == HistoricalDate::Precision::Minute)},
                              {QStringLiteral("features"), features}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }
    out().flush();
    return Ok;
}

} // namespace dpa::cli
