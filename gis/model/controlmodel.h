#pragma once

#include "time/dateinterval.h"
#include "core/multilingualtext.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace dpa {

struct Authority
{
    QString id;
    MultilingualText name;
    quint32 color = 0xff808080;   // 0xAARRGGBB
    QString bloc;
    QString wikidata;
};

// control: de facto (armed force, obedience on the ground); claim: de jure (legal title,
// recognition); contested: open fighting over the feature.
enum class Role { Control, Claim, Contested };
std::optional<Role> roleFromName(const QString &name);
QString roleName(Role role);

struct SourceRef
{
    QString sourceId;
    QString pages;
    QString toString() const { return pages.isEmpty() ? sourceId : sourceId + QLatin1Char(':') + pages; }
};

struct Source
{
    QString id;
    QString citation;
    QString url;
};

struct FeatureKey
{
    QString layerId;
    QString featureId;
    QString toString() const { return layerId + QLatin1Char('/') + featureId; }
    bool operator==(const FeatureKey &) const = default;
};
inline size_t qHash(const FeatureKey &k, size_t seed = 0) { return qHashMulti(seed, k.layerId, k.featureId); }

struct Claim
{
    int feature = -1;      // index into ControlModel::features()
    int authority = -1;    // index into ControlModel::authorities()
    Role role = Role::Control;
    DateInterval interval;
    double confidence = 1.0;
    QList<SourceRef> sources;
    QString note;
    int line = 0;          // line in claims.csv, for messages
};

struct Event
{
    QString id;
    DateInterval when;
    MultilingualText title;
    MultilingualText text;
    QList<FeatureKey> features;
    QList<SourceRef> sources;
    int line = 0;
};

// What a case study asserts: who, what, when and on whose word. Geometry lives with the
// layers; this knows features only by key.
class ControlModel
{
public:
    int addAuthority(Authority a);
    int addFeature(const FeatureKey &key);
    int addClaim(Claim c);          // feature and authority indices must be valid
    void addEvent(Event e) { m_events.push_back(std::move(e)); }
    void addSource(Source s);

    const std::vector<Authority> &authorities() const { return m_authorities; }
    const std::vector<FeatureKey> &features() const { return m_features; }
    const std::vector<Claim> &claims() const { return m_claims; }
    const std::vector<Event> &events() const { return m_events; }
    const std::vector<Source> &sources() const { return m_sources; }

    int authorityIndex(const QString &id) const { return m_authorityIndex.value(id, -1); }
    int featureIndex(const FeatureKey &key) const { return m_featureIndex.value(key, -1); }
    const Source *source(const QString &id) const;
    // Claims of one feature in the order added.
    QList<int> claimsOf(int feature) const;

private:
    std::vector<Authority> m_authorities;
    std::vector<FeatureKey> m_features;
    std::vector<Claim> m_claims;
    std::vector<Event> m_events;
    std::vector<Source> m_sources;
    QHash<QString, int> m_authorityIndex;
    QHash<FeatureKey, int> m_featureIndex;
    QHash<QString, int> m_sourceIndex;
};

} // namespace dpa
