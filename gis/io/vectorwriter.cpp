#include "io/vectorwriter.h"
#include "io/stagingfolders.h"
#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace dpa::vectorwriter {
namespace {

struct SrsDeleter { void operator()(void *s) const { OSRRelease(static_cast<OGRSpatialReferenceH>(s)); } };
struct GeometryDeleter { void operator()(void *g) const { OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(g)); } };
using GeometryHandle = std::unique_ptr<void, GeometryDeleter>;

OGRGeometryH ringGeometry(const Ring &ring, OGRwkbGeometryType type)
{
    OGRGeometryH g = OGR_G_CreateGeometry(type);
    for (const QPointF &p : ring)
        OGR_G_AddPoint_2D(g, p.x(), p.y());
    return g;
}

// Polygons as a MultiPolygon, lines as a MultiLineString, points as a Point or MultiPoint; a
// record with several kinds becomes a GeometryCollection.
GeometryHandle toOgr(const Geometry &geometry)
{
    std::vector<OGRGeometryH> parts;
    if (!geometry.polygons.empty()) {
        OGRGeometryH mp = OGR_G_CreateGeometry(wkbMultiPolygon);
        for (const Polygon &p : geometry.polygons) {
            OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
            for (const Ring &r : p.rings)
                OGR_G_AddGeometryDirectly(poly, ringGeometry(r, wkbLinearRing));
            OGR_G_AddGeometryDirectly(mp, poly);
        }
        parts.push_back(mp);
    }
    if (!geometry.lines.empty()) {
        OGRGeometryH ml = OGR_G_CreateGeometry(wkbMultiLineString);
        for (const Ring &l : geometry.lines)
            OGR_G_AddGeometryDirectly(ml, ringGeometry(l, wkbLineString));
        parts.push_back(ml);
    }
    if (geometry.points.size() == 1) {
        OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(pt, 0, geometry.points[0].x(), geometry.points[0].y());
        parts.push_back(pt);
    } else if (!geometry.points.empty()) {
        OGRGeometryH mpt = OGR_G_CreateGeometry(wkbMultiPoint);
        for (const QPointF &p : geometry.points) {
            OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(pt, 0, p.x(), p.y());
            OGR_G_AddGeometryDirectly(mpt, pt);
        }
        parts.push_back(mpt);
    }
    if (parts.empty())
        return GeometryHandle();
    if (parts.size() == 1)
        return GeometryHandle(parts.front());
    OGRGeometryH collection = OGR_G_CreateGeometry(wkbGeometryCollection);
    for (OGRGeometryH p : parts)
        OGR_G_AddGeometryDirectly(collection, p);
    return GeometryHandle(collection);
}

OGRwkbGeometryType layerType(const std::vector<VectorRecord> &records)
{
    bool polygons = false, lines = false, points = false;
    for (const VectorRecord &r : records) {
        polygons |= !r.geometry.polygons.empty();
        lines |= !r.geometry.lines.empty();
        points |= !r.geometry.points.empty();
    }
    if (!polygons && !lines && !points)
        return wkbNone;
    if (int(polygons) + int(lines) + int(points) != 1)
        return wkbUnknown;
    return polygons ? wkbMultiPolygon : lines ? wkbMultiLineString : wkbPoint;
}

OGRFieldType fieldType(QMetaType::Type t)
{
    switch (t) {
    case QMetaType::Int: return OFTInteger;
    case QMetaType::LongLong: return OFTInteger64;
    case QMetaType::Double: return OFTReal;
    case QMetaType::QDateTime: return OFTDateTime;
    case QMetaType::QByteArray: return OFTBinary;
    default: return OFTString;
    }
}

} // namespace

QString driverForPath(const QString &path)
{
    GdalEnvironment::ensureInitialized();
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("gpkg")) return QStringLiteral("GPKG");
    if (ext == QLatin1String("geojson") || ext == QLatin1String("json")) return QStringLiteral("GeoJSON");
    if (ext == QLatin1String("shp")) return QStringLiteral("ESRI Shapefile");
    // LIBKML writes `begin`/`end` fields as TimeSpan, which Google Earth's time slider plays.
    if (ext == QLatin1String("kml"))
        return GDALGetDriverByName("LIBKML") ? QStringLiteral("LIBKML") : QStringLiteral("KML");
    if (ext == QLatin1String("fgb")) return QStringLiteral("FlatGeobuf");
    if (ext == QLatin1String("csv")) return QStringLiteral("CSV");
    return {};
}

Result<int> write(const VectorWriteRequest &request, const std::vector<VectorRecord> &records)
{
    GdalEnvironment::ensureInitialized();
    const QString driverName = request.driver.isEmpty() ? driverForPath(request.path) : request.driver;
    VectorLayerToWrite layer;
    layer.name = request.layerName.isEmpty() ? QFileInfo(request.path).completeBaseName() : request.layerName;
    layer.sourceCrs = request.sourceCrs;
    layer.targetCrs = request.targetCrs;
    layer.fields = request.fields;
    layer.records = records;
    return writeLayers(request.path, driverName, {std::move(layer)});
}

namespace {

Result<int> writeLayer(GDALDatasetH ds, const QString &path, const QString &driverName, const VectorLayerToWrite &request,
                       GdalErrorCapture &capture)
{
    // GeoJSON (RFC 7946) and KML are WGS 84 by definition.
    Crs outCrs = request.targetCrs.isValid() ? request.targetCrs : request.sourceCrs;
    if (driverName == QLatin1String("GeoJSON") || driverName.endsWith(QLatin1String("KML")))
        outCrs = Crs::wgs84();
    std::optional<CoordinateTransform> transform;
    if (request.sourceCrs.isValid() && outCrs.isValid() && !(outCrs == request.sourceCrs)) {
        auto t = CoordinateTransform::create(request.sourceCrs, outCrs);
        if (!t)
            return Error::at(path, 0, t.error().message).withCauses(t.error().causes);
        transform.emplace(std::move(*t));
    }
    OGRwkbGeometryType geometryType = layerType(request.records);
    switch (request.geometryKind) {
    case GeometryKind::FromRecords: break;
    case GeometryKind::Areas: geometryType = wkbMultiPolygon; break;
    case GeometryKind::Lines: geometryType = wkbMultiLineString; break;
    case GeometryKind::Points: geometryType = wkbPoint; break;
    }
    // A shapefile holds one kind of geometry; say so in words rather than let GDAL refuse the
    // first point with "Attempt to write non-polygon (POINT) geometry to POLYGON type shapefile".
    if (driverName == QLatin1String("ESRI Shapefile") && geometryType == wkbUnknown)
        return Error::at(path, 0, QObject::tr("a shapefile holds one kind of geometry, and %1 mixes areas, lines or points: "
                                              "export one layer at a time, or write a GeoPackage (.gpkg), which holds them all")
                                      .arg(request.name));
    std::unique_ptr<void, SrsDeleter> srs;
    if (outCrs.isValid() && geometryType != wkbNone) {
        srs.reset(OSRNewSpatialReference(nullptr));
        OSRSetFromUserInput(static_cast<OGRSpatialReferenceH>(srs.get()), outCrs.wkt().toUtf8().constData());
        OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(srs.get()), OAMS_TRADITIONAL_GIS_ORDER);
    }
    QList<QByteArray> optionBytes;
    if (driverName == QLatin1String("CSV"))
        optionBytes << "GEOMETRY=AS_WKT";
    if (driverName == QLatin1String("GeoJSON"))
        optionBytes << "RFC7946=YES";
    if (driverName == QLatin1String("ESRI Shapefile"))
        optionBytes << "ENCODING=UTF-8";
    std::vector<char *> options;
    for (QByteArray &b : optionBytes)
        options.push_back(b.data());
    options.push_back(nullptr);
    const QByteArray layerName = request.name.toUtf8();
    OGRLayerH layer = GDALDatasetCreateLayer(ds, layerName.constData(), static_cast<OGRSpatialReferenceH>(srs.get()),
                                             geometryType, options.data());
    if (!layer)
        return Error::at(path, 0, QObject::tr("cannot create layer %1").arg(request.name)).withCauses(capture.errors());
    if (!request.description.isEmpty())
        GDALSetMetadataItem(layer, "DESCRIPTION", request.description.toUtf8().constData(), nullptr);   // an OGRLayer is a GDALMajorObject
    // A CSV has no place for its CRS, and QGIS asks for one when it opens it: a column says it.
    std::vector<VectorField> fields = request.fields;
    const bool crsColumn = driverName == QLatin1String("CSV") && outCrs.isValid() && geometryType != wkbNone;
    if (crsColumn)
        fields.push_back({QStringLiteral("crs")});
    for (const VectorField &f : fields) {
        OGRFieldDefnH def = OGR_Fld_Create(f.name.toUtf8().constData(), fieldType(f.type));
        const OGRErr err = OGR_L_CreateField(layer, def, TRUE);
        OGR_Fld_Destroy(def);
        if (err != OGRERR_NONE)
            return Error::at(path, 0, QObject::tr("cannot create field %1").arg(f.name)).withCauses(capture.errors());
    }

    GDALDatasetStartTransaction(ds, FALSE);
    int written = 0;
    for (const VectorRecord &r : request.records) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int i = 0; i < int(request.fields.size()); ++i) {
            const QVariant v = r.attributes.value(request.fields[size_t(i)].name);
            if (!v.isValid() || v.isNull())
                continue;
            switch (request.fields[size_t(i)].type) {
            case QMetaType::Int: OGR_F_SetFieldInteger(f, i, v.toInt()); break;
            case QMetaType::LongLong: OGR_F_SetFieldInteger64(f, i, v.toLongLong()); break;
            case QMetaType::Double: OGR_F_SetFieldDouble(f, i, v.toDouble()); break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                OGR_F_SetFieldBinary(f, i, int(bytes.size()), reinterpret_cast<const GByte *>(bytes.constData()));
                break;
            }
            case QMetaType::QDateTime: {
                // A date the formats cannot hold stays null rather than become "0000/00/00"
                // (an invalid QDateTime) or a year before 1 in four-digit date fields.
                const QDateTime dt = v.toDateTime();
                if (!dt.isValid() || dt.date().year() < 1 || dt.date().year() > 9999)
                    break;
                OGR_F_SetFieldDateTime(f, i, dt.date().year(), dt.date().month(), dt.date().day(), dt.time().hour(),
                                       dt.time().minute(), dt.time().second(), 0);
                break;
            }
            default: OGR_F_SetFieldString(f, i, v.toString().toUtf8().constData()); break;
            }
        }
        if (crsColumn) {
            const QString crs = outCrs.authorityId().isEmpty() ? outCrs.wkt() : outCrs.authorityId();
            OGR_F_SetFieldString(f, int(request.fields.size()), crs.toUtf8().constData());
        }
        Geometry g = r.geometry;
        if (transform)
            transform->transformInPlace(g);
        if (GeometryHandle geometry = toOgr(g))
            OGR_F_SetGeometry(f, static_cast<OGRGeometryH>(geometry.get()));
        const OGRErr err = OGR_L_CreateFeature(layer, f);
        OGR_F_Destroy(f);
        if (err != OGRERR_NONE) {
            return Error::at(path, 0, QObject::tr("cannot write feature %1 of %2").arg(written + 1).arg(request.name))
                .withCauses(capture.errors());
        }
        ++written;
    }
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE && !capture.errors().isEmpty())
        return Error::at(path, 0, QObject::tr("cannot finish writing")).withCauses(capture.errors());
    return written;
}

const QStringList &shapefileParts()
{
    static const QStringList parts{QStringLiteral(".shp"), QStringLiteral(".shx"), QStringLiteral(".dbf"),
                                   QStringLiteral(".prj"), QStringLiteral(".cpg")};
    return parts;
}

// Opens what was written with the driver that wrote it and counts the features: a file cut
// short by a full disk does not parse, or has fewer.
std::optional<QString> checkReadsBack(const QString &staged, const QString &driverName, int written)
{
    const GdalDriverList drivers({driverName});
    GdalErrorCapture quiet;
    GdalDatasetHandle ds(GDALOpenEx(staged.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.get(), nullptr, nullptr));
    if (!ds)
        return QObject::tr("the written file does not read back (is the disk full?)");
    qint64 features = 0;
    for (int l = 0; l < GDALDatasetGetLayerCount(ds.get()); ++l)
        features += OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds.get(), l), TRUE);
    if (features != written)
        return QObject::tr("the written file reads back with %1 of %2 features (is the disk full?)").arg(features).arg(written);
    return std::nullopt;
}

bool syncToDisk(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

} // namespace

bool holdsOneLayer(const QString &driver)
{
    return driver == QLatin1String("GeoJSON") || driver == QLatin1String("FlatGeobuf") || driver == QLatin1String("ESRI Shapefile")
           || driver == QLatin1String("CSV");
}

Result<int> writeLayers(const QString &path, const QString &driverName, const std::vector<VectorLayerToWrite> &layers,
                        const std::function<bool(int, int)> &progress, QStringList *files, const QStringList &sqlAfter)
{
    GdalEnvironment::ensureInitialized();
    if (driverName.isEmpty())
        return Error::at(path, 0, QObject::tr("unknown format: name the file .gpkg, .geojson, .shp, .kml, .fgb or .csv"));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error::at(path, 0, QObject::tr("cannot write: folder %1 does not exist").arg(target.absolutePath()));

    // A shapefile is several files, and no file system replaces a set of files in one step: a
    // crash between two renames would leave the new .dbf beside the old .shp. So an existing
    // set is never overwritten; the user removes it or picks another name.
    if (driverName == QLatin1String("ESRI Shapefile")) {
        QStringList existing;
        for (const QString &ext : shapefileParts())
            if (QFileInfo::exists(target.absoluteDir().filePath(target.completeBaseName() + ext)))
                existing << target.completeBaseName() + ext;
        if (!existing.isEmpty())
            return Error::at(path, 0, QObject::tr("a shapefile set of this name is there already (%1); a set of files cannot "
                                                  "be replaced in one step: delete it or choose another name")
                                          .arg(existing.join(QStringLiteral(", "))));
    }

    // Write inside a temporary folder next to the target, then move the file(s) into place.
    // Its name carries our process id, so a later run can tell one left by a killed process.
    StagingFolders::removeStale(target.absolutePath());
    QTemporaryDir staging(StagingFolders::pattern(target.absolutePath()));
    if (!staging.isValid())
        return Error::at(path, 0, QObject::tr("cannot write in %1 (%2)").arg(target.absolutePath(), staging.errorString()));
    GdalErrorCapture capture;
    GDALDriverH driver = GDALGetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return Error::at(path, 0, QObject::tr("GDAL has no %1 driver").arg(driverName));
    // The files to write: one, or one per layer in a format that holds one layer a file.
    const bool filePerLayer = holdsOneLayer(driverName) && layers.size() > 1;
    std::vector<std::pair<QString, std::vector<const VectorLayerToWrite *>>> outputs;
    if (filePerLayer) {
        for (const VectorLayerToWrite &layer : layers)
            outputs.push_back({target.completeBaseName() + QLatin1Char('-') + layer.name + QLatin1Char('.') + target.suffix(), {&layer}});
    } else {
        outputs.push_back({target.fileName(), {}});
        for (const VectorLayerToWrite &layer : layers)
            outputs.back().second.push_back(&layer);
    }
    int written = 0, layersDone = 0;
    for (const auto &[fileName, fileLayers] : outputs) {
        const QString staged = staging.filePath(fileName);
        const QString shownPath = target.absoluteDir().filePath(fileName);
        if (filePerLayer && driverName == QLatin1String("ESRI Shapefile") && QFileInfo::exists(shownPath))
            return Error::at(shownPath, 0, QObject::tr("a shapefile set of this name is there already; a set of files cannot "
                                                       "be replaced in one step: delete it or choose another name"));
        GdalDatasetHandle ds(GDALCreate(driver, staged.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return Error::at(shownPath, 0, QObject::tr("cannot create file")).withCauses(capture.errors());
        int inFile = 0;
        for (const VectorLayerToWrite *layer : fileLayers) {
            auto count = writeLayer(ds.get(), shownPath, driverName, *layer, capture);
            if (!count)
                return count.error();
            inFile += *count;
            if (progress && !progress(++layersDone, int(layers.size())))
                return Error::at(path, 0, QObject::tr("cancelled"));
        }
        if (!filePerLayer)
            for (const QString &sql : sqlAfter)
                GDALDatasetReleaseResultSet(ds.get(), GDALDatasetExecuteSQL(ds.get(), sql.toUtf8().constData(), nullptr, nullptr));
        ds.reset();   // flush and close before moving into place
        if (!capture.errors().isEmpty())
            return Error::at(shownPath, 0, QObject::tr("error while writing")).withCauses(capture.errors());
        // GDAL 3.6 does not report every failed write (GeoJSON and KML on a full disk close
        // "successfully" with a truncated file): read the file back before it replaces anything.
        if (auto problem = checkReadsBack(staged, driverName, inFile))
            return Error::at(shownPath, 0, *problem);
        written += inFile;
        if (files)
            files->append(shownPath);
    }
    // On disk before the rename, so a power cut cannot leave the new name on empty blocks.
    const QDir stagedFiles(staging.path());
    for (const QFileInfo &file : stagedFiles.entryInfoList(QDir::Files))
        if (!syncToDisk(file.absoluteFilePath()))
            return Error::at(path, 0, QObject::tr("cannot write %1 to disk (full?)").arg(file.fileName()));

    const QDir stagingDir(staging.path());
    for (const QFileInfo &file : stagingDir.entryInfoList(QDir::Files)) {
        const QString destination = target.absoluteDir().filePath(file.fileName());
        // rename(2) replaces an existing file in one step: readers see the old or the new.
        if (std::rename(QFile::encodeName(file.absoluteFilePath()).constData(), QFile::encodeName(destination).constData()) != 0)
            return Error::at(path, 0, QObject::tr("cannot move the finished file into place"));
    }
    return written;
}

} // namespace dpa::vectorwriter
