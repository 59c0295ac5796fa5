#include "package/newcasestudy.h"
#include "package/datasetpackage.h"
#include "package/import/linkedplacesfile.h"
#include "io/coordinatetransform.h"
#include "io/crs.h"
#include "io/gdalenvironment.h"
#include "io/stagedfolder.h"
#include "io/vectorwriter.h"
#include "time/historicaldate.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace dpa::newcasestudy {
namespace {

// Field names that usually identify a feature, and that usually name it, in the order tried.
const QStringList kIdFields{QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("Id"), QStringLiteral("code"),
                            QStringLiteral("CODE"), QStringLiteral("fid"), QStringLiteral("FID")};
const QStringList kNameFields{QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("NAME"), QStringLiteral("Name"),
                              QStringLiteral("nom"), QStringLiteral("nombre"), QStringLiteral("nome"), QStringLiteral("title")};

QString layerId(const QString &source, QSet<QString> &taken)
{
    const QString base = slug(QFileInfo(source).completeBaseName());
    QString id = base.isEmpty() ? QStringLiteral("layer") : base;
    for (int n = 2; taken.contains(id); ++n)
        id = (base.isEmpty() ? QStringLiteral("layer") : base) + QStringLiteral("_%1").arg(n);
    taken.insert(id);
    return id;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() && f.commit();
}

// A Linked Places file read as a layer: the places with their fields (linkedplacesfile), every
// value as text, as write() keeps them.
Result<VectorLayerData> readLinkedPlacesLayer(const QString &file)
{
    const LinkedPlacesFile places = linkedplacesfile::read(file, file);
    if (!places.problems.isEmpty()) {
        Error first = places.problems.first();
        if (places.problems.size() > 1)
            first.message += QObject::tr(" (and %n more problem(s); `dpatlas-cli import --places` lists them all)", nullptr,
                                         int(places.problems.size() - 1));
        return first;
    }
    VectorLayerData data;
    data.layerName = QFileInfo(file).completeBaseName();
    data.crs = data.fileCrs = Crs::wgs84();
    data.fieldNames = linkedplacesfile::layerFields(places);
    for (const LinkedPlace &p : places.places) {
        VectorFeature f;
        f.fid = p.index;
        f.geometry = p.parts;
        f.attributes.insert(QStringLiteral("id"), p.id);
        f.attributes.insert(QStringLiteral("name_en"), p.englishName());
        for (auto it = p.names.begin(); it != p.names.end(); ++it)
            if (it.key() != QLatin1String("en"))
                f.attributes.insert(linkedplacesfile::nameField(it.key()), it.value());
        f.attributes.insert(QStringLiteral("approx"), p.approximate ? QStringLiteral("true") : QStringLiteral("false"));
        f.attributes.insert(QStringLiteral("kind"), p.kind);
        f.attributes.insert(QStringLiteral("uri"), p.uri);
        f.attributes.insert(QStringLiteral("when"), p.when);
        data.features.push_back(std::move(f));
    }
    return data;
}

// For a layer from a Linked Places file, the manifest also names its names in other languages,
// its approx and kind fields, as `import --places` does.
void addLinkedPlacesFields(QJsonObject &entry, const NewCaseStudyLayer &l)
{
    if (!linkedplacesfile::looksLikeLinkedPlaces(l.source))
        return;
    QJsonObject names;
    for (const QString &field : l.data.fieldNames)
        if (field.startsWith(QLatin1String("name_")) && field != QLatin1String("name_en") && field != l.nameField)
            names.insert(field.mid(5).replace(QLatin1Char('_'), QLatin1Char('-')), field);
    if (!names.isEmpty())
        entry.insert(QStringLiteral("names"), names);
    if (l.data.fieldNames.contains(QStringLiteral("approx")))
        entry.insert(QStringLiteral("approx_field"), QStringLiteral("approx"));
    if (l.data.fieldNames.contains(QStringLiteral("kind")))
        entry.insert(QStringLiteral("kind_field"), QStringLiteral("kind"));
}

QJsonObject english(const QString &text)
{
    return QJsonObject{{QStringLiteral("en"), text}};
}

QJsonObject manifestOf(const NewCaseStudyRequest &r, const QStringList &layerIds)
{
    const auto from = HistoricalDate::parse(r.periodStart.trimmed(), r.calendar);
    const auto to = HistoricalDate::parse(r.periodEnd.trimmed(), r.calendar);
    QJsonArray authorities;
    for (const NewCaseStudyAuthority &a : r.authorities) {
        QJsonObject o{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), english(a.name.trimmed())},
                      {QStringLiteral("color"), a.color.toLower()}};
        if (!a.bloc.trimmed().isEmpty())
            o.insert(QStringLiteral("bloc"), a.bloc.trimmed());
        authorities.append(o);
    }
    QJsonArray layers;
    for (size_t i = 0; i < r.layers.size(); ++i) {
        const NewCaseStudyLayer &l = r.layers[i];
        QJsonObject o{{QStringLiteral("id"), layerIds[int(i)]},
                      {QStringLiteral("file"), QStringLiteral("layers/%1.geojson").arg(layerIds[int(i)])},
                      {QStringLiteral("role"), QStringLiteral("features")},
                      {QStringLiteral("title"), english(QFileInfo(l.source).completeBaseName())},
                      {QStringLiteral("id_field"), l.idField},
                      {QStringLiteral("name_field"), l.nameField.isEmpty() ? l.idField : l.nameField}};
        if (l.approximate)
            o.insert(QStringLiteral("approximate"), true);
        addLinkedPlacesFields(o, l);
        layers.append(o);
    }
    QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("dpatlas-package/1")},
                         {QStringLiteral("id"), r.id},
                         {QStringLiteral("title"), english(r.title.trimmed())},
                         {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), from->toEdtf()}, {QStringLiteral("end"), to->toEdtf()}}},
                         {QStringLiteral("calendar"), calendar::name(r.calendar)},
                         {QStringLiteral("crs"), r.crs.trimmed()},
                         {QStringLiteral("authorities"), authorities},
                         {QStringLiteral("layers"), layers},
                         {QStringLiteral("period_maps"), QJsonArray{}},
                         {QStringLiteral("claims"), QStringLiteral("claims.csv")},
                         {QStringLiteral("events"), QStringLiteral("events.csv")},
                         {QStringLiteral("sources"), QStringLiteral("sources.csv")}};
    if (!r.attribution.trimmed().isEmpty())
        manifest.insert(QStringLiteral("attribution"), r.attribution.trimmed());
    return manifest;
}

} // namespace

const QStringList &palette()
{
    static const QStringList colours{QStringLiteral("#0072b2"), QStringLiteral("#d55e00"), QStringLiteral("#009e73"),
                                     QStringLiteral("#cc79a7"), QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"),
                                     QStringLiteral("#f0e442"), QStringLiteral("#000000")};
    return colours;
}

QString slug(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return s.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
}

QString suggestId(const QString &title)
{
    // Accented letters keep their base letter (Petrograd, Barcelona, Kraków -> krakow).
    QString plain;
    for (const QChar c : title.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return slug(plain).replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool isValidPackageId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(id).hasMatch();
}

bool isValidAuthorityId(const QString &id)
{
    return !id.isEmpty() && slug(id) == id;
}

Result<VectorLayerData> readLayer(const QString &file)
{
    // GDAL reads a Linked Places file's geometry but not its @id or names.
    if (linkedplacesfile::looksLikeLinkedPlaces(file))
        return readLinkedPlacesLayer(file);
    VectorReadOptions options;
    options.allowedDrivers = GdalEnvironment::packageVectorDrivers();
    options.assumedCrs = Crs::wgs84();   // a CSV or a shapefile without .prj: longitude and latitude
    auto data = readVectorLayer(file, options);
    if (!data)
        return data.error();
    if (data->features.empty())
        return Error::at(file, 0, QObject::tr("no features to claim"));
    return data;
}

bool identifiesEveryFeature(const VectorLayerData &data, const QString &field)
{
    if (!data.fieldNames.contains(field))
        return false;
    QSet<QString> seen;
    for (const VectorFeature &f : data.features) {
        const QString v = f.attributes.value(field).toString().trimmed();
        if (v.isEmpty() || seen.contains(v))
            return false;
        seen.insert(v);
    }
    return true;
}

QString guessIdField(const VectorLayerData &data)
{
    for (const QString &field : kIdFields)
        if (identifiesEveryFeature(data, field))
            return field;
    return {};
}

QString guessNameField(const VectorLayerData &data)
{
    for (const QString &field : kNameFields)
        if (data.fieldNames.contains(field))
            return field;
    return {};
}

BoundingBox lonLatExtent(const std::vector<NewCaseStudyLayer> &layers)
{
    BoundingBox box;
    for (const NewCaseStudyLayer &l : layers) {
        auto toLonLat = CoordinateTransform::create(l.data.crs, Crs::wgs84());
        if (!toLonLat)
            continue;
        for (const VectorFeature &f : l.data.features) {
            Geometry g = f.geometry;
            if (toLonLat->transformInPlace(g))
                box.extend(g.bounds());
        }
    }
    return box;
}

ErrorList check(const NewCaseStudyRequest &r)
{
    ErrorList problems;
    auto problem = [&](const QString &message) { problems << Error::plain(message); };
    if (!isValidPackageId(r.id))
        problem(QObject::tr("\"%1\": an id is lower-case letters, digits and -, as petrograd-1917").arg(r.id));
    if (r.title.trimmed().isEmpty())
        problem(QObject::tr("the case study needs a title"));
    const auto from = HistoricalDate::parse(r.periodStart.trimmed(), r.calendar);
    const auto to = HistoricalDate::parse(r.periodEnd.trimmed(), r.calendar);
    if (!from)
        problem(QObject::tr("first date of the period \"%1\": %2").arg(r.periodStart, from.error().message));
    if (!to)
        problem(QObject::tr("last date of the period \"%1\": %2").arg(r.periodEnd, to.error().message));
    if (from && to && to->latestExclusive() <= from->earliest())
        problem(QObject::tr("the period %1..%2 ends before it starts").arg(r.periodStart, r.periodEnd));
    if (r.crs.trimmed().isEmpty())
        problem(QObject::tr("choose a projected CRS to draw and measure in"));
    else if (auto crs = Crs::fromUserInput(r.crs.trimmed()); !crs)
        problems << crs.error();
    if (r.authorities.empty())
        problem(QObject::tr("at least one authority is needed: every claim names one"));
    QSet<QString> authorityIds;
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    for (const NewCaseStudyAuthority &a : r.authorities) {
        if (!isValidAuthorityId(a.id))
            problem(QObject::tr("authority id \"%1\": lower-case letters, digits and _, as central_committee").arg(a.id));
        else if (authorityIds.contains(a.id))
            problem(QObject::tr("authority id \"%1\" is used twice").arg(a.id));
        authorityIds.insert(a.id);
        if (a.name.trimmed().isEmpty())
            problem(QObject::tr("authority \"%1\" needs a name").arg(a.id));
        if (!colour.match(a.color).hasMatch())
            problem(QObject::tr("authority \"%1\": colour \"%2\" is not #rrggbb").arg(a.id, a.color));
    }
    if (r.layers.empty())
        problem(QObject::tr("at least one layer of features is needed"));
    for (const NewCaseStudyLayer &l : r.layers) {
        const QString fields = l.data.fieldNames.join(QStringLiteral(", "));
        if (l.data.features.empty())
            problems << Error::at(l.source, 0, QObject::tr("no features to claim"));
        else if (!identifiesEveryFeature(l.data, l.idField))
            problems << Error::at(l.source, 0, QObject::tr("field \"%1\" is missing, empty or repeated in some features (fields: %2)")
                                                   .arg(l.idField, fields));
        if (!l.nameField.isEmpty() && !l.data.fieldNames.contains(l.nameField))
            problems << Error::at(l.source, 0, QObject::tr("no field \"%1\" (fields: %2)").arg(l.nameField, fields));
    }
    return problems;
}

WriteResult write(const NewCaseStudyRequest &request, const QString &output)
{
    WriteResult result;
    result.problems = check(request);
    if (!result.problems.isEmpty())
        return result;
    auto staged = StagedFolder::create(output, QObject::tr("cannot create the package"));
    if (!staged) {
        result.problems << staged.error();
        return result;
    }
    const QDir dir(staged.value()->path());
    dir.mkpath(QStringLiteral("layers"));
    QStringList layerIds;
    QSet<QString> taken;
    QByteArray sources = "# Sources and licences\n\nState, for each layer, where it comes from, its licence and the credit "
                         "it requires, before you share this case study.\n\n";
    for (const NewCaseStudyLayer &l : request.layers) {
        layerIds << layerId(l.source, taken);
        const QString file = QStringLiteral("layers/%1.geojson").arg(layerIds.last());
        VectorWriteRequest write;
        write.path = dir.filePath(file);
        write.sourceCrs = l.data.crs;
        write.layerName = layerIds.last();
        // Every attribute as text: GeoJSON keeps it as written, and ids such as 01 stay 01.
        for (const QString &f : l.data.fieldNames)
            write.fields.push_back({f, QMetaType::QString});
        std::vector<VectorRecord> records;
        for (const VectorFeature &f : l.data.features) {
            QVariantMap text;
            for (auto it = f.attributes.begin(); it != f.attributes.end(); ++it)
                text.insert(it.key(), it.value().toString());
            records.push_back({f.geometry, text});
        }
        auto written = vectorwriter::write(write, records);
        if (!written) {
            result.problems << written.error();
            return result;
        }
        result.featureCount += *written;
        sources += "- `" + file.toUtf8() + "`: converted by `" + request.madeBy.toUtf8() + "` on " +
                   QDate::currentDate().toString(Qt::ISODate).toUtf8() + " from `" + QFileInfo(l.source).fileName().toUtf8() + "`.\n";
    }
    if (!writeText(dir.filePath(QStringLiteral("manifest.json")), QJsonDocument(manifestOf(request, layerIds)).toJson()) ||
        !writeText(dir.filePath(QStringLiteral("claims.csv")), "layer,feature,authority,role,start,end,confidence,sources,note\n") ||
        !writeText(dir.filePath(QStringLiteral("events.csv")), "id,date,title,text,features,sources\n") ||
        !writeText(dir.filePath(QStringLiteral("sources.csv")), "id,citation,url\n") ||
        !writeText(dir.filePath(QStringLiteral("SOURCES.md")), sources)) {
        result.problems << Error::at(output, 0, QObject::tr("cannot write the package's files"));
        return result;
    }
    // The validator's word before the folder appears: a package made here is always valid.
    const auto loaded = DatasetPackage::load(dir.path());
    if (!loaded.isValid()) {
        result.problems = loaded.problems;
        result.refusedByValidator = true;
        return result;
    }
    auto committed = staged.value()->commit();
    if (!committed) {
        result.problems << committed.error();
        return result;
    }
    result.path = *committed;
    return result;
}

} // namespace dpa::newcasestudy
