#include "package/postgis/pgtablerows.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgcsvrows.h"

#include <QDir>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

namespace dpa::postgis {

Result<int> readTableRows(PgConnection &c, const QString &schema, const PgCsvTable &table, const QString &where,
                          const QList<PgParam> &params, ErrorList &problems,
                          const std::function<void(const QString &path, const QString &displayName, ErrorList &problems)> &read)
{
    // Named apart: ORDER BY takes an output column's name first (as the pull does).
    QStringList columns{QStringLiteral("dpa_row"), QStringLiteral("dpa_raw"), QStringLiteral("to_json(dpa_extra)::text")};
    for (const QString &column : table.header)
        columns << c.ident(column);
    auto rows = c.query(QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY t.dpa_ord NULLS LAST, t.dpa_row")
                            .arg(columns.join(QStringLiteral(", ")), c.qualified(schema, table.table),
                                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                        params);
    if (!rows)
        return Error::at(table.file, 0, rows.error().message).withCauses(rows.error().causes);
    QList<csvrows::Row> lines;
    std::vector<qint64> ids;
    lines.reserve(rows->rowCount());
    for (int r = 0; r < rows->rowCount(); ++r) {
        csvrows::Row row;
        for (int col = 0; col < table.header.size(); ++col)
            row.cells << rows->text(r, 3 + col);
        if (!rows->isNull(r, 2))
            row.cells += jsonStrings(rows->raw(r, 2));
        row.raw = rows->bytea(r, 1);
        lines << row;
        ids.push_back(rows->integer(r, 0));
    }
    std::vector<int> rowLines;
    const QByteArray bytes = csvrows::render(table.headerRaw, table.header, table.crlf, table.bom, lines, &rowLines);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("rows.csv"));
    QSaveFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::plain(QObject::tr("cannot write a temporary file for the rows of %1: %2").arg(table.file, file.errorString()));
    ErrorList found;
    read(path, table.file, found);
    for (Error &e : found) {
        if (e.file == table.file && e.line > 0 && !rowLines.empty() && e.line >= rowLines.front()) {
            const size_t row = size_t(std::upper_bound(rowLines.begin(), rowLines.end(), e.line) - rowLines.begin()) - 1;
            //: %1 is the row's id in the database table (its dpa_row column), %2 what is wrong
            e.message = QObject::tr("the row with dpa_row %1: %2").arg(ids[row]).arg(e.message);
            e.line = 0;
        }
        problems << e;
    }
    return int(ids.size());
}

} // namespace dpa::postgis
