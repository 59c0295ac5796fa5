#pragma once

#include "core/error.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace dpa {

// One of a package's CSV tables (claims, events, sources) held as text cells, for editing.
// Nothing is interpreted here: a typo stays in its cell until validation names it, so an edit
// is never refused or silently "corrected". Rows keep the file's order and new rows go at the
// end, so a saved table diffs against the old one line by line under version control.
class EditableTable
{
public:
    // `fileName` is the table as the manifest names it (messages and the save use it); a path
    // that does not exist yet gives an empty table with `defaultHeader`. A table with a row the
    // CSV reader cannot read is refused, naming the row: rewriting it would lose that row.
    static Result<EditableTable> read(const QString &path, const QString &fileName, const QStringList &defaultHeader);

    const QString &fileName() const { return m_fileName; }
    const QString &path() const { return m_path; }
    const QStringList &header() const { return m_header; }
    int column(const QString &name) const { return int(m_header.indexOf(name)); }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_header.size()); }
    QString cell(int row, int column) const;
    QString cell(int row, const QString &column) const { return cell(row, this->column(column)); }
    const QStringList &row(int row) const { return m_rows[size_t(row)].cells; }

    void setCell(int row, int column, const QString &text);
    // `raw`: the bytes takeRow() gave for the row, so a row deleted and put back by an undo is
    // written as it was read.
    void insertRow(int at, QStringList cells, QByteArray raw = {});
    QStringList takeRow(int row, QByteArray *raw = nullptr);
    // A column the table lacks (a first `share`); removeLastColumn undoes it.
    void appendColumn(const QString &name);
    void removeLastColumn();

    struct Text
    {
        QByteArray bytes;
        // The line each row starts on (a cell may hold a line break), for mapping a
        // validation message's "claims.csv:14" back to its row.
        std::vector<int> rowLines;
        int rowAtLine(int line) const;
    };
    // The table as written: the file's own line ending and byte-order mark, a field quoted
    // only when it must be.
    Text text() const;
    // The start of text() (the header line as read, else `header` written out after any
    // byte-order mark) and one row written from its cells: each field quoted only when it must
    // be, a line break inside a quoted cell written as the file's own line ending, then that
    // line ending. Public so that PostGIS's csvrows::render writes a table as the edit mode
    // does: a table pulled from the database comes back byte for byte as it was saved.
    static QByteArray headerText(const QByteArray &rawHeader, const QStringList &header, bool crlf, bool bom);
    static QByteArray rowText(const QStringList &cells, bool crlf);

    // Changed since it was read or last saved (and its text differs from the bytes on disk).
    bool isModified() const;
    const QByteArray &loadedBytes() const { return m_loadedBytes; }
    bool existedOnDisk() const { return m_existed; }
    void markSaved(const QByteArray &bytes);
    // Takes its rows from `bytes` (a table's text() saved elsewhere, as an autosave keeps it),
    // as one more edit: the bytes on disk stay the ones a save checks against. The error
    // names a row that cannot be read.
    std::optional<Error> replaceText(const QByteArray &bytes);

private:
    std::optional<Error> parse(const QByteArray &bytes, const QStringList &defaultHeader);

    QString m_path, m_fileName;
    struct Row
    {
        QStringList cells;
        // The row's bytes as read (its line ending and any blank lines after it included), until
        // it is edited: an untouched row is written back as it was, with the file's own quoting,
        // so a save shows in a diff as the rows edited and nothing else.
        QByteArray raw;
    };
    QStringList m_header;
    QByteArray m_rawHeader;
    std::vector<Row> m_rows;
    QByteArray m_loadedBytes;
    bool m_existed = false;
    bool m_crlf = false, m_bom = false;
    quint64 m_revision = 0, m_savedRevision = 0;
};

} // namespace dpa
