#include "analysis/qgisproject.h"

#include "analysis/layerexport.h"
#include "io/coordinatetransform.h"

#include <QFileInfo>
#include <QObject>
#include <QUuid>
#include <QXmlStreamWriter>

#include <cpl_conv.h>
#include <cpl_vsi.h>

namespace dpa::qgisproject {
namespace {

QString geometryName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Areas: return QStringLiteral("Polygon");
    case GeometryKind::Lines: return QStringLiteral("Line");
    default: return QStringLiteral("Point");
    }
}

QString wkbName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Areas: return QStringLiteral("MultiPolygon");
    case GeometryKind::Lines: return QStringLiteral("MultiLineString");
    default: return QStringLiteral("Point");
    }
}

void writeCrs(QXmlStreamWriter &x, const Crs &crs)
{
    x.writeStartElement(QStringLiteral("spatialrefsys"));
    x.writeTextElement(QStringLiteral("wkt"), crs.wkt());
    x.writeTextElement(QStringLiteral("authid"), crs.authorityId());
    x.writeTextElement(QStringLiteral("description"), crs.name());
    x.writeEndElement();
}

void writeExtent(QXmlStreamWriter &x, const BoundingBox &b)
{
    x.writeStartElement(QStringLiteral("extent"));
    x.writeTextElement(QStringLiteral("xmin"), QString::number(b.xMin, 'f', 3));
    x.writeTextElement(QStringLiteral("ymin"), QString::number(b.yMin, 'f', 3));
    x.writeTextElement(QStringLiteral("xmax"), QString::number(b.xMax, 'f', 3));
    x.writeTextElement(QStringLiteral("ymax"), QString::number(b.yMax, 'f', 3));
    x.writeEndElement();
}

// Zipped as QGIS writes a .qgz, through GDAL's zip writer on an in-memory file.
std::optional<QByteArray> zipped(const QString &entryName, const QByteArray &content)
{
    const QByteArray memPath = QStringLiteral("/vsimem/dpatlas-%1.qgz").arg(QUuid::createUuid().toString(QUuid::Id128)).toUtf8();
    void *zip = CPLCreateZip(memPath.constData(), nullptr);
    if (!zip)
        return std::nullopt;
    bool ok = CPLCreateFileInZip(zip, entryName.toUtf8().constData(), nullptr) == CE_None
              && CPLWriteFileInZip(zip, content.constData(), int(content.size())) == CE_None
              && CPLCloseFileInZip(zip) == CE_None;
    ok = CPLCloseZip(zip) == CE_None && ok;
    vsi_l_offset length = 0;
    GByte *bytes = VSIGetMemFileBuffer(memPath.constData(), &length, TRUE);
    std::optional<QByteArray> out;
    if (ok && bytes)
        out = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(length));
    CPLFree(bytes);
    return out;
}

QString sqlText(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

QString projectXml(const ControlModel &model, const std::vector<ProjectLayer> &layers, const ProjectSettings &settings)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    x.writeStartElement(QStringLiteral("qgis"));
    x.writeAttribute(QStringLiteral("projectname"), settings.title);
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.16-Białowieża"));
    x.writeTextElement(QStringLiteral("title"), settings.title);
    x.writeStartElement(QStringLiteral("projectCrs"));
    writeCrs(x, settings.crs);
    x.writeEndElement();
    // QGIS reads <projectCrs> only when this property says the project has one.
    x.writeStartElement(QStringLiteral("properties"));
    x.writeStartElement(QStringLiteral("SpatialRefSys"));
    x.writeStartElement(QStringLiteral("ProjectionsEnabled"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("int"));
    x.writeCharacters(QStringLiteral("1"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();

    // Each layer's id in the project: its GeoPackage name, which is unique in the file.
    auto layerId = [](const ProjectLayer &l) { return QStringLiteral("dpatlas_") + l.name; };
    auto source = [&](const ProjectLayer &l) { return QStringLiteral("./%1|layername=%2").arg(settings.gpkgFileName, l.name); };
    x.writeStartElement(QStringLiteral("layer-tree-group"));
    for (const ProjectLayer &l : layers) {
        x.writeStartElement(QStringLiteral("layer-tree-layer"));
        x.writeAttribute(QStringLiteral("id"), layerId(l));
        x.writeAttribute(QStringLiteral("name"), l.name);
        x.writeAttribute(QStringLiteral("source"), source(l));
        x.writeAttribute(QStringLiteral("providerKey"), QStringLiteral("ogr"));
        x.writeAttribute(QStringLiteral("checked"), QStringLiteral("Qt::Checked"));
        x.writeAttribute(QStringLiteral("expanded"), QStringLiteral("1"));
        x.writeEndElement();
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("mapcanvas"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("theMapCanvas"));
    x.writeTextElement(QStringLiteral("units"), QStringLiteral("meters"));
    writeExtent(x, settings.extent);
    x.writeStartElement(QStringLiteral("destinationsrs"));
    writeCrs(x, settings.crs);
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("projectlayers"));
    for (const ProjectLayer &l : layers) {
        x.writeStartElement(QStringLiteral("maplayer"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("vector"));
        x.writeAttribute(QStringLiteral("geometry"), geometryName(l.kind));
        x.writeAttribute(QStringLiteral("wkbType"), wkbName(l.kind));
        x.writeAttribute(QStringLiteral("labelsEnabled"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("AllStyleCategories"));
        x.writeTextElement(QStringLiteral("id"), layerId(l));
        x.writeTextElement(QStringLiteral("datasource"), source(l));
        x.writeTextElement(QStringLiteral("layername"), l.name);
        x.writeStartElement(QStringLiteral("srs"));
        writeCrs(x, settings.crs);
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("resourceMetadata"));
        x.writeTextElement(QStringLiteral("abstract"), l.description);
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("provider"));
        x.writeAttribute(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
        x.writeCharacters(QStringLiteral("ogr"));
        x.writeEndElement();
        qgisstyle::writeStyle(x, model, l.content, l.kind);
        x.writeEndElement();
    }
    x.writeEndElement();

    if (settings.timeRange) {
        // The Temporal Controller's range and a step of a day, so "play" walks the period.
        x.writeStartElement(QStringLiteral("ProjectTimeSettings"));
        x.writeAttribute(QStringLiteral("timeStep"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("timeStepUnit"), QStringLiteral("d"));
        x.writeAttribute(QStringLiteral("frameRate"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("cumulativeTemporalRange"), QStringLiteral("0"));
        x.writeStartElement(QStringLiteral("TemporalRange"));
        x.writeTextElement(QStringLiteral("start"), settings.timeRange->first.toString(Qt::ISODate));
        x.writeTextElement(QStringLiteral("end"), settings.timeRange->second.toString(Qt::ISODate));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
    return out;
}

Result<QStringList> storageSql(const ControlModel &model, const std::vector<ProjectLayer> &layers, const ProjectSettings &settings)
{
    const auto qgz = zipped(QStringLiteral("dpatlas.qgs"), projectXml(model, layers, settings).toUtf8());
    if (!qgz)
        return Error::plain(QObject::tr("cannot zip the QGIS project"));
    const QString metadata = QStringLiteral("{\"last_modified_time\": \"%1\", \"last_modified_user\": \"Dual Power Atlas\" }")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1));
    // QGIS keeps the .qgz bytes as hexadecimal text, and the table outside gpkg_contents.
    return QStringList{QStringLiteral("CREATE TABLE qgis_projects(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)"),
                       QStringLiteral("INSERT INTO qgis_projects VALUES (%1, %2, %3)")
                           .arg(sqlText(settings.title), sqlText(metadata), sqlText(QString::fromLatin1(qgz->toHex())))};
}

Result<QStringList> prepareGeoPackage(std::vector<VectorLayerToWrite> &layers, const CaseStudy &study,
                                      qgisstyle::Content content, const QString &path, const QString &driver)
{
    if (driver != QLatin1String("GPKG"))
        return QStringList();
    ProjectSettings settings;
    settings.title = study.manifest.title.text();
    settings.gpkgFileName = QFileInfo(path).fileName();
    settings.crs = study.manifest.crs;
    settings.extent = study.featureBounds();
    std::vector<ProjectLayer> projectLayers;
    for (const VectorLayerToWrite &layer : layers) {
        if (layer.geometryKind == GeometryKind::FromRecords)
            continue;
        projectLayers.push_back({layer.name, layer.geometryKind, content, layer.description});
        if (layer.targetCrs.isValid() && !(layer.targetCrs == settings.crs)) {
            // Written in another CRS: the project is in it too, over the same ground.
            auto toTarget = CoordinateTransform::create(study.manifest.crs, layer.targetCrs);
            if (!toTarget)
                return toTarget.error();
            BoundingBox box;
            const BoundingBox &b = study.featureBounds();
            for (const QPointF &corner : {QPointF(b.xMin, b.yMin), QPointF(b.xMin, b.yMax), QPointF(b.xMax, b.yMin), QPointF(b.xMax, b.yMax)})
                box.extend(toTarget->transform(corner));
            settings.crs = layer.targetCrs;
            settings.extent = box;
        }
    }
    if (content == qgisstyle::Content::Timeline) {
        const QDateTime from = layerexport::toDateTime(study.manifest.period.from());
        const QDateTime to = layerexport::toDateTime(study.manifest.period.to());
        if (from.isValid() && to.isValid())
            settings.timeRange = std::pair{from, to};
    }
    qgisstyle::addStylesTable(layers, study.model, content, driver);
    return storageSql(study.model, projectLayers, settings);
}

Result<packagearchive::PackExtras> packExtras(const CaseStudy &study, const QString &gpkgPath)
{
    packagearchive::PackExtras extras;
    extras.layers = layerexport::timelineLayers(study, false);
    QStringList taken = packagearchive::reservedNames(study);
    for (VectorLayerToWrite &layer : extras.layers) {
        QString name = layer.name + QStringLiteral("_timeline");
        while (taken.contains(name, Qt::CaseInsensitive))
            name += QLatin1Char('_');
        taken << name;
        layer.name = name;
    }
    auto sql = prepareGeoPackage(extras.layers, study, qgisstyle::Content::Timeline, gpkgPath, QStringLiteral("GPKG"));
    if (!sql)
        return sql.error();
    extras.sqlAfter = std::move(*sql);
    return extras;
}

} // namespace dpa::qgisproject
