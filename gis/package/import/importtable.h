#pragma once

#include "core/error.h"
#include "package/csvtable.h"

#include <QStringList>

#include <vector>

namespace dpa {

// A table as a historian keeps it, about to be imported into a package: a CSV from any
// spreadsheet (comma, semicolon or tab separated; UTF-8, with or without BOM; CRLF or LF) or
// a sheet of an .xlsx/.ods workbook read through GDAL. Every row keeps its line in the file
// (a spreadsheet's row number), so a message says "claims.xlsx:14: …" and the user finds it.
struct ImportTable
{
    QString displayName;    // the file's name, as messages name it
    QString description;    // "semicolon-separated CSV", "sheet \"Claims\" of an .xlsx workbook"
    QStringList header;
    std::vector<CsvTable::Row> rows;
    ErrorList problems;     // rows that could not be read at all (a stray quote)

    // Refuses what it cannot read with the file's name and why; `sheet` picks a workbook's
    // sheet by name (the first one otherwise).
    static Result<ImportTable> read(const QString &path, const QString &sheet = {});
};

} // namespace dpa
