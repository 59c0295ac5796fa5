#include "package/datasetpackage.h"
#include "package/packagearchive.h"
#include "package/postgis/pgcache.h"
#include "io/gdalenvironment.h"
#include "package/layerfeaturerules.h"
#include "package/packagefolder.h"
#include "package/packagetables.h"
#include "io/rasterreader.h"
#include "io/vectorreader.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSet>

#include <limits>

namespace dpa {
namespace {

const QString kManifest = QString::fromLatin1(PackageManifest::kFileName);

void loadLayer(CaseStudy &study, const PackageFolder &folder, const LayerSpec &spec, ErrorList &problems,
               const std::function<bool()> &cancelled)
{
    auto path = folder.resolve(spec.file, DatasetPackage::kMaxLayerBytes);
    if (!path) {
        problems << Error::at(kManifest, spec.line, QObject::tr("layer \"%1\": %2").arg(spec.id, path.error().message));
        return;
    }
    VectorReadOptions options;
    options.layerName = spec.layerName;
    options.targetCrs = study.manifest.crs;
    options.assumedCrs = spec.crs;
    options.allowedDrivers = GdalEnvironment::packageVectorDrivers();
    options.displayName = spec.file;
    options.idField = spec.idField;
    options.cancelled = cancelled;
    auto data = readVectorLayer(*path, options);
    if (!data) {
        problems << data.error();
        return;
    }
    problems << data->problems;

    CaseLayer layer;
    layer.spec = spec;
    layer.fileCrs = data->fileCrs;
    const bool isFeatureLayer = spec.role == LayerSpec::Role::Features;
    for (const QString &field : {spec.idField, spec.nameField, spec.approxField, spec.kindField, spec.populationField}) {
        if (!field.isEmpty() && !data->fieldNames.contains(field))
            problems << Error::at(spec.file, 0, QObject::tr("attribute \"%1\" named in manifest.json is not in the layer (it has: %2)")
                                                    .arg(field, data->fieldNames.join(QStringLiteral(", "))));
    }
    QSet<QString> seen;
    for (VectorFeature &vf : data->features) {
        CaseFeature f;
        f.id = layerfeatures::idOf(spec, vf.fid, vf.attributes);
        if (!layerfeatures::admit(spec, f.id, vf.fid, seen, problems))
            continue;
        layerfeatures::describe(f, spec, std::move(vf.attributes));
        f.geometry = std::move(vf.geometry);
        if (f.geometry.isEmpty())
            continue;   // reported by the reader
        layer.bounds.extend(f.geometry.bounds());
        if (isFeatureLayer)
            f.modelIndex = study.model.addFeature({spec.id, f.id});
        layer.features.push_back(std::move(f));
    }
    study.layers.push_back(std::move(layer));
}

void checkPeriodMap(CaseStudy &study, const PackageFolder &folder, const PeriodMapSpec &spec, ErrorList &problems)
{
    auto path = folder.resolve(spec.file, DatasetPackage::kMaxLayerBytes);
    if (!path) {
        problems << Error::at(kManifest, spec.line, QObject::tr("period map \"%1\": %2").arg(spec.id, path.error().message));
        return;
    }
    RasterWarpRequest request;
    request.targetCrs = study.manifest.crs;
    request.allowedDrivers = GdalEnvironment::packageRasterDrivers();
    request.displayName = spec.file;
    auto info = inspectRaster(*path, request);
    if (!info) {
        problems << info.error();
        return;
    }
    study.periodMaps.push_back({spec, *path});
}

QString tableFile(const PackageFolder &folder, const QString &file, int line, const QString &what, ErrorList &problems)
{
    // The size limit is checked when the table is read, so the message names the table itself.
    auto path = folder.resolve(file, std::numeric_limits<qint64>::max());
    if (!path) {
        problems << Error::at(kManifest, line, QStringLiteral("%1: %2").arg(what, path.error().message));
        return {};
    }
    return *path;
}

} // namespace

DatasetPackage::LoadResult DatasetPackage::load(const QString &folderPath, const LoadControl &control)
{
    LoadResult result;
    // A case study in PostgreSQL (pg:CONNINFO#SCHEMA) opens from its pulled copy in the cache.
    if (postgis::PgUri::isPgUri(folderPath)) {
        auto uri = postgis::PgUri::parse(folderPath);
        auto pulled = uri ? postgis::pgcache::pullToCache(*uri, control.cancelled) : Result<QString>(uri.error());
        if (!pulled) {
            result.problems << pulled.error();
            return result;
        }
        return load(*pulled, control);
    }
    // A case study packed into one GeoPackage opens from its unpacked copy in the cache.
    if (QFileInfo(folderPath).isFile() && QFileInfo(folderPath).suffix().toLower() == QLatin1String("gpkg")) {
        auto unpacked = packagearchive::unpackToCache(folderPath);
        if (!unpacked) {
            result.problems << unpacked.error();
            return result;
        }
        return load(*unpacked, control);
    }
    const PackageFolder folder(folderPath);
    if (!folder.exists() || !QFileInfo(folderPath).isDir()) {
        result.problems << Error::at(folderPath, 0, QObject::tr("package folder not found"));
        return result;
    }
    // A link out of the folder would let a package read (and, packed, share) any file of the
    // user's: refuse the whole package before GDAL or the CSV reader touch anything.
    if (const QStringList links = folder.linksOutside(); !links.isEmpty()) {
        for (const QString &link : links)
            result.problems << Error::at(link, 0, QObject::tr("a symbolic link to a file outside the package folder: "
                                                              "copy the file into the package instead"));
        return result;
    }
    auto manifest = PackageManifest::read(QDir(folder.root()).filePath(kManifest), result.problems);
    if (!manifest)
        return result;

    auto study = std::make_shared<CaseStudy>();
    study->rootPath = folder.root();
    study->manifest = std::move(*manifest);
    for (const Authority &a : study->manifest.authorities)
        if (!a.id.isEmpty() && study->model.authorityIndex(a.id) < 0)
            study->model.addAuthority(a);

    // Steps: each layer, the three tables, the period maps.
    const int total = int(study->manifest.layers.size()) + 4;
    int done = 0;
    auto stepDone = [&] {
        ++done;
        if (control.progress)
            control.progress(done, total);
        return control.cancelled && control.cancelled();
    };
    auto cancelled = [&] {
        LoadResult out;
        out.problems << Error::at(folderPath, 0, QObject::tr("loading cancelled"));
        return out;
    };
    for (const LayerSpec &spec : study->manifest.layers) {
        if (!spec.id.isEmpty() && !spec.file.isEmpty())
            loadLayer(*study, folder, spec, result.problems, control.cancelled);
        if (stepDone())
            return cancelled();
    }
    study->indexFeatures();

    // Feature layers that could not be read: rows that refer to them get one message a layer.
    QSet<QString> unreadLayers;
    for (const LayerSpec &spec : study->manifest.layers)
        if (spec.role == LayerSpec::Role::Features && !study->layer(spec.id))
            unreadLayers.insert(spec.id);

    const PackageManifest &m = study->manifest;
    if (!m.sourcesFile.isEmpty()) {
        const QString path = control.tableOverrides.value(QStringLiteral("sources"),
                                                             tableFile(folder, m.sourcesFile, m.sourcesLine, QStringLiteral("sources"), result.problems));
        if (!path.isEmpty())
            packagetables::readSources(path, m.sourcesFile, study->model, result.problems);
    }
    if (stepDone())
        return cancelled();
    if (!m.claimsFile.isEmpty()) {
        const QString path = control.tableOverrides.value(QStringLiteral("claims"),
                                                             tableFile(folder, m.claimsFile, m.claimsLine, QStringLiteral("claims"), result.problems));
        if (!path.isEmpty())
            packagetables::readClaims(path, m.claimsFile, m.calendar, study->model, result.problems, unreadLayers);
    }
    if (stepDone())
        return cancelled();
    if (!m.eventsFile.isEmpty()) {
        const QString path = control.tableOverrides.value(QStringLiteral("events"),
                                                             tableFile(folder, m.eventsFile, m.eventsLine, QStringLiteral("events"), result.problems));
        if (!path.isEmpty())
            packagetables::readEvents(path, m.eventsFile, m.calendar, study->model, result.problems, unreadLayers);
    }
    if (stepDone())
        return cancelled();
    for (const PeriodMapSpec &spec : m.periodMaps)
        if (!spec.file.isEmpty())
            checkPeriodMap(*study, folder, spec, result.problems);

    if (!QFileInfo::exists(QDir(folder.root()).filePath(QStringLiteral("SOURCES.md"))))
        result.problems << Error::at(QStringLiteral("SOURCES.md"), 0,
                                     QObject::tr("file not found: every package states its data's licences and attributions"));

    study->index = ClaimIndex(study->model);
    stepDone();
    result.study = std::move(study);
    return result;
}

} // namespace dpa
