#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>
#include <vector>

namespace dpa {

struct CsvRow
{
    int line = 0;          // the line the row starts on
    QStringList cells;     // as written: not trimmed, quotes removed, "" made "
};

// A record's cells as UTF-8 bytes, for a reader of millions of rows (claims.csv) that would
// otherwise make a QString of every cell: views of the file's own bytes where a cell is there as
// it reads, else of `owned` (a quoted cell, its "" made ", or one with carriage returns).
struct CsvRawRow
{
    int line = 0;
    QVarLengthArray<QByteArrayView, 16> cells;   // as written: not trimmed
    std::vector<QByteArray> owned;               // what cells view that the file does not hold
};

// A package's tables are comma-separated (a semicolon-separated one is refused, saying so); a
// spreadsheet's export being imported may use any of comma, semicolon or tab, whichever its
// header line uses most.
enum class CsvSeparator { PackageComma, Detect };

// A CSV file's bytes: mapped into memory, so a claims table of hundreds of megabytes is not
// copied, or read whole where the file cannot be mapped. Errors name the file as displayName.
class CsvFileBytes
{
public:
    static Result<CsvFileBytes> open(const QString &path, const QString &displayName, qint64 maxBytes);
    QByteArrayView bytes() const { return m_mapped ? QByteArrayView(m_mapped, m_size) : QByteArrayView(m_read); }

private:
    std::unique_ptr<QFile> m_file;
    const uchar *m_mapped = nullptr;
    qint64 m_size = 0;
    QByteArray m_read;
};

// Reads CSV (RFC 4180: commas, double-quoted fields with "" for a quote, line breaks inside
// quotes) record by record straight from its UTF-8 bytes, so that a table of millions of rows
// (the claims of a national case study) is never held as cells all at once. A record that cannot
// be read (a stray or unclosed quote) is one problem, file:line: message, and reading goes on at
// the line after it. CsvTable keeps a whole (small) table; this is what it reads with.
class CsvReader
{
public:
    // `data` (UTF-8, with or without a byte-order mark) must outlive the reader; `displayName`
    // is how messages name the file. Reads the header: an empty file, a first record that
    // cannot be read or text that is not UTF-8 is an error.
    static Result<CsvReader> open(QByteArrayView data, const QString &displayName, CsvSeparator mode);
    // The separator of a header line: the one of comma, semicolon and tab that occurs most
    // outside quotes; ties go to the comma.
    static QChar detectSeparator(QStringView headerLine);

    const QStringList &header() const { return m_header; }
    int column(const QString &name) const { return m_columns.value(name, -1); }
    QChar separator() const { return QLatin1Char(m_separator); }
    const QString &displayName() const { return m_displayName; }

    // The next record that is not blank; false when there is none. A record that cannot be
    // read is added to problems() and skipped.
    bool next(CsvRow &row);
    // The same, without decoding the cells; the views hold until the next call.
    bool next(CsvRawRow &row);
    // An upper bound of the records still to read (the line ends left), to size what they fill.
    qsizetype recordsLeftAtMost() const;
    const ErrorList &problems() const { return m_problems; }

    // The records still to read, cut into at most `parts` readers that each start at a record
    // boundary of a well-formed file (an even number of quotes before it), so that parts can be
    // read on several threads. In a file with a quoting mistake a cut can fall inside a
    // record: then some part has a problem, and the caller reads the whole again with this
    // reader to get the one true reading.
    std::vector<CsvReader> split(int parts) const;

private:
    CsvReader() = default;
    struct Resume
    {
        qsizetype pos;
        int line;
    };
    Resume lineAfter(qsizetype from, int line) const;
    // One record from the current position: true with `row` and `blank` filled, or false with
    // the problem added; either way the position moves past it.
    bool readRecord(CsvRawRow &row, bool &blank, std::optional<Error> &problem);

    QByteArrayView m_data;
    qsizetype m_pos = 0, m_end = 0;
    int m_line = 1;
    char m_separator = ',';
    QString m_displayName;
    QStringList m_header;
    QHash<QString, int> m_columns;
    ErrorList m_problems;
};

} // namespace dpa
