#include "package/postgis/pgviewquery.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgclaimfeatures.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgstudytables.h"
#include "package/packagetables.h"
#include "io/coordinatetransform.h"

#include <QObject>
#include <QSet>

namespace dpa::postgis {
namespace {

using namespace studytables;

// The whole layer's extent in the study's CRS, from the statistics the push's ANALYZE left
// (ST_EstimatedExtent reads no row); invalid when there are none.
BoundingBox estimatedExtent(PgConnection &c, const QString &schema, const PgLayerTable &table, const Crs &fileCrs, const Crs &studyCrs)
{
    auto rows = c.query(QStringLiteral("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                       "(SELECT ST_EstimatedExtent($1, $2, $3)::box2d AS e) s WHERE e IS NOT NULL"),
                        {PgParam::text(schema), PgParam::text(table.table), PgParam::text(table.definition.geometryColumn)});
    if (!rows || rows->rowCount() != 1)
        return {};
    BoundingBox b;
    b.xMin = rows->raw(0, 0).toDouble(), b.yMin = rows->raw(0, 1).toDouble();
    b.xMax = rows->raw(0, 2).toDouble(), b.yMax = rows->raw(0, 3).toDouble();
    auto toStudy = CoordinateTransform::create(fileCrs, studyCrs);
    return !toStudy ? BoundingBox() : toStudy->isIdentity() ? b : toStudy->transformBounds(b);
}

} // namespace

Result<ViewQueryResult> queryView(const PgUri &uri, const ViewQuery &query)
{
    if (!query.box.isValid())
        return Error::plain(QObject::tr("the view to read from the database is empty"));
    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    PgConnection &c = **connection;
    const QString &schema = uri.schema();
    PgTransaction transaction(c);
    auto info = pgschema::beginSnapshot(transaction, c, schema);
    if (!info)
        return info.error();
    ViewQueryResult result;
    result.box = query.box;
    result.tolerance = query.tolerance;
    auto begun = beginStudy(c, schema, uri.displayName(), result.problems);
    if (!begun)
        return begun.error();
    std::shared_ptr<CaseStudy> study = std::move(*begun);
    auto indexed = claimtimes::available(c, schema, study->manifest.calendar);
    if (!indexed)
        return indexed.error();
    if (!*indexed) {
        result.indexed = false;
        return result;
    }
    auto catalog = readCatalog(c, schema);
    if (!catalog)
        return catalog.error();

    // Every layer in the manifest's order, as the loader adds them; the feature layers' features
    // join the model in that order too.
    const Crs &crs = study->manifest.crs;
    QSet<QString> unreadLayers, featureLayers;
    QStringList keyLayers, keyFeatures;
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
            for (CaseFeature &f : layer->features) {
                f.modelIndex = study->model.addFeature({spec.id, f.id});
                keyLayers << spec.id;
                keyFeatures << f.id;
            }
            result.features += qint64(layer->features.size());
        }
        study->layers.push_back(std::move(*layer));
    }

    const PackageManifest &m = study->manifest;
    ControlModel &model = study->model;
    if (auto error = readSources(c, schema, *catalog, *study, result.problems))
        return *error;
    if (const auto claims = catalog->tables.constFind(QStringLiteral("claims")); !m.claimsFile.isEmpty() && claims != catalog->tables.cend()) {
        // A table without layer and feature columns is read whole, for the loader's message.
        QString where;
        QList<PgParam> params;
        if (claims->header.contains(QLatin1String("layer")) && claims->header.contains(QLatin1String("feature"))) {
            where = claimfeatures::matching(1);
            params << PgParam::text(pgTextArray(keyLayers)) << PgParam::text(pgTextArray(keyFeatures));
        }
        auto read = readTableRows(c, schema, *claims, where, params, result.problems,
                                  [&](const QString &path, const QString &name, ErrorList &problems) {
                                      packagetables::readClaims(path, name, m.calendar, model, problems, unreadLayers);
                                  });
        if (!read)
            return read.error();
        result.claims = *read;
    }
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
    if (auto error = transaction.commit())
        return *error;
    study->index = ClaimIndex(study->model);
    study->indexFeatures();
    result.study = std::move(study);
    return result;
}

} // namespace dpa::postgis
