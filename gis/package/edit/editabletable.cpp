#include "package/edit/editabletable.h"
#include "package/csvtable.h"
#include "package/datasetpackage.h"
#include "package/import/tablemerge.h"

#include <QFile>
#include <QObject>

#include <algorithm>

namespace dpa {

Result<EditableTable> EditableTable::read(const QString &path, const QString &fileName, const QStringList &defaultHeader)
{
    EditableTable table;
    table.m_path = path;
    table.m_fileName = fileName;
    QFile file(path);
    if (!file.exists()) {
        table.m_header = defaultHeader;
        return table;
    }
    if (file.size() > DatasetPackage::kMaxCsvBytes)
        return Error::at(fileName, 0, QObject::tr("the table is larger than %L1 bytes").arg(DatasetPackage::kMaxCsvBytes));
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(fileName, 0, QObject::tr("cannot read file: %1").arg(file.errorString()));
    table.m_loadedBytes = file.readAll();
    table.m_existed = true;
    if (auto error = table.parse(table.m_loadedBytes, defaultHeader))
        return *error;
    return table;
}

std::optional<Error> EditableTable::parse(const QByteArray &bytes, const QStringList &defaultHeader)
{
    auto csv = CsvTable::parse(bytes, m_fileName);
    if (!csv)
        return csv.error();
    if (!csv->problems().isEmpty()) {
        const Error &first = csv->problems().first();
        return Error::at(m_fileName, first.line,
                         QObject::tr("this row cannot be read (%1): mend it in a text editor first, so that "
                                     "saving the table loses nothing").arg(first.message));
    }
    m_crlf = bytes.contains("\r\n");
    m_bom = bytes.startsWith("\xEF\xBB\xBF");
    m_header = csv->header().isEmpty() ? defaultHeader : csv->header();
    // Where each line starts in the file, to keep every row's own bytes.
    std::vector<qsizetype> lineStart{0};
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\n')
            lineStart.push_back(i + 1);
    auto bytesOfLines = [&](int first, int next) {   // lines first..next-1, 1-based
        const qsizetype from = lineStart[size_t(std::min<int>(first - 1, int(lineStart.size()) - 1))];
        const qsizetype to = next - 1 < int(lineStart.size()) ? lineStart[size_t(next - 1)] : bytes.size();
        return bytes.mid(from, to - from);
    };
    const std::vector<CsvTable::Row> &rows = csv->rows();
    const int endLine = int(lineStart.size()) + 1;
    if (!csv->header().isEmpty())
        m_rawHeader = bytesOfLines(1, rows.empty() ? endLine : rows.front().line);
    for (size_t i = 0; i < rows.size(); ++i) {
        QStringList cells = rows[i].cells;
        // Short rows are padded so every column has a cell to edit; long ones keep their extra
        // fields, which validation reports ("row has 10 fields; the header has 9").
        while (cells.size() < m_header.size())
            cells << QString();
        if (m_crlf)   // a line break in a cell is one character while edited
            for (QString &c : cells)
                c.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        m_rows.push_back({std::move(cells), bytesOfLines(rows[i].line, i + 1 < rows.size() ? rows[i + 1].line : endLine)});
    }
    return std::nullopt;
}

std::optional<Error> EditableTable::replaceText(const QByteArray &bytes)
{
    EditableTable other;
    other.m_fileName = m_fileName;
    if (auto error = other.parse(bytes, m_header))
        return error;
    m_crlf = other.m_crlf;
    m_bom = other.m_bom;
    m_header = std::move(other.m_header);
    m_rawHeader = std::move(other.m_rawHeader);
    m_rows = std::move(other.m_rows);
    // The bytes on disk stay what the save compares against; only the content is new.
    ++m_revision;
    return std::nullopt;
}

QString EditableTable::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0)
        return {};
    return m_rows[size_t(row)].cells.value(column);
}

void EditableTable::setCell(int row, int column, const QString &text)
{
    Row &r = m_rows[size_t(row)];
    r.raw.clear();
    QStringList &cells = r.cells;
    while (cells.size() <= column)
        cells << QString();
    cells[column] = text;
    ++m_revision;
}

void EditableTable::insertRow(int at, QStringList cells, QByteArray raw)
{
    while (cells.size() < m_header.size())
        cells << QString();
    m_rows.insert(m_rows.begin() + std::clamp(at, 0, rowCount()), Row{std::move(cells), std::move(raw)});
    ++m_revision;
}

QStringList EditableTable::takeRow(int row, QByteArray *raw)
{
    if (raw)
        *raw = m_rows[size_t(row)].raw;
    QStringList cells = std::move(m_rows[size_t(row)].cells);
    m_rows.erase(m_rows.begin() + row);
    ++m_revision;
    return cells;
}

void EditableTable::appendColumn(const QString &name)
{
    m_header << name;
    m_rawHeader.clear();
    for (Row &row : m_rows) {
        row.raw.clear();
        while (row.cells.size() < m_header.size())
            row.cells << QString();
    }
    ++m_revision;
}

void EditableTable::removeLastColumn()
{
    const int last = columnCount() - 1;
    m_header.removeLast();
    m_rawHeader.clear();
    for (Row &row : m_rows) {
        row.raw.clear();
        if (row.cells.size() > last)
            row.cells.removeAt(last);
    }
    ++m_revision;
}

int EditableTable::Text::rowAtLine(int line) const
{
    // rowLines is ascending: the row is the last one starting on or before the line.
    const auto it = std::upper_bound(rowLines.begin(), rowLines.end(), line);
    if (it == rowLines.begin())
        return -1;
    return int(it - rowLines.begin()) - 1;
}

QByteArray EditableTable::rowText(const QStringList &cells, bool crlf)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields << csvField(c);
    QByteArray bytes = fields.join(QLatin1Char(',')).toUtf8();
    // A line break inside a quoted cell is written as the file's own line ending.
    if (crlf)
        bytes.replace("\r\n", "\n").replace("\n", "\r\n");
    return bytes + (crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"));
}

QByteArray EditableTable::headerText(const QByteArray &rawHeader, const QStringList &header, bool crlf, bool bom)
{
    if (!rawHeader.isEmpty())
        return rawHeader;   // the byte-order mark included
    return (bom ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + rowText(header, crlf);
}

EditableTable::Text EditableTable::text() const
{
    const QByteArray newline = m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    Text text;
    text.bytes = headerText(m_rawHeader, m_header, m_crlf, m_bom);
    int line = 1 + int(text.bytes.count('\n'));
    text.rowLines.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        if (!text.bytes.endsWith('\n'))   // the file's last row had no line ending
            text.bytes += newline, ++line;
        const QByteArray bytes = row.raw.isEmpty() ? rowText(row.cells, m_crlf) : row.raw;
        text.rowLines.push_back(line);
        line += int(bytes.count('\n'));
        text.bytes += bytes;
    }
    return text;
}

bool EditableTable::isModified() const
{
    // An edit undone leaves the text as it was: nothing to write, and an untouched file is never
    // rewritten into our quoting.
    return m_revision != m_savedRevision && (!m_existed || text().bytes != m_loadedBytes);
}

void EditableTable::markSaved(const QByteArray &bytes)
{
    m_loadedBytes = bytes;
    m_existed = true;
    m_savedRevision = m_revision;
}

} // namespace dpa
