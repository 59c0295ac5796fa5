#include "package/postgis/pgstudytables.h"
#include "package/postgis/pgclaimfeatures.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/packagefolder.h"
#include "package/packagetables.h"
#include "io/coordinatetransform.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

namespace dpa::postgis::studytables {

Result<Snapshot> openSnapshot(const PgUri &uri)
{
    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    Snapshot snapshot;
    snapshot.connection = std::move(*connection);
    snapshot.transaction = std::make_unique<PgTransaction>(*snapshot.connection);
    auto info = pgschema::beginSnapshot(*snapshot.transaction, *snapshot.connection, uri.schema());
    if (!info)
        return info.error();
    snapshot.info = std::move(*info);
    return snapshot;
}

void addFeatures(CaseStudy &study, CaseLayer &layer, FeatureKeys &keys)
{
    for (CaseFeature &f : layer.features) {
        f.modelIndex = study.model.addFeature({layer.spec.id, f.id});
        keys.layers << layer.spec.id;
        keys.features << f.id;
    }
}

Result<int> readClaims(PgConnection &c, const QString &schema, const Catalog &catalog, CaseStudy &study, QString where,
                       QList<PgParam> params, const FeatureKeys *only, const QSet<QString> &unreadLayers, ErrorList &problems)
{
    const auto claims = catalog.tables.constFind(QStringLiteral("claims"));
    if (study.manifest.claimsFile.isEmpty() || claims == catalog.tables.cend())
        return 0;
    if (only && claims->header.contains(QLatin1String("layer")) && claims->header.contains(QLatin1String("feature"))) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + claimfeatures::matching(int(params.size()) + 1);
        params << PgParam::text(pgTextArray(only->layers)) << PgParam::text(pgTextArray(only->features));
    }
    return readTableRows(c, schema, *claims, where, params, problems, [&](const QString &path, const QString &name, ErrorList &found) {
        packagetables::readClaims(path, name, study.manifest.calendar, study.model, found, unreadLayers);
    });
}

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

Result<std::shared_ptr<CaseStudy>> beginStudy(PgConnection &c, const QString &schema, const QString &displayName, ErrorList &problems)
{
    auto manifestRow = c.query(QStringLiteral("SELECT manifest FROM %1").arg(c.qualified(schema, QLatin1String(pgschema::kCaseStudyTable))));
    if (!manifestRow)
        return manifestRow.error();
    ErrorList manifestProblems;
    auto manifest = PackageManifest::parse(manifestRow->bytea(0, 0), manifestProblems);
    problems += manifestProblems;
    if (!manifest) {
        QStringList causes;
        for (const Error &e : manifestProblems)
            causes << e.toString();
        return Error::plain(QObject::tr("the manifest of schema \"%1\" cannot be read").arg(schema)).withCauses(causes);
    }
    auto study = std::make_shared<CaseStudy>();
    study->rootPath = displayName;
    study->manifest = std::move(*manifest);
    for (const Authority &a : study->manifest.authorities)
        if (!a.id.isEmpty() && study->model.authorityIndex(a.id) < 0)
            study->model.addAuthority(a);
    return study;
}

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

Result<Reading> beginReading(const PgUri &uri, ErrorList &problems)
{
    auto snapshot = openSnapshot(uri);
    if (!snapshot)
        return snapshot.error();
    Reading reading;
    reading.snapshot = std::move(*snapshot);
    PgConnection &c = reading.connection();
    auto study = beginStudy(c, uri.schema(), uri.displayName(), problems);
    if (!study)
        return study.error();
    reading.study = std::move(*study);
    auto indexed = claimtimes::available(c, uri.schema(), reading.study->manifest.calendar);
    if (!indexed)
        return indexed.error();
    reading.indexed = *indexed;
    auto catalog = readCatalog(c, uri.schema());
    if (!catalog)
        return catalog.error();
    reading.catalog = std::move(*catalog);
    return reading;
}

std::optional<Error> readSources(PgConnection &c, const QString &schema, const Catalog &catalog, CaseStudy &study, ErrorList &problems)
{
    const auto sources = catalog.tables.constFind(QStringLiteral("sources"));
    if (study.manifest.sourcesFile.isEmpty() || sources == catalog.tables.cend())
        return std::nullopt;
    auto read = readTableRows(c, schema, *sources, {}, {}, problems, [&](const QString &path, const QString &name, ErrorList &found) {
        packagetables::readSources(path, name, study.model, found);
    });
    if (!read)
        return read.error();
    return std::nullopt;
}

std::optional<Error> writePeriodMaps(PgConnection &c, const QString &schema, CaseStudy &study, const QString &folder,
                                     const std::function<bool(const PeriodMapSpec &)> &wanted)
{
    for (const PeriodMapSpec &spec : study.manifest.periodMaps) {
        if (spec.file.isEmpty() || !wanted(spec))
            continue;
        if (!isPlainRelativePath(spec.file))
            return Error::at(QString::fromLatin1(PackageManifest::kFileName), spec.line,
                             QObject::tr("refusing to write \"%1\": not a relative path inside the package").arg(spec.file));
        const QString path = QDir(folder).filePath(QDir::cleanPath(spec.file));
        if (QFileInfo::exists(path)) {
            study.periodMaps.push_back({spec, path});
            continue;
        }
        auto file = c.query(QStringLiteral("SELECT content FROM %1 WHERE path = $1").arg(c.qualified(schema, QLatin1String(pgschema::kFilesTable))),
                            {PgParam::text(QDir::cleanPath(spec.file))});
        if (!file)
            return file.error();
        if (file->rowCount() != 1)
            return Error::at(QString::fromLatin1(PackageManifest::kFileName), spec.line,
                             QObject::tr("period map \"%1\": %2 is not in schema \"%3\"").arg(spec.id, spec.file, schema));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile saved(path);
        const QByteArray bytes = file->bytea(0, 0);
        if (!saved.open(QIODevice::WriteOnly) || saved.write(bytes) != bytes.size() || !saved.commit())
            return Error::at(spec.file, 0, QObject::tr("cannot write: %1").arg(saved.errorString()));
        study.periodMaps.push_back({spec, path});
    }
    return std::nullopt;
}

} // namespace dpa::postgis::studytables
