#include "package/import/tablemerge.h"
#include "package/csvtable.h"
#include "package/datasetpackage.h"

#include <QFile>
#include <QObject>

namespace dpa {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')) && text.trimmed() == text)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

Result<MergedTable> mergeTable(const QString &existingPath, const QString &displayName, const RowsToAdd &add, bool replace)
{
    QByteArray existing;
    QStringList header;
    std::vector<QStringList> keptRows;
    if (QFile::exists(existingPath)) {
        auto table = CsvTable::read(existingPath, displayName, DatasetPackage::kMaxCsvBytes);
        if (!table)
            return table.error();
        if (!table->problems().isEmpty())
            return Error::at(displayName, table->problems().first().line,
                             QObject::tr("this row of the package's table cannot be read (%1): mend it first, so that "
                                         "rewriting the table loses nothing").arg(table->problems().first().message));
        QFile file(existingPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::at(displayName, 0, QObject::tr("cannot read file: %1").arg(file.errorString()));
        existing = file.readAll();
        header = table->header();
        for (const CsvTable::Row &row : table->rows())
            keptRows.push_back(row.cells);
    }
    MergedTable merged;
    merged.rowsBefore = int(keptRows.size());
    if (replace)
        keptRows.clear();
    QStringList columns = header;
    for (const QString &c : add.columns)
        if (!columns.contains(c))
            columns << c;
    const bool appendToBytes = !replace && !existing.isEmpty() && columns == header;
    const QByteArray newline = existing.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");

    QByteArray text;
    if (appendToBytes) {
        text = existing;
        if (!text.endsWith('\n'))
            text += newline;
    } else {
        text = columns.join(QLatin1Char(',')).toUtf8() + newline;
        for (const QStringList &cells : keptRows) {
            QStringList fields;
            for (int c = 0; c < columns.size(); ++c)
                fields << csvField(cells.value(c));
            text += fields.join(QLatin1Char(',')).toUtf8() + newline;
        }
    }
    int line = int(text.count('\n')) + 1;   // the line the next row starts on
    for (const auto &[sourceLine, cells] : add.rows) {
        QStringList fields;
        for (const QString &c : columns)
            fields << csvField(cells.value(c));
        const QByteArray row = fields.join(QLatin1Char(',')).toUtf8() + newline;
        merged.sourceLineOf.insert(line, sourceLine);
        line += int(row.count('\n'));
        text += row;
    }
    merged.text = text;
    merged.rowsAfter = int(keptRows.size() + add.rows.size());
    return merged;
}

} // namespace dpa
