#pragma once

#include "package/csvreader.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace dpa {

// A whole CSV table as a spreadsheet writes it, read by CsvReader (which see for the format):
// for the small tables (sources, events, an import). Each row keeps the line it starts on, so
// messages can say "claims.csv:14: ...".
class CsvTable
{
public:
    using Row = CsvRow;

    // Reads `path`; `displayName` is how errors name the file. Refuses files over maxBytes.
    static Result<CsvTable> read(const QString &path, const QString &displayName,
                                 qint64 maxBytes = 256ll * 1024 * 1024);
    static Result<CsvTable> parse(const QByteArray &data, const QString &displayName);
    using Separator = CsvSeparator;
    static Result<CsvTable> parse(QByteArrayView data, const QString &displayName, Separator mode);
    QChar separator() const { return m_separator; }

    const QStringList &header() const { return m_header; }
    const std::vector<Row> &rows() const { return m_rows; }
    int column(const QString &name) const { return m_columns.value(name, -1); }
    // The cell of `row` in column `name`, trimmed; empty when the column or cell is missing.
    QString cell(const Row &row, const QString &name) const;
    // Columns among `required` that the header lacks.
    QStringList missingColumns(const QStringList &required) const;
    // Rows that could not be read (a stray or unclosed quote), each as file:line: message. They
    // are left out; every other row is read, so one bad row never costs the whole file.
    const ErrorList &problems() const { return m_problems; }

private:
    QStringList m_header;
    QHash<QString, int> m_columns;
    std::vector<Row> m_rows;
    ErrorList m_problems;
    QChar m_separator = QLatin1Char(',');
};

} // namespace dpa
