#include "io/geometryrepair.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/geometryfix.h"
#include "io/handles.h"

#include <QObject>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace dpa {
namespace {

struct OgrFeatureDeleter
{
    void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};
using OgrFeatureHandle = std::unique_ptr<void, OgrFeatureDeleter>;

struct PendingFix
{
    GeometryRepair report;
    OgrGeometryHandle fixed;
};

Result<OGRLayerH> findLayer(GDALDatasetH ds, const QString &layerName, const QString &file)
{
    OGRLayerH layer = layerName.isEmpty() ? GDALDatasetGetLayer(ds, 0)
                                          : GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
    if (!layer)
        return Error::at(file, 0, layerName.isEmpty() ? QObject::tr("file holds no vector layer")
                                                      : QObject::tr("no layer named \"%1\"").arg(layerName));
    return layer;
}

// The CRS the file's coordinates are in, so that places are named the way QGIS shows them.
Crs fileCrs(OGRLayerH layer, const Crs &assumed)
{
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        char *wkt = nullptr;
        const char *options[] = {"FORMAT=WKT2_2019", nullptr};
        OSRExportToWktEx(srs, &wkt, options);
        auto crs = Crs::fromUserInput(QString::fromUtf8(wkt));
        CPLFree(wkt);
        if (crs)
            return *crs;
    }
    return assumed;
}

QString fieldText(OGRFeatureH f, int index)
{
    return index >= 0 && OGR_F_IsFieldSetAndNotNull(f, index) ? QString::fromUtf8(OGR_F_GetFieldAsString(f, index)).trimmed()
                                                               : QString();
}

// Reads the layer and works out every fix, writing nothing.
Result<std::vector<PendingFix>> findFixes(const QString &path, const GeometryRepairRequest &request, const QString &file)
{
    GdalErrorCapture capture;
    const GdalDriverList drivers(request.allowedDrivers);
    GdalDatasetHandle ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.get(), nullptr, nullptr));
    if (!ds)
        return Error::at(file, 0, QObject::tr("cannot open as a vector layer")).withCauses(capture.errors());
    const auto layer = findLayer(ds.get(), request.layerName, file);
    if (!layer)
        return layer.error();
    const FileLocation where(fileCrs(*layer, request.assumedCrs));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(*layer);
    const int idIndex = request.idField.isEmpty() ? -1 : OGR_FD_GetFieldIndex(defn, request.idField.toUtf8().constData());
    const int nameIndex = request.nameField.isEmpty() ? -1 : OGR_FD_GetFieldIndex(defn, request.nameField.toUtf8().constData());

    std::vector<PendingFix> fixes;
    QStringList unfixable;
    OGR_L_ResetReading(*layer);
    while (OgrFeatureHandle handle{OGR_L_GetNextFeature(*layer)}) {
        auto f = static_cast<OGRFeatureH>(handle.get());
        auto fix = fixGeometry(OGR_F_GetGeometryRef(f), where);
        if (!fix)
            continue;
        GeometryRepair report;
        report.fid = OGR_F_GetFID(f);
        report.featureId = fieldText(f, idIndex);
        if (report.featureId.isEmpty())
            report.featureId = QStringLiteral("#%1").arg(report.fid);
        report.featureName = fieldText(f, nameIndex);
        report.problems = fix->problems;
        report.change = fix->change;
        if (!fix->fixed)
            unfixable << QObject::tr("feature %1: %2: %3").arg(report.featureId, report.problems.join(QStringLiteral("; ")), fix->failure);
        else
            fixes.push_back({std::move(report), std::move(fix->fixed)});
    }
    if (!unfixable.isEmpty())
        return Error::at(file, 0, QObject::tr("%n geometry(ies) cannot be fixed, so no fixed copy is written: %1", nullptr,
                                              int(unfixable.size()))
                                      .arg(unfixable.join(QStringLiteral("; "))));
    if (!capture.errors().isEmpty())
        return Error::at(file, 0, QObject::tr("error while reading features")).withCauses(capture.errors());
    return fixes;
}

} // namespace

Result<std::vector<GeometryRepair>> repairLayerFile(const QString &path, const GeometryRepairRequest &request)
{
    GdalEnvironment::ensureInitialized();
    const QString file = request.displayName.isEmpty() ? path : request.displayName;
    auto fixes = findFixes(path, request, file);
    if (!fixes)
        return fixes.error();
    std::vector<GeometryRepair> reports;
    if (fixes->empty())
        return reports;

    GdalErrorCapture capture;
    const GdalDriverList drivers(request.allowedDrivers);
    GdalDatasetHandle ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers.get(), nullptr, nullptr));
    if (!ds)
        return Error::at(file, 0, QObject::tr("cannot open the copy for writing")).withCauses(capture.errors());
    const auto layer = findLayer(ds.get(), request.layerName, file);
    if (!layer)
        return layer.error();
    // Rewriting a feature in place is what keeps the rest of the file as it was; formats that
    // cannot (FlatGeobuf, KML) would have to be rewritten whole, losing what GDAL does not read.
    if (!OGR_L_TestCapability(*layer, OLCRandomWrite))
        return Error::at(file, 0, QObject::tr("GDAL's %1 driver cannot rewrite a feature in place, so no fixed copy of "
                                              "this file can be written: save the layer as GeoJSON or GeoPackage (in QGIS: "
                                              "Export > Save Features As), point the manifest at it and repair again")
                                      .arg(QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get())))));
    for (PendingFix &fix : *fixes) {
        OgrFeatureHandle handle(OGR_L_GetFeature(*layer, fix.report.fid));
        auto f = static_cast<OGRFeatureH>(handle.get());
        if (!f || OGR_F_SetGeometryDirectly(f, static_cast<OGRGeometryH>(fix.fixed.release())) != OGRERR_NONE ||
            OGR_L_SetFeature(*layer, f) != OGRERR_NONE)
            return Error::inFeature(file, fix.report.featureId, QObject::tr("cannot write the fixed geometry"))
                .withCauses(capture.errors());
        reports.push_back(std::move(fix.report));
    }
    // GeoJSON is written out when the dataset closes, so its errors only show after this.
    ds.reset();
    if (!capture.errors().isEmpty())
        return Error::at(file, 0, QObject::tr("error while writing the fixed geometries")).withCauses(capture.errors());
    return reports;
}

} // namespace dpa
