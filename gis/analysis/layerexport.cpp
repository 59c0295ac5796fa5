#include "analysis/layerexport.h"
#include "analysis/spatialanalysis.h"
#include "model/statetext.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace dpa::layerexport {
namespace {

QString sourcesText(const QList<SourceRef> &refs)
{
    QStringList out;
    for (const SourceRef &r : refs)
        out << r.toString();
    return out.join(QLatin1Char(';'));
}

} // namespace

namespace {

VectorLayerToWrite recordsLayer(const CaseStudy &study, QString name, std::vector<VectorField> fields,
                                std::vector<VectorRecord> records, const QString &onlyLayer)
{
    if (!onlyLayer.isEmpty())
        std::erase_if(records, [&](const VectorRecord &r) { return r.attributes.value(QStringLiteral("layer")).toString() != onlyLayer; });
    return VectorLayerToWrite{std::move(name), study.manifest.crs, {}, std::move(fields), std::move(records)};
}

} // namespace

VectorLayerToWrite stateLayer(const CaseStudy &study, TimePoint t, const QString &onlyLayer)
{
    return recordsLayer(study, QStringLiteral("state"), stateFields(), stateAt(study, t), onlyLayer);
}

VectorLayerToWrite timelineLayer(const CaseStudy &study, bool kml, const QString &onlyLayer)
{
    return recordsLayer(study, QStringLiteral("timeline"), timelineFields(kml), timeline(study, kml), onlyLayer);
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

std::vector<VectorField> stateFields()
{
    return {{QStringLiteral("layer"), QMetaType::QString},       {QStringLiteral("id"), QMetaType::QString},
            {QStringLiteral("name"), QMetaType::QString},        {QStringLiteral("status"), QMetaType::QString},
            {QStringLiteral("holder"), QMetaType::QString},      {QStringLiteral("camps"), QMetaType::QString},
            {QStringLiteral("occupier"), QMetaType::QString},    {QStringLiteral("outgoing"), QMetaType::QString},
            {QStringLiteral("shares"), QMetaType::QString},      {QStringLiteral("in_force"), QMetaType::QString},
            {QStringLiteral("sources"), QMetaType::QString},     {QStringLiteral("approx"), QMetaType::Int}};
}

std::vector<VectorRecord> stateAt(const CaseStudy &study, TimePoint t)
{
    std::vector<VectorRecord> out;
    for (const CaseLayer &layer : study.layers) {
        for (const CaseFeature &f : layer.features) {
            if (f.modelIndex < 0)
                continue;
            const FeatureState s = study.index.stateOf(f.modelIndex, t);
            QStringList sources;
            for (int c : s.claims) {
                const QString src = sourcesText(study.model.claims()[size_t(c)].sources);
                if (!sources.contains(src))
                    sources << src;
            }
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
                                                   {QStringLiteral("sources"), sources.join(QLatin1Char(';'))},
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
