#include "package/jsonlinelocator.h"

#include <cstring>

namespace dpa {

JsonLineLocator::JsonLineLocator(const QByteArray &json) : m_json(json)
{
    skipSpace();
    parseValue(QString());
}

int JsonLineLocator::lineOfOffset(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

int JsonLineLocator::lineOf(const QString &path) const
{
    QString p = path;
    while (true) {
        if (auto it = m_lines.find(p); it != m_lines.end())
            return *it;
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            return m_lines.value(QString(), 1);
        p.truncate(cut);
    }
}

void JsonLineLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLineLocator::readString()
{
    // At the opening quote. Escapes are kept raw: keys in manifests are plain ASCII.
    const qsizetype start = ++m_pos;
    while (m_pos < m_json.size() && m_json[m_pos] != '"') {
        if (m_json[m_pos] == '\\')
            ++m_pos;
        else if (m_json[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    const QString s = QString::fromUtf8(m_json.mid(start, m_pos - start));
    ++m_pos;
    return s;
}

void JsonLineLocator::parseValue(const QString &path)
{
    skipSpace();
    if (m_pos >= m_json.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_json[m_pos];
    if (c == '{') {
        ++m_pos;
        while (m_pos < m_json.size()) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}') { ++m_pos; return; }
            if (m_json[m_pos] == ',') { ++m_pos; continue; }
            if (m_json[m_pos] != '"') return;  // malformed: QJsonDocument reports it
            const QString key = readString();
            skipSpace();
            if (m_pos < m_json.size() && m_json[m_pos] == ':')
                ++m_pos;
            parseValue(path.isEmpty() ? key : path + QLatin1Char('.') + key);
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (m_pos < m_json.size()) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']') { ++m_pos; return; }
            if (m_json[m_pos] == ',') { ++m_pos; continue; }
            parseValue(QStringLiteral("%1[%2]").arg(path).arg(index++));
        }
    } else if (c == '"') {
        readString();
    } else {
        const qsizetype start = m_pos;
        while (m_pos < m_json.size() && !std::strchr(",]} \t\r\n", m_json[m_pos]))
            ++m_pos;
        if (m_pos == start)  // a stray bracket in malformed text: step over it, never loop
            ++m_pos;
    }
}

} // namespace dpa
