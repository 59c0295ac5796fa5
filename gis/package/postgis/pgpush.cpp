#include "package/postgis/pgpush.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgclaimfeatures.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgcsvrows.h"
#include "package/postgis/pglayerfile.h"
#include "package/datasetpackage.h"
#include "package/edit/editabletables.h"
#include "package/packagefolder.h"
#include "io/gdalenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QSet>

namespace dpa::postgis {
namespace {

Error pushError(const QString &why)
{
    return Error::plain(QObject::tr("cannot push the case study: %1").arg(why));
}

// A table name for layer `id`: its id when free, cut to PostgreSQL's 63 bytes.
QString layerTableName(const QString &id, QSet<QString> &taken)
{
    QString base = id;
    if (pgschema::isReserved(base))
        base += QStringLiteral("_layer");
    QString name = base;
    while (name.toUtf8().size() > 63)
        name.chop(1);
    for (int n = 2; taken.contains(name); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        name = base;
        while ((name + suffix).toUtf8().size() > 63)
            name.chop(1);
        name += suffix;
    }
    taken.insert(name);
    return name;
}

class Pusher
{
public:
    Pusher(PgConnection &c, const CaseStudy &study, QString schema) : c(c), study(study), schema(std::move(schema)) {}

    std::optional<Error> csvTable(const EditableTable &table, const QString &name);
    std::optional<Error> layer(const LayerSpec &spec);
    std::optional<Error> files();
    std::optional<Error> triggers();

    PushSummary summary;

private:
    std::optional<Error> run(const QStringList &statements);
    PgConnection &c;
    const CaseStudy &study;
    const QString schema;
    int position = 0;
    QSet<QString> taken{QStringLiteral("claims"), QStringLiteral("events"), QStringLiteral("sources")};
    QStringList dataTables;
    QSet<QString> csvTables;
    QStringList skippedFiles;              // the CSV tables, stored as rows
    QHash<QString, QStringList> fileTables;   // a layer file (and its .dbf…) -> its layer tables
};

std::optional<Error> Pusher::run(const QStringList &statements)
{
    for (const QString &sql : statements)
        if (auto error = c.execute(sql))
            return error;
    return std::nullopt;
}

std::optional<Error> Pusher::csvTable(const EditableTable &table, const QString &name)
{
    const QStringList &header = table.header();
    QSet<QString> seen;
    for (const QString &column : header) {
        if (column.startsWith(QLatin1String("dpa_")))
            return Error::at(table.fileName(), 1, QObject::tr("column \"%1\": names starting with dpa_ are kept for the database's "
                                                              "own columns").arg(column));
        if (seen.contains(column) || column.toUtf8().size() > 63 || column.isEmpty())
            return Error::at(table.fileName(), 1, QObject::tr("column \"%1\" is empty, longer than 63 bytes or named twice, "
                                                              "so it cannot be a database column").arg(column));
        seen.insert(column);
    }
    if (auto error = c.execute(pgschema::createCsvTable(c, schema, name, header)))
        return error;
    // Claims carry the moments they are in force by, for queries at a date (pgclaimtimes.h).
    const int startColumn = table.column(QStringLiteral("start")), endColumn = table.column(QStringLiteral("end"));
    const bool timed = name == QLatin1String("claims") && startColumn >= 0 && endColumn >= 0;
    if (timed)
        if (auto error = c.execute(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 bigint, ADD COLUMN %3 bigint")
                                       .arg(c.qualified(schema, name), QLatin1String(claimtimes::kFromColumn),
                                            QLatin1String(claimtimes::kUntilColumn))))
            return error;
    const EditableTable::Text text = table.text();
    const csvrows::Split split = csvrows::split(text);
    QStringList columns{QStringLiteral("dpa_ord"), QStringLiteral("dpa_raw"), QStringLiteral("dpa_extra")};
    for (const QString &column : header)
        columns << c.ident(column);
    if (timed)
        columns << QLatin1String(claimtimes::kFromColumn) << QLatin1String(claimtimes::kUntilColumn);
    HistoricalDateCache dates;
    if (auto error = c.beginCopy(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(c.qualified(schema, name), columns.join(QStringLiteral(", ")))))
        return error;
    QByteArray chunk;
    bool ok = true;
    for (int r = 0; r < table.rowCount() && ok; ++r) {
        const QStringList &cells = table.row(r);
        appendCopyField(chunk, QByteArray::number(r + 1), true);
        appendCopyField(chunk, byteaText(split.rows.value(r)), false);
        if (cells.size() > header.size())
            appendCopyField(chunk, pgTextArray(cells.mid(header.size())), false);
        else
            appendCopyNull(chunk, false);
        for (int col = 0; col < header.size(); ++col)
            appendCopyField(chunk, cells.value(col).toUtf8(), false);
        if (timed) {
            const claimtimes::Bounds b = claimtimes::bounds(cells.value(startColumn), cells.value(endColumn), study.manifest.calendar, dates);
            for (const std::optional<qint64> &bound : {b.from, b.until}) {
                if (bound)
                    appendCopyField(chunk, QByteArray::number(*bound), false);
                else
                    appendCopyNull(chunk, false);
            }
        }
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            ok = c.putCopyData(chunk);
            chunk.clear();
        }
    }
    ok = ok && c.putCopyData(chunk);
    if (auto error = c.endCopy())
        return Error::at(table.fileName(), 0, error->message).withCauses(error->causes);
    summary.rows += table.rowCount();

    // The look-ups the app and SQL users make: a feature's claims, claims in force on a date.
    const QString q = c.qualified(schema, name);
    auto has = [&](const char *column) { return header.contains(QLatin1String(column)); };
    QStringList indexes;
    if (name == QLatin1String("claims") && has("layer") && has("feature"))
        indexes << QStringLiteral("CREATE INDEX ON %1 (layer, feature)").arg(q)
                << claimfeatures::createIndex(c, schema);   // the app's own look-up, keys trimmed
    if (name == QLatin1String("claims") && has("start") && has("end"))
        indexes << QStringLiteral("CREATE INDEX ON %1 (\"start\", \"end\")").arg(q);
    if (name != QLatin1String("claims") && has("id"))
        indexes << QStringLiteral("CREATE INDEX ON %1 (id)").arg(q);
    indexes << QStringLiteral("CREATE INDEX ON %1 (dpa_ord, dpa_row)").arg(q);
    if (timed)
        indexes += claimtimes::createIndex(c, schema, study.manifest.calendar);
    // The planner's statistics now, so the first query at a date uses the indexes.
    indexes << QStringLiteral("ANALYZE %1").arg(q);
    if (auto error = run(indexes))
        return error;

    // A table the manifest names but the folder lacks stays absent when pulled (no header bytes).
    const QByteArray headerRaw = table.existedOnDisk() ? split.header : QByteArray();
    if (auto error = c.execute(QStringLiteral("INSERT INTO %1 (table_name, kind, file, position, header, header_raw, crlf, bom) "
                                              "VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8)")
                                   .arg(c.qualified(schema, QLatin1String(pgschema::kTablesTable))),
                               {PgParam::text(name), PgParam::text(name), PgParam::text(table.fileName()), PgParam::number(position++),
                                PgParam::text(pgTextArray(header)),
                                table.existedOnDisk() ? PgParam::bytes(headerRaw) : PgParam::null(),
                                PgParam::text(QByteArray(table.loadedBytes().contains("\r\n") ? "t" : "f")),
                                PgParam::text(QByteArray(table.loadedBytes().startsWith("\xEF\xBB\xBF") ? "t" : "f"))}))
        return error;
    skippedFiles << QDir::cleanPath(table.fileName());
    dataTables << name;
    csvTables << name;
    return std::nullopt;
}

std::optional<Error> Pusher::layer(const LayerSpec &spec)
{
    const PackageFolder folder(study.rootPath);
    auto path = folder.resolve(spec.file, DatasetPackage::kMaxLayerBytes);
    if (!path)
        return Error::at(spec.file, 0, path.error().message);
    auto source = PgLayerSource::open(*path, spec.file, spec.layerName, GdalEnvironment::packageVectorDrivers());
    if (!source)
        return source.error();
    const PgLayerDefinition &d = (*source)->definition();
    const QString name = layerTableName(spec.id, taken);
    // The file's own CRS, by the SRID PostGIS knows it by; 0 (with the CRS's WKT in the catalog)
    // when it knows none, which still keeps every coordinate.
    int srid = 0;
    if (d.epsg > 0) {
        auto known = c.query(QStringLiteral("SELECT 1 FROM spatial_ref_sys WHERE srid = $1"), {PgParam::number(d.epsg)});
        if (!known)
            return known.error();
        srid = known->rowCount() ? d.epsg : 0;
    }
    QStringList columns{QStringLiteral("dpa_fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
                        QStringLiteral("dpa_version integer NOT NULL DEFAULT 1"),
                        QStringLiteral("dpa_saved_by text DEFAULT session_user"),
                        QStringLiteral("dpa_saved_at timestamptz DEFAULT now()"),
                        d.geometryType.isEmpty() ? QStringLiteral("geom geometry")
                                                 : QStringLiteral("geom geometry(%1, %2)").arg(d.geometryType).arg(srid)};
    QStringList names{QStringLiteral("dpa_fid"), QStringLiteral("geom")};
    for (const PgLayerField &f : d.fields) {
        columns << c.ident(f.column) + QLatin1Char(' ') + f.pgType();
        names << c.ident(f.column);
    }
    const QString q = c.qualified(schema, name);
    if (auto error = c.execute(QStringLiteral("CREATE TABLE %1 (%2)").arg(q, columns.join(QStringLiteral(", ")))))
        return Error::at(spec.file, 0, error->message).withCauses(error->causes);
    if (auto error = c.beginCopy(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(q, names.join(QStringLiteral(", ")))))
        return error;
    const auto copied = (*source)->copyRows(srid, [this](const QByteArray &chunk) { return c.putCopyData(chunk); });
    const auto ended = c.endCopy();
    if (copied)
        return copied;
    if (ended)
        return Error::at(spec.file, 0, ended->message).withCauses(ended->causes);
    // Features added later (in QGIS) number on from the file's.
    if (auto error = c.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence($1, 'dpa_fid'), coalesce(max(dpa_fid), 0) + 1, false) "
                                              "FROM %1").arg(q), {PgParam::text(q)}))
        return error;
    QStringList after{QStringLiteral("CREATE INDEX ON %1 USING gist (geom)").arg(q), QStringLiteral("ANALYZE %1").arg(q)};
    for (const PgLayerField &f : d.fields)
        if (f.name == spec.idField)
            after << QStringLiteral("CREATE INDEX ON %1 (%2)").arg(q, c.ident(f.column));
    if (auto error = run(after))
        return error;
    if (auto error = c.execute(QStringLiteral("INSERT INTO %1 (table_name, kind, file, position, layer_id, srid, geometry_type, definition) "
                                              "VALUES ($1, 'layer', $2, $3, $4, $5, $6, $7::jsonb)")
                                   .arg(c.qualified(schema, QLatin1String(pgschema::kTablesTable))),
                               {PgParam::text(name), PgParam::text(spec.file), PgParam::number(position++), PgParam::text(spec.id),
                                PgParam::number(srid), PgParam::text(d.geometryType.isEmpty() ? QStringLiteral("Geometry") : d.geometryType),
                                PgParam::text(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact))}))
        return error;
    const QDir root(study.rootPath);
    for (const QString &file : d.files)
        fileTables[QDir::cleanPath(root.relativeFilePath(file))] << name;
    dataTables << name;
    ++summary.layers;
    summary.features += (*source)->featureCount();
    return std::nullopt;
}

std::optional<Error> Pusher::files()
{
    const QDir root(study.rootPath);
    QDirIterator it(study.rootPath, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << root.relativeFilePath(it.next());
    paths.sort();
    const QString files = c.qualified(schema, QLatin1String(pgschema::kFilesTable));
    for (const QString &path : std::as_const(paths)) {
        if (path == QLatin1String(PackageManifest::kFileName) || skippedFiles.contains(path))
            continue;
        QFile file(root.filePath(path));
        if (file.size() > DatasetPackage::kMaxLayerBytes)
            return pushError(QObject::tr("%1 is larger than %2 MB").arg(path).arg(DatasetPackage::kMaxLayerBytes >> 20));
        if (!file.open(QIODevice::ReadOnly))
            return pushError(QObject::tr("cannot read %1: %2").arg(path, file.errorString()));
        const QStringList tables = fileTables.value(path);
        QString digest;
        if (!tables.isEmpty()) {
            auto d = pgschema::layerDigest(c, schema, tables);
            if (!d)
                return d.error();
            digest = *d;
        }
        if (auto error = c.execute(QStringLiteral("INSERT INTO %1 (path, content, layer_tables, tables_digest) VALUES ($1, $2, $3::text[], $4)").arg(files),
                                   {PgParam::text(path), PgParam::bytes(file.readAll()),
                                    tables.isEmpty() ? PgParam::null() : PgParam::text(pgTextArray(tables)),
                                    tables.isEmpty() ? PgParam::null() : PgParam::text(digest)}))
            return error;
        ++summary.files;
    }
    return std::nullopt;
}

std::optional<Error> Pusher::triggers()
{
    QStringList statements;
    for (const QString &table : std::as_const(dataTables))
        statements += pgschema::createTriggers(c, schema, table, csvTables.contains(table));
    statements += pgschema::createRevisionTrigger(c, schema, QLatin1String(pgschema::kFilesTable));
    statements += pgschema::createRevisionTrigger(c, schema, QLatin1String(pgschema::kTablesTable));
    return run(statements);
}

} // namespace

QString defaultSchema(const QString &packageId)
{
    return QString(packageId).replace(QLatin1Char('-'), QLatin1Char('_'));
}

Result<PushSummary> push(const CaseStudy &study, const PgUri &uri, const PushOptions &options)
{
    const QString schema = uri.schema().isEmpty() ? defaultSchema(study.manifest.id) : uri.schema();
    if (schema.startsWith(QLatin1String("pg_")) || schema == QLatin1String("information_schema"))
        return pushError(QObject::tr("schema names starting with pg_ and information_schema belong to PostgreSQL"));
    const PackageFolder folder(study.rootPath);
    if (const QStringList links = folder.linksOutside(); !links.isEmpty())
        return pushError(QObject::tr("%1: a symbolic link to a file outside the package folder; copy the file in").arg(links.first()));
    QFile manifestFile(QDir(study.rootPath).filePath(QLatin1String(PackageManifest::kFileName)));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return pushError(QObject::tr("cannot read the manifest: %1").arg(manifestFile.errorString()));
    const QByteArray manifest = manifestFile.readAll();
    auto tables = EditableTables::load(study.rootPath);
    if (!tables)
        return tables.error();

    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    PgConnection &c = **connection;
    PgTransaction transaction(c);
    if (auto error = transaction.begin())
        return *error;
    auto state = pgschema::state(c, schema);
    if (!state)
        return state.error();
    if (*state == pgschema::SchemaState::NotACaseStudy)
        return pushError(QObject::tr("schema \"%1\" of %2 exists and holds other tables, not a case study, so it is never "
                                     "replaced: choose another --schema").arg(schema, c.describe()));
    if (*state == pgschema::SchemaState::CaseStudy) {
        auto info = pgschema::info(c, schema);
        if (!info)
            return info.error();
        if (!options.replace)
            return pushError(QObject::tr("schema \"%1\" of %2 holds case study %3 already (revision %4, saved by %5 on %6): add "
                                         "--replace to overwrite it, or choose another --schema")
                                 .arg(schema, c.describe(), info->packageId).arg(info->revision).arg(info->savedBy, info->savedAt));
        if (auto error = c.execute(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(c.ident(schema))))
            return *error;
    }
    const QString author = options.author.isEmpty() ? pgschema::localAuthor(c) : options.author;
    QStringList create{QStringLiteral("CREATE SCHEMA %1").arg(c.ident(schema)),
                       QStringLiteral("COMMENT ON SCHEMA %1 IS 'Dual Power Atlas case study %2: open it as pg:…#%3, or pull it into a "
                                      "package folder with dpatlas-cli pull'")
                           .arg(c.ident(schema), QString(study.manifest.id).replace(QLatin1Char('\''), QLatin1String("''")),
                                QString(schema).replace(QLatin1Char('\''), QLatin1String("''")))};
    create += pgschema::createCatalog(c, schema);
    for (const QString &sql : std::as_const(create))
        if (auto error = c.execute(sql))
            return *error;

    // The manifest's CRS by SRID too, for SQL users (the manifest itself is kept as written).
    int crsSrid = 0;
    const QString authority = study.manifest.crs.authorityId();
    if (authority.startsWith(QLatin1String("EPSG:"))) {
        auto known = c.query(QStringLiteral("SELECT srid FROM spatial_ref_sys WHERE auth_name = 'EPSG' AND auth_srid = $1"),
                             {PgParam::number(authority.mid(5).toLongLong())});
        if (!known)
            return known.error();
        crsSrid = known->rowCount() ? int(known->integer(0, 0)) : 0;
    }
    const bool json = !QJsonDocument::fromJson(manifest).isNull();
    if (auto error = c.execute(QStringLiteral("INSERT INTO %1 (format, package_id, title, push_id, revision, manifest, manifest_json, crs, "
                                              "crs_srid, pushed_by, pushed_at) VALUES ($1, $2, $3, gen_random_uuid()::text, 1, $4, $5::jsonb, "
                                              "$6, $7, $8, now())")
                                   .arg(c.qualified(schema, QLatin1String(pgschema::kCaseStudyTable))),
                               {PgParam::text(QByteArray(pgschema::kFormat)), PgParam::text(study.manifest.id),
                                PgParam::text(study.manifest.title.text(QStringLiteral("en"))), PgParam::bytes(manifest),
                                json ? PgParam::text(manifest) : PgParam::null(), PgParam::text(authority.isEmpty() ? study.manifest.crs.name() : authority),
                                crsSrid ? PgParam::number(crsSrid) : PgParam::null(), PgParam::text(author)}))
        return *error;

    Pusher pusher(c, study, schema);
    pusher.summary.schema = schema;
    pusher.summary.database = c.describe();
    for (EditableTables::Kind kind : {EditableTables::Sources, EditableTables::Claims, EditableTables::Events})
        if (tables->has(kind))
            if (auto error = pusher.csvTable(tables->table(kind), EditableTables::kindName(kind)))
                return *error;
    for (const LayerSpec &spec : study.manifest.layers)
        if (!spec.id.isEmpty() && !spec.file.isEmpty())
            if (auto error = pusher.layer(spec))
                return *error;
    if (auto error = pusher.files())
        return *error;
    if (auto error = pusher.triggers())
        return *error;
    if (auto error = transaction.commit())
        return *error;
    pusher.summary.revision = 1;
    return pusher.summary;
}

} // namespace dpa::postgis
