#pragma once

#include "package/import/columnmapping.h"
#include "package/import/importtable.h"
#include "package/import/importvalues.h"
#include "model/controlmodel.h"

#include <QHash>

#include <vector>

namespace dpa {

class CaseStudy;

// What the user asked of an import besides the file (the options of `dpatlas-cli import`).
struct ImportOptions
{
    ImportKind kind = ImportKind::Claims;
    QString sheet;                  // a workbook's sheet
    QStringList columnMaps;         // --map ours=theirs
    QString layer;                  // --layer: the layer of every row without a layer column
    QString sourcePattern;          // --source-pattern: source ids inside free citations
    importvalues::DateOrder dateOrder = importvalues::DateOrder::Unstated;
    bool replace = false;           // replace the table's rows instead of adding to them
};

// The user's rows turned into rows of our table, each still knowing its line in the user's
// file. Only what needs the user's eye is checked here (names that match nothing, dates in a
// national form, decimal commas), with a hint; the package's own validation checks the rest
// once the rows are in place, so the rules live in one place.
struct ConvertedRows
{
    struct Row
    {
        int line = 0;                       // in the user's file
        QHash<QString, QString> cells;      // our column -> text
    };
    QStringList columns;                    // our columns the rows fill, in the table's order
    std::vector<Row> rows;
    std::vector<Source> newSources;         // cited through --source-pattern, not yet in sources.csv
    QStringList notes;                      // how things were read, for the report
    ErrorList problems;                     // "claims.xlsx:14: …"
};

ConvertedRows convertRows(const ImportTable &table, const ColumnMapping &mapping, const CaseStudy &study,
                          const ImportOptions &options);

} // namespace dpa
