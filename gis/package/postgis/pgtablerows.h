#pragma once

#include "model/controlmodel.h"
#include "core/error.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace dpa::postgis {

class PgConnection;
struct PgParam;

// A CSV table of a case study in the database (sources, claims, events), as the catalog has it.
struct PgCsvTable
{
    QString table, file;     // its table, and the file the manifest names
    QStringList header;
    QByteArray headerRaw;
    bool crlf = false, bom = false;
};

// Reads the rows of `table` that `where` selects (SQL after WHERE, with `params`; empty: every
// row), in the file's order, through `read`, the package's own reader of that table
// (packagetables::readClaims, readSources): they are written as the file they came from would
// have them, with only these rows, to a temporary file the reader is given. So every cell is
// read by the code that reads the folder, and nothing of it is written twice. Problems name the
// row by its dpa_row, since its line in the whole file is not known without reading every row.
// Returns the number of rows read.
Result<int> readTableRows(PgConnection &c, const QString &schema, const PgCsvTable &table, const QString &where,
                          const QList<PgParam> &params, ErrorList &problems,
                          const std::function<void(const QString &path, const QString &displayName, ErrorList &problems)> &read);

} // namespace dpa::postgis
