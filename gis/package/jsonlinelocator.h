#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace dpa {

// QJsonDocument parses a manifest but forgets where each value was. This walks the same text
// once and records the line of every value by path ("layers[1].file", "authorities[0]"), so
// a problem found in the parsed value can still be reported as "manifest.json:23: ...".
class JsonLineLocator
{
public:
    explicit JsonLineLocator(const QByteArray &json);

    // Line of the value at `path`; for a missing path, the line of its nearest ancestor.
    int lineOf(const QString &path) const;
    // 1-based line of a byte offset (for QJsonParseError::offset).
    static int lineOfOffset(const QByteArray &json, int offset);

private:
    void parseValue(const QString &path);
    void skipSpace();
    QString readString();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace dpa
