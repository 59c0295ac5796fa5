#include "package/csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>

namespace dpa {

Result<CsvTable> CsvTable::read(const QString &path, const QString &displayName, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::at(displayName, 0, QObject::tr("file not found"));
    if (info.size() > maxBytes)
        return Error::at(displayName, 0, QObject::tr("file is %1 MB; at most %2 MB is allowed")
                                             .arg(info.size() >> 20).arg(maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(displayName, 0, QObject::tr("cannot read file: %1").arg(file.errorString()));
    return parse(file.readAll(), displayName);
}

Result<CsvTable> CsvTable::parse(const QByteArray &data, const QString &displayName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError())
        return Error::at(displayName, 0, QObject::tr("file is not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")"));

    CsvTable table;
    std::vector<Row> records;
    Row current;
    QString cell;
    bool inQuotes = false, cellQuoted = false, rowHasContent = false;
    int line = 1, quoteLine = 0;
    current.line = 1;
    qsizetype i = text.startsWith(QChar(0xfeff)) ? 1 : 0;

    auto endCell = [&] {
        current.cells << cell;
        cell.clear();
        cellQuoted = false;
    };
    auto endRow = [&](int nextLine) {
        endCell();
        if (rowHasContent)
            records.push_back(current);
        current = Row{};
        current.line = nextLine;
        rowHasContent = false;
    };

    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.trimmed().isEmpty() || cellQuoted)
                return Error::at(displayName, line, QObject::tr("quote inside an unquoted field: "
                                                                "put the whole field in quotes and double the inner quotes"));
            cell.clear();
            inQuotes = cellQuoted = rowHasContent = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endCell();
            rowHasContent = true;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow(line);
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n that follows ends the row.
        } else {
            if (cellQuoted && !c.isSpace())
                return Error::at(displayName, line, QObject::tr("text after the closing quote of a field"));
            cell += c;
            if (!c.isSpace())
                rowHasContent = true;
        }
    }
    if (inQuotes)
        return Error::at(displayName, quoteLine, QObject::tr("quoted field is never closed"));
    endRow(line + 1);

    if (records.empty())
        return Error::at(displayName, 1, QObject::tr("file is empty: a header row is required"));
    table.m_header = records.front().cells;
    for (QString &h : table.m_header)
        h = h.trimmed();
    for (int c = 0; c < table.m_header.size(); ++c)
        table.m_columns.insert(table.m_header[c], c);
    table.m_rows.assign(records.begin() + 1, records.end());
    return table;
}

QString CsvTable::cell(const Row &row, const QString &name) const
{
    const int c = column(name);
    return c >= 0 && c < row.cells.size() ? row.cells[c].trimmed() : QString();
}

QStringList CsvTable::missingColumns(const QStringList &required) const
{
    QStringList missing;
    for (const QString &r : required)
        if (!m_columns.contains(r))
            missing << r;
    return missing;
}

} // namespace dpa
