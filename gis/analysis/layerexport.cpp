#include "analysis/layerexport.h"
#include "analysis/spatialanalysis.h"
#include "model/statetext.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <map>

namespace dpa::layerexport {
namespace {

// Each source once, its pages gathered: "tombs1999:12, 40;edwards1971", however many of the
// claims in force cite it.
QString sourcesText(const QList<SourceRef> &refs)
{
    QStringList ids;
    QHash<QString, QStringList> pages;
    for (const SourceRef &r : refs) {
        if (!ids.contains(r.sourceId))
            ids << r.sourceId;
        if (!r.pages.isEmpty() && !pages[r.sourceId].contains(r.pages))
            pages[r.sourceId] << r.pages;
    }
    QStringList out;
    for (const QString &id : ids)
        out << (pages.value(id).isEmpty() ? id : id + QLatin1Char(':') + pages.value(id).join(QStringLiteral(", ")));
    return out.join(QLatin1Char(';'));
}

// OpenHistoricalMap's start_date/end_date: a plain year, year-month or day (its tools read no
// more); a date with marks, a season or unspecified digits stays in start_edtf/end_edtf only, which map
// to OHM's start_date:edtf.
QString ohmDate(const std::optional<HistoricalDate> &date)
{
    // A time of day goes: OHM dates are days at the finest.
    static const QRegularExpression plain(QStringLiteral(R"(^(-?\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?)(T\d{2}:\d{2}(:\d{2})?)?$)"));
    const auto match = plain.match(date ? date->toEdtf() : QString());
    return match.hasMatch() ? match.captured(1) : QString();
}

GeometryKind kindOf(const Geometry &g)
{
    return !g.polygons.empty() ? GeometryKind::Areas : !g.lines.empty() ? GeometryKind::Lines : GeometryKind::Points;
}

QString kindSuffix(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Areas: return QStringLiteral("areas");
    case GeometryKind::Lines: return QStringLiteral("lines");
    default: return QStringLiteral("points");
    }
}

// One layer per feature layer of the package, named after it, and within a layer that mixes
// areas, lines and points one per kind ("places_points"): QGIS, and the scripts and Processing
// tools that open a file by its path, show one geometry type a layer and drop the rest.
std::vector<VectorLayerToWrite> bySourceLayer(const CaseStudy &study, const std::vector<VectorField> &fields,
                                              std::vector<VectorRecord> records, const QString &onlyLayer,
                                              const QString &description)
{
    std::vector<VectorLayerToWrite> layers;
    for (const CaseLayer &source : study.layers) {
        const QString id = source.spec.id;
        if (source.spec.role != LayerSpec::Role::Features || (!onlyLayer.isEmpty() && id != onlyLayer))
            continue;
        std::map<GeometryKind, std::vector<VectorRecord>> byKind;
        for (VectorRecord &r : records)
            if (r.attributes.value(QStringLiteral("layer")).toString() == id)
                byKind[kindOf(r.geometry)].push_back(std::move(r));
        if (byKind.empty() && id == onlyLayer && !source.features.empty())
            byKind[kindOf(source.features.front().geometry)];   // asked for: an empty layer of its kind
        for (auto &[kind, kindRecords] : byKind) {
            VectorLayerToWrite layer{byKind.size() > 1 ? id + QLatin1Char('_') + kindSuffix(kind) : id,
                                     study.manifest.crs, {}, fields, std::move(kindRecords), kind, description};
            layers.push_back(std::move(layer));
        }
    }
    return layers;
}

} // namespace

std::vector<VectorLayerToWrite> stateLayers(const CaseStudy &study, TimePoint t, const QString &dateText, const QString &onlyLayer)
{
    std::vector<VectorRecord> records = stateAt(study, t);
    for (VectorRecord &r : records)
        r.attributes.insert(QStringLiteral("date"), dateText);
    return bySourceLayer(study, stateFields(), std::move(records), onlyLayer,
                         QObject::tr("%1: who held each feature on %2 (Dual Power Atlas)").arg(study.manifest.title.text(), dateText));
}

std::vector<VectorLayerToWrite> timelineLayers(const CaseStudy &study, bool kml, const QString &onlyLayer)
{
    return bySourceLayer(study, timelineFields(kml), timeline(study, kml), onlyLayer,
                         QObject::tr("%1: every claim with its start and end (Dual Power Atlas)").arg(study.manifest.title.text()));
}

VectorLayerToWrite analysisLayer(const CaseStudy &study, const SpatialFacts &facts, TimePoint t, AnalysisLayer which)
{
    const bool territories = which == AnalysisLayer::Territories;
    VectorLayerToWrite layer;
    layer.name = territories ? QStringLiteral("territories") : QStringLiteral("fronts");
    layer.sourceCrs = study.manifest.crs;
    const QString key = territories ? QStringLiteral("authority") : QStringLiteral("pair");
    const QString unit = territories ? QStringLiteral("area_km2") : QStringLiteral("length_km");
    const QString count = territories ? QStringLiteral("features") : QStringLiteral("segments");
    layer.fields = {{key}, {QStringLiteral("name")}, {unit, QMetaType::Double}, {count, QMetaType::Int}};
    layer.geometryKind = territories ? GeometryKind::Areas : GeometryKind::Lines;   // a day without fronts is still a map layer
    const auto items = territories ? analysis::territories(study, facts, t) : analysis::fronts(study, facts, t);
    for (const analysis::NamedGeometry &g : items)
        layer.records.push_back({g.geometry, QVariantMap{{key, g.key}, {QStringLiteral("name"), g.name}, {unit, g.value}, {count, g.features}}});
    return layer;
}

QDateTime toDateTime(TimePoint t)
{
    const CalendarDate d = calendar::fromJulianDay(Calendar::Gregorian, calendar::julianDayOf(t));
    if (d.year < 1 || d.year > 9999)
        return {};
    const int minute = calendar::minuteOfDay(t);
    return QDateTime(QDate(d.year, d.month, d.day), QTime(minute / 60, minute % 60), Qt::UTC);
}

QString momentEdtf(TimePoint t, Calendar calendar)
{
    const CalendarDate d = calendar::fromJulianDay(calendar, calendar::julianDayOf(t));
    const int minute = calendar::minuteOfDay(t);
    return HistoricalDate::fromDay(calendar, d.year, d.month, d.day).toEdtf()
           + QStringLiteral("T%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::vector<VectorField> stateFields()
{
    return {{QStringLiteral("layer"), QMetaType::QString},       {QStringLiteral("id"), QMetaType::QString},
            {QStringLiteral("name"), QMetaType::QString},        {QStringLiteral("status"), QMetaType::QString},
            {QStringLiteral("holder"), QMetaType::QString},      {QStringLiteral("camps"), QMetaType::QString},
            {QStringLiteral("occupier"), QMetaType::QString},    {QStringLiteral("outgoing"), QMetaType::QString},
            {QStringLiteral("shares"), QMetaType::QString},      {QStringLiteral("in_force"), QMetaType::QString},
            {QStringLiteral("sources"), QMetaType::QString},     {QStringLiteral("approx"), QMetaType::Int},
            {QStringLiteral("date"), QMetaType::QString}};
}

std::vector<VectorRecord> stateAt(const CaseStudy &study, TimePoint t)
{
    std::vector<VectorRecord> out;
    for (const CaseLayer &layer : study.layers) {
        for (const CaseFeature &f : layer.features) {
            if (f.modelIndex < 0)
                continue;
            const FeatureState s = study.index.stateOf(f.modelIndex, t);
            QList<SourceRef> sources;
            for (int c : s.claims)
                sources << study.model.claims()[size_t(c)].sources;
            const ControlModel &m = study.model;
            out.push_back({f.geometry, QVariantMap{{QStringLiteral("layer"), layer.spec.id}, {QStringLiteral("id"), f.id},
                                                   {QStringLiteral("name"), f.name.text()},
                                                   {QStringLiteral("status"), statusName(s.status)},
                                                   {QStringLiteral("holder"), statetext::authorityId(m, s.deFactoHolder())},
                                                   {QStringLiteral("camps"), statetext::camps(m, s)},
                                                   {QStringLiteral("occupier"), statetext::authorityId(m, s.occupier)},
                                                   {QStringLiteral("outgoing"), statetext::authorityId(m, s.outgoing)},
                                                   {QStringLiteral("shares"), statetext::shares(s)},
                                                   {QStringLiteral("in_force"), statetext::claimsInForce(m, s)},
                                                   {QStringLiteral("sources"), sourcesText(sources)},
                                                   {QStringLiteral("approx"), int(f.approximate)}}});
        }
    }
    return out;
}

std::vector<VectorField> timelineFields(bool kml)
{
    return {{QStringLiteral("name"), QMetaType::QString},
            {QStringLiteral("layer"), QMetaType::QString},
            {QStringLiteral("id"), QMetaType::QString},
            {QStringLiteral("authority"), QMetaType::QString},
            {QStringLiteral("bloc"), QMetaType::QString},
            {QStringLiteral("role"), QMetaType::QString},
            {QStringLiteral("share"), QMetaType::Double},
            {kml ? QStringLiteral("begin") : QStringLiteral("start"), QMetaType::QDateTime},
            {QStringLiteral("end"), QMetaType::QDateTime},
            {QStringLiteral("start_edtf"), QMetaType::QString},
            {QStringLiteral("end_edtf"), QMetaType::QString},
            {QStringLiteral("start_date"), QMetaType::QString},
            {QStringLiteral("end_date"), QMetaType::QString},
            {QStringLiteral("confidence"), QMetaType::Double},
            {QStringLiteral("sources"), QMetaType::QString},
            {QStringLiteral("note"), QMetaType::QString}};
}

std::vector<VectorRecord> timeline(const CaseStudy &study, bool kml)
{
    std::vector<VectorRecord> out;
    const QString startField = kml ? QStringLiteral("begin") : QStringLiteral("start");
    for (const Claim &claim : study.model.claims()) {
        const CaseFeature *f = study.feature(claim.feature);
        const FeatureKey &key = study.model.features()[size_t(claim.feature)];
        const Authority &a = study.model.authorities()[size_t(claim.authority)];
        QVariantMap attributes{{QStringLiteral("name"), QStringLiteral("%1: %2 (%3)").arg(f->name.text(), a.name.text(), roleName(claim.role))},
                               {QStringLiteral("layer"), key.layerId},
                               {QStringLiteral("id"), key.featureId},
                               {QStringLiteral("authority"), a.id},
                               {QStringLiteral("bloc"), study.model.blocName(study.model.blocOf(claim.authority))},
                               {QStringLiteral("role"), roleName(claim.role)},
                               {QStringLiteral("start_edtf"), claim.interval.startEdtf()},
                               {QStringLiteral("end_edtf"), claim.interval.endEdtf()},
                               {QStringLiteral("start_date"), ohmDate(claim.interval.start)},
                               {QStringLiteral("end_date"), ohmDate(claim.interval.end)},
                               {QStringLiteral("confidence"), claim.confidence},
                               {QStringLiteral("sources"), sourcesText(claim.sources)},
                               {QStringLiteral("note"), claim.note}};
        if (!std::isnan(claim.share))
            attributes.insert(QStringLiteral("share"), claim.share);
        // An open end stays empty: "always" to the temporal controllers that read the file. So
        // does a year the date field cannot hold (see toDateTime); the _edtf text keeps it.
        if (const QDateTime from = claim.interval.start ? toDateTime(claim.interval.from()) : QDateTime(); from.isValid())
            attributes.insert(startField, from);
        if (const QDateTime to = claim.interval.end ? toDateTime(claim.interval.to()) : QDateTime(); to.isValid())
            attributes.insert(QStringLiteral("end"), to);
        out.push_back({f->geometry, attributes});
    }
    return out;
}

} // namespace dpa::layerexport
