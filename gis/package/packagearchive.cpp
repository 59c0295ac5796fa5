#include "package/packagearchive.h"
#include "package/cachefolder.h"
#include "package/csvtable.h"
#include "package/packagefolder.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/handles.h"
#include "io/sqliteschema.h"
#include "io/stagedfolder.h"
#include "io/vectorwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QObject>
#include <QSaveFile>

#include <gdal.h>
#include <sys/time.h>
#include <ogr_api.h>

namespace dpa::packagearchive {
namespace {

// Far above any real package (the largest bundled one is 3 MB), low enough that a mistaken
// folder (a home directory) is refused instead of copied into a database.
constexpr qint64 kMaxPackageBytes = 2ll * 1024 * 1024 * 1024;

// Unpacking writes at most this much: the package limits again (kMaxPackageBytes in all, a file
// no larger than a layer may be), checked before a byte is written.
constexpr qint64 kMaxUnpackedFileBytes = 256ll * 1024 * 1024;

// Unpacked case studies kept in the cache; older ones are removed as new ones arrive.
constexpr int kCachedUnpackings = 8;

std::optional<Error> checkUnpackedSize(GDALDatasetH ds, const QString &gpkgPath)
{
    const QByteArray sql = QStringLiteral("SELECT count(*), coalesce(sum(length(content)), 0), coalesce(max(length(content)), 0) FROM %1")
                               .arg(QLatin1String(kFilesTable)).toUtf8();
    OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, "SQLITE");
    if (!result)
        return Error::at(gpkgPath, 0, QObject::tr("cannot read the size of the packed files"));
    qint64 total = 0, largest = 0;
    if (OGRFeatureH row = OGR_L_GetNextFeature(result)) {
        total = OGR_F_GetFieldAsInteger64(row, 1);
        largest = OGR_F_GetFieldAsInteger64(row, 2);
        OGR_F_Destroy(row);
    }
    GDALDatasetReleaseResultSet(ds, result);
    if (largest > kMaxUnpackedFileBytes)
        return Error::at(gpkgPath, 0, QObject::tr("refusing to unpack: one packed file is %1 MB; at most %2 MB is allowed")
                                          .arg(largest >> 20).arg(kMaxUnpackedFileBytes >> 20));
    if (total > kMaxPackageBytes)
        return Error::at(gpkgPath, 0, QObject::tr("refusing to unpack: the packed files come to %1 MB; at most %2 MB is allowed")
                                          .arg(total >> 20).arg(kMaxPackageBytes >> 20));
    return std::nullopt;
}

// Keeps the cache of unpacked case studies to the most recently used few.
void pruneCache(const QString &cacheRoot, const QString &keep)
{
    QFileInfoList entries = QDir(cacheRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    int kept = 0;
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink())
            continue;
        if (entry.absoluteFilePath() == keep || ++kept < kCachedUnpackings)   // `keep` is one of them
            continue;
        QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

Error packError(const QString &path, const QString &why)
{
    return Error::at(path, 0, QObject::tr("cannot pack the case study: %1").arg(why));
}

VectorLayerToWrite layerTable(const CaseStudy &study, const CaseLayer &layer, const QString &name)
{
    VectorLayerToWrite out;
    out.name = name;
    out.sourceCrs = study.manifest.crs;
    out.fields = {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("kind")},
                  {QStringLiteral("approximate"), QMetaType::Int}};
    for (const CaseFeature &f : layer.features) {
        VectorRecord r{f.geometry, {}};
        r.attributes.insert(QStringLiteral("id"), f.id);
        r.attributes.insert(QStringLiteral("name"), f.name.text(QStringLiteral("en")));
        r.attributes.insert(QStringLiteral("kind"), f.kind);
        r.attributes.insert(QStringLiteral("approximate"), int(f.approximate));
        out.records.push_back(std::move(r));
    }
    return out;
}

// A CSV table of the package as an attribute table with its own column names, all text.
Result<VectorLayerToWrite> csvTable(const QString &folder, const QString &file, const QString &name)
{
    auto table = CsvTable::read(QDir(folder).filePath(file), file);
    if (!table)
        return table.error();
    if (!table->problems().isEmpty())   // packed whole or not at all
        return table->problems().first();
    VectorLayerToWrite out;
    out.name = name;
    for (const QString &column : table->header())
        out.fields.push_back({column});
    for (const CsvTable::Row &row : table->rows()) {
        VectorRecord r;
        for (int c = 0; c < table->header().size(); ++c)
            r.attributes.insert(table->header()[c], row.cells.value(c));
        out.records.push_back(std::move(r));
    }
    return out;
}

Result<VectorLayerToWrite> filesTable(const QString &root, const QString &gpkgPath)
{
    VectorLayerToWrite out;
    out.name = QString::fromLatin1(kFilesTable);
    out.fields = {{QStringLiteral("path")}, {QStringLiteral("content"), QMetaType::QByteArray}};
    const QDir rootDir(root);
    const QString target = QFileInfo(gpkgPath).absoluteFilePath();
    // Never pack what lies outside the folder: SOURCES.md -> /etc/shadow would be shared.
    if (const QStringList links = PackageFolder(root).linksOutside(); !links.isEmpty())
        return packError(gpkgPath, QObject::tr("%1: a symbolic link to a file outside the package folder; copy the file in")
                                       .arg(links.first()));
    qint64 total = 0;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();   // the same folder packs to the same table
    for (const QString &path : paths) {
        if (QFileInfo(path).absoluteFilePath() == target)
            continue;   // packing into the package folder itself
        QFile file(path);
        total += file.size();
        if (total > kMaxPackageBytes)
            return packError(gpkgPath, QObject::tr("the folder holds more than 2 GB"));
        if (!file.open(QIODevice::ReadOnly))
            return packError(gpkgPath, QObject::tr("cannot read %1: %2").arg(path, file.errorString()));
        VectorRecord r;
        r.attributes.insert(QStringLiteral("path"), rootDir.relativeFilePath(path));
        r.attributes.insert(QStringLiteral("content"), file.readAll());
        out.records.push_back(std::move(r));
    }
    return out;
}

GdalDatasetHandle openGeoPackage(const QString &path)
{
    GdalEnvironment::ensureInitialized();
    const char *const drivers[] = {"GPKG", nullptr};
    return GdalDatasetHandle(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
}

} // namespace

QStringList reservedNames(const CaseStudy &study)
{
    QStringList names{QString::fromLatin1(kFilesTable), QStringLiteral("claims"), QStringLiteral("events"), QStringLiteral("sources")};
    for (const CaseLayer &layer : study.layers)
        names << layer.spec.id;
    return names;
}

Result<int> pack(const CaseStudy &study, const QString &gpkgPath, const std::function<bool(int, int)> &progress, PackExtras extras)
{
    if (QFileInfo(gpkgPath).suffix().toLower() != QLatin1String("gpkg"))
        return packError(gpkgPath, QObject::tr("a packed case study is a GeoPackage: name it .gpkg"));
    std::vector<VectorLayerToWrite> tables;
    QStringList taken{QString::fromLatin1(kFilesTable)};
    auto uniqueName = [&](QString name) {
        while (taken.contains(name))
            name += QStringLiteral("_layer");
        taken << name;
        return name;
    };
    const PackageManifest &m = study.manifest;
    for (const auto &[file, name] : {std::pair{m.claimsFile, QStringLiteral("claims")}, std::pair{m.eventsFile, QStringLiteral("events")},
                                     std::pair{m.sourcesFile, QStringLiteral("sources")}}) {
        if (file.isEmpty())
            continue;
        auto table = csvTable(study.rootPath, file, uniqueName(name));
        if (!table)
            return packError(gpkgPath, table.error().toString());
        tables.push_back(std::move(*table));
    }
    for (const CaseLayer &layer : study.layers)
        tables.push_back(layerTable(study, layer, uniqueName(layer.spec.id)));
    auto files = filesTable(study.rootPath, gpkgPath);
    if (!files)
        return files.error();
    tables.push_back(std::move(*files));
    for (VectorLayerToWrite &extra : extras.layers) {
        if (taken.contains(extra.name, Qt::CaseInsensitive))
            return packError(gpkgPath, QObject::tr("the layer %1 would overwrite the package's own table of that name").arg(extra.name));
        taken << extra.name;
        tables.push_back(std::move(extra));
    }
    return vectorwriter::writeLayers(gpkgPath, QStringLiteral("GPKG"), tables, progress, nullptr, extras.sqlAfter);
}

bool isPackedPackage(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    GdalErrorCapture quiet;
    GdalDatasetHandle ds = openGeoPackage(path);
    // Asked of sqlite_master, without opening the layer: a hostile view is then refused by
    // unpack() with its reason rather than taken for some other kind of file.
    return ds && !sqliteschema::objectType(ds.get(), QLatin1String(kFilesTable)).isEmpty();
}

Result<QString> unpack(const QString &gpkgPath, const QString &folder)
{
    GdalErrorCapture capture;
    if (!QFileInfo(gpkgPath).isFile())
        return Error::at(gpkgPath, 0, QObject::tr("file not found"));
    GdalDatasetHandle ds = openGeoPackage(gpkgPath);
    if (!ds)
        return Error::at(gpkgPath, 0, QObject::tr("not a GeoPackage")).withCauses(capture.errors());
    // Our packages hold a plain table; a view there can only be someone's way to run SQL on
    // open. Asked of sqlite_master before the layer is touched, since opening it runs the view.
    if (const QString kind = sqliteschema::objectType(ds.get(), QLatin1String(kFilesTable)); !kind.isEmpty() && kind != QLatin1String("table"))
        return Error::at(gpkgPath, 0, QObject::tr("refusing to unpack: %1 is a %2, not a plain table")
                                          .arg(QLatin1String(kFilesTable), kind));
    OGRLayerH files = GDALDatasetGetLayerByName(ds.get(), kFilesTable);
    if (!files)
        return Error::at(gpkgPath, 0, QObject::tr("not a packed case study: it has no %1 table (dpatlas-cli export --package makes one)")
                                          .arg(QLatin1String(kFilesTable)));
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(files);
    const int pathField = OGR_FD_GetFieldIndex(definition, "path");
    const int contentField = OGR_FD_GetFieldIndex(definition, "content");
    if (pathField < 0 || contentField < 0 || OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, contentField)) != OFTBinary)
        return Error::at(gpkgPath, 0, QObject::tr("table %1 needs a text column \"path\" and a BLOB column \"content\"")
                                          .arg(QLatin1String(kFilesTable)));

    // What unpacking would write, asked of SQLite before any content is read: a single huge
    // BLOB would otherwise be copied into memory whole, and a table of many rows fill the disk.
    if (auto problem = checkUnpackedSize(ds.get(), gpkgPath))
        return *problem;

    if (!QFileInfo(folder).absoluteDir().exists() && !QDir().mkpath(QFileInfo(folder).absolutePath()))
        return Error::at(folder, 0, QObject::tr("cannot create folder %1").arg(QFileInfo(folder).absolutePath()));
    auto staged = StagedFolder::create(folder, QObject::tr("cannot unpack"));
    if (!staged)
        return staged.error();
    const StagedFolder &staging = **staged;

    OGR_L_ResetReading(files);
    bool hasManifest = false;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(files)) {
        const qint64 fid = OGR_F_GetFID(feature);
        const QString path = QString::fromUtf8(OGR_F_GetFieldAsString(feature, pathField));
        int size = 0;
        const GByte *bytes = OGR_F_GetFieldAsBinary(feature, contentField, &size);
        const QByteArray content(reinterpret_cast<const char *>(bytes), size);
        OGR_F_Destroy(feature);
        if (!isPlainRelativePath(path))
            return Error::inFeature(gpkgPath, QString::number(fid), QObject::tr("refusing to unpack \"%1\": not a relative path inside the package").arg(path));
        const QString destination = staging.filePath(path);
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QSaveFile out(destination);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
            return Error::at(folder, 0, QObject::tr("cannot write %1: %2").arg(path, out.errorString()));
        hasManifest = hasManifest || path == QLatin1String("manifest.json");
    }
    if (!hasManifest)
        return Error::at(gpkgPath, 0, QObject::tr("the packed case study has no manifest.json"));
    return (*staged)->commit();
}

Result<QString> unpackToCache(const QString &gpkgPath)
{
    QFile file(gpkgPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(gpkgPath, 0, QObject::tr("cannot read: %1").arg(file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const QString root = cachefolder::path(QStringLiteral("unpacked"));
    const QString folder = root + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex().left(20));
    // Two programs opening the same file at once take turns: the second finds the first's
    // unpacking complete instead of failing to rename onto it.
    QLockFile lock(folder + QStringLiteral(".lock"));
    const Error busy = Error::at(gpkgPath, 0, QObject::tr("another program has been unpacking this file for two minutes; try again"));
    if (auto error = cachefolder::takeTurn(lock, root, busy))
        return *error;
    // An earlier unpacking is complete when it exists: unpack() renames whole folders only.
    Result<QString> unpacked = folder;
    if (!QFileInfo::exists(folder + QStringLiteral("/manifest.json")))
        unpacked = unpack(gpkgPath, folder);
    if (unpacked) {
        // Most recently used first: touch it, then trim the others.
        ::utimes(QFile::encodeName(folder).constData(), nullptr);
        pruneCache(root, folder);
    }
    return unpacked;
}

} // namespace dpa::packagearchive
