#include "bench/syntheticpackage.h"
#include "package/datasetpackage.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgfeaturefetch.h"
#include "package/postgis/pgpush.h"
#include "package/postgis/pgtablesave.h"
#include "package/edit/editabletables.h"
#include "package/postgis/pgstatequery.h"
#include "package/postgis/pgviewquery.h"
#include "support/packagefixture.h"
#include "support/postgisserver.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace dpa;
using namespace dpa::postgis;

// The state of a case study in PostgreSQL at a date, in a box or everywhere, read with SQL alone
// (pgstatequery.h), against a real server started for this test: for every bundled case study
// and a synthetic one it is the state the folder gives, feature by feature (status, holder,
// camps, shares, every claim in force) at every moment a claim starts or ends, the moment before
// each and moments between; in a box it is the folder's state of the features meeting the box;
// the queries use the claims' time index and the layers' spatial index; a claim whose date is
// changed in the database after the push is still read; and a schema pushed before the time
// index is said to need the whole read; a claim whose layer and feature cells were padded with
// spaces in the database is still found by its feature, in a box and in a view read.
class TestPgStateQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameStateAsTheFolder_data();
    void sameStateAsTheFolder();
    void theQueriesUseTheIndexes();
    void aPictureOfABoxReadsEveryStateAndTheGeometryInIt();
    void aDateChangedInTheDatabaseIsStillRead();
    void aDateSavedByTheEditModeKeepsItsBounds();
    void aSchemaPushedBeforeTheTimeIndexIsSaidSo();
    void claimsWithPaddedKeysAreFound();

private:
    PgUri uri(const QString &schema) const { return *PgUri::fromParts(m_server.conninfo(QStringLiteral("atlas")), schema); }
    QString push(const QString &folder, const QString &schema);
    QString syntheticFolder(int features);
    test::PostgisServer m_server;
    QTemporaryDir m_dir;
};

void TestPgStateQuery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    DPATLAS_START_POSTGIS_SERVER(m_server);
    QVERIFY2(m_server.createDatabase(QStringLiteral("atlas"), true), qPrintable(m_server.error()));
}

// Pushes the package at `folder` into `schema` (replacing it); an error message, or empty.
QString TestPgStateQuery::push(const QString &folder, const QString &schema)
{
    const auto loaded = DatasetPackage::load(folder);
    if (!loaded.isValid())
        return QStringLiteral("%1 does not load: %2").arg(folder, loaded.problems.isEmpty() ? QString() : loaded.problems.first().toString());
    PushOptions options;
    options.replace = true;
    auto summary = postgis::push(*loaded.study, uri(schema), options);
    return summary ? QString() : summary.error().toString();
}

QString TestPgStateQuery::syntheticFolder(int features)
{
    const QString folder = m_dir.filePath(QStringLiteral("synthetic-%1").arg(features));
    if (!QFileInfo::exists(folder + QStringLiteral("/manifest.json"))) {
        const QString error = writeSyntheticPackage(folder, features, 7);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
    return folder;
}

namespace {

// Everything the state of one feature says, in one line: what state, json and the map show.
QString describe(const CaseStudy &study, const CaseFeature &f, TimePoint t)
{
    const ControlModel &m = study.model;
    const FeatureState s = study.index.stateOf(f.modelIndex, t);
    auto id = [&](int a) { return a < 0 ? QStringLiteral("-") : m.authorities()[size_t(a)].id; };
    QStringList parts{f.id, f.name.text(), f.approximate ? QStringLiteral("approximate") : QString(), statusName(s.status),
                      id(s.deFactoHolder()), id(s.occupier), id(s.outgoing), s.deJureOnly ? QStringLiteral("de jure") : QString()};
    for (size_t k = 0; k < s.camps.size(); ++k)
        parts << id(s.camps[k]) + QLatin1Char('=') + QString::number(double(s.shares[k]));
    for (int c : s.claims) {
        const Claim &claim = m.claims()[size_t(c)];
        QStringList sources;
        for (const SourceRef &r : claim.sources)
            sources << r.toString();
        parts << QStringLiteral("[%1 %2 %3 %4 %5 %6 %7]")
                     .arg(id(claim.authority), roleName(claim.role), claim.interval.toEdtf(), QString::number(double(claim.confidence)),
                          QString::number(double(claim.share)), claim.note, sources.join(QLatin1Char(';')));
    }
    return parts.join(QStringLiteral(" | "));
}

// The state of every feature of the feature layers (those meeting `box`, when given), in the
// layers' order: "layer/id: state".
QStringList statesOf(const CaseStudy &study, TimePoint t, const std::optional<BoundingBox> &box)
{
    QStringList out;
    for (const CaseLayer &layer : study.layers)
        for (const CaseFeature &f : layer.features)
            if (f.modelIndex >= 0 && (!box || featureMeetsBox(f.geometry, *box)))
                out << layer.spec.id + QLatin1Char('/') + describe(study, f, t);
    return out;
}

// Every moment a claim starts or ends, the moment before each and one between each and the
// next; at most `most`, evenly taken, so a large study stays quick.
std::vector<TimePoint> datesOf(const CaseStudy &study, size_t most)
{
    const std::vector<TimePoint> &changes = study.index.changePoints();
    std::vector<TimePoint> all;
    if (!changes.empty())
        all.push_back(changes.front() - 86400LL * 1000 * 365);
    for (size_t i = 0; i < changes.size(); ++i) {
        all.push_back(changes[i] - 1);
        all.push_back(changes[i]);
        if (i + 1 < changes.size())
            all.push_back(changes[i] + (changes[i + 1] - changes[i]) / 2);
    }
    if (!changes.empty())
        all.push_back(changes.back() + 1);
    if (all.size() <= most)
        return all;
    std::vector<TimePoint> some;
    for (size_t i = 0; i < most; ++i)
        some.push_back(all[i * all.size() / most]);
    return some;
}

} // namespace

void TestPgStateQuery::sameStateAsTheFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("dates");
    for (const char *id : {"petrograd-1917", "paris-1871", "catalonia-1936", "northeast-syria", "example-minimal"})
        QTest::newRow(id) << QStringLiteral(DPATLAS_DATASETS_DIR "/") + QLatin1String(id) << 600;
    QTest::newRow("synthetic 1500") << syntheticFolder(1500) << 40;
}

void TestPgStateQuery::sameStateAsTheFolder()
{
    QFETCH(QString, folder);
    QFETCH(int, dates);
    const QString schema = QStringLiteral("s_") + QFileInfo(folder).fileName().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString pushed = push(folder, schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    const auto original = DatasetPackage::load(folder);
    QVERIFY(original.isValid());
    const CaseStudy &full = *original.study;
    const qint64 allClaims = qint64(full.model.claims().size());

    // A box a quarter of the study, one in its middle, one around a single feature's corner, and
    // one beside it that holds nothing.
    const BoundingBox b = full.featureBounds();
    auto box = [](double x0, double y0, double x1, double y1) {
        BoundingBox out;
        out.xMin = x0, out.yMin = y0, out.xMax = x1, out.yMax = y1;
        return out;
    };
    const QPointF c = b.center();
    const BoundingBox corner = full.layers.back().features.empty() ? b : full.layers.back().features.front().geometry.bounds();
    const std::vector<std::optional<BoundingBox>> boxes{
        std::nullopt,
        box(b.xMin, b.yMin, c.x(), c.y()),
        box(c.x(), c.y(), b.xMax, b.yMax),
        box(c.x() - b.width() / 10, c.y() - b.height() / 10, c.x() + b.width() / 10, c.y() + b.height() / 10),
        box(corner.xMax, corner.yMax, corner.xMax + 1, corner.yMax + 1),
        box(b.xMax + 10, b.yMax + 10, b.xMax + 20, b.yMax + 20)};

    int compared = 0, nonEmpty = 0, inBoxes = 0;
    qint64 mostClaimsRead = 0;
    const std::vector<TimePoint> moments = datesOf(full, size_t(dates));
    QVERIFY(moments.size() > 3);
    for (size_t i = 0; i < moments.size(); ++i) {
        const TimePoint t = moments[i];
        for (size_t k = 0; k < boxes.size(); ++k) {
            if (k > 0 && i % 4 != 0)
                continue;   // boxes at every fourth moment: the same queries, fewer of them
            auto state = queryState(uri(schema), {t, boxes[k], {}});
            QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
            QVERIFY(state->indexed);
            QVERIFY2(state->problems.isEmpty(), state->problems.isEmpty() ? "" : qPrintable(state->problems.first().toString()));
            const QStringList expected = statesOf(full, t, boxes[k]);
            const QStringList got = statesOf(*state->study, t, std::nullopt);
            if (got != expected) {
                for (qsizetype j = 0; j < std::max(got.size(), expected.size()); ++j)
                    if (got.value(j) != expected.value(j))
                        qWarning("at %lld, box %d: database\n  %s\nfolder\n  %s", t, int(k), qPrintable(got.value(j)),
                                 qPrintable(expected.value(j)));
            }
            QCOMPARE(got, expected);
            // Only the claims in force are read: never all of them once the study has any span.
            QVERIFY(state->claims <= allClaims);
            mostClaimsRead = std::max<qint64>(mostClaimsRead, state->claims);
            ++compared;
            nonEmpty += expected.isEmpty() ? 0 : 1;
            inBoxes += k > 0 && !expected.isEmpty() ? 1 : 0;
        }
    }
    QVERIFY(nonEmpty > 0);
    QVERIFY(inBoxes > 0);
    QVERIFY2(mostClaimsRead < allClaims, qPrintable(QStringLiteral("%1 of %2 claims read").arg(mostClaimsRead).arg(allClaims)));
    qInfo("%d states compared at %d moments; at most %lld of %lld claims read", compared, int(moments.size()), mostClaimsRead, allClaims);
}

void TestPgStateQuery::aPictureOfABoxReadsEveryStateAndTheGeometryInIt()
{
    const QString folder = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");
    const QString schema = QStringLiteral("picture_paris");
    const QString pushed = push(folder, schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    const auto original = DatasetPackage::load(folder);
    QVERIFY(original.isValid());
    const CaseStudy &full = *original.study;
    const BoundingBox all = full.featureBounds();
    BoundingBox box;
    box.xMin = all.center().x() - all.width() / 8, box.xMax = all.center().x() + all.width() / 8;
    box.yMin = all.center().y() - all.height() / 8, box.yMax = all.center().y() + all.height() / 8;
    // While the 1836 map is in force (18 March - 28 May 1871), and after.
    for (const QString &date : {QStringLiteral("1871-05-24"), QStringLiteral("1871-06-15")}) {
        const TimePoint t = HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
        QTemporaryDir maps;
        auto state = queryState(uri(schema), {t, box, maps.path()});
        QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
        QVERIFY2(state->problems.isEmpty(), state->problems.isEmpty() ? "" : qPrintable(state->problems.first().toString()));
        const CaseStudy &part = *state->study;
        // Every feature's state, as in the folder (a legend speaks of the whole study).
        QCOMPARE(statesOf(part, t, std::nullopt), statesOf(full, t, std::nullopt));
        // The geometry of those meeting the box, to the bit; none of the others.
        QCOMPARE(part.layers.size(), full.layers.size());
        int drawn = 0, left = 0;
        for (size_t l = 0; l < full.layers.size(); ++l) {
            QHash<QString, const CaseFeature *> byId;
            for (const CaseFeature &f : part.layers[l].features)
                byId.insert(f.id, &f);
            for (const CaseFeature &f : full.layers[l].features) {
                const bool meets = featureMeetsBox(f.geometry, box);
                const CaseFeature *read = byId.value(f.id);
                if (full.layers[l].spec.role == LayerSpec::Role::Context && !meets) {
                    QVERIFY(!read);   // context outside the box: not read
                    continue;
                }
                QVERIFY2(read, qPrintable(full.layers[l].spec.id + QLatin1Char('/') + f.id));
                if (!meets) {
                    QVERIFY(read->geometry.isEmpty());
                    ++left;
                    continue;
                }
                ++drawn;
                const Geometry &a = f.geometry, &b = read->geometry;
                QCOMPARE(b.polygons.size(), a.polygons.size());
                QCOMPARE(b.lines.size(), a.lines.size());
                QCOMPARE(b.points.size(), a.points.size());
                for (size_t p = 0; p < a.polygons.size(); ++p)
                    for (size_t r = 0; r < a.polygons[p].rings.size(); ++r)
                        QVERIFY(a.polygons[p].rings[r] == b.polygons[p].rings[r]);
                QVERIFY(a.lines == b.lines && a.points == b.points);
            }
        }
        QVERIFY(drawn > 0 && left > 0);
        // The events, for the captions; the period map in force, written out.
        QCOMPARE(part.model.events().size(), full.model.events().size());
        const bool mapInForce = full.periodMaps.front().spec.valid.contains(t);
        QCOMPARE(part.periodMaps.size(), size_t(mapInForce ? 1 : 0));
        if (mapInForce) {
            QCOMPARE(test::readAll(part.periodMaps.front().path), test::readAll(full.periodMaps.front().path));
            QVERIFY(part.periodMaps.front().path.startsWith(maps.path()));
        }
    }
}

void TestPgStateQuery::theQueriesUseTheIndexes()
{
    const QString folder = syntheticFolder(3000);
    const QString schema = QStringLiteral("synthetic_3000");
    const QString pushed = push(folder, schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    auto c = PgConnection::open(uri(schema));
    QVERIFY(c);
    const TimePoint t = HistoricalDate::parse(QStringLiteral("1900-06-15"), Calendar::Gregorian)->queryTime();

    // The plan of each query as the state query writes it.
    auto plan = [&](const QString &sql, const QList<PgParam> &params) {
        auto rows = (*c)->query(QStringLiteral("EXPLAIN ") + sql, params);
        QStringList lines;
        for (int r = 0; rows && r < rows->rowCount(); ++r)
            lines << rows->text(r, 0);
        return lines.join(QLatin1Char('\n'));
    };
    const QString inForce = plan(QStringLiteral("SELECT dpa_row FROM synthetic_3000.claims t WHERE %1 @> $1::bigint ORDER BY t.dpa_ord")
                                     .arg(QLatin1String(claimtimes::kRange)),
                                 {PgParam::number(t)});
    QVERIFY2(inForce.contains(QStringLiteral("Index Scan using %1").arg(QLatin1String(claimtimes::kIndex)))
                 || inForce.contains(QStringLiteral("Bitmap Index Scan on %1").arg(QLatin1String(claimtimes::kIndex))),
             qPrintable(inForce));
    const QString inBox = plan(QStringLiteral("SELECT dpa_fid FROM synthetic_3000.cells WHERE geom && "
                                              "ST_MakeEnvelope($1::float8, $2::float8, $3::float8, $4::float8, 3857)"),
                               {PgParam::text(QByteArray("10000")), PgParam::text(QByteArray("10000")),
                                PgParam::text(QByteArray("14000")), PgParam::text(QByteArray("14000"))});
    QVERIFY2(inBox.contains(QStringLiteral("cells_geom_idx")), qPrintable(inBox));

    // And the state query itself: the server's own count of scans of each index goes up.
    auto scans = [&](const QString &index) {
        (*c)->execute(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        auto n = (*c)->query(QStringLiteral("SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE schemaname = $1 AND indexrelname = $2"),
                             {PgParam::text(schema), PgParam::text(index)});
        return n ? n->integer(0, 0) : -1;
    };
    const qint64 timeBefore = scans(QLatin1String(claimtimes::kIndex)), boxBefore = scans(QStringLiteral("cells_geom_idx"));
    BoundingBox box;
    box.xMin = 10000, box.yMin = 10000, box.xMax = 14000, box.yMax = 14000;
    auto everywhere = queryState(uri(schema), {t, std::nullopt, {}});
    QVERIFY(everywhere && everywhere->indexed);
    auto inABox = queryState(uri(schema), {t, box, {}});
    QVERIFY(inABox && inABox->indexed);
    QVERIFY(inABox->features > 0 && inABox->features < 100);
    // Statistics reach the shared counters when a session ends, a moment after.
    qint64 timeAfter = timeBefore, boxAfter = boxBefore;
    for (int wait = 0; wait < 50 && (timeAfter <= timeBefore || boxAfter <= boxBefore); ++wait) {
        QThread::msleep(100);
        timeAfter = scans(QLatin1String(claimtimes::kIndex));
        boxAfter = scans(QStringLiteral("cells_geom_idx"));
    }
    QVERIFY2(timeAfter > timeBefore, qPrintable(QStringLiteral("time index scans %1 -> %2").arg(timeBefore).arg(timeAfter)));
    QVERIFY2(boxAfter > boxBefore, qPrintable(QStringLiteral("spatial index scans %1 -> %2").arg(boxBefore).arg(boxAfter)));
    qInfo("in force:\n%s\nin a box:\n%s", qPrintable(inForce), qPrintable(inBox));
}

void TestPgStateQuery::aDateChangedInTheDatabaseIsStillRead()
{
    const QString schema = QStringLiteral("changed_paris");
    const QString pushed = push(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"), schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    auto c = PgConnection::open(uri(schema));
    QVERIFY(c);
    // A claim's end moved a year later with SQL, as QGIS or psql would: its stored bounds no
    // longer say when it is in force, so the trigger clears them and it is read at every date.
    auto row = (*c)->query(QStringLiteral("SELECT dpa_row, \"end\" FROM changed_paris.claims WHERE \"end\" <> '' AND dpa_until IS NOT NULL "
                                          "ORDER BY dpa_ord LIMIT 1"));
    QVERIFY(row && row->rowCount() == 1);
    const qint64 id = row->integer(0, 0);
    QVERIFY(!(*c)->execute(QStringLiteral("UPDATE changed_paris.claims SET \"end\" = '1872-12-31' WHERE dpa_row = $1"), {PgParam::number(id)}));
    auto cleared = (*c)->query(QStringLiteral("SELECT dpa_from IS NULL AND dpa_until IS NULL FROM changed_paris.claims WHERE dpa_row = $1"),
                               {PgParam::number(id)});
    QVERIFY(cleared && cleared->boolean(0, 0));
    // After the old end, before the new one: the database's state is the pulled copy's.
    const TimePoint t = HistoricalDate::parse(QStringLiteral("1872-06-01"), Calendar::Gregorian)->queryTime();
    const auto pulled = DatasetPackage::load(uri(schema).toString());
    QVERIFY2(pulled.isValid(), pulled.problems.isEmpty() ? "" : qPrintable(pulled.problems.first().toString()));
    auto state = queryState(uri(schema), {t, std::nullopt, {}});
    QVERIFY(state && state->indexed);
    QCOMPARE(statesOf(*state->study, t, std::nullopt), statesOf(*pulled.study, t, std::nullopt));
    QVERIFY(state->claims >= 1);
    // And the folder as pushed differs there: the comparison above can fail.
    const auto folder = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"));
    QVERIFY(statesOf(*folder.study, t, std::nullopt) != statesOf(*state->study, t, std::nullopt));
}

void TestPgStateQuery::aDateSavedByTheEditModeKeepsItsBounds()
{
    const QString schema = QStringLiteral("edited_paris");
    const QString pushed = push(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"), schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    const PgUri address = uri(schema);
    const auto opened = DatasetPackage::load(address.toString());
    QVERIFY(opened.isValid());
    auto tables = EditableTables::load(opened.study->rootPath);
    QVERIFY(tables);
    EditableTable &claims = tables->table(EditableTables::Claims);
    const int end = claims.column(QStringLiteral("end"));
    // The first claim with an end is made to last into 1872, and one claim is added.
    int edited = 0;
    while (edited < claims.rowCount() && claims.cell(edited, end).isEmpty())
        ++edited;
    QVERIFY(edited < claims.rowCount());
    claims.setCell(edited, end, QStringLiteral("1872-12-31"));
    QStringList added = claims.row(edited);
    added[claims.column(QStringLiteral("start"))] = QStringLiteral("1872-03-01");
    added[end] = QString();
    claims.insertRow(claims.rowCount(), added);
    auto saved = PgTableSave::save(*tables, address, QStringLiteral("ana"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QCOMPARE(saved->updated, 1);
    QCOMPARE(saved->inserted, 1);

    // Both written rows have bounds again, the ones the model works out from their dates.
    auto c = PgConnection::open(address);
    QVERIFY(c);
    auto rows = (*c)->query(QStringLiteral("SELECT \"start\", \"end\", dpa_from, dpa_until FROM edited_paris.claims "
                                           "WHERE dpa_saved_by = 'ana' ORDER BY dpa_ord"));
    QVERIFY(rows && rows->rowCount() == 2);
    for (int r = 0; r < 2; ++r) {
        const auto interval = DateInterval::parse(rows->text(r, 0), rows->text(r, 1), Calendar::Gregorian);
        QVERIFY(interval);
        QCOMPARE(rows->isNull(r, 2), !interval->start.has_value());
        if (interval->start)
            QCOMPARE(rows->integer(r, 2), interval->from());
        QCOMPARE(rows->isNull(r, 3), !interval->end.has_value());
        if (interval->end)
            QCOMPARE(rows->integer(r, 3), interval->to());
    }
    // And the state read with SQL is the state of the saved case study, pulled whole.
    const TimePoint t = HistoricalDate::parse(QStringLiteral("1872-06-01"), Calendar::Gregorian)->queryTime();
    const auto pulled = DatasetPackage::load(address.toString());
    QVERIFY2(pulled.isValid(), pulled.problems.isEmpty() ? "" : qPrintable(pulled.problems.first().toString()));
    auto state = queryState(address, {t, std::nullopt, {}});
    QVERIFY(state && state->indexed);
    // Exactly the claims in force were read: the two saved ones found by their new bounds.
    qint64 inForce = 0;
    for (const Claim &claim : pulled.study->model.claims())
        inForce += claim.interval.contains(t) ? 1 : 0;
    QCOMPARE(state->claims, inForce);
    QCOMPARE(statesOf(*state->study, t, std::nullopt), statesOf(*pulled.study, t, std::nullopt));
}

void TestPgStateQuery::aSchemaPushedBeforeTheTimeIndexIsSaidSo()
{
    const QString schema = QStringLiteral("old_petrograd");
    const QString pushed = push(QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917"), schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    const TimePoint t = HistoricalDate::parse(QStringLiteral("1917-10-25"), Calendar::Julian)->queryTime();
    auto before = queryState(uri(schema), {t, std::nullopt, {}});
    QVERIFY(before && before->indexed);
    // Its calendar changed in the manifest's place: the bounds were worked out in another.
    QVERIFY(m_server.sql(QStringLiteral("atlas"), QStringLiteral("UPDATE old_petrograd.%1 SET calendar = 'gregorian'").arg(QLatin1String(claimtimes::kTable))));
    auto otherCalendar = queryState(uri(schema), {t, std::nullopt, {}});
    QVERIFY(otherCalendar);
    QVERIFY(!otherCalendar->indexed);
    QVERIFY(!otherCalendar->study);
    // As a schema pushed before this version: no time columns, no table of them.
    QVERIFY(m_server.sql(QStringLiteral("atlas"), QStringLiteral("DROP TRIGGER dpa_claim_times ON old_petrograd.claims; "
                                                                 "ALTER TABLE old_petrograd.claims DROP COLUMN dpa_from, DROP COLUMN dpa_until; "
                                                                 "DROP TABLE old_petrograd.%1").arg(QLatin1String(claimtimes::kTable))));
    auto old = queryState(uri(schema), {t, std::nullopt, {}});
    QVERIFY2(old, old ? "" : qPrintable(old.error().toString()));
    QVERIFY(!old->indexed);
    // Not a case study at all: the same message as every pg: dataset.
    auto nothing = queryState(uri(QStringLiteral("public")), {t, std::nullopt, {}});
    QVERIFY(!nothing);
    QVERIFY2(nothing.error().message.contains(QStringLiteral("is not a case study")), qPrintable(nothing.error().message));
}

void TestPgStateQuery::claimsWithPaddedKeysAreFound()
{
    const QString folder = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");
    const QString schema = QStringLiteral("padded_paris");
    const QString pushed = push(folder, schema);
    QVERIFY2(pushed.isEmpty(), qPrintable(pushed));
    const auto original = DatasetPackage::load(folder);
    QVERIFY(original.isValid());
    const CaseStudy &full = *original.study;
    // The first feature with a claim in force at some moment: every claim row of it padded, as a
    // spreadsheet or a hand in psql leaves cells (the model reads cells trimmed, so the folder's
    // state is unchanged). Compared at the moments it has a claim in force (a dozen at most).
    const CaseLayer *layerOf = nullptr;
    const CaseFeature *padded = nullptr;
    std::vector<TimePoint> moments;
    const std::vector<TimePoint> all = datesOf(full, 600);
    for (const CaseLayer &l : full.layers)
        for (const CaseFeature &f : l.features) {
            if (padded || f.modelIndex < 0 || f.geometry.isEmpty())
                continue;
            for (TimePoint t : all)
                if (moments.size() < 12 && !full.index.stateOf(f.modelIndex, t).claims.empty())
                    moments.push_back(t);
            if (!moments.empty())
                layerOf = &l, padded = &f;
        }
    QVERIFY(padded);
    const CaseLayer &layer = *layerOf;
    QVERIFY(m_server.sql(QStringLiteral("atlas"),
                         QStringLiteral("UPDATE padded_paris.claims SET layer = ' ' || layer || E'\\t ', feature = '  ' || feature || ' ' "
                                        "WHERE layer = '%1' AND feature = '%2'")
                             .arg(layer.spec.id, padded->id)));
    auto c = PgConnection::open(uri(schema));
    QVERIFY(c);
    auto count = (*c)->query(QStringLiteral("SELECT count(*) FROM padded_paris.claims WHERE feature <> btrim(feature) AND layer <> btrim(layer)"));
    QVERIFY(count && count->integer(0, 0) > 0);

    const BoundingBox box = padded->geometry.bounds();
    const QString key = layer.spec.id + QLatin1Char('/') + padded->id + QLatin1String(" |");
    ViewQuery view;
    view.box = box;
    auto viewRead = queryView(uri(schema), view);
    QVERIFY2(viewRead, viewRead ? "" : qPrintable(viewRead.error().toString()));
    QVERIFY(viewRead->indexed && viewRead->study);
    QVERIFY2(viewRead->problems.isEmpty(), viewRead->problems.isEmpty() ? "" : qPrintable(viewRead->problems.first().toString()));
    for (TimePoint t : moments) {
        const QStringList expected = statesOf(full, t, box);
        // The padded feature is among them, with its claims: the comparison covers it.
        QVERIFY(std::any_of(expected.begin(), expected.end(), [&](const QString &line) { return line.startsWith(key) && line.contains(QLatin1Char('[')); }));
        auto state = queryState(uri(schema), {t, box, {}});
        QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
        QVERIFY(state->indexed);
        QCOMPARE(statesOf(*state->study, t, std::nullopt), expected);
        QCOMPARE(statesOf(*viewRead->study, t, std::nullopt), expected);
    }
}

QTEST_GUILESS_MAIN(TestPgStateQuery)
#include "testpgstatequery.moc"
