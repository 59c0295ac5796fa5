#include "io/vectorreader.h"
#include "io/sqliteschema.h"
#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/ogrgeometry.h"

#include <QFileInfo>
#include <QObject>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>

namespace dpa {
namespace {

struct OgrFeatureDeleter { void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); } };
using OgrFeatureHandle = std::unique_ptr<void, OgrFeatureDeleter>;

QVariant fieldValue(OGRFeatureH f, int i)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    OGRFieldDefnH def = OGR_F_GetFieldDefnRef(f, i);
    switch (OGR_Fld_GetType(def)) {
    case OFTInteger:
        if (OGR_Fld_GetSubType(def) == OFSTBoolean)
            return bool(OGR_F_GetFieldAsInteger(f, i));
        return OGR_F_GetFieldAsInteger(f, i);
    case OFTInteger64: return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal: return OGR_F_GetFieldAsDouble(f, i);
    default: return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    }
}

} // namespace

Result<VectorLayerData> readVectorLayer(const QString &path, const VectorReadOptions &options)
{
    GdalEnvironment::ensureInitialized();
    const QString name = options.displayName.isEmpty() ? path : options.displayName;
    if (!QFileInfo::exists(path))
        return Error::at(name, 0, QObject::tr("file not found"));

    GdalErrorCapture capture;
    const GdalDriverList drivers(options.allowedDrivers);

    GdalDatasetHandle ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                    drivers.get(),
                                    nullptr, nullptr));
    if (!ds) {
        const QString why = options.allowedDrivers.isEmpty()
                                ? QObject::tr("cannot open as a vector layer")
                                : QObject::tr("cannot open as a vector layer in an allowed format (%1)")
                                      .arg(options.allowedDrivers.join(QStringLiteral(", ")));
        return Error::at(name, 0, why).withCauses(capture.errors());
    }

    OGRLayerH layer = options.layerName.isEmpty()
                          ? GDALDatasetGetLayer(ds.get(), 0)
                          : GDALDatasetGetLayerByName(ds.get(), options.layerName.toUtf8().constData());
    if (!layer) {
        return Error::at(name, 0, options.layerName.isEmpty()
                                      ? QObject::tr("file holds no vector layer")
                                      : QObject::tr("no layer named \"%1\"").arg(options.layerName))
            .withCauses(capture.errors());
    }

    // A GeoPackage layer that is an SQL view runs its author's query when read: refused, before
    // anything (even a feature count) reads it.
    if (QLatin1String(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get()))) == QLatin1String("GPKG")) {
        const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));
        if (const QString kind = sqliteschema::objectType(ds.get(), layerName); kind != QLatin1String("table"))
            return Error::at(name, 0, QObject::tr("layer \"%1\" is %2, not a plain table: a view runs its own query when "
                                                  "read, so a package may not hold one")
                                          .arg(layerName, kind.isEmpty() ? QObject::tr("not in the file's tables") : QObject::tr("a %1").arg(kind)));
    }

    VectorLayerData data;
    data.layerName = QString::fromUtf8(OGR_L_GetName(layer));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        data.fieldNames << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));

    const GIntBig count = OGR_L_GetFeatureCount(layer, FALSE);
    if (count > options.maxFeatures)
        return Error::at(name, 0, QObject::tr("layer has %1 features; at most %2 are allowed")
                                      .arg(count).arg(options.maxFeatures));

    // The layer's CRS; a layer without one is only accepted when no reprojection is asked for.
    Crs layerCrs;
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        char *wkt = nullptr;
        const char *wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
        OSRExportToWktEx(srs, &wkt, wktOptions);
        auto crs = Crs::fromUserInput(QString::fromUtf8(wkt));
        CPLFree(wkt);
        if (!crs)
            return Error::at(name, 0, QObject::tr("layer CRS not understood")).withCauses({crs.error().toString()});
        layerCrs = *crs;
    }
    if (!layerCrs.isValid())
        layerCrs = options.assumedCrs;
    data.fileCrs = layerCrs;
    std::optional<CoordinateTransform> transform;
    if (options.targetCrs.isValid()) {
        if (!layerCrs.isValid())
            return Error::at(name, 0, QObject::tr("layer has no CRS, so it cannot be placed on the map "
                                                  "(give one in the manifest's \"crs\" of this layer)"));
        auto t = CoordinateTransform::create(layerCrs, options.targetCrs);
        if (!t)
            return Error::at(name, 0, t.error().message).withCauses(t.error().causes);
        transform.emplace(std::move(*t));
        data.crs = options.targetCrs;
    } else {
        data.crs = layerCrs;
    }

    const int idIndex = options.idField.isEmpty()
                            ? -1 : OGR_FD_GetFieldIndex(defn, options.idField.toUtf8().constData());
    OGR_L_ResetReading(layer);
    data.features.reserve(size_t(std::max<GIntBig>(count, 0)));
    while (OgrFeatureHandle handle{OGR_L_GetNextFeature(layer)}) {
        auto f = static_cast<OGRFeatureH>(handle.get());
        if (options.cancelled && data.features.size() % 256 == 0 && options.cancelled())
            return Error::at(name, 0, QObject::tr("reading cancelled"));
        if (qint64(data.features.size()) >= options.maxFeatures)
            return Error::at(name, 0, QObject::tr("layer has more than %1 features").arg(options.maxFeatures));
        VectorFeature feature;
        feature.fid = OGR_F_GetFID(f);
        for (int i = 0; i < data.fieldNames.size(); ++i)
            feature.attributes.insert(data.fieldNames[i], fieldValue(f, i));
        const QString featureName = idIndex >= 0 && OGR_F_IsFieldSetAndNotNull(f, idIndex)
                                        ? QString::fromUtf8(OGR_F_GetFieldAsString(f, idIndex))
                                        : QStringLiteral("#%1").arg(feature.fid);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            data.problems << Error::inFeature(name, featureName, QObject::tr("feature has no geometry"));
        } else if (!appendOgrGeometry(g, feature.geometry)) {
            data.problems << Error::inFeature(name, featureName,
                                              QObject::tr("unsupported geometry type %1")
                                                  .arg(QString::fromUtf8(OGR_G_GetGeometryName(g))));
        } else if (transform && !transform->transformInPlace(feature.geometry)) {
            data.problems << Error::inFeature(name, featureName,
                                              QObject::tr("some coordinates cannot be transformed to %1")
                                                  .arg(options.targetCrs.name()));
        }
        data.features.push_back(std::move(feature));
    }
    if (!capture.errors().isEmpty())
        return Error::at(name, 0, QObject::tr("error while reading features")).withCauses(capture.errors());
    return data;
}

} // namespace dpa
