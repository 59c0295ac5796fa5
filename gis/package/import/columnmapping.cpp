#include "package/import/columnmapping.h"

#include <QObject>

namespace dpa {
namespace {

struct ColumnSpec
{
    const char *name;
    bool required;
    QStringList words;   // what else a spreadsheet calls it, already normalised
};

QString normalised(const QString &heading)
{
    QString s = heading.toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('_'));
    s.remove(QLatin1Char('-'));
    return s;
}

const QStringList kSourceWords{QStringLiteral("source"), QStringLiteral("citation"), QStringLiteral("citations"),
                               QStringLiteral("reference"), QStringLiteral("references"), QStringLiteral("ref")};

const std::vector<ColumnSpec> &specs(ImportKind kind)
{
    static const std::vector<ColumnSpec> claims{
        {"layer", false, {}},
        {"feature", true, {QStringLiteral("featureid"), QStringLiteral("district"), QStringLiteral("place"),
                           QStringLiteral("region"), QStringLiteral("unit")}},
        {"authority", true, {QStringLiteral("holder"), QStringLiteral("power"), QStringLiteral("actor")}},
        {"role", true, {}},
        {"start", true, {QStringLiteral("from"), QStringLiteral("begin"), QStringLiteral("since"), QStringLiteral("startdate"),
                         QStringLiteral("datefrom")}},
        {"end", true, {QStringLiteral("to"), QStringLiteral("until"), QStringLiteral("enddate"), QStringLiteral("dateto")}},
        {"confidence", false, {QStringLiteral("certainty")}},
        {"sources", true, kSourceWords},
        {"note", false, {QStringLiteral("notes"), QStringLiteral("comment"), QStringLiteral("comments"), QStringLiteral("remark"),
                         QStringLiteral("remarks")}},
        {"share", false, {QStringLiteral("fraction")}},
    };
    static const std::vector<ColumnSpec> events{
        {"id", false, {QStringLiteral("eventid")}},
        {"date", true, {QStringLiteral("when")}},
        {"title", true, {QStringLiteral("event"), QStringLiteral("name"), QStringLiteral("headline")}},
        {"text", false, {QStringLiteral("description"), QStringLiteral("summary")}},
        {"features", false, {QStringLiteral("feature"), QStringLiteral("places"), QStringLiteral("districts")}},
        {"sources", true, kSourceWords},
    };
    static const std::vector<ColumnSpec> sources{
        {"id", false, {QStringLiteral("key"), QStringLiteral("sourceid")}},
        {"citation", true, {QStringLiteral("reference"), QStringLiteral("source"), QStringLiteral("title")}},
        {"url", false, {QStringLiteral("link")}},
    };
    switch (kind) {
    case ImportKind::Claims: return claims;
    case ImportKind::Events: return events;
    case ImportKind::Sources: return sources;
    }
    return claims;
}

} // namespace

QString importKindTable(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Claims: return QStringLiteral("claims");
    case ImportKind::Events: return QStringLiteral("events");
    case ImportKind::Sources: return QStringLiteral("sources");
    }
    return {};
}

QStringList importColumns(ImportKind kind)
{
    QStringList names;
    for (const ColumnSpec &s : specs(kind))
        names << QLatin1String(s.name);
    return names;
}

QString ColumnMapping::describe(const QStringList &header) const
{
    QStringList parts;
    for (auto it = column.cbegin(); it != column.cend(); ++it) {
        const QString theirs = header.value(it.value());
        parts << (theirs == it.key() ? it.key() : QStringLiteral("%1 ← \"%2\"").arg(it.key(), theirs));
    }
    parts.sort();
    parts << languageColumns;
    return parts.join(QStringLiteral(", "));
}

Result<ColumnMapping> mapColumns(const QStringList &header, ImportKind kind, const QStringList &explicitMaps,
                                 const QString &fileName)
{
    const QStringList ours = importColumns(kind);
    const QString headings = QStringLiteral("\"") + header.join(QStringLiteral("\", \"")) + QStringLiteral("\"");
    ColumnMapping m;
    QHash<int, QString> taken;   // the user's column -> ours, so one column is not read twice
    auto take = [&](const QString &our, int index) -> std::optional<Error> {
        if (taken.contains(index))
            return Error::at(fileName, 1, QObject::tr("column \"%1\" would be read as both %2 and %3: say which with --map")
                                              .arg(header[index], taken[index], our));
        m.column.insert(our, index);
        taken.insert(index, our);
        return std::nullopt;
    };
    for (const QString &map : explicitMaps) {
        const int eq = map.indexOf(QLatin1Char('='));
        const QString our = map.left(eq).trimmed(), theirs = map.mid(eq + 1).trimmed();
        if (eq < 0 || !ours.contains(our))
            return Error::plain(QObject::tr("--map %1: write --map COLUMN=HEADING, COLUMN one of %2").arg(map, ours.join(QStringLiteral(", "))));
        const int index = header.indexOf(theirs);
        if (index < 0)
            return Error::at(fileName, 1, QObject::tr("--map %1: the file has no column \"%2\" (its columns: %3)").arg(map, theirs, headings));
        if (auto e = take(our, index))
            return *e;
    }
    for (const ColumnSpec &spec : specs(kind)) {   // the same name first, for every column
        const QString our = QLatin1String(spec.name);
        for (int i = 0; i < header.size() && !m.has(our); ++i)
            if (!taken.contains(i) && normalised(header[i]) == our)
                take(our, i);
    }
    for (const ColumnSpec &spec : specs(kind)) {   // then the other words for it
        const QString our = QLatin1String(spec.name);
        for (int i = 0; i < header.size() && !m.has(our); ++i)
            if (!taken.contains(i) && spec.words.contains(normalised(header[i])))
                take(our, i);
        if (spec.required && !m.has(our))
            return Error::at(fileName, 1, QObject::tr("no column for \"%1\": name it with --map %1=HEADING (the file's columns: %2)")
                                              .arg(our, headings));
    }
    if (kind == ImportKind::Events)
        for (int i = 0; i < header.size(); ++i)
            if (!taken.contains(i) && (header[i].startsWith(QLatin1String("title_")) || header[i].startsWith(QLatin1String("text_"))))
                m.languageColumns << header[i];
    return m;
}

} // namespace dpa
