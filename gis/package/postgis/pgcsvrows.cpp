#include "package/postgis/pgcsvrows.h"
#include "package/import/tablemerge.h"

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

QByteArray render(const QByteArray &headerRaw, const QStringList &header, bool crlf, bool bom, const QList<Row> &rows)
{
    // The same rules as EditableTable::text(), so a table comes back as the edit mode saves it.
    const QByteArray newline = crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    auto lineOf = [&](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &c : cells)
            fields << csvField(c);
        QByteArray bytes = fields.join(QLatin1Char(',')).toUtf8();
        if (crlf)
            bytes.replace("\r\n", "\n").replace("\n", "\r\n");
        return bytes + newline;
    };
    QByteArray bytes;
    if (!headerRaw.isEmpty()) {
        bytes = headerRaw;
    } else {
        if (bom)
            bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        bytes += lineOf(header);
    }
    for (const Row &row : rows) {
        if (!bytes.endsWith('\n'))   // the row before had no line ending
            bytes += newline;
        bytes += row.raw.isEmpty() ? lineOf(row.cells) : row.raw;
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

} // namespace dpa::postgis
