#include "package/import/linkedplacesfile.h"
#include "package/datasetpackage.h"
#include "core/jsontextedit.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace dpa::linkedplacesfile {
namespace {

// A Linked Places file is JSON, parsed whole in memory (unlike a layer GDAL reads feature by
// feature), so it keeps the small limit.
constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;

const QStringList kGeometryTypes{QStringLiteral("Point"), QStringLiteral("MultiPoint"), QStringLiteral("LineString"),
                                 QStringLiteral("MultiLineString"), QStringLiteral("Polygon"), QStringLiteral("MultiPolygon"),
                                 QStringLiteral("GeometryCollection")};

// A geometry being read: its parts as GeoJSON geometries and as the model's, or why not.
struct GeometryReading
{
    QJsonArray members;   // simple geometries, collections flattened
    Geometry parts;
    bool approximate = false;
    QString problem;
};

bool fail(GeometryReading &g, const QString &why)
{
    if (g.problem.isEmpty())
        g.problem = why;
    return false;
}

bool readPosition(const QJsonValue &value, QPointF &point, QJsonArray &out, GeometryReading &g)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        return fail(g, QObject::tr("a position is not [longitude, latitude] but %1")
                           .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(60)));
    const double lon = a[0].toDouble(), lat = a[1].toDouble();
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180 || std::abs(lat) > 90)
        return fail(g, QObject::tr("position [%1, %2] is not a longitude (-180 to 180) and latitude (-90 to 90): Linked Places "
                                   "are in WGS 84, longitude first")
                           .arg(lon, 0, 'g', 10).arg(lat, 0, 'g', 10));
    point = QPointF(lon, lat);
    out = QJsonArray{lon, lat};
    return true;
}

bool readLine(const QJsonValue &value, int minimum, Ring &line, QJsonArray &out, GeometryReading &g, const QString &what)
{
    if (!value.isArray())
        return fail(g, QObject::tr("%1 is not a list of positions").arg(what));
    for (const QJsonValue &v : value.toArray()) {
        QPointF p;
        QJsonArray position;
        if (!readPosition(v, p, position, g))
            return false;
        line.push_back(p);
        out.append(position);
    }
    if (int(line.size()) < minimum)
        return fail(g, QObject::tr("%1 has %n position(s), fewer than %2", nullptr, int(line.size())).arg(what).arg(minimum));
    return true;
}

bool readPolygon(const QJsonValue &value, Polygon &polygon, QJsonArray &out, GeometryReading &g)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(g, QObject::tr("a polygon is not a list of rings"));
    for (const QJsonValue &r : value.toArray()) {
        Ring ring;
        QJsonArray positions;
        if (!readLine(r, 3, ring, positions, g, QObject::tr("a polygon's ring")))
            return false;
        if (ring.front() != ring.back()) {   // RFC 7946 closes rings; a gazetteer's may not
            ring.push_back(ring.front());
            positions.append(positions.first());
        }
        if (ring.size() < 4)
            return fail(g, QObject::tr("a polygon's ring encloses nothing (fewer than 3 distinct positions)"));
        polygon.rings.push_back(std::move(ring));
        out.append(positions);
    }
    return true;
}

bool isApproximate(const QJsonObject &geometry)
{
    const QString certainty = geometry.value(QStringLiteral("certainty")).toString().trimmed().toLower();
    return certainty == QLatin1String("less-certain") || certainty == QLatin1String("less certain")
           || certainty == QLatin1String("uncertain") || geometry.value(QStringLiteral("approximate")).toBool();
}

bool readGeometry(const QJsonValue &value, GeometryReading &g, int depth = 0)
{
    if (!value.isObject())
        return fail(g, QObject::tr("the geometry is not an object"));
    const QJsonObject o = value.toObject();
    g.approximate |= isApproximate(o);
    const QJsonValue typeValue = o.value(QStringLiteral("type"));
    const QString type = typeValue.toString();
    if (!kGeometryTypes.contains(type))
        return fail(g, typeValue.isUndefined() ? QObject::tr("the geometry has no type")
                                               : QObject::tr("geometry type \"%1\" is not one of %2")
                                                     .arg(typeValue.isString() ? type : QString::fromUtf8(QJsonDocument(QJsonArray{typeValue}).toJson(QJsonDocument::Compact)),
                                                          kGeometryTypes.join(QStringLiteral(", "))));
    if (type == QLatin1String("GeometryCollection")) {
        if (depth > 8)
            return fail(g, QObject::tr("geometry collections nested too deep"));
        const QJsonArray members = o.value(QStringLiteral("geometries")).toArray();
        if (members.isEmpty())
            return fail(g, QObject::tr("an empty geometry collection"));
        for (const QJsonValue &m : members)
            if (!readGeometry(m, g, depth + 1))
                return false;
        return true;
    }
    const QJsonValue coordinates = o.value(QStringLiteral("coordinates"));
    if (coordinates.isUndefined() || coordinates.isNull())
        return fail(g, o.contains(QStringLiteral("geowkt"))
                           ? QObject::tr("a %1 given as geowkt only: give its GeoJSON coordinates").arg(type)
                           : QObject::tr("a %1 without coordinates").arg(type));
    QJsonArray out;
    if (type == QLatin1String("Point")) {
        QPointF p;
        if (!readPosition(coordinates, p, out, g))
            return false;
        g.parts.points.push_back(p);
    } else if (type == QLatin1String("MultiPoint") || type == QLatin1String("LineString")) {
        Ring positions;
        const bool line = type == QLatin1String("LineString");
        if (!readLine(coordinates, line ? 2 : 1, positions, out, g, line ? QObject::tr("a line") : QObject::tr("a MultiPoint")))
            return false;
        if (line)
            g.parts.lines.push_back(std::move(positions));
        else
            g.parts.points.insert(g.parts.points.end(), positions.begin(), positions.end());
    } else if (type == QLatin1String("MultiLineString")) {
        if (!coordinates.isArray() || coordinates.toArray().isEmpty())
            return fail(g, QObject::tr("a MultiLineString without lines"));
        for (const QJsonValue &l : coordinates.toArray()) {
            Ring line;
            QJsonArray positions;
            if (!readLine(l, 2, line, positions, g, QObject::tr("a line")))
                return false;
            g.parts.lines.push_back(std::move(line));
            out.append(positions);
        }
    } else if (type == QLatin1String("Polygon")) {
        Polygon polygon;
        if (!readPolygon(coordinates, polygon, out, g))
            return false;
        g.parts.polygons.push_back(std::move(polygon));
    } else {   // MultiPolygon
        if (!coordinates.isArray() || coordinates.toArray().isEmpty())
            return fail(g, QObject::tr("a MultiPolygon without polygons"));
        for (const QJsonValue &p : coordinates.toArray()) {
            Polygon polygon;
            QJsonArray rings;
            if (!readPolygon(p, polygon, rings, g))
                return false;
            g.parts.polygons.push_back(std::move(polygon));
            out.append(rings);
        }
    }
    g.members.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("coordinates"), out}});
    return true;
}

// A language tag as BCP 47 writes it ("fr", "zh-Hant", "ru-Latn"), lower-cased; empty when it
// is not one.
QString languageOf(const QJsonValue &lang)
{
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}([-_][a-z0-9]{2,8})*$"));
    const QString l = lang.toString().trimmed().toLower();
    return tag.match(l).hasMatch() ? l : QString();
}

QString endOf(const QJsonObject &o, const char *first, const char *second, const char *third)
{
    for (const char *key : {first, second, third})
        if (const QString v = o.value(QLatin1String(key)).toString().trimmed(); !v.isEmpty())
            return v;
    return QStringLiteral("..");
}

QString whenText(const QJsonValue &when)
{
    QStringList spans;
    for (const QJsonValue &t : when.toObject().value(QStringLiteral("timespans")).toArray()) {
        const QJsonObject span = t.toObject();
        spans << endOf(span.value(QStringLiteral("start")).toObject(), "in", "earliest", "latest") + QLatin1Char('/')
                     + endOf(span.value(QStringLiteral("end")).toObject(), "in", "latest", "earliest");
    }
    return spans.join(QStringLiteral("; "));
}

// The last segment of an @id, made safe for a feature id: letters, digits, '-', '_' and '.'.
QString idFromUri(const QString &uri)
{
    QString s = uri.trimmed();
    while (!s.isEmpty() && QStringLiteral("/#:").contains(s.back()))
        s.chop(1);
    qsizetype cut = -1;
    for (const QChar c : {QLatin1Char('/'), QLatin1Char(':'), QLatin1Char('#'), QLatin1Char('?'), QLatin1Char('=')})
        cut = std::max(cut, s.lastIndexOf(c));
    s = QUrl::fromPercentEncoding(s.mid(cut + 1).toUtf8());
    QString safe;
    for (const QChar c : s) {
        const bool ok = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (ok)
            safe += c;
        else if (!safe.endsWith(QLatin1Char('_')))
            safe += QLatin1Char('_');
    }
    while (!safe.isEmpty() && (safe.front() == QLatin1Char('_') || safe.front() == QLatin1Char('.')))
        safe.remove(0, 1);
    while (!safe.isEmpty() && (safe.back() == QLatin1Char('_') || safe.back() == QLatin1Char('.')))
        safe.chop(1);
    return safe.left(100);
}

QString quoted(const QString &uri)
{
    return uri.size() > 120 ? uri.left(117) + QStringLiteral("...") : uri;
}

// The unique ids: each @id's last segment; where two clash the first keeps it and the others
// get _2, _3… (never another place's own id), each said in a note.
void assignIds(LinkedPlacesFile &file)
{
    QHash<QString, int> firstWith;
    QSet<QString> bases;
    for (LinkedPlace &p : file.places) {
        p.id = idFromUri(p.uri);
        if (p.id.isEmpty())
            p.id = QStringLiteral("place_%1").arg(p.index + 1);
        bases.insert(p.id);
    }
    QSet<QString> taken;
    for (LinkedPlace &p : file.places) {
        if (!taken.contains(p.id)) {
            taken.insert(p.id);
            firstWith.insert(p.id, p.index);
            continue;
        }
        const QString base = p.id;
        int n = 2;
        while (taken.contains(base + QStringLiteral("_%1").arg(n)) || bases.contains(base + QStringLiteral("_%1").arg(n)))
            ++n;
        p.id = base + QStringLiteral("_%1").arg(n);
        taken.insert(p.id);
        file.notes << QObject::tr("features[%1] (@id %2): id \"%3\" is that of features[%4] too; this one's is \"%5\"")
                          .arg(p.index).arg(quoted(p.uri), base).arg(firstWith.value(base)).arg(p.id);
    }
}

// A geometry as GeoJSON text with its type first, as people read it (QJsonObject sorts keys).
QByteArray geometryText(const QJsonObject &g)
{
    const QString type = g.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("GeometryCollection")) {
        QByteArrayList members;
        for (const QJsonValue &m : g.value(QStringLiteral("geometries")).toArray())
            members << geometryText(m.toObject());
        return "{\"type\": \"GeometryCollection\", \"geometries\": [" + members.join(", ") + "]}";
    }
    return "{\"type\": \"" + type.toLatin1() + "\", \"coordinates\": "
           + QJsonDocument(g.value(QStringLiteral("coordinates")).toArray()).toJson(QJsonDocument::Compact) + '}';
}

} // namespace

QString nameField(const QString &language)
{
    return QStringLiteral("name_") + language.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

LinkedPlacesFile read(const QString &path, const QString &displayName)
{
    LinkedPlacesFile result;
    auto problem = [&](int line, const QString &message) { result.problems << Error::at(displayName, line, message); };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problem(0, QObject::tr("cannot read (%1)").arg(f.errorString()));
        return result;
    }
    if (f.size() > kMaxFileBytes) {
        problem(0, QObject::tr("the file is %1 MB, more than a layer may be (%2 MB)")
                       .arg(f.size() / (1024 * 1024)).arg(kMaxFileBytes / (1024 * 1024)));
        return result;
    }
    QByteArray text = f.readAll();
    if (text.startsWith("\xEF\xBB\xBF"))   // a byte-order mark, as some Windows editors write
        text.remove(0, 3);
    if (text.trimmed().isEmpty()) {
        problem(0, QObject::tr("the file is empty: a Linked Places file is a GeoJSON FeatureCollection"));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem(jsontextedit::lineOfOffset(text, parseError.offset),
                QObject::tr("not JSON (%1): a Linked Places file is a GeoJSON FeatureCollection").arg(parseError.errorString()));
        return result;
    }
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    if (!doc.isObject() || type != QLatin1String("FeatureCollection")) {
        problem(1, doc.isArray() ? QObject::tr("not a Linked Places file: the file is a list, not a FeatureCollection")
                   : type.isEmpty() ? QObject::tr("not a Linked Places file: it has no \"type\": \"FeatureCollection\"")
                                    : QObject::tr("not a Linked Places file: its type is \"%1\", not \"FeatureCollection\"").arg(type));
        return result;
    }
    const QJsonValue featuresValue = root.value(QStringLiteral("features"));
    if (!featuresValue.isArray()) {
        problem(1, QObject::tr("the FeatureCollection has no \"features\" list"));
        return result;
    }
    const QJsonArray features = featuresValue.toArray();
    if (features.isEmpty()) {
        problem(1, QObject::tr("the FeatureCollection has no features: no places to import"));
        return result;
    }

    // Each feature's line, counted once through the file.
    std::vector<int> lines(size_t(features.size()), 0);
    if (const auto span = jsontextedit::topLevelArray(text, "features");
        span && qsizetype(span->elements.size()) == features.size()) {
        int line = 1;
        qsizetype at = 0;
        for (size_t i = 0; i < span->elements.size(); ++i) {
            const qsizetype begin = span->elements[i].first;
            line += int(QByteArrayView(text).sliced(at, begin - at).count('\n'));
            at = begin;
            lines[i] = line;
        }
    }

    QHash<QString, int> indexOfUri;
    int withoutLanguage = 0;
    for (int i = 0; i < int(features.size()); ++i) {
        const int line = lines[size_t(i)];
        const QJsonObject o = features[i].toObject();
        const QString uri = o.value(QStringLiteral("@id")).toString().trimmed();
        const QString who = uri.isEmpty() ? QStringLiteral("features[%1]").arg(i)
                                          : QStringLiteral("features[%1] (@id %2)").arg(i).arg(quoted(uri));
        if (!features[i].isObject()) {
            problem(line, QObject::tr("%1: not an object").arg(who));
            continue;
        }
        const QString featureType = o.value(QStringLiteral("type")).toString();
        if (featureType != QLatin1String("Feature"))
            problem(line, featureType.isEmpty() ? QObject::tr("%1: no \"type\": \"Feature\"").arg(who)
                                                : QObject::tr("%1: its type is \"%2\", not \"Feature\"").arg(who, featureType));
        if (uri.isEmpty())
            problem(line, QObject::tr("%1: no @id: every place of a Linked Places file has one, its URI, which the "
                                      "feature's id is made from").arg(who));
        else if (indexOfUri.contains(uri))
            problem(line, QObject::tr("%1: the same @id as features[%2] (line %3): each place's @id is its own")
                              .arg(who).arg(indexOfUri.value(uri)).arg(lines[size_t(indexOfUri.value(uri))]));
        else
            indexOfUri.insert(uri, i);

        LinkedPlace place;
        place.index = i;
        place.line = line;
        place.uri = uri;
        place.title = o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("title")).toString().trimmed();
        const QJsonValue names = o.value(QStringLiteral("names"));
        if (!names.isUndefined() && !names.isNull() && !names.isArray())
            problem(line, QObject::tr("%1: \"names\" is not a list of toponyms").arg(who));
        for (const QJsonValue &n : names.toArray()) {
            const QString toponym = n.toObject().value(QStringLiteral("toponym")).toString().trimmed();
            if (toponym.isEmpty())
                continue;
            const QString language = languageOf(n.toObject().value(QStringLiteral("lang")));
            if (language.isEmpty()) {
                ++withoutLanguage;
                continue;
            }
            if (!place.names.contains(language))
                place.names.insert(language, toponym);
            if (!result.languages.contains(language))
                result.languages << language;
        }
        const QJsonValue geometry = o.value(QStringLiteral("geometry"));
        if (geometry.isUndefined() || geometry.isNull()) {
            problem(line, QObject::tr("%1: no geometry: a feature of a layer needs one (a Point, LineString or Polygon, "
                                      "their Multi- forms, or a GeometryCollection of them)").arg(who));
        } else {
            GeometryReading g;
            if (!readGeometry(geometry, g)) {
                problem(line, QStringLiteral("%1: %2").arg(who, g.problem));
            } else {
                place.geometry = g.members.size() == 1
                                     ? g.members.first().toObject()
                                     : QJsonObject{{QStringLiteral("type"), QStringLiteral("GeometryCollection")},
                                                   {QStringLiteral("geometries"), g.members}};
                place.parts = std::move(g.parts);
                place.approximate = g.approximate;
            }
        }
        place.when = whenText(o.value(QStringLiteral("when")));
        for (const QJsonValue &t : o.value(QStringLiteral("types")).toArray()) {
            const QJsonObject typeObject = t.toObject();
            place.kind = typeObject.value(QStringLiteral("label")).toString().trimmed();
            if (place.kind.isEmpty())
                place.kind = typeObject.value(QStringLiteral("sourceLabel")).toString().trimmed();
            if (!place.kind.isEmpty())
                break;
        }
        result.points += int(place.parts.points.size());
        result.lines += int(place.parts.lines.size());
        result.areas += int(place.parts.polygons.size());
        result.places.push_back(std::move(place));
    }
    if (!result.problems.isEmpty())
        return result;
    assignIds(result);
    if (withoutLanguage > 0)
        result.notes << QObject::tr("%n toponym(s) without a language (\"lang\") were not kept as names", nullptr, withoutLanguage);
    return result;
}

bool looksLikeLinkedPlaces(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxFileBytes)
        return false;
    // A quick look first ("type" may come last: JSON keys have no order).
    if (!f.peek(64 * 1024).contains("\"@id\""))
        return false;
    // The first feature's own "@id", not one among its properties (Overpass's GeoJSON has those).
    QByteArray text = f.readAll();
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    return root.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection")
           && root.value(QStringLiteral("features")).toArray().first().toObject().contains(QStringLiteral("@id"));
}

QStringList layerFields(const LinkedPlacesFile &file)
{
    bool anyKind = false, anyWhen = false;
    for (const LinkedPlace &p : file.places) {
        anyKind |= !p.kind.isEmpty();
        anyWhen |= !p.when.isEmpty();
    }
    QStringList fields{QStringLiteral("id"), QStringLiteral("name_en")};
    for (const QString &language : file.languages)
        if (language != QLatin1String("en"))
            fields << nameField(language);
    fields << QStringLiteral("approx");
    if (anyKind)
        fields << QStringLiteral("kind");
    fields << QStringLiteral("uri");
    if (anyWhen)
        fields << QStringLiteral("when");
    return fields;
}

QByteArray layerGeoJson(const LinkedPlacesFile &file, const QString &layerName, QStringList *fields)
{
    const QStringList names = layerFields(file);
    const bool anyKind = names.contains(QStringLiteral("kind")), anyWhen = names.contains(QStringLiteral("when"));
    QStringList others;
    for (const QString &language : file.languages)
        if (language != QLatin1String("en"))
            others << language;
    if (fields)
        *fields = names;
    QByteArray out = "{\"type\": \"FeatureCollection\", \"name\": "
                     + QJsonDocument(QJsonArray{layerName}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ", \"features\": [\n";
    for (size_t i = 0; i < file.places.size(); ++i) {
        const LinkedPlace &p = file.places[i];
        std::vector<std::pair<QString, QJsonValue>> properties{{QStringLiteral("id"), p.id},
                                                               {QStringLiteral("name_en"), p.englishName()}};
        for (const QString &language : others)
            properties.emplace_back(nameField(language), p.names.contains(language) ? QJsonValue(p.names.value(language)) : QJsonValue());
        properties.emplace_back(QStringLiteral("approx"), p.approximate);
        if (anyKind)
            properties.emplace_back(QStringLiteral("kind"), p.kind.isEmpty() ? QJsonValue() : QJsonValue(p.kind));
        properties.emplace_back(QStringLiteral("uri"), p.uri);
        if (anyWhen)
            properties.emplace_back(QStringLiteral("when"), p.when.isEmpty() ? QJsonValue() : QJsonValue(p.when));
        out += "{\"type\": \"Feature\", \"properties\": " + jsontextedit::orderedObject(properties)
               + ", \"geometry\": " + geometryText(p.geometry) + '}';
        out += i + 1 < file.places.size() ? ",\n" : "\n";
    }
    return out + "]}\n";
}

} // namespace dpa::linkedplacesfile

namespace dpa {

QString LinkedPlace::englishName() const
{
    if (const QString en = names.value(QStringLiteral("en")); !en.isEmpty())
        return en;
    if (!title.isEmpty())
        return title;
    return names.isEmpty() ? id : names.first();
}

QString LinkedPlacesFile::describe() const
{
    QStringList parts;
    if (areas)
        parts << QObject::tr("%n area(s)", nullptr, areas);
    if (lines)
        parts << QObject::tr("%n line(s)", nullptr, lines);
    if (points)
        parts << QObject::tr("%n point(s)", nullptr, points);
    return QObject::tr("%n place(s): %1", nullptr, int(places.size())).arg(parts.join(QStringLiteral(", ")));
}

} // namespace dpa
