#include "core/jsontextedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dpa::jsontextedit {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

// Index just past the string starting at `i` (a '"'), or -1.
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

// Index just past the value starting at `i`, or -1.
qsizetype skipValue(const QByteArray &t, qsizetype i)
{
    if (i >= t.size())
        return -1;
    if (t[i] == '"')
        return skipString(t, i);
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        for (; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '"') {
                i = skipString(t, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    while (i < t.size() && !isSpace(t[i]) && t[i] != ',' && t[i] != '}' && t[i] != ']')
        ++i;
    return i;
}

// The spaces and tabs that begin the line holding `offset`, and whether only they stand
// before it on that line.
std::pair<QByteArray, bool> indentOf(const QByteArray &t, qsizetype offset)
{
    qsizetype start = offset;
    while (start > 0 && t[start - 1] != '\n')
        --start;
    qsizetype end = start;
    while (end < offset && (t[end] == ' ' || t[end] == '\t'))
        ++end;
    return {t.mid(start, end - start), end == offset};
}

QByteArray objectText(const QJsonObject &o);

QByteArray compactValue(const QJsonValue &v)
{
    if (v.isObject())
        return objectText(v.toObject());
    // QJsonDocument writes only arrays and objects: a value alone is written inside [ ].
    const QByteArray inArray = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return inArray.mid(1, inArray.size() - 2);
}

// An object nested in an entry, written as orderedObject writes the entry (keys sorted).
QByteArray objectText(const QJsonObject &o)
{
    std::vector<std::pair<QString, QJsonValue>> members;
    for (auto it = o.begin(); it != o.end(); ++it)
        members.emplace_back(it.key(), it.value());
    return orderedObject(members);
}

} // namespace

std::optional<ArraySpan> topLevelArray(const QByteArray &json, const QByteArray &key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    ++i;
    const QByteArray quoted = '"' + key + '"';
    while (true) {
        i = skipSpace(json, i);
        if (i >= json.size() || json[i] != '"')
            return std::nullopt;
        const qsizetype keyEnd = skipString(json, i);
        if (keyEnd < 0)
            return std::nullopt;
        const bool wanted = json.mid(i, keyEnd - i) == quoted;
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        i = skipSpace(json, i + 1);
        if (wanted) {
            if (i >= json.size() || json[i] != '[')
                return std::nullopt;
            ArraySpan span;
            span.open = i;
            qsizetype j = skipSpace(json, i + 1);
            if (j < json.size() && json[j] == ']') {
                span.close = j;
                return span;
            }
            while (j < json.size()) {
                const qsizetype end = skipValue(json, j);
                if (end < 0)
                    return std::nullopt;
                span.elements.emplace_back(j, end);
                j = skipSpace(json, end);
                if (j < json.size() && json[j] == ']') {
                    span.close = j;
                    return span;
                }
                if (j >= json.size() || json[j] != ',')
                    return std::nullopt;
                j = skipSpace(json, j + 1);
            }
            return std::nullopt;
        }
        i = skipValue(json, i);
        if (i < 0)
            return std::nullopt;
        i = skipSpace(json, i);
        if (i >= json.size())
            return std::nullopt;
        if (json[i] == '}')
            return std::nullopt;
        if (json[i] != ',')
            return std::nullopt;
        ++i;
    }
}

int lineOfOffset(const QByteArray &text, qsizetype offset)
{
    return int(QByteArrayView(text).first(std::clamp<qsizetype>(offset, 0, text.size())).count('\n')) + 1;
}

QByteArray orderedObject(const std::vector<std::pair<QString, QJsonValue>> &members)
{
    QByteArray out = "{";
    for (const auto &[key, value] : members) {
        if (out.size() > 1)
            out += ", ";
        out += compactValue(key) + ": " + compactValue(value);
    }
    return out + '}';
}

Result<QByteArray> withArrayEntry(const QByteArray &json, const QByteArray &key, const QByteArray &entry, int replaceIndex,
                                  bool *rewritten)
{
    if (rewritten)
        *rewritten = false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::plain(QObject::tr("not a JSON object (%1)").arg(error.errorString()));
    const QJsonDocument entryDoc = QJsonDocument::fromJson('[' + entry + ']', &error);
    if (error.error != QJsonParseError::NoError || entryDoc.array().size() != 1)
        return Error::plain(QObject::tr("the entry to add is not one JSON value (%1)").arg(error.errorString()));

    // What the document must be once edited.
    QJsonObject expected = doc.object();
    QJsonArray array = expected.value(QString::fromUtf8(key)).toArray();
    if (replaceIndex >= 0) {
        if (replaceIndex >= array.size())
            return Error::plain(QObject::tr("no element %1 in \"%2\" to replace").arg(replaceIndex).arg(QString::fromUtf8(key)));
        array[replaceIndex] = entryDoc.array().first();
    } else {
        array.append(entryDoc.array().first());
    }
    expected.insert(QString::fromUtf8(key), array);

    QByteArray updated;
    const QByteArray nl = json.contains("\r\n") ? "\r\n" : "\n";   // as the file ends its lines
    if (const auto span = topLevelArray(json, key)) {
        updated = json;
        if (replaceIndex >= 0 && replaceIndex < qsizetype(span->elements.size())) {
            const auto [begin, end] = span->elements[size_t(replaceIndex)];
            updated.replace(begin, end - begin, entry);
        } else if (replaceIndex < 0 && !span->elements.empty()) {
            const qsizetype end = span->elements.back().second;
            const auto [indent, ownLine] = indentOf(json, span->elements.back().first);
            updated.insert(end, ownLine ? "," + nl + indent + entry : ", " + entry);
        } else if (replaceIndex < 0) {
            const QByteArray indent = indentOf(json, span->open).first;
            updated.replace(span->open + 1, span->close - span->open - 1, nl + indent + "  " + entry + nl + indent);
        }
    } else if (!doc.object().contains(QString::fromUtf8(key))) {
        const qsizetype close = json.lastIndexOf('}');
        qsizetype insertAt = close;
        while (insertAt > 0 && isSpace(json[insertAt - 1]))
            --insertAt;
        const bool empty = insertAt > 0 && json[insertAt - 1] == '{';
        updated = json;
        updated.replace(insertAt, close - insertAt,
                        QByteArray(empty ? "" : ",") + nl + "  \"" + key + "\": [" + nl + "    " + entry + nl + "  ]" + nl);
    }
    const QJsonDocument check = QJsonDocument::fromJson(updated, &error);
    if (updated.isEmpty() || error.error != QJsonParseError::NoError || !check.isObject() || check.object() != expected) {
        if (rewritten)
            *rewritten = true;
        return QJsonDocument(expected).toJson(QJsonDocument::Indented);
    }
    return updated;
}

} // namespace dpa::jsontextedit
