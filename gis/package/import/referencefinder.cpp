#include "package/import/referencefinder.h"
#include "package/casestudy.h"

#include <QObject>

namespace dpa {
namespace {

QString key(const QString &text)
{
    return text.simplified().toLower();
}

template <typename Entry>
QList<Entry> inLayer(const QList<Entry> &entries, const QString &layer)
{
    QList<Entry> kept;
    for (const Entry &e : entries)
        if (layer.isEmpty() || e.layer == layer)
            kept << e;
    return kept;
}

} // namespace

ReferenceFinder::ReferenceFinder(const CaseStudy &study)
{
    for (const CaseLayer &layer : study.layers) {
        if (layer.spec.role != LayerSpec::Role::Features)
            continue;
        m_layers << layer.spec.id;
        for (const CaseFeature &f : layer.features) {
            m_featureIds.insert(f.id, {layer.spec.id, f.id});
            QSet<QString> names;
            for (const QString &n : f.name.all())
                names.insert(key(n));
            for (const QString &n : names)
                m_featureNames.insert(n, {layer.spec.id, f.id});
        }
    }
    for (const Authority &a : study.model.authorities()) {
        m_authorityIds.insert(a.id, a.id);
        QSet<QString> names;
        for (const QString &n : a.name.all())
            names.insert(key(n));
        for (const QString &n : names)
            m_authorityNames.insert(n, a.id);
        m_authorityList << QStringLiteral("%1 (%2)").arg(a.id, a.name.text());
    }
}

Result<ReferenceFinder::Found> ReferenceFinder::feature(const QString &cell, const QString &layer) const
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return Error::plain(QObject::tr("no feature given"));
    if (!layer.isEmpty() && !m_layers.contains(layer))
        return Error::plain(QObject::tr("layer \"%1\" is not a feature layer of the package (its feature layers: %2)")
                                .arg(layer, m_layers.join(QStringLiteral(", "))));
    auto unique = [&](const QList<Entry> &found, bool byName) -> std::optional<Result<Found>> {
        if (found.size() == 1)
            return Result<Found>(Found{{found[0].layer, found[0].id}, byName});
        if (found.size() > 1) {
            QStringList where;
            for (const Entry &e : found)
                where << e.layer + QLatin1Char('/') + e.id;
            return Result<Found>(Error::plain(QObject::tr("\"%1\" could be any of %2: give the layer (a layer column or --layer) or the id")
                                                  .arg(text, where.join(QStringLiteral(", ")))));
        }
        return std::nullopt;
    };
    if (auto r = unique(inLayer(m_featureIds.values(text), layer), false))
        return *r;
    if (auto r = unique(inLayer(m_featureNames.values(key(text)), layer), true))
        return *r;
    // Near matches: names and ids that contain the cell or that it contains, so a typo or a
    // longer name ("Vyborg district" for "Vyborg") points the user at the right row.
    QStringList near;
    const QString k = key(text);
    for (auto it = m_featureNames.cbegin(); it != m_featureNames.cend() && near.size() < 3; ++it)
        if ((layer.isEmpty() || it->layer == layer) && it.key().size() > 2 && (it.key().contains(k) || k.contains(it.key())))
            near << it->layer + QLatin1Char('/') + it->id;
    near.removeDuplicates();
    const QString scope = layer.isEmpty() ? QObject::tr("any feature layer") : QObject::tr("layer \"%1\"").arg(layer);
    return Error::plain(near.isEmpty() ? QObject::tr("no feature of %1 has the id or name \"%2\"").arg(scope, text)
                                       : QObject::tr("no feature of %1 has the id or name \"%2\" (did you mean %3?)")
                                             .arg(scope, text, near.join(QStringLiteral(", "))));
}

Result<QString> ReferenceFinder::authority(const QString &cell, bool *byName) const
{
    const QString text = cell.trimmed();
    *byName = false;
    if (m_authorityIds.contains(text))
        return text;
    const QStringList ids = m_authorityNames.values(key(text));
    QStringList distinct = ids;
    distinct.removeDuplicates();
    if (distinct.size() == 1) {
        *byName = true;
        return distinct.first();
    }
    if (distinct.size() > 1)
        return Error::plain(QObject::tr("\"%1\" is the name of more than one authority (%2): use the id").arg(text, distinct.join(QStringLiteral(", "))));
    return Error::plain(QObject::tr("authority \"%1\" is not in the manifest (its authorities: %2)")
                            .arg(text, m_authorityList.join(QStringLiteral(", "))));
}

} // namespace dpa
