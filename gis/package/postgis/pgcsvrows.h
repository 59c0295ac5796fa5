#pragma once

#include "package/edit/editabletable.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

namespace dpa::postgis {

// A package's CSV table as rows of the database and back, keeping the file's own bytes: each
// row is stored with the bytes it had in the file (EditableTable's rule: its line ending and any
// blank lines after it), and a table is written back from them, so a table nobody changed comes
// back byte for byte and a changed row in the quoting edit mode writes.
namespace csvrows {

struct Split
{
    QByteArray header;          // the header line's bytes (byte-order mark included)
    QList<QByteArray> rows;     // each row's bytes, in order
};
// `text` is EditableTable::text(): every row starts on its rowLines entry.
Split split(const EditableTable::Text &text);

struct Row
{
    QStringList cells;   // the header's columns, then any extra cells
    QByteArray raw;      // empty: written from the cells
};
// The table's text: `headerRaw` (else the header written out), then each row, as
// EditableTable::text() writes it. `rowLines`, when given, gets the line each row starts on
// (1-based), as the CSV readers number them in their messages.
QByteArray render(const QByteArray &headerRaw, const QStringList &header, bool crlf, bool bom, const QList<Row> &rows,
                  std::vector<int> *rowLines = nullptr);

} // namespace csvrows

// A PostgreSQL array literal ({"a","b"}) of text values.
QByteArray pgTextArray(const QStringList &values);
// A JSON array of strings as the catalog and the rows hold them (a table's header, a row's
// extra cells), read back as text: the pull and the edit mode's save read them alike.
QStringList jsonStrings(const QByteArray &json);

} // namespace dpa::postgis
