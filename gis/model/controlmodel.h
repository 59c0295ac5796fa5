#pragma once

#include "time/dateinterval.h"
#include "core/multilingualtext.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>
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
// recognition); contested: open fighting over the feature; occupation: a foreign force holding
// ground without claiming sovereignty (the German zone around Paris in 1871); presence: troops
// or officials present without governing (an army deployed under an agreement), which changes
// no status. The values are stable: they index tables.
enum class Role : quint8 { Control, Claim, Contested, Occupation, Presence };
std::optional<Role> roleFromName(const QString &name);
QString roleName(Role role);
// "control, claim, contested, occupation, presence", for messages that list what is allowed.
QString roleNames();

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
    int line = 0;          // line in claims.csv, for messages
    Role role = Role::Control;
    DateInterval interval;
    double confidence = 1.0;
    // The part of the feature a `control` claim covers, 0 < share <= 1; NaN when not stated
    // (the whole feature). Two or more camps in control, at least one of them with a stated
    // share, make the feature divided; camps in control without a share split the rest.
    double share = std::numeric_limits<double>::quiet_NaN();
    QList<SourceRef> sources;
    QString note;
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
    // Many claims at once (claims.csv, read in parts on every core): the first part's vector is
    // taken over, not copied, when the model has none yet; indices must be valid.
    void addClaims(std::vector<Claim> &&claims);
    void addEvent(Event e) { m_events.push_back(std::move(e)); }
    void addSource(Source s);

    const std::vector<Authority> &authorities() const { return m_authorities; }
    const std::vector<FeatureKey> &features() const { return m_features; }
    const std::vector<Claim> &claims() const { return m_claims; }
    // A claim's interval in time points (DateInterval::from and to), worked out once when it is
    // added: the claim index and the order of precedence ask millions of times at 100,000
    // features, and each answer is calendar arithmetic.
    TimePoint claimFrom(int claim) const { return m_claimBounds[size_t(claim)].from; }
    TimePoint claimTo(int claim) const { return m_claimBounds[size_t(claim)].to; }
    const std::vector<Event> &events() const { return m_events; }
    const std::vector<Source> &sources() const { return m_sources; }

    int authorityIndex(const QString &id) const { return m_authorityIndex.value(id, -1); }
    // Camps: authorities of one bloc never stand against each other. An authority without a
    // bloc is a camp of its own. Bloc indices run from 0 to blocCount() - 1.
    int blocOf(int authority) const { return m_authorityBloc[size_t(authority)]; }
    int blocCount() const { return int(m_blocNames.size()); }
    // The manifest's bloc name, or the authority's id for an authority alone in its camp.
    const QString &blocName(int bloc) const { return m_blocNames[size_t(bloc)]; }
    int featureIndex(const FeatureKey &key) const { return m_featureIndex.value(key, -1); }
    const Source *source(const QString &id) const;
    // Claims of one feature in the order added.
    QList<int> claimsOf(int feature) const;

private:
    std::vector<Authority> m_authorities;
    std::vector<FeatureKey> m_features;
    std::vector<Claim> m_claims;
    struct Bounds
    {
        TimePoint from, to;
    };
    std::vector<Bounds> m_claimBounds;   // one per claim; claims are never changed once added
    std::vector<Event> m_events;
    std::vector<Source> m_sources;
    std::vector<int> m_authorityBloc;
    std::vector<QString> m_blocNames;
    QHash<QString, int> m_blocIndex;      // by name; authorities alone are keyed "\x01" + id
    QHash<QString, int> m_authorityIndex;
    QHash<FeatureKey, int> m_featureIndex;
    QHash<QString, int> m_sourceIndex;
};

} // namespace dpa
