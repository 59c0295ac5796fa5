#include "package/postgis/pgcsvrows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace dpa::postgis {
namespace csvrows {

Split split(const EditableTable::Text &text)
{
    std::vector<qsizetype> lineStart{0};   // line n (1-based) starts at lineStart[n - 1]
    for (qsizetype i = 0; i < text.bytes.size(); ++i)
        if (text.bytes[i] == '\n')
            lineStart.push_back(i + 1);
    auto offset = [&](int line) {
        return line - 1 < int(lineStart.size()) ? lineStart[size_t(line - 1)] : text.bytes.size();
    };
    Split out;
    const size_t n = text.rowLines.size();
    out.header = text.bytes.left(n ? offset(text.rowLines.front()) : text.bytes.size());
    for (size_t i = 0; i < n; ++i) {
        const qsizetype from = offset(text.rowLines[i]);
        const qsizetype to = i + 1 < n ? offset(text.rowLines[i + 1]) : text.bytes.size();
        out.rows << text.bytes.mid(from, to - from);
    }
    return out;
}

QByteArray render(const QByteArray &headerRaw, const QStringList &header, bool crlf, bool bom, const QList<Row> &rows,
                  std::vector<int> *rowLines)
{
    // EditableTable's own rules, so a table comes back as the edit mode saves it.
    const QByteArray newline = crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray bytes = EditableTable::headerText(headerRaw, header, crlf, bom);
    qsizetype newlines = bytes.count('\n');
    for (const Row &row : rows) {
        if (!bytes.endsWith('\n')) {   // the row before had no line ending
            bytes += newline;
            ++newlines;
        }
        if (rowLines)
            rowLines->push_back(int(newlines) + 1);
        const QByteArray text = row.raw.isEmpty() ? EditableTable::rowText(row.cells, crlf) : row.raw;
        if (rowLines)
            newlines += text.count('\n');
        bytes += text;
    }
    return bytes;
}

} // namespace csvrows

QByteArray pgTextArray(const QStringList &values)
{
    QByteArray out = "{";
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        QByteArray v = values[i].toUtf8();
        v.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + v + '"';
    }
    return out + '}';
}

QStringList jsonStrings(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out << v.toString();
    return out;
}

} // namespace dpa::postgis
