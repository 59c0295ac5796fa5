#include "package/postgis/pglayerfile.h"
#include "package/postgis/pgconnection.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "io/sqliteschema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <QSet>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

namespace dpa::postgis {
namespace {

struct FeatureDeleter { void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); } };
using FeatureHandle = std::unique_ptr<void, FeatureDeleter>;
struct SrsDeleter { void operator()(void *s) const { OSRRelease(static_cast<OGRSpatialReferenceH>(s)); } };
using SrsHandle = std::unique_ptr<void, SrsDeleter>;

QString typeName(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint: return QStringLiteral("Point");
    case wkbLineString: return QStringLiteral("LineString");
    case wkbPolygon: return QStringLiteral("Polygon");
    case wkbMultiPoint: return QStringLiteral("MultiPoint");
    case wkbMultiLineString: return QStringLiteral("MultiLineString");
    case wkbMultiPolygon: return QStringLiteral("MultiPolygon");
    case wkbGeometryCollection: return QStringLiteral("GeometryCollection");
    default: return QStringLiteral("Geometry");
    }
}

int epsgOf(OGRSpatialReferenceH srs)
{
    if (!srs)
        return 0;
    if (const char *name = OSRGetAuthorityName(srs, nullptr); name && qstrcmp(name, "EPSG") == 0)
        return atoi(OSRGetAuthorityCode(srs, nullptr));
    SrsHandle clone(OSRClone(srs));
    if (OSRAutoIdentifyEPSG(static_cast<OGRSpatialReferenceH>(clone.get())) == OGRERR_NONE)
        if (const char *code = OSRGetAuthorityCode(static_cast<OGRSpatialReferenceH>(clone.get()), nullptr))
            return atoi(code);
    // GeoJSON is OGC:CRS84, EPSG:4326 with longitude first: PostGIS's 4326 is longitude first too.
    SrsHandle wgs84(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(static_cast<OGRSpatialReferenceH>(wgs84.get()), 4326);
    const char *criterion[] = {"CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
    if (OSRIsSameEx(srs, static_cast<OGRSpatialReferenceH>(wgs84.get()), criterion))
        return 4326;
    return 0;
}

QByteArray exactNumber(double v)
{
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    // 17 significant digits read back to the same double.
    return QByteArray::number(v, 'g', 17);
}

QByteArray fieldText(OGRFeatureH f, int i, const PgLayerField &field)
{
    const QString type = field.pgType();
    if (type == QLatin1String("boolean"))
        return OGR_F_GetFieldAsInteger(f, i) ? "t" : "f";
    if (type == QLatin1String("integer") || type == QLatin1String("bigint"))
        return QByteArray::number(qint64(OGR_F_GetFieldAsInteger64(f, i)));
    if (type == QLatin1String("double precision"))
        return exactNumber(OGR_F_GetFieldAsDouble(f, i));
    if (type == QLatin1String("bytea")) {
        int size = 0;
        const GByte *bytes = OGR_F_GetFieldAsBinary(f, i, &size);
        return byteaText(QByteArray(reinterpret_cast<const char *>(bytes), size));
    }
    return QByteArray(OGR_F_GetFieldAsString(f, i));
}

// PostgreSQL cuts names at 63 bytes, silently: cut here, and keep every column distinct.
QString columnName(const QString &name, QSet<QString> &taken)
{
    QString column = name;
    while (column.toUtf8().size() > 63)
        column.chop(1);
    for (int n = 2; taken.contains(column); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        column = name;
        while ((column + suffix).toUtf8().size() > 63)
            column.chop(1);
        column += suffix;
    }
    taken.insert(column);
    return column;
}

} // namespace

QString PgLayerField::pgType() const
{
    switch (ogrType) {
    case OFTInteger: return ogrSubType == OFSTBoolean ? QStringLiteral("boolean") : QStringLiteral("integer");
    case OFTInteger64: return QStringLiteral("bigint");
    case OFTReal: return QStringLiteral("double precision");
    case OFTBinary: return QStringLiteral("bytea");
    default: return QStringLiteral("text");
    }
}

QJsonObject PgLayerDefinition::toJson() const
{
    QJsonArray fieldArray;
    for (const PgLayerField &f : fields)
        fieldArray.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("column"), f.column},
                                      {QStringLiteral("type"), f.ogrType}, {QStringLiteral("subtype"), f.ogrSubType},
                                      {QStringLiteral("width"), f.width}, {QStringLiteral("precision"), f.precision}});
    return {{QStringLiteral("driver"), driver},
            {QStringLiteral("layer_name"), layerName},
            {QStringLiteral("srs_wkt"), srsWkt},
            {QStringLiteral("epsg"), epsg},
            {QStringLiteral("ogr_geometry_type"), ogrGeometryType},
            {QStringLiteral("geometry_type"), geometryType},
            {QStringLiteral("geometry_column"), geometryColumn},
            {QStringLiteral("fields"), fieldArray}};
}

PgLayerDefinition PgLayerDefinition::fromJson(const QJsonObject &json)
{
    PgLayerDefinition d;
    d.driver = json.value(QStringLiteral("driver")).toString();
    d.layerName = json.value(QStringLiteral("layer_name")).toString();
    d.srsWkt = json.value(QStringLiteral("srs_wkt")).toString();
    d.epsg = json.value(QStringLiteral("epsg")).toInt();
    d.ogrGeometryType = json.value(QStringLiteral("ogr_geometry_type")).toInt();
    d.geometryType = json.value(QStringLiteral("geometry_type")).toString();
    d.geometryColumn = json.value(QStringLiteral("geometry_column")).toString(QStringLiteral("geom"));
    for (const QJsonValue &v : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        d.fields.push_back({f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("column")).toString(),
                            f.value(QStringLiteral("type")).toInt(), f.value(QStringLiteral("subtype")).toInt(),
                            f.value(QStringLiteral("width")).toInt(), f.value(QStringLiteral("precision")).toInt()});
    }
    return d;
}

PgLayerSource::~PgLayerSource() = default;

Result<std::unique_ptr<PgLayerSource>> PgLayerSource::open(const QString &path, const QString &displayName,
                                                           const QString &layerName, const QStringList &allowedDrivers)
{
    GdalEnvironment::ensureInitialized();
    GdalErrorCapture capture;
    const GdalDriverList drivers(allowedDrivers);
    std::unique_ptr<PgLayerSource> source(new PgLayerSource);
    source->m_displayName = displayName;
    source->m_dataset.reset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.get(), nullptr, nullptr));
    if (!source->m_dataset)
        return Error::at(displayName, 0, QObject::tr("cannot open as a vector layer in an allowed format (%1)")
                                             .arg(allowedDrivers.join(QStringLiteral(", "))))
            .withCauses(capture.errors());
    GDALDatasetH ds = source->m_dataset.get();
    OGRLayerH layer = layerName.isEmpty() ? GDALDatasetGetLayer(ds, 0) : GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
    if (!layer)
        return Error::at(displayName, 0, layerName.isEmpty() ? QObject::tr("file holds no vector layer")
                                                             : QObject::tr("no layer named \"%1\"").arg(layerName));
    PgLayerDefinition &d = source->m_definition;
    d.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));
    d.layerName = QString::fromUtf8(OGR_L_GetName(layer));
    // The same refusal as the loader's: a GeoPackage view runs its author's SQL when read.
    if (d.driver == QLatin1String("GPKG") && sqliteschema::objectType(ds, d.layerName) != QLatin1String("table"))
        return Error::at(displayName, 0, QObject::tr("layer \"%1\" is not a plain table").arg(d.layerName));
    source->m_layer = layer;
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        char *wkt = nullptr;
        const char *options[] = {"FORMAT=WKT2_2019", nullptr};
        OSRExportToWktEx(srs, &wkt, options);
        d.srsWkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
        d.epsg = epsgOf(srs);
    }
    d.ogrGeometryType = int(OGR_L_GetGeomType(layer));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    // The table's own columns are taken: an attribute of the same name gets a suffix ("geom_2").
    QSet<QString> taken{QStringLiteral("geom"), QStringLiteral("dpa_fid"), QStringLiteral("dpa_version"),
                        QStringLiteral("dpa_saved_by"), QStringLiteral("dpa_saved_at")};
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH f = OGR_FD_GetFieldDefn(defn, i);
        const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(f));
        d.fields.push_back({name, columnName(name, taken), int(OGR_Fld_GetType(f)), int(OGR_Fld_GetSubType(f)),
                            OGR_Fld_GetWidth(f), OGR_Fld_GetPrecision(f)});
    }
    if (char **files = GDALGetFileList(ds)) {
        for (char **f = files; *f; ++f)
            d.files << QFileInfo(QString::fromUtf8(*f)).absoluteFilePath();
        CSLDestroy(files);
    }
    // The column's type is the one kind every feature has (QGIS then shows a layer of that kind),
    // else any geometry; Z and M only when every feature has them.
    QString kind;
    bool mixed = false, mixedDimensions = false, first = true, z = false, m = false;
    OGR_L_ResetReading(layer);
    while (FeatureHandle feature{OGR_L_GetNextFeature(layer)}) {
        ++source->m_count;
        OGRGeometryH g = OGR_F_GetGeometryRef(static_cast<OGRFeatureH>(feature.get()));
        if (!g)
            continue;
        const OGRwkbGeometryType type = OGR_G_GetGeometryType(g);
        const QString name = typeName(type);
        if (first) {
            kind = name;
            z = OGR_GT_HasZ(type);
            m = OGR_GT_HasM(type);
            first = false;
        } else {
            mixed = mixed || name != kind;
            mixedDimensions = mixedDimensions || bool(OGR_GT_HasZ(type)) != z || bool(OGR_GT_HasM(type)) != m;
        }
    }
    if (!capture.errors().isEmpty())
        return Error::at(displayName, 0, QObject::tr("error while reading features")).withCauses(capture.errors());
    // Mixed dimensions fit only a column without a type modifier (PostGIS refuses a Z geometry in
    // a 2D column); empty string stands for that.
    d.geometryType = mixedDimensions ? QString()
                                     : (mixed || kind.isEmpty() ? QStringLiteral("Geometry") : kind)
                                           + (z ? QStringLiteral("Z") : QString()) + (m ? QStringLiteral("M") : QString());
    return source;
}

std::optional<Error> PgLayerSource::copyRows(int srid, const std::function<bool(const QByteArray &)> &put)
{
    GdalErrorCapture capture;
    auto layer = static_cast<OGRLayerH>(m_layer);
    // dpa_fid keeps the file's feature ids when they run in the file's order (GeoJSON counts from
    // 0, a GeoPackage's fid column), so a GeoPackage written back has the same fids; otherwise
    // it is the feature's place in the file.
    bool fidsInOrder = true;
    qint64 last = -1;
    OGR_L_ResetReading(layer);
    while (FeatureHandle f{OGR_L_GetNextFeature(layer)}) {
        const qint64 fid = OGR_F_GetFID(static_cast<OGRFeatureH>(f.get()));
        if (fid <= last) {
            fidsInOrder = false;
            break;
        }
        last = fid;
    }
    QByteArray chunk;
    qint64 position = 0;
    std::vector<unsigned char> wkb;
    OGR_L_ResetReading(layer);
    while (FeatureHandle handle{OGR_L_GetNextFeature(layer)}) {
        auto f = static_cast<OGRFeatureH>(handle.get());
        appendCopyField(chunk, QByteArray::number(fidsInOrder ? qint64(OGR_F_GetFID(f)) : position), true);
        ++position;
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            wkb.resize(size_t(OGR_G_WkbSize(g)));
            OGR_G_ExportToWkb(g, wkbNDR, wkb.data());
            const QByteArray bytes(reinterpret_cast<const char *>(wkb.data()), qsizetype(wkb.size()));
            // Hex EWKB is what a geometry column reads from COPY's text.
            appendCopyField(chunk, ewkbWithSrid(bytes, srid).toHex(), false);
        } else {
            appendCopyNull(chunk, false);
        }
        for (int i = 0; i < int(m_definition.fields.size()); ++i) {
            if (OGR_F_IsFieldSetAndNotNull(f, i))
                appendCopyField(chunk, fieldText(f, i, m_definition.fields[size_t(i)]), false);
            else
                appendCopyNull(chunk, false);
        }
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            if (!put(chunk))
                return Error::at(m_displayName, 0, QObject::tr("the server stopped taking the layer's rows"));
            chunk.clear();
        }
    }
    if (!capture.errors().isEmpty())
        return Error::at(m_displayName, 0, QObject::tr("error while reading features")).withCauses(capture.errors());
    if (!chunk.isEmpty() && !put(chunk))
        return Error::at(m_displayName, 0, QObject::tr("the server stopped taking the layer's rows"));
    return std::nullopt;
}

QByteArray ewkbWithSrid(const QByteArray &wkb, int srid)
{
    // EWKB (PostGIS's extended WKB) marks the SRID with bit 0x20000000 of the outer type and puts
    // it after the type; OGR's WKB uses the same 0x80000000 flag for Z as EWKB does.
    if (srid <= 0 || wkb.size() < 5)
        return wkb;
    const bool littleEndian = wkb[0] == 1;
    auto readUint = [&](int at) {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i) {
            const quint32 b = quint8(wkb[at + i]);
            v |= littleEndian ? b << (8 * i) : b << (8 * (3 - i));
        }
        return v;
    };
    auto uintBytes = [&](quint32 v) {
        QByteArray out(4, '\0');
        for (int i = 0; i < 4; ++i)
            out[i] = char(littleEndian ? (v >> (8 * i)) & 0xff : (v >> (8 * (3 - i))) & 0xff);
        return out;
    };
    const quint32 type = readUint(1) | 0x20000000u;
    return wkb.left(1) + uintBytes(type) + uintBytes(quint32(srid)) + wkb.mid(5);
}

std::optional<Error> writeLayerFile(const QString &path, const std::vector<PgLayerToWrite> &layers)
{
    GdalEnvironment::ensureInitialized();
    GdalErrorCapture capture;
    const QString name = QFileInfo(path).fileName();
    if (layers.empty())
        return Error::at(name, 0, QObject::tr("no layer to write"));
    const QString driverName = layers.front().definition.driver;
    GDALDriverH driver = GDALGetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return Error::at(name, 0, QObject::tr("GDAL has no %1 driver to write the layer with").arg(driverName));
    QDir().mkpath(QFileInfo(path).absolutePath());
    GdalDatasetHandle ds(GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return Error::at(name, 0, QObject::tr("cannot create the layer file")).withCauses(capture.errors());
    const bool geojson = driverName == QLatin1String("GeoJSON");
    for (const PgLayerToWrite &layer : layers) {
        const PgLayerDefinition &d = layer.definition;
        SrsHandle srs;
        if (!d.srsWkt.isEmpty()) {
            srs.reset(OSRNewSpatialReference(nullptr));
            OSRSetFromUserInput(static_cast<OGRSpatialReferenceH>(srs.get()), d.srsWkt.toUtf8().constData());
            OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(srs.get()), OAMS_TRADITIONAL_GIS_ORDER);
        }
        // GeoJSON: 17 significant digits, so every coordinate reads back to the same double.
        const char *geojsonOptions[] = {"RFC7946=NO", "SIGNIFICANT_FIGURES=17", nullptr};
        OGRLayerH out = GDALDatasetCreateLayer(ds.get(), d.layerName.toUtf8().constData(), static_cast<OGRSpatialReferenceH>(srs.get()),
                                               OGRwkbGeometryType(d.ogrGeometryType), geojson ? const_cast<char **>(geojsonOptions) : nullptr);
        if (!out)
            return Error::at(name, 0, QObject::tr("cannot create layer \"%1\"").arg(d.layerName)).withCauses(capture.errors());
        for (const PgLayerField &f : d.fields) {
            OGRFieldDefnH field = OGR_Fld_Create(f.name.toUtf8().constData(), OGRFieldType(f.ogrType));
            OGR_Fld_SetSubType(field, OGRFieldSubType(f.ogrSubType));
            OGR_Fld_SetWidth(field, f.width);
            OGR_Fld_SetPrecision(field, f.precision);
            const OGRErr created = OGR_L_CreateField(out, field, TRUE);
            OGR_Fld_Destroy(field);
            if (created != OGRERR_NONE)
                return Error::at(name, 0, QObject::tr("cannot create attribute \"%1\"").arg(f.name)).withCauses(capture.errors());
        }
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(out);
        for (const PgFeatureRow &row : layer.rows) {
            FeatureHandle handle(OGR_F_Create(defn));
            auto f = static_cast<OGRFeatureH>(handle.get());
            for (int i = 0; i < int(d.fields.size()) && i < int(row.values.size()); ++i) {
                const auto &value = row.values[size_t(i)];
                if (!value) {
                    OGR_F_SetFieldNull(f, i);
                    continue;
                }
                const QString type = d.fields[size_t(i)].pgType();
                if (type == QLatin1String("boolean"))
                    OGR_F_SetFieldInteger(f, i, *value == "t" ? 1 : 0);
                else if (type == QLatin1String("integer") || type == QLatin1String("bigint"))
                    OGR_F_SetFieldInteger64(f, i, value->toLongLong());
                else if (type == QLatin1String("double precision"))
                    OGR_F_SetFieldDouble(f, i, CPLStrtod(value->constData(), nullptr));
                else if (type == QLatin1String("bytea"))
                    OGR_F_SetFieldBinary(f, i, int(value->size()), reinterpret_cast<const void *>(value->constData()));
                else
                    OGR_F_SetFieldString(f, i, value->constData());
            }
            if (!row.wkb.isEmpty()) {
                OGRGeometryH g = nullptr;
                if (OGR_G_CreateFromWkb(row.wkb.constData(), nullptr, &g, int(row.wkb.size())) != OGRERR_NONE || !g)
                    return Error::at(name, 0, QObject::tr("a geometry of layer \"%1\" cannot be read back").arg(d.layerName));
                OGR_F_SetGeometryDirectly(f, g);
            }
            if (OGR_L_CreateFeature(out, f) != OGRERR_NONE)
                return Error::at(name, 0, QObject::tr("cannot write a feature of layer \"%1\"").arg(d.layerName))
                    .withCauses(capture.errors());
        }
    }
    ds.reset();   // closing writes the file
    if (!capture.errors().isEmpty())
        return Error::at(name, 0, QObject::tr("cannot write the layer file")).withCauses(capture.errors());
    return std::nullopt;
}

} // namespace dpa::postgis
