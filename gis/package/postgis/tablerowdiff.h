#pragma once

#include <QStringList>

#include <vector>

namespace dpa::postgis {

// Which rows of an edited table are which rows of the table as opened. The edit mode keeps no
// identity for rows (EditableTable is text), and its edits are few and local: cells changed in
// place, rows deleted, rows added at the end or put back by an undo. So rows equal in both, in
// order, are the same rows; between two of them, changed rows pair up in order (a row edited
// in place), and what is left was deleted or added. Only rows that differ are written, so only
// they can conflict with another user's save.
struct RowDiff
{
    std::vector<int> baseOf;   // per edited row: its row in the base (same or changed), or -1: new
    std::vector<int> deleted;  // base rows the edited table no longer has
};

// Rows are compared whole (every cell, in the columns both are given in).
RowDiff diffRows(const std::vector<QStringList> &base, const std::vector<QStringList> &edited);

} // namespace dpa::postgis
