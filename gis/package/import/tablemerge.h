#pragma once

#include "core/error.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace dpa {

// A package table with imported rows added (or in place of its rows), as the bytes to write.
// When the header stays the same the file's own bytes are kept and the rows appended, so a
// version-control diff shows only the new lines; a new column rewrites the rows with it.
struct MergedTable
{
    QByteArray text;
    QHash<int, int> sourceLineOf;   // line in `text` -> line in the user's file, for new rows
    int rowsBefore = 0, rowsAfter = 0;
};

struct RowsToAdd
{
    QStringList columns;                                      // ours, in table order
    std::vector<std::pair<int, QHash<QString, QString>>> rows; // user's line, cells
};

// `existingPath` may not exist yet (a new table). Refuses to rewrite a table that has rows it
// cannot read, since they would be lost.
Result<MergedTable> mergeTable(const QString &existingPath, const QString &displayName, const RowsToAdd &rows, bool replace);

// One CSV field as RFC 4180 writes it: quoted only when it must be.
QString csvField(const QString &text);

} // namespace dpa
