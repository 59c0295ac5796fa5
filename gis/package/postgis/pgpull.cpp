#include "package/postgis/pgpull.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgcsvrows.h"
#include "package/postgis/pglayerfile.h"
#include "package/packagefolder.h"
#include "package/packagemanifest.h"
#include "io/stagedfolder.h"
#include "io/vectorwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QSet>

#include <map>

namespace dpa::postgis {
namespace {

struct CatalogEntry
{
    QString table, kind, file, layerId;
    QStringList header;
    QByteArray headerRaw;
    bool hasHeaderRaw = false, crlf = false, bom = false;
    PgLayerDefinition definition;
};

class Puller
{
public:
    Puller(PgConnection &c, const QString &schema, const StagedFolder &staging) : c(c), schema(schema), staging(staging) {}
    std::optional<Error> write(const QString &path, const QByteArray &bytes);
    std::optional<Error> csvTable(const CatalogEntry &entry, PullResult &result);
    std::optional<Error> layerFile(const QString &file, const std::vector<const CatalogEntry *> &layers);

private:
    PgConnection &c;
    const QString &schema;
    const StagedFolder &staging;
};

std::optional<Error> Puller::write(const QString &path, const QByteArray &bytes)
{
    if (!isPlainRelativePath(path))
        return Error::plain(QObject::tr("refusing to write \"%1\": not a relative path inside the package").arg(path));
    const QString destination = staging.filePath(path);
    QDir().mkpath(QFileInfo(destination).absolutePath());
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::at(path, 0, QObject::tr("cannot write: %1").arg(out.errorString()));
    return std::nullopt;
}

std::optional<Error> Puller::csvTable(const CatalogEntry &entry, PullResult &result)
{
    // Named apart: ORDER BY takes an output column's name first, and would sort the text.
    QStringList columns{QStringLiteral("dpa_row"), QStringLiteral("dpa_version"), QStringLiteral("dpa_ord::text AS ord_text"),
                        QStringLiteral("dpa_raw"), QStringLiteral("to_json(dpa_extra)::text")};
    for (const QString &column : entry.header)
        columns << c.ident(column);
    auto rows = c.query(QStringLiteral("SELECT %1 FROM %2 t ORDER BY t.dpa_ord NULLS LAST, t.dpa_row")
                            .arg(columns.join(QStringLiteral(", ")), c.qualified(schema, entry.table)));
    if (!rows)
        return Error::at(entry.file, 0, rows.error().message).withCauses(rows.error().causes);
    PulledTable pulled;
    pulled.file = entry.file;
    QList<csvrows::Row> lines;
    lines.reserve(rows->rowCount());
    for (int r = 0; r < rows->rowCount(); ++r) {
        csvrows::Row row;
        for (int col = 0; col < entry.header.size(); ++col)
            row.cells << rows->text(r, 5 + col);
        if (!rows->isNull(r, 4))
            row.cells += jsonStrings(rows->raw(r, 4));
        row.raw = rows->bytea(r, 3);
        lines << row;
        pulled.rows.push_back({rows->integer(r, 0), rows->integer(r, 1), rows->text(r, 2)});
    }
    result.tables.insert(entry.kind, pulled);
    // A table the manifest names but the pushed folder lacked stays absent while it has no rows.
    if (!entry.hasHeaderRaw && lines.isEmpty())
        return std::nullopt;
    return write(entry.file, csvrows::render(entry.headerRaw, entry.header, entry.crlf, entry.bom, lines));
}

std::optional<Error> Puller::layerFile(const QString &file, const std::vector<const CatalogEntry *> &layers)
{
    std::vector<PgLayerToWrite> out;
    for (const CatalogEntry *entry : layers) {
        const PgLayerDefinition &d = entry->definition;
        // A format that holds one layer a file keeps the first table that names the file.
        if (!out.empty() && vectorwriter::holdsOneLayer(d.driver))
            break;
        QStringList columns{QStringLiteral("ST_AsBinary(%1)").arg(c.ident(d.geometryColumn))};
        for (const PgLayerField &f : d.fields)
            columns << c.ident(f.column);
        auto rows = c.query(QStringLiteral("SELECT %1 FROM %2 ORDER BY dpa_fid").arg(columns.join(QStringLiteral(", ")),
                                                                                      c.qualified(schema, entry->table)));
        if (!rows)
            return Error::at(file, 0, rows.error().message).withCauses(rows.error().causes);
        PgLayerToWrite layer{d, {}};
        layer.rows.reserve(size_t(rows->rowCount()));
        for (int r = 0; r < rows->rowCount(); ++r) {
            PgFeatureRow row;
            row.wkb = rows->bytea(r, 0);
            for (int i = 0; i < int(d.fields.size()); ++i) {
                if (rows->isNull(r, i + 1))
                    row.values.emplace_back(std::nullopt);
                else
                    row.values.emplace_back(d.fields[size_t(i)].pgType() == QLatin1String("bytea") ? rows->bytea(r, i + 1)
                                                                                                  : rows->raw(r, i + 1));
            }
            layer.rows.push_back(std::move(row));
        }
        out.push_back(std::move(layer));
    }
    if (!isPlainRelativePath(file))
        return Error::plain(QObject::tr("refusing to write \"%1\": not a relative path inside the package").arg(file));
    return writeLayerFile(staging.filePath(file), out);
}

} // namespace

Result<PullResult> pull(const PgUri &uri, const QString &folder, const PullOptions &options)
{
    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    return pull(**connection, uri.schema(), folder, options);
}

Result<PullResult> pull(PgConnection &c, const QString &schema, const QString &folder, const PullOptions &options)
{
    auto cancelledError = [&] { return Error::plain(QObject::tr("pulling cancelled")); };
    PgTransaction transaction(c);
    auto info = pgschema::beginSnapshot(transaction, c, schema);
    if (!info)
        return info.error();
    PullResult result;
    result.info = *info;
    auto manifest = c.query(QStringLiteral("SELECT manifest FROM %1").arg(c.qualified(schema, QLatin1String(pgschema::kCaseStudyTable))));
    if (!manifest)
        return manifest.error();
    auto catalog = c.query(QStringLiteral("SELECT table_name, kind, file, to_json(header)::text, header_raw, coalesce(crlf, false), "
                                          "coalesce(bom, false), layer_id, definition::text FROM %1 ORDER BY position")
                               .arg(c.qualified(schema, QLatin1String(pgschema::kTablesTable))));
    if (!catalog)
        return catalog.error();
    std::vector<CatalogEntry> entries;
    for (int r = 0; r < catalog->rowCount(); ++r) {
        CatalogEntry e;
        e.table = catalog->text(r, 0);
        e.kind = catalog->text(r, 1);
        e.file = QDir::cleanPath(catalog->text(r, 2));
        e.header = jsonStrings(catalog->raw(r, 3));
        e.hasHeaderRaw = !catalog->isNull(r, 4);
        e.headerRaw = catalog->bytea(r, 4);
        e.crlf = catalog->boolean(r, 5);
        e.bom = catalog->boolean(r, 6);
        e.layerId = catalog->text(r, 7);
        if (e.kind == QLatin1String("layer"))
            e.definition = PgLayerDefinition::fromJson(QJsonDocument::fromJson(catalog->raw(r, 8)).object());
        entries.push_back(std::move(e));
    }

    auto staged = StagedFolder::create(folder, QObject::tr("cannot pull the case study"));
    if (!staged)
        return staged.error();
    Puller puller(c, schema, **staged);
    if (auto error = puller.write(QLatin1String(PackageManifest::kFileName), manifest->bytea(0, 0)))
        return *error;
    for (const CatalogEntry &e : entries) {
        if (e.kind == QLatin1String("layer"))
            continue;
        if (options.cancelled && options.cancelled())
            return cancelledError();
        if (auto error = puller.csvTable(e, result))
            return *error;
    }

    // Files come back byte for byte, a layer file only while its tables are what was pushed with
    // it (or last written with it); the others are written anew from the tables below.
    auto files = c.query(QStringLiteral("SELECT path, content, to_json(layer_tables)::text, tables_digest FROM %1 ORDER BY path")
                             .arg(c.qualified(schema, QLatin1String(pgschema::kFilesTable))));
    if (!files)
        return files.error();
    QSet<QString> written;
    QHash<QString, QString> digests;   // tables -> digest now, asked once a file set
    for (int r = 0; r < files->rowCount(); ++r) {
        const QString path = QDir::cleanPath(files->text(r, 0));
        if (!files->isNull(r, 2)) {
            const QStringList tables = jsonStrings(files->raw(r, 2));
            const QString key = tables.join(QLatin1Char(','));
            if (!digests.contains(key)) {
                auto digest = pgschema::layerDigest(c, schema, tables);
                if (!digest)
                    return digest.error();
                digests.insert(key, *digest);
            }
            if (options.regenerateLayers || digests.value(key) != files->text(r, 3))
                continue;
        }
        if (auto error = puller.write(path, files->bytea(r, 1)))
            return *error;
        written.insert(path);
    }
    std::map<QString, std::vector<const CatalogEntry *>> regenerate;   // file -> its layers, in manifest order
    for (const CatalogEntry &e : entries)
        if (e.kind == QLatin1String("layer") && !written.contains(e.file))
            regenerate[e.file].push_back(&e);
    for (const auto &[file, layers] : regenerate) {
        if (options.cancelled && options.cancelled())
            return cancelledError();
        if (auto error = puller.layerFile(file, layers))
            return *error;
        result.regeneratedFiles << file;
    }
    auto committed = (*staged)->commit();
    if (!committed)
        return committed.error();
    result.folder = *committed;
    return result;
}

} // namespace dpa::postgis
