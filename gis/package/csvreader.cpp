#include "package/csvreader.h"
#include "core/utf8text.h"

#include <QObject>

#include <algorithm>
#include <cstring>

namespace dpa {
namespace {

// Whitespace as QString::trimmed() sees it, Unicode included (a spreadsheet's no-break space).
bool isBlank(QByteArrayView text)
{
    QByteArray scratch;
    return trimmedUtf8(text, scratch).isEmpty();
}

// Text outside quotes as written, less the carriage returns of CRLF line ends (and any other
// stray one), which were never part of a cell: a view of the file where there are none.
QByteArrayView unquotedText(const char *bytes, qsizetype size, std::vector<QByteArray> &owned)
{
    if (!std::memchr(bytes, '\r', size_t(size)))
        return QByteArrayView(bytes, size);
    QByteArray kept(bytes, size);
    kept.replace('\r', QByteArray());
    owned.push_back(std::move(kept));
    return owned.back();   // its bytes stay put when `owned` grows (QByteArray moves its pointer)
}

void decode(const CsvRawRow &raw, CsvRow &row)
{
    row.line = raw.line;
    row.cells.clear();
    row.cells.reserve(raw.cells.size());
    for (QByteArrayView cell : raw.cells)
        row.cells << QString::fromUtf8(cell);
}

const char *findAny(const char *from, const char *end, char a, char b, char c)
{
    for (const char *p = from; p < end; ++p)
        if (*p == a || *p == b || *p == c)
            return p;
    return end;
}

// A spreadsheet set to a European locale separates columns with semicolons: name that, not
// the quote error it would cause further on.
bool separatedBySemicolons(QStringView firstLine)
{
    return firstLine.contains(QLatin1Char(';')) && !firstLine.contains(QLatin1Char(','));
}

} // namespace

Result<CsvFileBytes> CsvFileBytes::open(const QString &path, const QString &displayName, qint64 maxBytes)
{
    CsvFileBytes out;
    out.m_file = std::make_unique<QFile>(path);
    if (!out.m_file->exists())
        return Error::at(displayName, 0, QObject::tr("file not found"));
    out.m_size = out.m_file->size();
    if (out.m_size > maxBytes)
        return Error::at(displayName, 0, QObject::tr("file is %1 MB; at most %2 MB is allowed")
                                             .arg(out.m_size >> 20).arg(maxBytes >> 20));
    if (!out.m_file->open(QIODevice::ReadOnly))
        return Error::at(displayName, 0, QObject::tr("cannot read file: %1").arg(out.m_file->errorString()));
    if (out.m_size > 0)
        out.m_mapped = out.m_file->map(0, out.m_size);
    if (!out.m_mapped)
        out.m_read = out.m_file->readAll();
    return out;
}

QChar CsvReader::detectSeparator(QStringView headerLine)
{
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

Result<CsvReader> CsvReader::open(QByteArrayView data, const QString &displayName, CsvSeparator mode)
{
    if (!data.isValidUtf8())
        return Error::at(displayName, 0, QObject::tr("file is not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")"));
    // Valid UTF-8, but no text: a spreadsheet's binary file renamed, or a file cut off by a crash.
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return Error::at(displayName, int(data.first(nul).count('\n')) + 1,
                         QObject::tr("file is not text: it has a NUL byte here (save the spreadsheet as \"CSV UTF-8\")"));
    CsvReader reader;
    reader.m_data = data;
    reader.m_displayName = displayName;
    reader.m_end = data.size();
    reader.m_pos = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    const qsizetype newline = data.indexOf('\n', reader.m_pos);
    const QString headerLine = QString::fromUtf8(data.sliced(reader.m_pos, (newline < 0 ? data.size() : newline) - reader.m_pos));
    reader.m_separator = mode == CsvSeparator::Detect ? char(detectSeparator(headerLine).unicode()) : ',';
    if (mode == CsvSeparator::PackageComma && separatedBySemicolons(headerLine))
        return Error::at(displayName, 1, QObject::tr("the columns are separated by semicolons: save the spreadsheet as CSV "
                                                     "with commas (\"CSV UTF-8 (comma delimited)\")"));
    // The header is the first record that is not blank; without it the table cannot be read.
    CsvRawRow raw;
    bool blank = true;
    std::optional<Error> problem;
    while (reader.m_pos < reader.m_end) {
        if (!reader.readRecord(raw, blank, problem))
            return *problem;
        if (!blank)
            break;
    }
    if (blank)
        return Error::at(displayName, 1, QObject::tr("file is empty: a header row is required"));
    CsvRow row;
    decode(raw, row);
    reader.m_header = row.cells;
    for (QString &h : reader.m_header)
        h = h.trimmed();
    for (int c = 0; c < reader.m_header.size(); ++c)
        reader.m_columns.insert(reader.m_header[c], c);
    return reader;
}

bool CsvReader::next(CsvRow &row)
{
    CsvRawRow raw;
    if (!next(raw))
        return false;
    decode(raw, row);
    return true;
}

qsizetype CsvReader::recordsLeftAtMost() const
{
    qsizetype lineEnds = 0;
    const char *const end = m_data.data() + m_end;
    for (const char *p = m_data.data() + m_pos; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        ++lineEnds;
    return lineEnds + 1;
}

bool CsvReader::next(CsvRawRow &row)
{
    bool blank = true;
    std::optional<Error> problem;
    while (m_pos < m_end) {
        if (!readRecord(row, blank, problem))
            m_problems << *problem;
        else if (!blank)
            return true;
    }
    return false;
}

CsvReader::Resume CsvReader::lineAfter(qsizetype from, int line) const
{
    const qsizetype newline = m_data.first(m_end).indexOf('\n', from);
    return {newline < 0 ? m_end : newline + 1, line + 1};
}

bool CsvReader::readRecord(CsvRawRow &row, bool &blank, std::optional<Error> &problem)
{
    const char *bytes = m_data.data();
    const char *const end = bytes + m_end;
    row.line = m_line;
    row.cells.clear();
    row.owned.clear();
    blank = true;
    int line = m_line;
    auto fail = [&](int where, const QString &message, Resume resume) {
        problem = Error::at(m_displayName, where, message);
        m_pos = resume.pos;
        m_line = resume.line;
        return false;
    };
    const char *p = bytes + m_pos;
    while (true) {
        // Up to the cell's end, or to an opening quote after nothing but spaces.
        const char *stop = findAny(p, end, m_separator, '\n', '"');
        QByteArrayView cell;
        if (stop < end && *stop == '"') {
            if (!isBlank(QByteArrayView(p, stop - p)))
                return fail(line, QObject::tr("quote inside an unquoted field: put the whole field in quotes and double the inner quotes"),
                            lineAfter(stop - bytes, line));
            blank = false;
            const int quoteLine = line;
            const qsizetype quoteStart = stop - bytes;
            QByteArray quoted;
            const char *q = stop + 1;
            while (true) {
                const char *close = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
                if (!close)   // the quote swallowed the rest of the file: go back to the line after it
                    return fail(quoteLine, QObject::tr("quoted field is never closed (this row is skipped; the rows after it are read)"),
                                lineAfter(quoteStart, quoteLine));
                line += int(std::count(q, close, '\n'));
                quoted.append(q, close - q);
                if (close + 1 < end && close[1] == '"') {
                    quoted.append('"');
                    q = close + 2;
                    continue;
                }
                q = close + 1;
                break;
            }
            // After the closing quote only spaces may follow before the separator.
            stop = findAny(q, end, m_separator, '\n', '"');
            const QByteArrayView after = unquotedText(q, stop - q, row.owned);
            if (!isBlank(after)) {
                // A quoted field that ran over lines and then goes wrong was most likely never
                // meant to: its opening quote is the mistake, and the lines it swallowed are rows.
                if (quoteLine < line)
                    return fail(quoteLine, QObject::tr("quoted field is never closed where it should be (this row is skipped; the rows after it are read)"),
                                lineAfter(quoteStart, quoteLine));
                return fail(line, QObject::tr("text after the closing quote of a field"), lineAfter(q - bytes, line));
            }
            if (stop < end && *stop == '"')
                return fail(line, QObject::tr("quote inside an unquoted field: put the whole field in quotes and double the inner quotes"),
                            lineAfter(stop - bytes, line));
            quoted.append(after);
            row.owned.push_back(std::move(quoted));
            cell = row.owned.back();
        } else {
            cell = unquotedText(p, stop - p, row.owned);
            if (blank && !isBlank(cell))
                blank = false;
        }
        row.cells.push_back(cell);
        if (stop == end) {
            m_pos = m_end;
            m_line = line + 1;
            return true;
        }
        if (*stop == '\n') {
            m_pos = stop + 1 - bytes;
            m_line = line + 1;
            return true;
        }
        blank = false;   // a separator: the row has cells, however empty
        p = stop + 1;
    }
}

std::vector<CsvReader> CsvReader::split(int parts) const
{
    std::vector<CsvReader> out;
    const char *bytes = m_data.data();
    qsizetype begin = m_pos;
    int line = m_line;
    bool oddQuotes = false;
    qsizetype scanned = m_pos;   // quotes counted up to here
    auto countQuotes = [&](qsizetype to) {
        for (const char *q = bytes + scanned; (q = static_cast<const char *>(std::memchr(q, '"', size_t(bytes + to - q))));
             ++q)
            oddQuotes = !oddQuotes;
        scanned = to;
    };
    for (int k = 1; k < parts; ++k) {
        qsizetype cut = m_pos + (m_end - m_pos) * k / parts;
        if (cut <= begin)
            continue;
        countQuotes(cut);
        // The first line end after the cut with an even number of quotes before it.
        while (true) {
            const char *newline = static_cast<const char *>(std::memchr(bytes + cut, '\n', size_t(m_end - cut)));
            if (!newline) {
                cut = m_end;
                break;
            }
            countQuotes(newline - bytes);
            cut = newline - bytes + 1;
            if (!oddQuotes)
                break;
        }
        countQuotes(cut);
        if (cut >= m_end)
            break;
        CsvReader part = *this;
        part.m_problems.clear();
        part.m_pos = begin;
        part.m_end = cut;
        part.m_line = line;
        out.push_back(std::move(part));
        line += int(std::count(bytes + begin, bytes + cut, '\n'));
        begin = cut;
    }
    CsvReader last = *this;
    last.m_problems.clear();
    last.m_pos = begin;
    last.m_line = line;
    out.push_back(std::move(last));
    return out;
}

} // namespace dpa
