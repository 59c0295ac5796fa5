#include "analysis/qgisstyle.h"

#include <QDateTime>
#include <QObject>
#include <QXmlStreamWriter>

namespace dpa::qgisstyle {
namespace {

// 0xAARRGGBB as QGIS writes colours, "r,g,b,a", and as SLD does, "#rrggbb".
QString qgisColor(quint32 argb)
{
    return QStringLiteral("%1,%2,%3,%4").arg((argb >> 16) & 0xff).arg((argb >> 8) & 0xff).arg(argb & 0xff).arg(argb >> 24);
}

QString hexColor(quint32 argb)
{
    return QStringLiteral("#%1").arg(argb & 0xffffff, 6, 16, QLatin1Char('0'));
}

const QString kNoHolderColor = QStringLiteral("200,200,200,255");
const QString kOutlineColor = QStringLiteral("60,60,60,255");

// `"camps"` holds "a;b": the colour of the camp that is not the holder, for the dual-power
// stripes; QGIS's expression engine looks it up in a map of the authorities' colours.
QString colorMapExpression(const ControlModel &model)
{
    QStringList pairs;
    for (const Authority &a : model.authorities())
        pairs << QStringLiteral("'%1','%2'").arg(QString(a.id).replace(QLatin1Char('\''), QStringLiteral("''")), qgisColor(a.color));
    return QStringLiteral("map(%1)").arg(pairs.join(QLatin1Char(',')));
}

class QmlWriter
{
public:
    explicit QmlWriter(QXmlStreamWriter &xml) : m_xml(xml) {}

    void option(const QString &name, const QString &value, const QString &type = QStringLiteral("QString"))
    {
        m_xml.writeStartElement(QStringLiteral("Option"));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeAttribute(QStringLiteral("type"), type);
        m_xml.writeAttribute(QStringLiteral("value"), value);
        m_xml.writeEndElement();
    }

    // <data_defined_properties>: each property key ("enabled", "color") -> an expression.
    void dataDefined(const QList<std::pair<QString, QString>> &properties)
    {
        m_xml.writeStartElement(QStringLiteral("data_defined_properties"));
        m_xml.writeStartElement(QStringLiteral("Option"));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        option(QStringLiteral("name"), QString());
        m_xml.writeStartElement(QStringLiteral("Option"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("properties"));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        for (const auto &[key, expression] : properties) {
            m_xml.writeStartElement(QStringLiteral("Option"));
            m_xml.writeAttribute(QStringLiteral("name"), key);
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
            option(QStringLiteral("active"), QStringLiteral("true"), QStringLiteral("bool"));
            option(QStringLiteral("expression"), expression);
            option(QStringLiteral("type"), QStringLiteral("3"), QStringLiteral("int"));   // an expression
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        option(QStringLiteral("type"), QStringLiteral("collection"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void symbolLayer(const QString &cls, const QList<std::pair<QString, QString>> &options,
                     const QList<std::pair<QString, QString>> &dataDefinedProperties = {})
    {
        m_xml.writeStartElement(QStringLiteral("layer"));
        m_xml.writeAttribute(QStringLiteral("class"), cls);
        m_xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
        m_xml.writeStartElement(QStringLiteral("Option"));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        for (const auto &[k, v] : options)
            option(k, v);
        m_xml.writeEndElement();
        dataDefined(dataDefinedProperties);
    }

    void startSymbol(const QString &type, const QString &name)
    {
        m_xml.writeStartElement(QStringLiteral("symbol"));
        m_xml.writeAttribute(QStringLiteral("type"), type);
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    }

    // A line-pattern fill switched on where `condition` holds, its lines in `color` (an
    // expression for a colour, or empty for dark grey).
    void patternLayer(const QString &symbolName, int index, double angle, const QString &condition, const QString &colorExpression)
    {
        symbolLayer(QStringLiteral("LinePatternFill"),
                    {{QStringLiteral("angle"), QString::number(angle)}, {QStringLiteral("distance"), QStringLiteral("1.6")},
                     {QStringLiteral("distance_unit"), QStringLiteral("MM")}, {QStringLiteral("line_width"), QStringLiteral("0.5")},
                     {QStringLiteral("line_width_unit"), QStringLiteral("MM")}},
                    {{QStringLiteral("enabled"), condition}});
        startSymbol(QStringLiteral("line"), QStringLiteral("@%1@%2").arg(symbolName).arg(index));
        QList<std::pair<QString, QString>> lineDataDefined;
        if (!colorExpression.isEmpty())
            lineDataDefined << std::pair{QStringLiteral("outlineColor"), colorExpression};
        symbolLayer(QStringLiteral("SimpleLine"),
                    {{QStringLiteral("line_color"), kOutlineColor}, {QStringLiteral("line_width"), QStringLiteral("0.5")},
                     {QStringLiteral("line_width_unit"), QStringLiteral("MM")}},
                    lineDataDefined);
        m_xml.writeEndElement();   // layer
        m_xml.writeEndElement();   // symbol
        m_xml.writeEndElement();   // layer
    }

    QXmlStreamWriter &xml() { return m_xml; }

private:
    QXmlStreamWriter &m_xml;
};

void writeSymbol(QmlWriter &w, const QString &name, const QString &color, GeometryKind kind, Content content,
                 const ControlModel &model)
{
    if (kind == GeometryKind::Points) {
        w.startSymbol(QStringLiteral("marker"), name);
        w.symbolLayer(QStringLiteral("SimpleMarker"),
                      {{QStringLiteral("color"), color}, {QStringLiteral("name"), QStringLiteral("circle")},
                       {QStringLiteral("size"), QStringLiteral("3")}, {QStringLiteral("outline_color"), kOutlineColor}});
        w.xml().writeEndElement();
        w.xml().writeEndElement();
        return;
    }
    if (kind == GeometryKind::Lines) {
        w.startSymbol(QStringLiteral("line"), name);
        w.symbolLayer(QStringLiteral("SimpleLine"), {{QStringLiteral("line_color"), color}, {QStringLiteral("line_width"), QStringLiteral("0.8")}});
        w.xml().writeEndElement();
        w.xml().writeEndElement();
        return;
    }
    w.startSymbol(QStringLiteral("fill"), name);
    w.symbolLayer(QStringLiteral("SimpleFill"),
                  {{QStringLiteral("color"), color}, {QStringLiteral("outline_color"), kOutlineColor},
                   {QStringLiteral("outline_width"), QStringLiteral("0.26")}, {QStringLiteral("style"), QStringLiteral("solid")}});
    w.xml().writeEndElement();
    if (content == Content::State) {
        const QString colors = colorMapExpression(model);
        const QString otherCamp = QStringLiteral("map_get(%1, array_first(array_filter(string_to_array(\"camps\", ';'), @element <> \"holder\")))").arg(colors);
        w.patternLayer(name, 1, 45, QStringLiteral("\"status\" = 'dual'"), QStringLiteral("coalesce(%1, '60,60,60,255')").arg(otherCamp));
        w.patternLayer(name, 2, 90, QStringLiteral("\"status\" = 'divided'"), QStringLiteral("coalesce(%1, '60,60,60,255')").arg(otherCamp));
        w.patternLayer(name, 3, 0, QStringLiteral("\"status\" = 'occupied'"),
                       QStringLiteral("coalesce(map_get(%1, \"occupier\"), '60,60,60,255')").arg(colors));
        w.patternLayer(name, 4, 45, QStringLiteral("\"status\" = 'contested'"), QString());
        w.patternLayer(name, 5, -45, QStringLiteral("\"status\" = 'contested'"), QString());
    }
    w.xml().writeEndElement();
}

} // namespace

void writeStyle(QXmlStreamWriter &x, const ControlModel &model, Content content, GeometryKind kind)
{
    QmlWriter w(x);

    if (content == Content::Timeline) {
        // QgsVectorLayerTemporalProperties: mode 2 is "separate fields for start and end",
        // limitMode 0 "include start, exclude end", as the timeline's end is exclusive.
        x.writeStartElement(QStringLiteral("temporal"));
        for (const auto &[k, v] : QList<std::pair<QString, QString>>{{QStringLiteral("enabled"), QStringLiteral("1")},
                                                                      {QStringLiteral("mode"), QStringLiteral("2")},
                                                                      {QStringLiteral("startField"), QStringLiteral("start")},
                                                                      {QStringLiteral("endField"), QStringLiteral("end")},
                                                                      {QStringLiteral("limitMode"), QStringLiteral("0")},
                                                                      {QStringLiteral("accumulate"), QStringLiteral("0")},
                                                                      {QStringLiteral("durationUnit"), QStringLiteral("min")},
                                                                      {QStringLiteral("fixedDuration"), QStringLiteral("0")}})
            x.writeAttribute(k, v);
        x.writeEndElement();
    }

    if (content == Content::Fronts) {   // one kind of line: where two camps' ground meets
        x.writeStartElement(QStringLiteral("renderer-v2"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        x.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        x.writeStartElement(QStringLiteral("symbols"));
        writeSymbol(w, QStringLiteral("0"), QStringLiteral("170,20,20,255"), GeometryKind::Lines, content, model);
        x.writeEndElement();
        x.writeEndElement();
        return;
    }
    const QString attribute = content == Content::State ? QStringLiteral("holder") : QStringLiteral("authority");
    x.writeStartElement(QStringLiteral("renderer-v2"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
    x.writeAttribute(QStringLiteral("attr"), attribute);
    x.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    x.writeStartElement(QStringLiteral("categories"));
    const auto &authorities = model.authorities();
    for (size_t i = 0; i < authorities.size(); ++i) {
        x.writeStartElement(QStringLiteral("category"));
        x.writeAttribute(QStringLiteral("symbol"), QString::number(i));
        x.writeAttribute(QStringLiteral("value"), authorities[i].id);
        x.writeAttribute(QStringLiteral("label"), authorities[i].name.text());
        x.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        x.writeEndElement();
    }
    if (content == Content::State) {   // no de facto holder: unknown, contested, title only
        x.writeStartElement(QStringLiteral("category"));
        x.writeAttribute(QStringLiteral("symbol"), QString::number(authorities.size()));
        x.writeAttribute(QStringLiteral("value"), QString());
        x.writeAttribute(QStringLiteral("label"), QObject::tr("no de facto holder"));
        x.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("symbols"));
    for (size_t i = 0; i < authorities.size(); ++i)
        writeSymbol(w, QString::number(i), qgisColor(authorities[i].color), kind, content, model);
    if (content == Content::State)
        writeSymbol(w, QString::number(authorities.size()), kNoHolderColor, kind, content, model);
    x.writeEndElement();
    x.writeEndElement();   // renderer-v2

    x.writeStartElement(QStringLiteral("labeling"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
    x.writeStartElement(QStringLiteral("settings"));
    x.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
    x.writeStartElement(QStringLiteral("text-style"));
    x.writeAttribute(QStringLiteral("fieldName"), content == Content::Timeline ? QStringLiteral("id") : QStringLiteral("name"));
    x.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("fontSize"), QStringLiteral("9"));
    x.writeAttribute(QStringLiteral("textColor"), QStringLiteral("20,20,20,255"));
    x.writeStartElement(QStringLiteral("text-buffer"));
    x.writeAttribute(QStringLiteral("bufferDraw"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("bufferSize"), QStringLiteral("0.8"));
    x.writeAttribute(QStringLiteral("bufferColor"), QStringLiteral("255,255,255,255"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("placement"));
    x.writeAttribute(QStringLiteral("placement"), kind == GeometryKind::Points ? QStringLiteral("6") : QStringLiteral("1"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();   // labeling
}

QString qml(const ControlModel &model, Content content, GeometryKind kind)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    x.writeStartElement(QStringLiteral("qgis"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.16-Białowieża"));
    x.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology|Labeling|Temporal"));
    x.writeAttribute(QStringLiteral("labelsEnabled"), QStringLiteral("1"));
    writeStyle(x, model, content, kind);
    x.writeEndElement();
    return out;
}

QString sld(const ControlModel &model, Content content, GeometryKind kind, const QString &layerName)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("StyledLayerDescriptor"));
    x.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/sld"));
    x.writeNamespace(QStringLiteral("http://www.opengis.net/ogc"), QStringLiteral("ogc"));
    x.writeNamespace(QStringLiteral("http://www.opengis.net/se"), QStringLiteral("se"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1.0"));
    x.writeStartElement(QStringLiteral("NamedLayer"));
    x.writeTextElement(QStringLiteral("http://www.opengis.net/se"), QStringLiteral("Name"), layerName);
    x.writeStartElement(QStringLiteral("UserStyle"));
    x.writeStartElement(QStringLiteral("http://www.opengis.net/se"), QStringLiteral("FeatureTypeStyle"));
    const QString field = content == Content::State ? QStringLiteral("holder") : QStringLiteral("authority");   // fronts: no rule matches; one line style
    const QString se = QStringLiteral("http://www.opengis.net/se");
    for (const Authority &a : model.authorities()) {
        x.writeStartElement(se, QStringLiteral("Rule"));
        x.writeTextElement(se, QStringLiteral("Name"), a.name.text());
        x.writeStartElement(QStringLiteral("http://www.opengis.net/ogc"), QStringLiteral("Filter"));
        x.writeStartElement(QStringLiteral("http://www.opengis.net/ogc"), QStringLiteral("PropertyIsEqualTo"));
        x.writeTextElement(QStringLiteral("http://www.opengis.net/ogc"), QStringLiteral("PropertyName"), field);
        x.writeTextElement(QStringLiteral("http://www.opengis.net/ogc"), QStringLiteral("Literal"), a.id);
        x.writeEndElement();
        x.writeEndElement();
        const QString color = hexColor(a.color);
        if (kind == GeometryKind::Points) {
            x.writeStartElement(se, QStringLiteral("PointSymbolizer"));
            x.writeStartElement(se, QStringLiteral("Graphic"));
            x.writeStartElement(se, QStringLiteral("Mark"));
            x.writeTextElement(se, QStringLiteral("WellKnownName"), QStringLiteral("circle"));
            x.writeStartElement(se, QStringLiteral("Fill"));
            x.writeStartElement(se, QStringLiteral("SvgParameter"));
            x.writeAttribute(QStringLiteral("name"), QStringLiteral("fill"));
            x.writeCharacters(color);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeTextElement(se, QStringLiteral("Size"), QStringLiteral("10"));
            x.writeEndElement();
            x.writeEndElement();
        } else {
            const bool line = kind == GeometryKind::Lines;
            x.writeStartElement(se, line ? QStringLiteral("LineSymbolizer") : QStringLiteral("PolygonSymbolizer"));
            if (!line) {
                x.writeStartElement(se, QStringLiteral("Fill"));
                x.writeStartElement(se, QStringLiteral("SvgParameter"));
                x.writeAttribute(QStringLiteral("name"), QStringLiteral("fill"));
                x.writeCharacters(color);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeStartElement(se, QStringLiteral("Stroke"));
            x.writeStartElement(se, QStringLiteral("SvgParameter"));
            x.writeAttribute(QStringLiteral("name"), QStringLiteral("stroke"));
            x.writeCharacters(line ? color : QStringLiteral("#3c3c3c"));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();   // Rule
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

VectorLayerToWrite stylesTable(const ControlModel &model, Content content, const std::vector<VectorLayerToWrite> &layers)
{
    // The columns QGIS creates when it saves a style into a GeoPackage (QgsOgrProvider).
    VectorLayerToWrite table;
    table.name = QStringLiteral("layer_styles");
    table.fields = {{QStringLiteral("f_table_catalog")}, {QStringLiteral("f_table_schema")}, {QStringLiteral("f_table_name")},
                    {QStringLiteral("f_geometry_column")}, {QStringLiteral("styleName")}, {QStringLiteral("styleQML")},
                    {QStringLiteral("styleSLD")}, {QStringLiteral("useAsDefault"), QMetaType::Int},
                    {QStringLiteral("description")}, {QStringLiteral("owner")}, {QStringLiteral("ui")},
                    {QStringLiteral("update_time"), QMetaType::QDateTime}};
    for (const VectorLayerToWrite &layer : layers) {
        GeometryKind kind = layer.geometryKind;
        if (kind == GeometryKind::FromRecords)
            continue;   // an attribute table has nothing to draw
        table.records.push_back({{}, QVariantMap{{QStringLiteral("f_table_catalog"), QString()},
                                                 {QStringLiteral("f_table_schema"), QString()},
                                                 {QStringLiteral("f_table_name"), layer.name},
                                                 {QStringLiteral("f_geometry_column"), QStringLiteral("geom")},
                                                 {QStringLiteral("styleName"), QStringLiteral("Dual Power Atlas")},
                                                 {QStringLiteral("styleQML"), qml(model, content, kind)},
                                                 {QStringLiteral("styleSLD"), sld(model, content, kind, layer.name)},
                                                 {QStringLiteral("useAsDefault"), 1},
                                                 {QStringLiteral("description"), QObject::tr("The case study's colours and statuses")},
                                                 {QStringLiteral("owner"), QString()},
                                                 {QStringLiteral("ui"), QString()},
                                                 {QStringLiteral("update_time"), QDateTime::currentDateTimeUtc()}}});
    }
    return table;
}

void addStylesTable(std::vector<VectorLayerToWrite> &layers, const ControlModel &model, Content content, const QString &driver)
{
    if (driver == QLatin1String("GPKG"))
        layers.push_back(stylesTable(model, content, layers));
}

} // namespace dpa::qgisstyle
