#include "package/postgis/pgstatequery.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgstudytables.h"
#include "package/packagetables.h"

#include <QObject>
#include <QSet>

namespace dpa::postgis {

using namespace studytables;

Result<StateQueryResult> queryState(const PgUri &uri, const StateQuery &query)
{
    StateQueryResult result;
    auto reading = beginReading(uri, result.problems);
    if (!reading)
        return reading.error();
    if (!reading->indexed) {
        result.indexed = false;
        return result;
    }
    PgConnection &c = reading->connection();
    const QString &schema = uri.schema();
    const std::shared_ptr<CaseStudy> &study = reading->study;
    const Catalog *catalog = &reading->catalog;

    // The feature layers, in the manifest's order, as the loader adds them to the model; context
    // layers are listed without features (a state has nothing to say of them).
    // A picture of a box draws the features in it, but its legend and captions speak of the whole
    // study at that date: it reads every feature's state (ids and claims in force) and the
    // geometry of those in the box alone.
    const bool picture = !query.pictureFolder.isEmpty();
    QSet<QString> unreadLayers;
    FeatureKeys keys;
    for (const LayerSpec &spec : study->manifest.layers) {
        if (spec.id.isEmpty() || spec.file.isEmpty())
            continue;
        const auto table = catalog->layers.constFind(spec.id);
        if (spec.role != LayerSpec::Role::Features) {
            auto context = query.pictureFolder.isEmpty() || table == catalog->layers.cend()
                               ? Result<CaseLayer>(CaseLayer{spec, {}, {}, {}})
                               : fetchLayerFeatures(c, schema, spec, *table, study->manifest.crs, query.box, result.problems);
            if (!context)
                result.problems << context.error();
            else
                study->layers.push_back(std::move(*context));
            continue;
        }
        if (table == catalog->layers.cend()) {
            result.problems << Error::at(QString::fromLatin1(PackageManifest::kFileName), spec.line,
                                         QObject::tr("layer \"%1\" has no table in schema \"%2\"").arg(spec.id, schema));
            unreadLayers.insert(spec.id);
            continue;
        }
        auto layer = fetchLayerFeatures(c, schema, spec, *table, study->manifest.crs, query.box, result.problems,
                                        picture ? BoxUse::GeometryOnly : BoxUse::Features);
        if (!layer) {
            result.problems << layer.error();
            unreadLayers.insert(spec.id);
            continue;
        }
        addFeatures(*study, *layer, keys);
        result.features += qint64(layer->features.size());
        study->layers.push_back(std::move(*layer));
    }

    const PackageManifest &m = study->manifest;
    ControlModel &model = study->model;
    if (auto error = readSources(c, schema, *catalog, *study, result.problems))
        return *error;
    // Written as the index is built (claimtimes::kRange), so the planner can use it. In a box,
    // only the claims of the features found; everywhere, every claim in force, so that one about
    // a feature no layer has is reported as the loader reports it.
    auto claims = readClaims(c, schema, *catalog, *study, QStringLiteral("%1 @> $1::bigint").arg(QLatin1String(claimtimes::kRange)),
                             {PgParam::number(query.time)}, query.box && !picture ? &keys : nullptr, unreadLayers, result.problems);
    if (!claims)
        return claims.error();
    result.claims = *claims;
    if (const auto events = catalog->tables.constFind(QStringLiteral("events")); picture && !m.eventsFile.isEmpty()
                                                                                   && events != catalog->tables.cend()) {
        auto read = readTableRows(c, schema, *events, {}, {}, result.problems,
                                  [&](const QString &path, const QString &name, ErrorList &problems) {
                                      packagetables::readEvents(path, name, m.calendar, model, problems, unreadLayers);
                                  });
        if (!read)
            return read.error();
    }
    if (picture)
        if (auto error = writePeriodMaps(c, schema, *study, query.pictureFolder,
                                         [&](const PeriodMapSpec &spec) { return spec.valid.contains(query.time); }))
            return *error;
    if (auto error = reading->snapshot.transaction->commit())
        return *error;
    study->index = ClaimIndex(study->model);
    study->indexFeatures();
    result.study = std::move(study);
    return result;
}

} // namespace dpa::postgis
