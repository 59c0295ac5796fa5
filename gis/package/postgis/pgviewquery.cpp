#include "package/postgis/pgviewquery.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgstudytables.h"
#include "package/packagetables.h"

#include <QObject>
#include <QSet>

namespace dpa::postgis {

using namespace studytables;

Result<ViewQueryResult> queryView(const PgUri &uri, const ViewQuery &query)
{
    if (!query.box.isValid())
        return Error::plain(QObject::tr("the view to read from the database is empty"));
    ViewQueryResult result;
    result.box = query.box;
    result.tolerance = query.tolerance;
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

    // Every layer in the manifest's order, as the loader adds them; the feature layers' features
    // join the model in that order too.
    const Crs &crs = study->manifest.crs;
    QSet<QString> unreadLayers, featureLayers;
    FeatureKeys keys;
    for (const LayerSpec &spec : study->manifest.layers) {
        if (spec.id.isEmpty() || spec.file.isEmpty())
            continue;
        const bool features = spec.role == LayerSpec::Role::Features;
        const auto table = catalog->layers.constFind(spec.id);
        if (table == catalog->layers.cend()) {
            result.problems << Error::at(QString::fromLatin1(PackageManifest::kFileName), spec.line,
                                         QObject::tr("layer \"%1\" has no table in schema \"%2\"").arg(spec.id, schema));
            if (features)
                unreadLayers.insert(spec.id);
            continue;
        }
        auto layer = fetchLayerFeatures(c, schema, spec, *table, crs, query.box, result.problems, BoxUse::Features, query.tolerance);
        if (!layer) {
            result.problems << layer.error();
            if (features)
                unreadLayers.insert(spec.id);
            continue;
        }
        layer->bounds.extend(estimatedExtent(c, schema, *table, layer->fileCrs, crs));
        if (features) {
            featureLayers.insert(spec.id);
            addFeatures(*study, *layer, keys);
            result.features += qint64(layer->features.size());
        }
        study->layers.push_back(std::move(*layer));
    }

    const PackageManifest &m = study->manifest;
    ControlModel &model = study->model;
    if (auto error = readSources(c, schema, *catalog, *study, result.problems))
        return *error;
    auto claims = readClaims(c, schema, *catalog, *study, {}, {}, &keys, unreadLayers, result.problems);
    if (!claims)
        return claims.error();
    result.claims = *claims;
    if (const auto events = catalog->tables.constFind(QStringLiteral("events")); !m.eventsFile.isEmpty() && events != catalog->tables.cend()) {
        // Every feature layer is read in part: an event keeps the features of the view it
        // touches, and its references to the others are no problem of the case study. The
        // loader sums those up per layer, at line 0 (readEvents); a problem of a row has its line.
        ErrorList eventProblems;
        auto read = readTableRows(c, schema, *events, {}, {}, eventProblems,
                                  [&](const QString &path, const QString &name, ErrorList &problems) {
                                      packagetables::readEvents(path, name, m.calendar, model, problems, unreadLayers + featureLayers);
                                  });
        if (!read)
            return read.error();
        for (const Error &e : std::as_const(eventProblems))
            if (e.line != 0 || e.file != m.eventsFile)
                result.problems << e;
    }
    if (!query.periodMapFolder.isEmpty())
        if (auto error = writePeriodMaps(c, schema, *study, query.periodMapFolder, [](const PeriodMapSpec &) { return true; }))
            return *error;
    if (auto error = reading->snapshot.transaction->commit())
        return *error;
    study->index = ClaimIndex(study->model);
    study->indexFeatures();
    result.study = std::move(study);
    return result;
}

} // namespace dpa::postgis
