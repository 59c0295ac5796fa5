#include "package/packagemanifest.h"
#include "package/jsonlinelocator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace dpa {
namespace {

const QString kFile = QString::fromLatin1(PackageManifest::kFileName);

// Reads fields of one JSON object and records problems at the field's line.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, const JsonLineLocator &lines, ErrorList &problems)
        : m_object(object), m_path(std::move(path)), m_lines(lines), m_problems(problems) {}

    QString fieldPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    int line(const QString &key = {}) const { return m_lines.lineOf(key.isEmpty() ? m_path : fieldPath(key)); }
    void problem(const QString &key, const QString &message) const
    {
        m_problems << Error::at(kFile, line(key), QStringLiteral("%1: %2").arg(fieldPath(key), message));
    }

    QString string(const QString &key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, QObject::tr("required field is missing"));
            return {};
        }
        if (!v.isString()) {
            problem(key, QObject::tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(key, QObject::tr("must not be empty"));
        return v.toString();
    }

    MultilingualText text(const QString &key, bool required) const
    {
        MultilingualText out;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(key, QObject::tr("required field is missing"));
            return out;
        }
        if (!v.isObject()) {
            problem(key, QObject::tr("must be an object of texts per language, e.g. {\"en\": \"...\"}"));
            return out;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it->isString())
                problem(key + QLatin1Char('.') + it.key(), QObject::tr("must be text"));
            else
                out.set(it.key(), it->toString());
        }
        if (required && !out.has(QStringLiteral("en")))
            problem(key, QObject::tr("an English (\"en\") text is required"));
        return out;
    }

    // An optional true/false; JSON's own booleans only, so "false" in quotes is not read as true.
    bool boolean(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            problem(key, QObject::tr("must be true or false (without quotes)"));
            return false;
        }
        return v.toBool();
    }

    std::optional<HistoricalDate> date(const QString &key, Calendar cal, bool required) const
    {
        const QString s = string(key, required);
        if (s.isEmpty())
            return std::nullopt;
        auto d = HistoricalDate::parse(s, cal);
        if (!d) {
            problem(key, d.error().message);
            return std::nullopt;
        }
        return *d;
    }

    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
    const JsonLineLocator &m_lines;
    ErrorList &m_problems;
};

std::optional<quint32> parseColor(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-fA-F]{6})$"));
    const auto m = hex.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return 0xff000000u | m.captured(1).toUInt(nullptr, 16);
}

QJsonArray arrayField(const FieldReader &r, const QString &key, bool required)
{
    const QJsonValue v = r.object().value(key);
    if (v.isUndefined()) {
        if (required)
            r.problem(key, QObject::tr("required field is missing"));
        return {};
    }
    if (!v.isArray()) {
        r.problem(key, QObject::tr("must be a list [...]"));
        return {};
    }
    return v.toArray();
}

// Edit distance, for "did you mean": a bloc name is short, so the quadratic table is nothing.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j) - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

// A bloc exists to put several authorities in one camp, so a bloc name that one authority alone
// uses, and that nearly matches another bloc's name, is almost certainly a typo that would split
// a camp in two and draw dual power between allies.
void checkLoneBlocs(const PackageManifest &m, const JsonLineLocator &lines, ErrorList &problems)
{
    QHash<QString, int> uses;
    for (const Authority &a : m.authorities)
        if (!a.bloc.isEmpty())
            ++uses[a.bloc];
    for (size_t i = 0; i < m.authorities.size(); ++i) {
        const QString &bloc = m.authorities[i].bloc;
        if (bloc.isEmpty() || uses.value(bloc) != 1)
            continue;
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            if (it.key() == bloc || editDistance(bloc.toCaseFolded(), it.key().toCaseFolded()) > 2)
                continue;
            const QString path = QStringLiteral("authorities[%1].bloc").arg(i);
            problems << Error::at(kFile, lines.lineOf(path),
                                  QObject::tr("%1: bloc \"%2\" is used by this authority alone; did you mean \"%3\" "
                                              "(used by %4)? Authorities of one bloc are one camp.")
                                      .arg(path, bloc, it.key())
                                      .arg(it.value()));
            break;
        }
    }
}

void readAuthorities(PackageManifest &m, const FieldReader &top, const JsonLineLocator &lines, ErrorList &problems)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QJsonArray list = arrayField(top, QStringLiteral("authorities"), true);
    if (list.isEmpty() && top.object().contains(QStringLiteral("authorities")))
        top.problem(QStringLiteral("authorities"), QObject::tr("at least one authority is required"));
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("authorities[%1]").arg(i);
        if (!list[i].isObject()) {
            problems << Error::at(kFile, lines.lineOf(path), QObject::tr("%1: must be an object").arg(path));
            continue;
        }
        FieldReader r(list[i].toObject(), path, lines, problems);
        Authority a;
        a.id = r.string(QStringLiteral("id"), true);
        if (!a.id.isEmpty() && !idPattern.match(a.id).hasMatch())
            r.problem(QStringLiteral("id"), QObject::tr("\"%1\" may contain only letters, digits, '_', '-' and '.'").arg(a.id));
        if (!a.id.isEmpty() && seen.contains(a.id))
            r.problem(QStringLiteral("id"), QObject::tr("authority \"%1\" is defined twice").arg(a.id));
        seen.insert(a.id);
        a.name = r.text(QStringLiteral("name"), true);
        const QString color = r.string(QStringLiteral("color"), true);
        if (!color.isEmpty()) {
            if (auto c = parseColor(color))
                a.color = *c;
            else
                r.problem(QStringLiteral("color"), QObject::tr("\"%1\" is not a colour: write #rrggbb").arg(color));
        }
        a.bloc = r.string(QStringLiteral("bloc"), false);
        a.wikidata = r.string(QStringLiteral("wikidata"), false);
        if (!a.wikidata.isEmpty() && !QRegularExpression(QStringLiteral("^Q[0-9]+$")).match(a.wikidata).hasMatch())
            r.problem(QStringLiteral("wikidata"), QObject::tr("\"%1\" is not a Wikidata id (Q followed by digits)").arg(a.wikidata));
        m.authorities.push_back(a);
        m.authorityLines.push_back(r.line());
    }
    checkLoneBlocs(m, lines, problems);
}

void readLayers(PackageManifest &m, const FieldReader &top, const JsonLineLocator &lines, ErrorList &problems)
{
    static const QStringList contextKinds{QStringLiteral("water"), QStringLiteral("river"),
                                          QStringLiteral("land"), QStringLiteral("boundary")};
    const QJsonArray list = arrayField(top, QStringLiteral("layers"), true);
    QSet<QString> seen;
    bool anyFeatures = false;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("layers[%1]").arg(i);
        if (!list[i].isObject()) {
            problems << Error::at(kFile, lines.lineOf(path), QObject::tr("%1: must be an object").arg(path));
            continue;
        }
        FieldReader r(list[i].toObject(), path, lines, problems);
        LayerSpec l;
        l.line = r.line();
        l.id = r.string(QStringLiteral("id"), true);
        if (!l.id.isEmpty() && seen.contains(l.id))
            r.problem(QStringLiteral("id"), QObject::tr("layer \"%1\" is defined twice").arg(l.id));
        seen.insert(l.id);
        l.file = r.string(QStringLiteral("file"), true);
        l.layerName = r.string(QStringLiteral("layer_name"), false);
        const QString role = r.string(QStringLiteral("role"), true);
        if (role == QLatin1String("features")) {
            l.role = LayerSpec::Role::Features;
            anyFeatures = true;
        } else if (role == QLatin1String("context")) {
            l.role = LayerSpec::Role::Context;
        } else if (!role.isEmpty()) {
            r.problem(QStringLiteral("role"), QObject::tr("\"%1\" is not a layer role: use \"features\" or \"context\"").arg(role));
        }
        l.kind = r.string(QStringLiteral("kind"), false);
        if (l.role == LayerSpec::Role::Context && !contextKinds.contains(l.kind))
            r.problem(QStringLiteral("kind"), QObject::tr("context layers need a kind: %1").arg(contextKinds.join(QStringLiteral(", "))));
        l.title = r.text(QStringLiteral("title"), false);
        if (const QString crs = r.string(QStringLiteral("crs"), false); !crs.isEmpty()) {
            auto parsed = Crs::fromUserInput(crs);
            if (parsed)
                l.crs = *parsed;
            else
                r.problem(QStringLiteral("crs"), parsed.error().toString());
        }
        l.idField = r.string(QStringLiteral("id_field"), l.role == LayerSpec::Role::Features);
        l.nameField = r.string(QStringLiteral("name_field"), false);
        l.approxField = r.string(QStringLiteral("approx_field"), false);
        l.approximate = r.boolean(QStringLiteral("approximate"));
        l.kindField = r.string(QStringLiteral("kind_field"), false);
        l.populationField = r.string(QStringLiteral("population_field"), false);
        const QJsonValue names = r.object().value(QStringLiteral("names"));
        if (names.isObject()) {
            const QJsonObject o = names.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                l.nameFields.insert(it.key(), it->toString());
        } else if (!names.isUndefined()) {
            r.problem(QStringLiteral("names"), QObject::tr("must be an object: language -> attribute"));
        }
        m.layers.push_back(l);
    }
    if (!list.isEmpty() && !anyFeatures)
        top.problem(QStringLiteral("layers"), QObject::tr("at least one layer must have role \"features\""));
}

void readPeriodMaps(PackageManifest &m, const FieldReader &top, const JsonLineLocator &lines, ErrorList &problems)
{
    const QJsonArray list = arrayField(top, QStringLiteral("period_maps"), false);
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("period_maps[%1]").arg(i);
        if (!list[i].isObject()) {
            problems << Error::at(kFile, lines.lineOf(path), QObject::tr("%1: must be an object").arg(path));
            continue;
        }
        FieldReader r(list[i].toObject(), path, lines, problems);
        PeriodMapSpec p;
        p.line = r.line();
        p.id = r.string(QStringLiteral("id"), true);
        p.file = r.string(QStringLiteral("file"), true);
        p.title = r.text(QStringLiteral("title"), true);
        const QJsonValue valid = r.object().value(QStringLiteral("valid"));
        if (!valid.isObject()) {
            r.problem(QStringLiteral("valid"), QObject::tr("required: {\"start\": date, \"end\": date}"));
        } else {
            FieldReader v(valid.toObject(), r.fieldPath(QStringLiteral("valid")), lines, problems);
            auto interval = DateInterval::parse(v.string(QStringLiteral("start"), false),
                                                v.string(QStringLiteral("end"), false), m.calendar);
            if (interval)
                p.valid = *interval;
            else
                r.problem(QStringLiteral("valid"), interval.error().message);
        }
        const QJsonValue opacity = r.object().value(QStringLiteral("opacity"));
        if (!opacity.isUndefined()) {
            if (!opacity.isDouble() || opacity.toDouble() < 0 || opacity.toDouble() > 1)
                r.problem(QStringLiteral("opacity"), QObject::tr("must be a number from 0 to 1"));
            else
                p.opacity = opacity.toDouble();
        }
        m.periodMaps.push_back(p);
    }
}

} // namespace

std::optional<PackageManifest> PackageManifest::read(const QString &path, ErrorList &problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems << Error::at(kFile, 0, QObject::tr("file not found: a package folder needs a manifest.json"));
        return std::nullopt;
    }
    if (info.size() > kMaxBytes) {
        problems << Error::at(kFile, 0, QObject::tr("file is %1 KB; a manifest may be at most %2 KB")
                                            .arg(info.size() / 1024).arg(kMaxBytes / 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << Error::at(kFile, 0, QObject::tr("cannot read file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return parse(file.readAll(), problems);
}

std::optional<PackageManifest> PackageManifest::parse(const QByteArray &json, ErrorList &problems)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems << Error::at(kFile, JsonLineLocator::lineOfOffset(json, parseError.offset),
                              QObject::tr("not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problems << Error::at(kFile, 1, QObject::tr("the manifest must be a JSON object {...}"));
        return std::nullopt;
    }
    const JsonLineLocator lines(json);
    FieldReader top(doc.object(), QString(), lines, problems);
    PackageManifest m;
    bool usable = true;

    const QString format = top.string(QStringLiteral("format"), true);
    if (!format.isEmpty() && format != QLatin1String(kFormat))
        top.problem(QStringLiteral("format"), QObject::tr("\"%1\" is not supported; this version reads \"%2\"").arg(format, QLatin1String(kFormat)));

    m.id = top.string(QStringLiteral("id"), true);
    if (!m.id.isEmpty() && !QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]*$")).match(m.id).hasMatch())
        top.problem(QStringLiteral("id"), QObject::tr("\"%1\" may contain only lower-case letters, digits and '-'").arg(m.id));
    usable = usable && !m.id.isEmpty();
    m.title = top.text(QStringLiteral("title"), true);
    m.description = top.text(QStringLiteral("description"), false);
    m.attribution = top.string(QStringLiteral("attribution"), false);

    const QString cal = top.string(QStringLiteral("calendar"), true);
    if (auto c = calendar::fromName(cal))
        m.calendar = *c;
    else if (!cal.isEmpty())
        top.problem(QStringLiteral("calendar"), QObject::tr("\"%1\" is not a calendar: use gregorian, julian or julian-russia").arg(cal));

    const QJsonValue display = top.object().value(QStringLiteral("display_calendars"));
    if (display.isArray()) {
        m.displayCalendars.clear();
        for (int i = 0; i < display.toArray().size(); ++i) {
            const QString name = display.toArray()[i].toString();
            if (auto c = calendar::fromName(name))
                m.displayCalendars << *c;
            else
                top.problem(QStringLiteral("display_calendars[%1]").arg(i), QObject::tr("\"%1\" is not a calendar").arg(name));
        }
        if (m.displayCalendars.isEmpty())
            m.displayCalendars << Calendar::Gregorian;
    } else if (!display.isUndefined()) {
        top.problem(QStringLiteral("display_calendars"), QObject::tr("must be a list of calendar names"));
    }

    const QJsonValue period = top.object().value(QStringLiteral("period"));
    if (!period.isObject()) {
        top.problem(QStringLiteral("period"), QObject::tr("required: {\"start\": date, \"end\": date}"));
    } else {
        FieldReader p(period.toObject(), QStringLiteral("period"), lines, problems);
        const auto start = p.date(QStringLiteral("start"), m.calendar, true);
        const auto end = p.date(QStringLiteral("end"), m.calendar, true);
        m.period.start = start;
        m.period.end = end;
        if (start && end && m.period.isEmpty())
            p.problem(QStringLiteral("end"), QObject::tr("the period ends before it starts"));
    }
    m.defaultDate = top.date(QStringLiteral("default_date"), m.calendar, false);
    if (m.defaultDate && m.period.start && m.period.end && !m.period.contains(m.defaultDate->earliest()))
        top.problem(QStringLiteral("default_date"), QObject::tr("lies outside the period"));

    const QString crs = top.string(QStringLiteral("crs"), true);
    if (!crs.isEmpty()) {
        auto parsed = Crs::fromUserInput(crs);
        if (parsed)
            m.crs = *parsed;
        else
            problems << Error::at(kFile, top.line(QStringLiteral("crs")), QStringLiteral("crs: %1").arg(parsed.error().message))
                            .withCauses(parsed.error().causes);
    }
    usable = usable && m.crs.isValid();

    readAuthorities(m, top, lines, problems);
    readLayers(m, top, lines, problems);
    readPeriodMaps(m, top, lines, problems);

    m.claimsFile = top.string(QStringLiteral("claims"), true);
    m.claimsLine = top.line(QStringLiteral("claims"));
    m.eventsFile = top.string(QStringLiteral("events"), false);
    m.eventsLine = top.line(QStringLiteral("events"));
    m.sourcesFile = top.string(QStringLiteral("sources"), true);
    m.sourcesLine = top.line(QStringLiteral("sources"));

    if (!usable)
        return std::nullopt;
    return m;
}

} // namespace dpa
