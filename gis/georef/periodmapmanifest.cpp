#include "georef/periodmapmanifest.h"
#include "io/stagedfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dpa {
namespace {

QJsonObject entryObject(const PeriodMapEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("file"), e.file},
                       {QStringLiteral("title"), QJsonObject{{e.language, e.title}}},
                       {QStringLiteral("valid"), QJsonObject{{QStringLiteral("start"), e.validStart}, {QStringLiteral("end"), e.validEnd}}},
                       {QStringLiteral("opacity"), e.opacity}};
}

// Index just past the JSON string starting at `i` (a '"').
qsizetype skipString(const QByteArray &t, qsizetype i)
{
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            return i + 1;
    }
    return -1;
}

// The index of the ']' closing the top-level "period_maps" array, and whether it is empty;
// -1 when there is no such key at the top level.
std::pair<qsizetype, bool> periodMapsEnd(const QByteArray &t)
{
    int depth = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"') {
            const qsizetype end = skipString(t, i);
            if (end < 0)
                return {-1, false};
            if (depth == 1 && t.mid(i, end - i) == "\"period_maps\"") {
                qsizetype j = t.indexOf('[', end);
                if (j < 0)
                    return {-1, false};
                const qsizetype open = j;
                int inner = 0;
                for (; j < t.size(); ++j) {
                    if (t[j] == '"') {
                        j = skipString(t, j) - 1;
                        if (j < 0)
                            return {-1, false};
                    } else if (t[j] == '[' || t[j] == '{') {
                        ++inner;
                    } else if (t[j] == ']' || t[j] == '}') {
                        if (--inner == 0)
                            return {j, t.mid(open + 1, j - open - 1).trimmed().isEmpty()};
                    }
                }
                return {-1, false};
            }
            i = end - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {-1, false};
}

bool holdsEntry(const QByteArray &text, const QString &id)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("period_maps")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return true;
    return false;
}

} // namespace

std::optional<Error> addPeriodMapToManifest(const QString &manifestPath, const PeriodMapEntry &entry)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(manifestPath, 0, QObject::tr("cannot read (%1)").arg(file.errorString()));
    const QByteArray text = file.readAll();
    file.close();
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::at(manifestPath, 0, QObject::tr("not valid JSON (%1); fix it before adding a period map").arg(parseError.errorString()));

    QJsonObject root = doc.object();
    QJsonArray maps = root.value(QStringLiteral("period_maps")).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < maps.size(); ++i)
        if (maps[i].toObject().value(QStringLiteral("id")).toString() == entry.id) {
            maps[i] = entryObject(entry);
            replaced = true;
        }

    QByteArray updated;
    if (!replaced) {
        const QByteArray compact = QJsonDocument(entryObject(entry)).toJson(QJsonDocument::Compact);
        const auto [end, empty] = periodMapsEnd(text);
        if (end >= 0) {
            updated = text;
            qsizetype insertAt = end;
            while (insertAt > 0 && (text[insertAt - 1] == ' ' || text[insertAt - 1] == '\n' || text[insertAt - 1] == '\r'))
                --insertAt;
            updated.replace(insertAt, end - insertAt, (empty ? "\n    " : ",\n    ") + compact + "\n  ");
        } else if (!root.contains(QStringLiteral("period_maps"))) {
            const qsizetype close = text.lastIndexOf('}');
            qsizetype insertAt = close;
            while (insertAt > 0 && QByteArrayView(" \n\r\t").contains(text[insertAt - 1]))
                --insertAt;
            updated = text;
            updated.replace(insertAt, close - insertAt, ",\n  \"period_maps\": [\n    " + compact + "\n  ]\n");
        }
    }
    if (updated.isEmpty() || !holdsEntry(updated, entry.id)) {
        if (!replaced)
            maps.append(entryObject(entry));
        root.insert(QStringLiteral("period_maps"), maps);
        updated = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    StagedFile out(manifestPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(updated) != updated.size()) {
        out.cancelWriting();
        return Error::at(manifestPath, 0, QObject::tr("cannot write (%1)").arg(out.errorString()));
    }
    if (!out.commit())
        return Error::at(manifestPath, 0, QObject::tr("cannot write (%1)").arg(out.errorString()));
    return std::nullopt;
}

} // namespace dpa
