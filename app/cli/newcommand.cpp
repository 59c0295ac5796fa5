#include "clicommands.h"
#include "clicontext.h"
#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/stagedfolder.h"
#include "io/vectorreader.h"
#include "io/vectorwriter.h"
#include "package/datasetpackage.h"
#include "time/historicaldate.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace dpa::cli {
namespace {

// Okabe and Ito's palette, which readers with colour-blindness can tell apart: the colours of
// authorities given without one, in order.
const QStringList kPalette{QStringLiteral("#0072b2"), QStringLiteral("#d55e00"), QStringLiteral("#009e73"),
                           QStringLiteral("#cc79a7"), QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"),
                           QStringLiteral("#f0e442"), QStringLiteral("#000000")};

// Field names that usually identify a feature, and that usually name it, in the order tried.
const QStringList kIdFields{QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("Id"), QStringLiteral("code"),
                            QStringLiteral("CODE"), QStringLiteral("fid"), QStringLiteral("FID")};
const QStringList kNameFields{QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("NAME"), QStringLiteral("Name"),
                              QStringLiteral("nom"), QStringLiteral("nombre"), QStringLiteral("nome"), QStringLiteral("title")};

struct NewLayer
{
    QString id, file, source, idField, nameField;
    VectorLayerData data;
};

QString slug(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return s.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
}

// The field of `data` whose values are all present and distinct, among `candidates`.
QString uniqueField(const VectorLayerData &data, const QStringList &candidates)
{
    for (const QString &field : candidates) {
        if (!data.fieldNames.contains(field))
            continue;
        QSet<QString> seen;
        bool unique = true;
        for (const VectorFeature &f : data.features) {
            const QString v = f.attributes.value(field).toString().trimmed();
            if (v.isEmpty() || seen.contains(v)) {
                unique = false;
                break;
            }
            seen.insert(v);
        }
        if (unique)
            return field;
    }
    return {};
}

// "id=Name[,#colour][,bloc]"
std::optional<QJsonObject> parseAuthority(const QString &text, int index)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    const QString id = text.left(eq).trimmed();
    QStringList parts = text.mid(eq + 1).split(QLatin1Char(','));
    const QString name = parts.takeFirst().trimmed();
    if (name.isEmpty() || slug(id) != id)
        return std::nullopt;
    QString colour = kPalette[index % kPalette.size()], bloc;
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(p).hasMatch())
            colour = p.toLower();
        else if (!p.isEmpty())
            bloc = p;
    }
    QJsonObject a{{QStringLiteral("id"), id}, {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), name}}},
                  {QStringLiteral("color"), colour}};
    if (!bloc.isEmpty())
        a.insert(QStringLiteral("bloc"), bloc);
    return a;
}

// The UTM zone over the layers' middle: a projected CRS in metres that suits any extent of a
// few hundred kilometres, for areas and lengths drawn true.
std::optional<QString> suggestedCrs(const std::vector<NewLayer> &layers)
{
    BoundingBox box;
    for (const NewLayer &l : layers) {
        auto toLonLat = CoordinateTransform::create(l.data.crs, Crs::wgs84());
        if (!toLonLat)
            return std::nullopt;
        for (const VectorFeature &f : l.data.features) {
            Geometry g = f.geometry;
            if (toLonLat->transformInPlace(g))
                box.extend(g.bounds());
        }
    }
    if (!box.isValid())
        return std::nullopt;
    const QPointF c = box.center();
    const int zone = std::clamp(int(std::floor((c.x() + 180) / 6)) + 1, 1, 60);
    return QStringLiteral("EPSG:%1").arg((c.y() >= 0 ? 32600 : 32700) + zone);
}

bool writeText(const QString &path, const QByteArray &text)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() && f.commit();
}

} // namespace

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Start a case-study package from vector files (GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, CSV): "
        "the manifest, the layers as GeoJSON, empty claims, events and sources tables, and SOURCES.md, "
        "checked by the validator before anything is written."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the package id: lower case, digits and -"));
    parser.addOption({QStringLiteral("layer"), QStringLiteral("a vector file of features (repeat for more)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("the case study's title"), QStringLiteral("T")});
    parser.addOption({QStringLiteral("period"), QStringLiteral("first and last date, as 1917-02-23..1917-11-15"), QStringLiteral("A..B")});
    parser.addOption({QStringLiteral("calendar"), QStringLiteral("calendar of the dates: gregorian (default) or julian"), QStringLiteral("C"), QStringLiteral("gregorian")});
    parser.addOption({QStringLiteral("crs"), QStringLiteral("projected CRS to draw and measure in (default: the UTM zone of the layers)"), QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("authority"), QStringLiteral("an authority: id=Name[,#rrggbb][,bloc] (repeat; colours default to a colour-blind-safe set)"), QStringLiteral("A")});
    parser.addOption({QStringLiteral("id-field"), QStringLiteral("the field that identifies features (default: id, code… when unique)"), QStringLiteral("F")});
    parser.addOption({QStringLiteral("name-field"), QStringLiteral("the field that names features (default: name, nom…)"), QStringLiteral("F")});
    parser.addOption({QStringLiteral("attribution"), QStringLiteral("the data credits printed on every map"), QStringLiteral("TEXT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("the new package folder (must not exist, or be empty)"), QStringLiteral("DIR")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("new needs exactly one ID"));
    const QString id = parser.positionalArguments().first();
    if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]*$")).match(id).hasMatch())
        return fail(QStringLiteral("\"%1\": an id is lower-case letters, digits and -, as petrograd-1917").arg(id));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(QStringLiteral("new needs -o DIR, the new package's folder"));
    if (QFileInfo::exists(output) && !QDir(output).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return fail(QStringLiteral("%1 is not empty: give a new folder").arg(output));
    const QString title = parser.value(QStringLiteral("title")).trimmed();
    if (title.isEmpty())
        return fail(QStringLiteral("new needs --title"));
    const auto cal = parseCalendarOption(parser.value(QStringLiteral("calendar")));
    if (!cal)
        return UsageError;
    const QStringList period = parser.value(QStringLiteral("period")).split(QStringLiteral(".."));
    if (period.size() != 2)
        return fail(QStringLiteral("new needs --period FIRST..LAST, as 1917-02-23..1917-11-15"));
    const auto from = HistoricalDate::parse(period[0].trimmed(), *cal), to = HistoricalDate::parse(period[1].trimmed(), *cal);
    if (!from || !to)
        return fail(QStringLiteral("bad --period \"%1\": %2").arg(parser.value(QStringLiteral("period")), !from ? from.error().message : to.error().message));
    if (to->latestExclusive() <= from->earliest())
        return fail(QStringLiteral("bad --period: %1 ends before it starts").arg(parser.value(QStringLiteral("period"))));
    QJsonArray authorities;
    for (const QString &a : parser.values(QStringLiteral("authority"))) {
        const auto authority = parseAuthority(a, int(authorities.size()));
        if (!authority)
            return fail(QStringLiteral("bad --authority \"%1\": write id=Name[,#rrggbb][,bloc], the id in lower case (a-z, 0-9 and _)").arg(a));
        authorities.append(*authority);
    }
    if (authorities.isEmpty())
        return fail(QStringLiteral("new needs at least one --authority id=Name (every claim names one)"));
    const QStringList files = parser.values(QStringLiteral("layer"));
    if (files.isEmpty())
        return fail(QStringLiteral("new needs at least one --layer FILE"));

    // Read every layer, and find its id and name fields, before writing anything.
    std::vector<NewLayer> layers;
    QSet<QString> layerIds;
    for (const QString &file : files) {
        VectorReadOptions options;
        options.allowedDrivers = GdalEnvironment::packageVectorDrivers();
        options.assumedCrs = Crs::wgs84();   // a CSV or a shapefile without .prj: longitude and latitude
        auto data = readVectorLayer(file, options);
        if (!data)
            return fail(data.error().toString());
        if (data->features.empty())
            return fail(QStringLiteral("%1: no features to claim").arg(file));
        NewLayer layer;
        layer.source = file;
        layer.id = slug(QFileInfo(file).completeBaseName());
        for (int n = 2; layerIds.contains(layer.id); ++n)
            layer.id = slug(QFileInfo(file).completeBaseName()) + QStringLiteral("_%1").arg(n);
        layerIds.insert(layer.id);
        layer.file = QStringLiteral("layers/%1.geojson").arg(layer.id);
        const QString askedId = parser.value(QStringLiteral("id-field")), askedName = parser.value(QStringLiteral("name-field"));
        layer.idField = uniqueField(*data, askedId.isEmpty() ? kIdFields : QStringList{askedId});
        if (layer.idField.isEmpty())
            return fail(askedId.isEmpty()
                            ? QStringLiteral("%1: no field identifies every feature uniquely; say which with --id-field (fields: %2)")
                                  .arg(file, data->fieldNames.join(QStringLiteral(", ")))
                            : QStringLiteral("%1: field \"%2\" is missing, empty or repeated in some features (fields: %3)")
                                  .arg(file, askedId, data->fieldNames.join(QStringLiteral(", "))));
        layer.nameField = askedName.isEmpty() ? QString() : askedName;
        if (layer.nameField.isEmpty())
            for (const QString &f : kNameFields)
                if (data->fieldNames.contains(f)) {
                    layer.nameField = f;
                    break;
                }
        if (!askedName.isEmpty() && !data->fieldNames.contains(askedName))
            return fail(QStringLiteral("%1: no field \"%2\" (fields: %3)").arg(file, askedName, data->fieldNames.join(QStringLiteral(", "))));
        if (layer.nameField.isEmpty())
            layer.nameField = layer.idField;
        layer.data = std::move(*data);
        layers.push_back(std::move(layer));
    }

    QString crsText = parser.value(QStringLiteral("crs"));
    if (crsText.isEmpty()) {
        const auto suggested = suggestedCrs(layers);
        if (!suggested)
            return fail(QStringLiteral("cannot suggest a CRS for these layers: give --crs"));
        crsText = *suggested;
    }
    const auto crs = Crs::fromUserInput(crsText);
    if (!crs)
        return fail(crs.error().toString());

    auto staged = StagedFolder::create(output, QStringLiteral("cannot create the package"));
    if (!staged)
        return fail(staged.error().toString());
    QDir(staged.value()->path()).mkpath(QStringLiteral("layers"));
    QJsonArray layerEntries;
    int featureCount = 0;
    for (const NewLayer &l : layers) {
        VectorWriteRequest request;
        request.path = staged.value()->filePath(l.file);
        request.sourceCrs = l.data.crs;
        request.layerName = l.id;
        for (const QString &f : l.data.fieldNames)
            request.fields.push_back({f, QMetaType::QString});
        std::vector<VectorRecord> records;
        for (const VectorFeature &f : l.data.features) {
            QVariantMap text;
            for (auto it = f.attributes.begin(); it != f.attributes.end(); ++it)
                text.insert(it.key(), it.value().toString());
            records.push_back({f.geometry, text});
        }
        auto written = vectorwriter::write(request, records);
        if (!written)
            return fail(written.error().toString());
        featureCount += *written;
        layerEntries.append(QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("file"), l.file},
                                        {QStringLiteral("role"), QStringLiteral("features")},
                                        {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QFileInfo(l.source).completeBaseName()}}},
                                        {QStringLiteral("id_field"), l.idField}, {QStringLiteral("name_field"), l.nameField}});
    }
    QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("dpatlas-package/1")},
                         {QStringLiteral("id"), id},
                         {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), title}}},
                         {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), from->toEdtf()}, {QStringLiteral("end"), to->toEdtf()}}},
                         {QStringLiteral("calendar"), calendar::name(*cal)},
                         {QStringLiteral("crs"), crsText},
                         {QStringLiteral("authorities"), authorities},
                         {QStringLiteral("layers"), layerEntries},
                         {QStringLiteral("period_maps"), QJsonArray{}},
                         {QStringLiteral("claims"), QStringLiteral("claims.csv")},
                         {QStringLiteral("events"), QStringLiteral("events.csv")},
                         {QStringLiteral("sources"), QStringLiteral("sources.csv")}};
    if (parser.isSet(QStringLiteral("attribution")))
        manifest.insert(QStringLiteral("attribution"), parser.value(QStringLiteral("attribution")));
    QByteArray sources = "# Sources and licences\n\nState, for each layer, where it comes from, its licence and the credit "
                         "it requires, before you share this case study.\n\n";
    for (const NewLayer &l : layers)
        sources += "- `" + l.file.toUtf8() + "`: converted by `dpatlas-cli new` on " +
                   QDate::currentDate().toString(Qt::ISODate).toUtf8() + " from `" + QFileInfo(l.source).fileName().toUtf8() + "`.\n";
    const QDir dir(staged.value()->path());
    if (!writeText(dir.filePath(QStringLiteral("manifest.json")), QJsonDocument(manifest).toJson()) ||
        !writeText(dir.filePath(QStringLiteral("claims.csv")), "layer,feature,authority,role,start,end,confidence,sources,note\n") ||
        !writeText(dir.filePath(QStringLiteral("events.csv")), "id,date,title,text,features,sources\n") ||
        !writeText(dir.filePath(QStringLiteral("sources.csv")), "id,citation,url\n") ||
        !writeText(dir.filePath(QStringLiteral("SOURCES.md")), sources))
        return fail(QStringLiteral("cannot write the package in %1").arg(dir.path()));

    // The validator's word before the folder appears: a package `new` writes is always valid.
    const auto check = DatasetPackage::load(dir.path());
    if (!check.isValid()) {
        for (const Error &e : check.problems)
            err() << problemLine(output, e) << Qt::endl;
        return fail(QStringLiteral("the new package would not be valid; nothing written"));
    }
    const auto committed = staged.value()->commit();
    if (!committed)
        return fail(committed.error().toString());
    out() << *committed << ": new case study " << id << " (" << layers.size() << " layer(s), " << featureCount
          << " features, " << crsText << (parser.isSet(QStringLiteral("crs")) ? "" : ", the UTM zone of the layers")
          << "). Next: add claims to claims.csv (datasets/README.md explains the columns), then dpatlas-cli validate "
          << *committed << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
