// packagetables::readClaims: claims.csv into the model. A national case study has millions of
// claims, so the file is read straight from its mapped bytes row by row (never held as cells,
// a cell decoded only where its text is kept or said), cut into parts read on every core, and
// what repeats from row to row (a feature, an authority, the dates of an interval, a cell of
// sources) is looked up by its bytes and parsed once.
#include "package/packagetables.h"
#include "core/parallelchunks.h"
#include "core/utf8text.h"
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

// What a cell's bytes gave: the few authorities, roles, confidences and source lists of a claims
// table repeat on most of its million rows, and are looked up by the bytes as they are in the
// file. Only what read without a problem is kept (a cell with a problem is said again on every
// row it is on), and a memo of a file of all different values does not grow without bound.
template<typename T>
class CellMemo
{
public:
    const T *find(QByteArrayView bytes) const
    {
        auto it = m_values.constFind(lookupKey(bytes));
        return it == m_values.cend() ? nullptr : &*it;
    }
    const T &insert(QByteArrayView bytes, T value)
    {
        if (m_values.size() > kMaxKept)
            m_values.clear();
        return *m_values.insert(bytes.toByteArray(), std::move(value));
    }

private:
    static constexpr qsizetype kMaxKept = 200000;
    QHash<QByteArray, T> m_values;
};

// Reads the rows of one part. Lookups in the model only read it, so parts run side by side;
// the memos are per part (QHash is not safe to read while another thread writes it).
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
        CsvRawRow row;
        while (reader.next(row))
            readRow(row, out);
    }

private:
    // The cell's bytes without the spaces around them (`scratch` holds them when trimming had
    // to decode); empty past the last cell.
    static QByteArrayView cell(const CsvRawRow &row, int column, QByteArray &scratch)
    {
        return column >= 0 && column < row.cells.size() ? trimmedUtf8(row.cells[column], scratch) : QByteArrayView();
    }

    // Most rows are about the feature of the row before (a feature's claims are written together).
    int featureOf(QByteArrayView layer, QByteArrayView feature, FeatureKey &key)
    {
        if (m_lastFeature >= 0 && layer == m_lastLayerBytes && feature == m_lastFeatureBytes)
            return m_lastFeature;
        key = {QString::fromUtf8(layer), QString::fromUtf8(feature)};
        const int found = m_model.featureIndex(key);
        if (found >= 0) {
            m_lastLayerBytes = layer.toByteArray();
            m_lastFeatureBytes = feature.toByteArray();
            m_lastFeature = found;
        }
        return found;
    }

    void readRow(const CsvRawRow &row, ClaimRows &out)
    {
        ErrorList &problems = out.problems;
        const qsizetype before = problems.size();
        const Columns &c = m_columns;
        QByteArray scratch[2];
        if (row.cells.size() != m_headerSize)
            problems << Error::at(m_name, row.line, QObject::tr("row has %1 fields; the header has %2")
                                                        .arg(row.cells.size()).arg(m_headerSize));
        Claim claim;
        claim.line = row.line;
        FeatureKey key;
        claim.feature = featureOf(cell(row, c.layer, scratch[0]), cell(row, c.feature, scratch[1]), key);
        if (claim.feature < 0 && m_unreadLayers.contains(key.layerId)) {
            ++out.inUnreadLayers[key.layerId];   // said once at the end, not row by row
            return;
        }
        if (claim.feature < 0)
            problems << Error::at(m_name, row.line, QObject::tr("feature \"%1\" is not in any feature layer").arg(key.toString()));

        const QByteArrayView authority = cell(row, c.authority, scratch[0]);
        if (const int *known = m_authorities.find(authority)) {
            claim.authority = *known;
        } else if (claim.authority = m_model.authorityIndex(QString::fromUtf8(authority)); claim.authority >= 0) {
            m_authorities.insert(authority, claim.authority);
        } else {
            problems << Error::at(m_name, row.line, QObject::tr("authority \"%1\" is not in the manifest").arg(QString::fromUtf8(authority)));
        }

        const QByteArrayView role = cell(row, c.role, scratch[0]);
        if (const Role *known = m_roles.find(role))
            claim.role = *known;
        else if (auto r = roleFromName(QString::fromUtf8(role)))
            claim.role = m_roles.insert(role, *r);
        else
            problems << Error::at(m_name, row.line, QObject::tr("role \"%1\" is not one of %2").arg(QString::fromUtf8(role), roleNames()));

        const Result<DateInterval> when = DateInterval::parse(cell(row, c.start, scratch[0]), cell(row, c.end, scratch[1]),
                                                              m_calendar, m_dates);
        if (when)
            claim.interval = *when;
        else
            problems << Error::at(m_name, row.line, when.error().message);

        const QByteArrayView confidence = cell(row, c.confidence, scratch[0]);
        if (const double *known = m_confidences.find(confidence))
            claim.confidence = *known;
        else if (auto value = parseConfidence(QString::fromUtf8(confidence)))
            claim.confidence = m_confidences.insert(confidence, *value);
        else
            problems << Error::at(m_name, row.line, QObject::tr("confidence \"%1\" is not high, medium, low or a number from 0 to 1")
                                                        .arg(QString::fromUtf8(confidence)));

        const QByteArrayView sources = cell(row, c.sources, scratch[0]);
        if (sources.isEmpty())
            problems << Error::at(m_name, row.line, QObject::tr("claim cites no source: every claim needs one"));
        else
            claim.sources = sourceRefs(sources, row.line, problems);
        if (const QByteArrayView note = cell(row, c.note, scratch[0]); !note.isEmpty())
            claim.note = QString::fromUtf8(note);
        if (const QByteArrayView share = cell(row, c.share, scratch[0]); !share.isEmpty())
            readShare(QString::fromUtf8(share), row.line, claim, problems);
        if (problems.size() == before)
            out.claims.push_back(std::move(claim));
    }

    QList<SourceRef> sourceRefs(QByteArrayView cellBytes, int line, ErrorList &problems)
    {
        if (const QList<SourceRef> *known = m_sourceRefs.find(cellBytes))
            return *known;   // shared by every claim citing the same, not copied
        const qsizetype before = problems.size();
        QList<SourceRef> refs = parseSourceRefs(QString::fromUtf8(cellBytes), m_model, m_name, line, problems);
        if (problems.size() == before)
            m_sourceRefs.insert(cellBytes, refs);
        return refs;
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
    CellMemo<int> m_authorities;
    CellMemo<Role> m_roles;
    CellMemo<double> m_confidences;
    CellMemo<QList<SourceRef>> m_sourceRefs;
    QByteArray m_lastLayerBytes, m_lastFeatureBytes;
    int m_lastFeature = -1;
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
        for (size_t i = begin; i < end; ++i) {
            // Sized once: the first part's claims become the model's, the others appended to
            // them, so it is sized for the whole file (what is never written costs no memory).
            rows[i].claims.reserve(size_t(i == 0 ? reader->recordsLeftAtMost() : readers[i].recordsLeftAtMost()));
            rowReader.read(readers[i], rows[i]);
        }
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
    for (ClaimRows &part : rows) {
        problems << part.problems;
        for (auto it = part.inUnreadLayers.cbegin(); it != part.inUnreadLayers.cend(); ++it)
            inUnreadLayers[it.key()] += it.value();
        model.addClaims(std::move(part.claims));
    }
    for (auto it = inUnreadLayers.cbegin(); it != inUnreadLayers.cend(); ++it)
        problems << Error::at(name, 0, QObject::tr("%1 claim(s) are about layer \"%2\", which could not be read (see its "
                                                  "problem): left out until it is")
                                          .arg(it.value()).arg(it.key()));
    problems << checkClaimsTogether(model, name);
}

} // namespace dpa::packagetables
