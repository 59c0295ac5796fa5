#pragma once

#include "core/error.h"

#include <QHash>
#include <QStringList>

namespace dpa {

// Which of a package's tables rows are imported into.
enum class ImportKind { Claims, Events, Sources };
QString importKindTable(ImportKind kind);   // "claims", "events", "sources"

// Our column names matched to the columns of the user's table. A historian's spreadsheet has
// its own headings ("district", "from", "until", "source"), so columns are matched by name
// (case, spaces, '_' and '-' ignored), then by the common words for the same thing, and
// `--map ours=theirs` settles anything else; nothing is guessed beyond that list.
struct ColumnMapping
{
    QHash<QString, int> column;      // our column -> index in the user's header
    QStringList languageColumns;     // "title_fr", "text_ar": kept as they are (events)

    int indexOf(const QString &ours) const { return column.value(ours, -1); }
    bool has(const QString &ours) const { return column.contains(ours); }
    // "feature ← \"district\", start ← \"from\", …" for the report: how each column was read.
    QString describe(const QStringList &header) const;
};

// `explicitMaps` are "ours=theirs" as given to --map. The error names the column that has no
// match and lists the file's headings, so the user can write the --map that fixes it.
Result<ColumnMapping> mapColumns(const QStringList &header, ImportKind kind, const QStringList &explicitMaps,
                                 const QString &fileName);

// Our columns of a table, required first, in the order the package's file lists them.
QStringList importColumns(ImportKind kind);

} // namespace dpa
