#pragma once

#include "package/import/rowconversion.h"

namespace dpa {

// What an import did, or why it did nothing.
struct ImportReport
{
    QString fileDescription;        // "semicolon-separated CSV, 120 rows"
    QString columns;                // how the user's columns were read
    QStringList notes;
    QString tableFile;              // the package's table written, "claims.csv"
    int rowsAdded = 0, rowsBefore = 0, rowsAfter = 0;
    std::vector<Source> newSources; // added to sources.csv from citations, to complete
    ErrorList problems;             // when not empty, nothing was written
    bool written = false;
};

// Imports the rows of a user's table (CSV, .xlsx, .ods) into a package folder's claims, events
// or sources. All or nothing: every row is checked (unknown features and authorities, dates,
// numbers), then the package is loaded with the new tables in a scratch folder and must bring
// no problem it did not have before; only then are the tables replaced, each in one rename,
// sources first so that a package interrupted between the two still validates.
ImportReport importIntoPackage(const QString &packageFolder, const QString &file, const ImportOptions &options);

} // namespace dpa
