#include "package/csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

namespace dpa {

Result<CsvTable> CsvTable::read(const QString &path, const QString &displayName, qint64 maxBytes)
{
    auto file = CsvFileBytes::open(path, displayName, maxBytes);
    if (!file)
        return file.error();
    return parse(file->bytes(), displayName, Separator::PackageComma);
}

Result<CsvTable> CsvTable::parse(const QByteArray &data, const QString &displayName)
{
    return parse(data, displayName, Separator::PackageComma);
}

Result<CsvTable> CsvTable::parse(QByteArrayView data, const QString &displayName, Separator mode)
{
    auto reader = CsvReader::open(data, displayName, mode);
    if (!reader)
        return reader.error();
    CsvTable table;
    table.m_separator = reader->separator();
    table.m_header = reader->header();
    for (int c = 0; c < table.m_header.size(); ++c)
        table.m_columns.insert(table.m_header[c], c);
    Row row;
    while (reader->next(row))
        table.m_rows.push_back(row);
    table.m_problems = reader->problems();
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
