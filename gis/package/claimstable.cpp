// packagetables::readClaims: claims.csv into the model. A national case study has millions of
// claims, so the file is read straight from its mapped bytes row by row (never held as cells),
// cut into parts read on every core, and what repeats from row to row (the dates of an
// interval, a cell of sources) is parsed once and shared.
#include "package/packagetables.h"
#include "core/parallelchunks.h"
#include "model/claimchecks.h"
#include "package/csvreader.h"
#include "package/datasetpackage.h"

#include <QMap>
#include <QObject>

namespace dpa::packagetables {
namespace {

std::optional<double> parseConfidence(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("high")) return 1.0;
    if (text == QLatin1String("medium")) return 0.7;
    if (text == QLatin1String("low")) return 0.4;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && v >= 0 && v <= 1)
        return v;
    return std::nullopt;
}

const QStringList &requiredColumns()
{
    static const QStringList required{QStringLiteral("layer"), QStringLiteral("feature"), QStringLiteral("authority"),
                                      QStringLiteral("role"), QStringLiteral("start"), QStringLiteral("end"),
                                      QStringLiteral("confidence"), QStringLiteral("sources"), QStringLiteral("note")};
    return required;
}

struct Columns
{
    int layer, feature, authority, role, start, end, confidence, sources, note, share;
    explicit Columns(const CsvReader &r)
        : layer(r.column(QStringLiteral("layer"))), feature(r.column(QStringLiteral("feature"))),
          authority(r.column(QStringLiteral("authority"))), role(r.column(QStringLiteral("role"))),
          start(r.column(QStringLiteral("start"))), end(r.column(QStringLiteral("end"))),
          confidence(r.column(QStringLiteral("confidence"))), sources(r.column(QStringLiteral("sources"))),
          note(r.column(QStringLiteral("note"))), share(r.column(QStringLiteral("share")))
    {
    }
};

// What one part of the file gives: its claims and problems in row order.
struct ClaimRows
{
    std::vector<Claim> claims;
    ErrorList problems;
    QMap<QString, int> inUnreadLayers;
};

// Reads the rows of one part. Lookups in the model only read it, so parts run side by side.
class ClaimRowReader
{
public:
    ClaimRowReader(const ControlModel &model, Calendar calendar, const QString &name, const QSet<QString> &unreadLayers,
                   const Columns &columns, int headerSize)
        : m_model(model), m_calendar(calendar), m_name(name), m_unreadLayers(unreadLayers), m_columns(columns),
          m_headerSize(headerSize)
    {
    }

    void read(CsvReader &reader, ClaimRows &out)
    {
        CsvRow row;
        while (reader.next(row))
            readRow(row, out);
    }
    // QHash is not safe to read while another thread writes it: the caches are per thread.

private:
    // A cache that may not grow without bound on a file of all different values.
    static constexpr qsizetype kMaxCached = 200000;

    static QString cell(const CsvRow &row, int column)
    {
        return column >= 0 && column < row.cells.size() ? row.cells[column].trimmed() : QString();
    }

    QList<SourceRef> sourceRefs(const QString &text, int line, ErrorList &problems)
    {
        if (auto it = m_sourceRefs.constFind(text); it != m_sourceRefs.cend())
            return *it;   // shared by every claim citing the same, not copied
        const qsizetype before = problems.size();
        QList<SourceRef> refs = parseSourceRefs(text, m_model, m_name, line, problems);
        if (problems.size() == before) {   // a cell with a problem is said again on every row it is on
            if (m_sourceRefs.size() > kMaxCached)
                m_sourceRefs.clear();
            m_sourceRefs.insert(text, refs);
        }
        return refs;
    }

    void readRow(const CsvRow &row, ClaimRows &out)
    {
        ErrorList &problems = out.problems;
        const qsizetype before = problems.size();
        const Columns &c = m_columns;
        if (row.cells.size() != m_headerSize)
            problems << Error::at(m_name, row.line, QObject::tr("row has %1 fields; the header has %2")
                                                        .arg(row.cells.size()).arg(m_headerSize));
        Claim claim;
        claim.line = row.line;
        const FeatureKey key{cell(row, c.layer), cell(row, c.feature)};
        claim.feature = m_model.featureIndex(key);
        if (claim.feature < 0 && m_unreadLayers.contains(key.layerId)) {
            ++out.inUnreadLayers[key.layerId];   // said once at the end, not row by row
            return;
        }
        if (claim.feature < 0)
            problems << Error::at(m_name, row.line, QObject::tr("feature \"%1\" is not in any feature layer").arg(key.toString()));
        const QString authority = cell(row, c.authority);
        claim.authority = m_model.authorityIndex(authority);
        if (claim.authority < 0)
            problems << Error::at(m_name, row.line, QObject::tr("authority \"%1\" is not in the manifest").arg(authority));
        const QString role = cell(row, c.role);
        if (auto r = roleFromName(role))
            claim.role = *r;
        else
            problems << Error::at(m_name, row.line, QObject::tr("role \"%1\" is not one of %2").arg(role, roleNames()));
        const Result<DateInterval> when = DateInterval::parse(cell(row, c.start), cell(row, c.end), m_calendar, m_dates);
        if (when)
            claim.interval = *when;
        else
            problems << Error::at(m_name, row.line, when.error().message);
        const QString confidence = cell(row, c.confidence);
        if (auto value = parseConfidence(confidence))
            claim.confidence = *value;
        else
            problems << Error::at(m_name, row.line, QObject::tr("confidence \"%1\" is not high, medium, low or a number from 0 to 1").arg(confidence));
        const QString sources = cell(row, c.sources);
        if (sources.isEmpty())
            problems << Error::at(m_name, row.line, QObject::tr("claim cites no source: every claim needs one"));
        else
            claim.sources = sourceRefs(sources, row.line, problems);
        claim.note = cell(row, c.note);
        if (const QString share = cell(row, c.share); !share.isEmpty())
            readShare(share, row.line, claim, problems);
        if (problems.size() == before)
            out.claims.push_back(std::move(claim));
    }

    void readShare(const QString &text, int line, Claim &claim, ErrorList &problems) const
    {
        bool ok = false;
        const double share = text.toDouble(&ok);
        if (!ok || !(share > 0 && share <= 1))
            problems << Error::at(m_name, line, QObject::tr("share \"%1\" is not a number above 0 and at most 1 "
                                                            "(the part of the feature this claim controls)")
                                                    .arg(text));
        else if (claim.role != Role::Control)
            problems << Error::at(m_name, line, QObject::tr("share is only for control claims (camps that each "
                                                            "control a part of a divided feature), not %1")
                                                    .arg(roleName(claim.role)));
        else
            claim.share = share;
    }

    const ControlModel &m_model;
    const Calendar m_calendar;
    const QString &m_name;
    const QSet<QString> &m_unreadLayers;
    const Columns m_columns;
    const int m_headerSize;
    HistoricalDateCache m_dates;
    QHash<QString, QList<SourceRef>> m_sourceRefs;
};

} // namespace

void readClaims(const QString &path, const QString &name, Calendar calendar, ControlModel &model,
                ErrorList &problems, const QSet<QString> &unreadLayers)
{
    auto file = CsvFileBytes::open(path, name, DatasetPackage::kMaxClaimsBytes);
    if (!file) {
        problems << file.error();
        return;
    }
    auto reader = CsvReader::open(file->bytes(), name, CsvSeparator::PackageComma);
    if (!reader) {
        problems << reader.error();
        return;
    }
    QStringList missing;
    for (const QString &column : requiredColumns())
        if (reader->column(column) < 0)
            missing << column;
    if (!missing.isEmpty()) {
        problems << Error::at(name, 1, QObject::tr("missing column(s): %1 (the header must have: %2)")
                                           .arg(missing.join(QStringLiteral(", ")), requiredColumns().join(QLatin1Char(','))));
        return;
    }
    const Columns columns(*reader);
    const int headerSize = int(reader->header().size());

    // A part for each core, of a megabyte at least.
    const int parts = int(std::clamp<qsizetype>(file->bytes().size() >> 20, 1, std::max(1, QThread::idealThreadCount())));
    std::vector<CsvReader> readers = reader->split(parts);
    std::vector<ClaimRows> rows(readers.size());
    parallelChunks(readers.size(), 1, [&](size_t begin, size_t end, int) {
        ClaimRowReader rowReader(model, calendar, name, unreadLayers, columns, headerSize);
        for (size_t i = begin; i < end; ++i)
            rowReader.read(readers[i], rows[i]);
    });
    const bool misquoted = std::any_of(readers.begin(), readers.end(), [](const CsvReader &r) { return !r.problems().isEmpty(); });
    if (misquoted && readers.size() > 1) {
        // A quoting mistake may have put a cut inside a record: read the file in one piece.
        rows.assign(1, {});
        ClaimRowReader(model, calendar, name, unreadLayers, columns, headerSize).read(*reader, rows[0]);
        readers.clear();
        readers.push_back(std::move(*reader));
    }

    // The file's own problems first, then each row's, in the order of the file.
    for (const CsvReader &r : readers)
        problems << r.problems();
    QMap<QString, int> inUnreadLayers;
    size_t read = 0;
    for (const ClaimRows &part : rows)
        read += part.claims.size();
    model.reserveClaims(read);
    for (ClaimRows &part : rows) {
        problems << part.problems;
        for (auto it = part.inUnreadLayers.cbegin(); it != part.inUnreadLayers.cend(); ++it)
            inUnreadLayers[it.key()] += it.value();
        for (Claim &claim : part.claims)
            model.addClaim(std::move(claim));
        part.claims = {};
    }
    for (auto it = inUnreadLayers.cbegin(); it != inUnreadLayers.cend(); ++it)
        problems << Error::at(name, 0, QObject::tr("%1 claim(s) are about layer \"%2\", which could not be read (see its "
                                                  "problem): left out until it is")
                                          .arg(it.value()).arg(it.key()));
    problems << checkClaimsTogether(model, name);
}

} // namespace dpa::packagetables
