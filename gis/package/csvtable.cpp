#include "package/csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>

namespace dpa {

Result<CsvTable> CsvTable::read(const QString &path, const QString &displayName, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::at(displayName, 0, QObject::tr("file not found"));
    if (info.size() > maxBytes)
        return Error::at(displayName, 0, QObject::tr("file is %1 MB; at most %2 MB is allowed")
                                             .arg(info.size() >> 20).arg(maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(displayName, 0, QObject::tr("cannot read file: %1").arg(file.errorString()));
    return parse(file.readAll(), displayName);
}

namespace {

struct Cursor
{
    qsizetype pos = 0;
    int line = 1;
};

// One record read from `at`: its cells, or the problem that spoiled it; and where the next
// record starts. After a problem that is the next line, so one bad row costs one row.
struct Record
{
    CsvTable::Row row;
    std::optional<Error> problem;
    Cursor next;
    bool blank = true;
};

Cursor nextLineAfter(const QString &text, qsizetype from, int line)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'), from);
    return newline < 0 ? Cursor{text.size(), line + 1} : Cursor{newline + 1, line + 1};
}

Record readRecord(const QString &text, Cursor at, const QString &displayName, QChar separator)
{
    Record r;
    r.row.line = at.line;
    QString cell;
    bool inQuotes = false, cellQuoted = false;
    int line = at.line, quoteLine = 0;
    qsizetype quoteStart = 0;
    auto fail = [&](int where, const QString &message, Cursor resume) {
        r.problem = Error::at(displayName, where, message);
        r.next = resume;
        return r;
    };
    qsizetype i = at.pos;
    while (i < text.size()) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    i += 2;
                    continue;
                }
                inQuotes = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.trimmed().isEmpty() || cellQuoted)
                return fail(line, QObject::tr("quote inside an unquoted field: put the whole field in quotes and double the inner quotes"),
                            nextLineAfter(text, i, line));
            cell.clear();
            inQuotes = cellQuoted = true;
            r.blank = false;
            quoteLine = line;
            quoteStart = i;
        } else if (c == separator) {
            r.row.cells << cell;
            cell.clear();
            cellQuoted = false;
            r.blank = false;
        } else if (c == QLatin1Char('\n')) {
            r.row.cells << cell;
            r.next = Cursor{i + 1, line + 1};
            return r;
        } else if (c != QLatin1Char('\r')) {   // CRLF: the \n that follows ends the row
            if (cellQuoted && !c.isSpace()) {
                // A quoted field that ran over lines and then goes wrong was most likely never
                // meant to: its opening quote is the mistake, and the lines it swallowed are rows.
                if (quoteLine < line)
                    return fail(quoteLine, QObject::tr("quoted field is never closed where it should be (this row is skipped; the rows after it are read)"),
                                nextLineAfter(text, quoteStart, quoteLine));
                return fail(line, QObject::tr("text after the closing quote of a field"), nextLineAfter(text, i, line));
            }
            cell += c;
            if (!c.isSpace())
                r.blank = false;
        }
        ++i;
    }
    if (inQuotes)   // the quote swallowed the rest of the file: go back to the line after it
        return fail(quoteLine, QObject::tr("quoted field is never closed (this row is skipped; the rows after it are read)"),
                    nextLineAfter(text, quoteStart, quoteLine));
    r.row.cells << cell;
    r.next = Cursor{text.size(), line + 1};
    return r;
}

// A spreadsheet set to a European locale separates columns with semicolons: name that, not
// the quote error it would cause further on.
bool separatedBySemicolons(const QString &firstLine)
{
    return firstLine.contains(QLatin1Char(';')) && !firstLine.contains(QLatin1Char(','));
}

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &data, const QString &displayName)
{
    return parse(data, displayName, Separator::PackageComma);
}

QChar CsvTable::detectSeparator(const QString &headerLine)
{
    // The header of a table names its columns, so the separator is the one of comma,
    // semicolon and tab that occurs most outside quotes; ties go to the comma.
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool inQuotes = false;
    for (QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        for (int k = 0; k < 3 && !inQuotes; ++k)
            counts[k] += c == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

Result<CsvTable> CsvTable::parse(const QByteArray &data, const QString &displayName, Separator mode)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError())
        return Error::at(displayName, 0, QObject::tr("file is not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")"));

    CsvTable table;
    Cursor at{text.startsWith(QChar(0xfeff)) ? 1 : 0, 1};
    const QString headerLine = text.mid(at.pos, text.indexOf(QLatin1Char('\n'), at.pos) - at.pos);
    table.m_separator = mode == Separator::Detect ? detectSeparator(headerLine) : QChar(QLatin1Char(','));
    if (mode == Separator::PackageComma && separatedBySemicolons(headerLine))
        return Error::at(displayName, 1, QObject::tr("the columns are separated by semicolons: save the spreadsheet as CSV "
                                                     "with commas (\"CSV UTF-8 (comma delimited)\")"));
    std::vector<Row> records;
    while (at.pos < text.size()) {
        Record r = readRecord(text, at, displayName, table.m_separator);
        if (r.problem) {
            if (records.empty())   // without its header a table cannot be read at all
                return *r.problem;
            table.m_problems << *r.problem;
        } else if (!r.blank) {
            records.push_back(std::move(r.row));
        }
        at = r.next;
    }

    if (records.empty())
        return Error::at(displayName, 1, QObject::tr("file is empty: a header row is required"));
    table.m_header = records.front().cells;
    for (QString &h : table.m_header)
        h = h.trimmed();
    for (int c = 0; c < table.m_header.size(); ++c)
        table.m_columns.insert(table.m_header[c], c);
    table.m_rows.assign(records.begin() + 1, records.end());
    return table;
}

QString CsvTable::cell(const Row &row, const QString &name) const
{
    const int c = column(name);
    return c >= 0 && c < row.cells.size() ? row.cells[c].trimmed() : QString();
}

QStringList CsvTable::missingColumns(const QStringList &required) const
{
    QStringList missing;
    for (const QString &r : required)
        if (!m_columns.contains(r))
            missing << r;
    return missing;
}

} // namespace dpa
