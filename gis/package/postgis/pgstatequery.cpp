#include "package/postgis/pgstatequery.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgcsvrows.h"
#include "package/postgis/pgfeaturefetch.h"
#include "package/postgis/pgtablerows.h"
#include "package/packagefolder.h"
#include "package/packagetables.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace dpa::postgis {
namespace {

struct Catalog
{
    QHash<QString, PgLayerTable> layers;   // by layer id
    QHash<QString, PgCsvTable> tables;     // "sources", "claims", "events"
};

Result<Catalog> readCatalog(PgConnection &c, const QString &schema)
{
    auto rows = c.query(QStringLiteral("SELECT table_name, kind, file, to_json(header)::text, header_raw, coalesce(crlf, false), "
                                       "coalesce(bom, false), layer_id, coalesce(srid, 0), definition::text FROM %1 ORDER BY position")
                            .arg(c.qualified(schema, QLatin1String(pgschema::kTablesTable))));
    if (!rows)
        return rows.error();
    Catalog catalog;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString kind = rows->text(r, 1);
        if (kind == QLatin1String("layer")) {
            PgLayerTable layer{rows->text(r, 0), int(rows->integer(r, 8)),
                               PgLayerDefinition::fromJson(QJsonDocument::fromJson(rows->raw(r, 9)).object())};
            catalog.layers.insert(rows->text(r, 7), layer);
        } else {
            catalog.tables.insert(kind, PgCsvTable{rows->text(r, 0), rows->text(r, 2), jsonStrings(rows->raw(r, 3)),
                                                   rows->bytea(r, 4), rows->boolean(r, 5), rows->boolean(r, 6)});
        }
    }
    return catalog;
}

// The period maps in force at `t` (the only ones a picture of t draws), written from the
// package's files into `folder`, each at its path in the package.
std::optional<Error> writePeriodMaps(PgConnection &c, const QString &schema, const PackageManifest &manifest, TimePoint t,
                                     const QString &folder, std::vector<CasePeriodMap> &out)
{
    for (const PeriodMapSpec &spec : manifest.periodMaps) {
        if (spec.file.isEmpty() || !spec.valid.contains(t))
            continue;
        if (!isPlainRelativePath(spec.file))
            return Error::at(QString::fromLatin1(PackageManifest::kFileName), spec.line,
                             QObject::tr("refusing to write \"%1\": not a relative path inside the package").arg(spec.file));
        auto file = c.query(QStringLiteral("SELECT content FROM %1 WHERE path = $1").arg(c.qualified(schema, QLatin1String(pgschema::kFilesTable))),
                            {PgParam::text(QDir::cleanPath(spec.file))});
        if (!file)
            return file.error();
        if (file->rowCount() != 1)
            return Error::at(QString::fromLatin1(PackageManifest::kFileName), spec.line,
                             QObject::tr("period map \"%1\": %2 is not in schema \"%3\"").arg(spec.id, spec.file, schema));
        const QString path = QDir(folder).filePath(QDir::cleanPath(spec.file));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile saved(path);
        const QByteArray bytes = file->bytea(0, 0);
        if (!saved.open(QIODevice::WriteOnly) || saved.write(bytes) != bytes.size() || !saved.commit())
            return Error::at(spec.file, 0, QObject::tr("cannot write: %1").arg(saved.errorString()));
        out.push_back({spec, path});
    }
    return std::nullopt;
}

} // namespace

Result<StateQueryResult> queryState(const PgUri &uri, const StateQuery &query)
{
    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    PgConnection &c = **connection;
    const QString &schema = uri.schema();
    PgTransaction transaction(c);
    auto info = pgschema::beginSnapshot(transaction, c, schema);
    if (!info)
        return info.error();
    auto manifestRow = c.query(QStringLiteral("SELECT manifest FROM %1").arg(c.qualified(schema, QLatin1String(pgschema::kCaseStudyTable))));
    if (!manifestRow)
        return manifestRow.error();
    StateQueryResult result;
    auto manifest = PackageManifest::parse(manifestRow->bytea(0, 0), result.problems);
    if (!manifest) {
        QStringList causes;
        for (const Error &e : result.problems)
            causes << e.toString();
        return Error::plain(QObject::tr("the manifest of schema \"%1\" cannot be read").arg(schema)).withCauses(causes);
    }
    auto indexed = claimtimes::available(c, schema, manifest->calendar);
    if (!indexed)
        return indexed.error();
    if (!*indexed) {
        result.indexed = false;
        return result;
    }
    auto catalog = readCatalog(c, schema);
    if (!catalog)
        return catalog.error();

    auto study = std::make_shared<CaseStudy>();
    study->rootPath = uri.displayName();
    study->manifest = std::move(*manifest);
    for (const Authority &a : study->manifest.authorities)
        if (!a.id.isEmpty() && study->model.authorityIndex(a.id) < 0)
            study->model.addAuthority(a);

    // The feature layers, in the manifest's order, as the loader adds them to the model; context
    // layers are listed without features (a state has nothing to say of them).
    // A picture of a box draws the features in it, but its legend and captions speak of the whole
    // study at that date: it reads every feature's state (ids and claims in force) and the
    // geometry of those in the box alone.
    const bool picture = !query.pictureFolder.isEmpty();
    QSet<QString> unreadLayers;
    QStringList keyLayers, keyFeatures;
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
        for (CaseFeature &f : layer->features) {
            f.modelIndex = study->model.addFeature({spec.id, f.id});
            keyLayers << spec.id;
            keyFeatures << f.id;
        }
        result.features += qint64(layer->features.size());
        study->layers.push_back(std::move(*layer));
    }

    const PackageManifest &m = study->manifest;
    ControlModel &model = study->model;
    if (const auto sources = catalog->tables.constFind(QStringLiteral("sources")); !m.sourcesFile.isEmpty() && sources != catalog->tables.cend()) {
        auto read = readTableRows(c, schema, *sources, {}, {}, result.problems,
                                  [&](const QString &path, const QString &name, ErrorList &problems) {
                                      packagetables::readSources(path, name, model, problems);
                                  });
        if (!read)
            return read.error();
    }
    if (const auto claims = catalog->tables.constFind(QStringLiteral("claims")); !m.claimsFile.isEmpty() && claims != catalog->tables.cend()) {
        // Written as the index is built (claimtimes::kRange), so the planner can use it.
        QString where = QStringLiteral("%1 @> $1::bigint").arg(QLatin1String(claimtimes::kRange));
        QList<PgParam> params{PgParam::number(query.time)};
        // In a box, only the claims of the features found; everywhere, every claim in force,
        // so that one about a feature no layer has is reported as the loader reports it.
        if (query.box && !picture && claims->header.contains(QLatin1String("layer")) && claims->header.contains(QLatin1String("feature"))) {
            where += QStringLiteral(" AND (t.layer, t.feature) IN (SELECT * FROM unnest($2::text[], $3::text[]))");
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
        if (auto error = writePeriodMaps(c, schema, study->manifest, query.time, query.pictureFolder, study->periodMaps))
            return *error;
    if (auto error = transaction.commit())
        return *error;
    study->index = ClaimIndex(study->model);
    result.study = std::move(study);
    return result;
}

} // namespace dpa::postgis
