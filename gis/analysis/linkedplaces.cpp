#include "analysis/linkedplaces.h"
#include "io/coordinatetransform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <cmath>

namespace dpa::linkedplaces {
namespace {

// Seven decimals of a degree: about a centimetre, finer than any boundary we hold.
QJsonArray position(QPointF p)
{
    return QJsonArray{std::round(p.x() * 1e7) / 1e7, std::round(p.y() * 1e7) / 1e7};
}

QJsonArray ring(const Ring &r)
{
    QJsonArray out;
    for (const QPointF &p : r)
        out.append(position(p));
    return out;
}

// The geometry as GeoJSON (RFC 7946 order: longitude, latitude).
QJsonObject geoJson(const Geometry &g)
{
    if (!g.polygons.empty()) {
        QJsonArray polygons;
        for (const Polygon &p : g.polygons) {
            QJsonArray rings;
            for (const Ring &r : p.rings)
                rings.append(ring(r));
            polygons.append(rings);
        }
        return {{QStringLiteral("type"), QStringLiteral("MultiPolygon")}, {QStringLiteral("coordinates"), polygons}};
    }
    if (!g.lines.empty()) {
        QJsonArray lines;
        for (const Ring &l : g.lines)
            lines.append(ring(l));
        return {{QStringLiteral("type"), QStringLiteral("MultiLineString")}, {QStringLiteral("coordinates"), lines}};
    }
    if (g.points.size() == 1)
        return {{QStringLiteral("type"), QStringLiteral("Point")}, {QStringLiteral("coordinates"), position(g.points.front())}};
    QJsonArray points;
    for (const QPointF &p : g.points)
        points.append(position(p));
    return {{QStringLiteral("type"), QStringLiteral("MultiPoint")}, {QStringLiteral("coordinates"), points}};
}

// An LPF timespan from a claim's interval. An open end has no date of its own: it is said
// through the period, "started by" its first day or "ended after" its last, which is what the
// package asserts; never an invented date.
QJsonObject timespan(const DateInterval &interval, const DateInterval &period)
{
    QJsonObject start, end;
    if (interval.start)
        start.insert(QStringLiteral("in"), interval.start->toEdtf());
    else if (period.start)
        start.insert(QStringLiteral("latest"), period.start->toEdtf());
    if (interval.end)
        end.insert(QStringLiteral("in"), interval.end->toEdtf());
    else if (period.end)
        end.insert(QStringLiteral("earliest"), period.end->toEdtf());
    QJsonObject span{{QStringLiteral("start"), start}};
    if (!end.isEmpty())
        span.insert(QStringLiteral("end"), end);
    return span;
}

QString certainty(double confidence)
{
    // The schema's words for relations; our high, medium and low (1, 0.7, 0.4).
    return confidence >= 0.85 ? QStringLiteral("certain") : confidence >= 0.55 ? QStringLiteral("less certain") : QStringLiteral("uncertain");
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Control: return QObject::tr("held de facto by");
    case Role::Claim: return QObject::tr("claimed de jure by");
    case Role::Contested: return QObject::tr("fought over by");
    case Role::Occupation: return QObject::tr("occupied by");
    case Role::Presence: return QObject::tr("with forces present, not governing, of");
    }
    return {};
}

} // namespace

QString featureUri(const CaseStudy &study, const FeatureKey &key)
{
    return QStringLiteral("urn:dpatlas:%1:%2:%3").arg(study.manifest.id, key.layerId, key.featureId);
}

QString authorityUri(const CaseStudy &study, const Authority &authority)
{
    if (!authority.wikidata.isEmpty())
        return QStringLiteral("http://www.wikidata.org/entity/") + authority.wikidata;
    return QStringLiteral("urn:dpatlas:%1:authority:%2").arg(study.manifest.id, authority.id);
}

Result<QJsonDocument> collection(const CaseStudy &study)
{
    auto toLonLat = CoordinateTransform::create(study.manifest.crs, Crs::wgs84());
    if (!toLonLat)
        return toLonLat.error();
    const ControlModel &model = study.model;
    // Claims by feature, in the package's order.
    std::vector<std::vector<const Claim *>> claimsOf(model.features().size());
    for (const Claim &c : model.claims())
        claimsOf[size_t(c.feature)].push_back(&c);
    const QJsonObject period{{QStringLiteral("timespans"), QJsonArray{timespan(study.manifest.period, study.manifest.period)}}};

    QJsonArray features;
    for (int index = 0; index < int(model.features().size()); ++index) {
        const CaseFeature *f = study.feature(index);
        const FeatureKey &key = model.features()[size_t(index)];
        QJsonArray names;
        for (auto it = f->name.all().cbegin(); it != f->name.all().cend(); ++it)
            if (!it.value().isEmpty())
                names.append(QJsonObject{{QStringLiteral("toponym"), it.value()}, {QStringLiteral("lang"), it.key()}});
        Geometry lonLat = f->geometry;
        toLonLat->transformInPlace(lonLat);
        QJsonObject geometry = geoJson(lonLat);
        geometry.insert(QStringLiteral("certainty"), f->approximate ? QStringLiteral("less-certain") : QStringLiteral("certain"));
        QJsonArray relations;
        for (const Claim *c : claimsOf[size_t(index)]) {
            const Authority &a = model.authorities()[size_t(c->authority)];
            QJsonArray citations;
            for (const SourceRef &ref : c->sources) {
                const Source *s = model.source(ref.sourceId);
                QJsonObject citation{{QStringLiteral("label"), s ? s->citation : ref.sourceId}};
                if (!ref.pages.isEmpty())
                    citation.insert(QStringLiteral("label"), citation.value(QStringLiteral("label")).toString() + QStringLiteral(", ") + ref.pages);
                if (s && !s->url.isEmpty())
                    citation.insert(QStringLiteral("@id"), s->url);
                citations.append(citation);
            }
            QJsonObject relation{{QStringLiteral("relationType"), QStringLiteral("dpatlas:") + roleName(c->role)},
                                 {QStringLiteral("relationTo"), authorityUri(study, a)},
                                 {QStringLiteral("label"), QStringLiteral("%1 %2").arg(roleLabel(c->role), a.name.text())},
                                 {QStringLiteral("when"), QJsonObject{{QStringLiteral("timespans"), QJsonArray{timespan(c->interval, study.manifest.period)}}}},
                                 {QStringLiteral("certainty"), certainty(c->confidence)},
                                 {QStringLiteral("citations"), citations}};
            if (!c->note.isEmpty())
                relation.insert(QStringLiteral("note"), c->note);
            relations.append(relation);
        }
        QJsonObject feature{{QStringLiteral("@id"), featureUri(study, key)},
                            {QStringLiteral("type"), QStringLiteral("Feature")},
                            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("title"), f->name.text()}}},
                            {QStringLiteral("names"), names},
                            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("GeometryCollection")},
                                                                     {QStringLiteral("geometries"), QJsonArray{geometry}}}},
                            {QStringLiteral("when"), period},
                            {QStringLiteral("relations"), relations}};
        if (!f->kind.isEmpty())
            feature.insert(QStringLiteral("types"), QJsonArray{QJsonObject{{QStringLiteral("label"), f->kind}}});
        features.append(feature);
    }
    QJsonObject root{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                     {QStringLiteral("@context"), QStringLiteral("https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld")},
                     {QStringLiteral("features"), features}};
    if (!study.manifest.attribution.isEmpty())
        root.insert(QStringLiteral("attribution"), study.manifest.attribution);
    return QJsonDocument(root);
}

} // namespace dpa::linkedplaces
