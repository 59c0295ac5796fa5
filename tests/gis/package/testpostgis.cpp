#include "analysis/layerexport.h"
#include "package/datasetpackage.h"
#include "package/edit/editabletables.h"
#include "package/postgis/pgcache.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgpull.h"
#include "package/postgis/pgpush.h"
#include "package/postgis/pgtablesave.h"
#include "package/postgis/tablerowdiff.h"
#include "time/historicaldate.h"
#include "support/packagefixture.h"
#include "support/postgisserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace dpa;
using namespace dpa::postgis;

// Case studies in PostgreSQL + PostGIS, against a real server started for this test: every
// bundled case study pushed and pulled back is the same, file for file and state for state (also
// when the layer files are written anew from the tables alone); a pg: DATASET loads; two users
// saving the same row are told, never overwritten; and each way a connection or a schema can be
// wrong gives a message saying what to do.
class TestPostgis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowDiffPairsEditsInPlace();
    void addressesKeepPasswordsOutOfMessages();
    void roundTripsEveryBundledCaseStudy_data();
    void roundTripsEveryBundledCaseStudy();
    void aPgDatasetLoadsFromTheCache();
    void concurrentEditsOfOneRowConflict();
    void editsOfDifferentRowsBothStand();
    void anEditInQgisIsSeenBySaveAndPull();
    void aNewColumnIsSaved();
    void anExistingSchemaIsReplacedOnlyWhenAsked();
    void aSchemaThatIsNotACaseStudy();
    void serverNotRunning();
    void wrongOrMissingPassword();
    void databaseWithoutPostgis();

private:
    static QString dataset(const QString &id) { return QStringLiteral(DPATLAS_DATASETS_DIR "/") + id; }
    PgUri uri(const QString &schema, const QString &database = QStringLiteral("atlas")) const
    {
        return *PgUri::fromParts(m_server.conninfo(database), schema);
    }
    // Pushes a bundled case study (once) into `schema`.
    bool pushed(const QString &id, const QString &schema);
    QStringList m_pushed;
    test::PostgisServer m_server;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;
};

void TestPostgis::initTestCase()
{
    m_clock.start();
    QStandardPaths::setTestModeEnabled(true);   // pulled copies go to ~/.qttest's cache
    QDir(pgcache::root()).removeRecursively();
    QVERIFY(m_dir.isValid());
    DPATLAS_START_POSTGIS_SERVER(m_server);
    QVERIFY2(m_server.createDatabase(QStringLiteral("atlas"), true), qPrintable(m_server.error()));
    QVERIFY2(m_server.createDatabase(QStringLiteral("plain"), false), qPrintable(m_server.error()));
    qInfo("server started with PostGIS in %lld ms", m_clock.elapsed());
}

bool TestPostgis::pushed(const QString &id, const QString &schema)
{
    if (m_pushed.contains(schema))
        return true;
    const auto loaded = DatasetPackage::load(dataset(id));
    if (!loaded.isValid())
        return false;
    auto summary = push(*loaded.study, uri(schema));
    if (!summary)
        qWarning("%s", qPrintable(summary.error().toString()));
    if (summary)
        m_pushed << schema;
    return bool(summary);
}

void TestPostgis::rowDiffPairsEditsInPlace()
{
    const std::vector<QStringList> base{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}, {"e", "5"}};
    // b edited in place, d deleted, f added at the end.
    const RowDiff diff = diffRows(base, {{"a", "1"}, {"b", "20"}, {"c", "3"}, {"e", "5"}, {"f", "6"}});
    QCOMPARE(diff.baseOf, (std::vector<int>{0, 1, 2, 4, -1}));
    QCOMPARE(diff.deleted, std::vector<int>{3});
    // A deleted row next to an edited one: the edit pairs with the row it shares cells with.
    const RowDiff near = diffRows(base, {{"a", "1"}, {"b", "2"}, {"x", "4"}, {"e", "5"}});
    QCOMPARE(near.baseOf, (std::vector<int>{0, 1, 3, 4}));
    QCOMPARE(near.deleted, std::vector<int>{2});
}

void TestPostgis::addressesKeepPasswordsOutOfMessages()
{
    auto parsed = PgUri::parse(QStringLiteral("pg:host=db.example.org dbname=atlas user=ana password=s3cret#petrograd_1917"));
    QVERIFY(parsed);
    QCOMPARE(parsed->schema(), QStringLiteral("petrograd_1917"));
    QVERIFY(parsed->toString().contains(QStringLiteral("s3cret")));
    QVERIFY(!parsed->displayName().contains(QStringLiteral("s3cret")));
    QVERIFY(parsed->displayName().contains(QStringLiteral("dbname=atlas")));
    auto url = PgUri::parse(QStringLiteral("pg:postgresql://ana:s3cret@db.example.org/atlas#s"));
    QVERIFY(url);
    QVERIFY(!url->displayName().contains(QStringLiteral("s3cret")));
    auto broken = PgUri::parse(QStringLiteral("pg:host='unclosed#s"));
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(QStringLiteral("cannot be read")), qPrintable(broken.error().message));
}

void TestPostgis::roundTripsEveryBundledCaseStudy_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("petrograd") << "petrograd-1917" << QStringList{"1917-03-01", "1917-05-14", "1917-07-17", "1917-10-25", "1917-11-07", "1918-03-01"};
    QTest::newRow("paris") << "paris-1871" << QStringList{"1871-03-17", "1871-03-19", "1871-04-02", "1871-05-22", "1871-05-28"};
    QTest::newRow("catalonia") << "catalonia-1936" << QStringList{"1936-07-19", "1936-08-15", "1937-03-15", "1937-05-04", "1937-08-15"};
    QTest::newRow("northeast-syria") << "northeast-syria" << QStringList{"2013-01-01", "2016-03-17", "2020-01-01", "2025-06-01"};
    QTest::newRow("example-minimal") << "example-minimal" << QStringList{"1871-03-01", "1871-04-01", "1871-05-28"};
}

namespace {

// Every coordinate equal to the bit (QPointF's == is fuzzy).
bool sameGeometry(const Geometry &a, const Geometry &b)
{
    auto sameRing = [](const Ring &x, const Ring &y) {
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (x[i].x() != y[i].x() || x[i].y() != y[i].y())
                return false;
        return true;
    };
    if (a.polygons.size() != b.polygons.size() || a.lines.size() != b.lines.size() || !sameRing(a.points, b.points))
        return false;
    for (size_t p = 0; p < a.polygons.size(); ++p) {
        if (a.polygons[p].rings.size() != b.polygons[p].rings.size())
            return false;
        for (size_t r = 0; r < a.polygons[p].rings.size(); ++r)
            if (!sameRing(a.polygons[p].rings[r], b.polygons[p].rings[r]))
                return false;
    }
    for (size_t l = 0; l < a.lines.size(); ++l)
        if (!sameRing(a.lines[l], b.lines[l]))
            return false;
    return true;
}

QStringList filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

// The same case study: claims, layers and features with every coordinate, and the state of
// every feature on each date.
void compareStudies(const CaseStudy &original, const CaseStudy &copy, const QStringList &dates)
{
    QCOMPARE(copy.manifest.id, original.manifest.id);
    QCOMPARE(copy.model.claims().size(), original.model.claims().size());
    QCOMPARE(copy.model.events().size(), original.model.events().size());
    QCOMPARE(copy.periodMaps.size(), original.periodMaps.size());
    QCOMPARE(copy.layers.size(), original.layers.size());
    for (size_t l = 0; l < original.layers.size(); ++l) {
        QCOMPARE(copy.layers[l].features.size(), original.layers[l].features.size());
        for (size_t f = 0; f < original.layers[l].features.size(); ++f) {
            QCOMPARE(copy.layers[l].features[f].id, original.layers[l].features[f].id);
            QCOMPARE(copy.layers[l].features[f].attributes, original.layers[l].features[f].attributes);
            QVERIFY2(sameGeometry(copy.layers[l].features[f].geometry, original.layers[l].features[f].geometry),
                     qPrintable(original.layers[l].spec.id + QLatin1Char('/') + original.layers[l].features[f].id));
        }
    }
    for (const QString &date : dates) {
        const TimePoint t = HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
        const auto a = layerexport::stateAt(original, t), b = layerexport::stateAt(copy, t);
        QCOMPARE(b.size(), a.size());
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].attributes, a[i].attributes);
    }
}

} // namespace

void TestPostgis::roundTripsEveryBundledCaseStudy()
{
    QFETCH(QString, id);
    QFETCH(QStringList, dates);
    const QString schema = defaultSchema(id);
    QVERIFY(pushed(id, schema));
    const auto original = DatasetPackage::load(dataset(id));

    // Pulled: every file as it was, byte for byte (layer files, period maps, .points, CSVs).
    const QString folder = m_dir.filePath(id + QStringLiteral("-pulled"));
    auto pulledBack = pull(uri(schema), folder);
    QVERIFY2(pulledBack, pulledBack ? "" : qPrintable(pulledBack.error().toString()));
    QVERIFY(pulledBack->regeneratedFiles.isEmpty());
    QCOMPARE(filesIn(folder), filesIn(dataset(id)));
    for (const QString &file : filesIn(dataset(id)))
        QVERIFY2(test::readAll(QDir(folder).filePath(file)) == test::readAll(QDir(dataset(id)).filePath(file)), qPrintable(file));

    // From the tables alone (every layer file written anew from its table): the same case study.
    const QString fromTables = m_dir.filePath(id + QStringLiteral("-from-tables"));
    PullOptions options;
    options.regenerateLayers = true;
    auto regenerated = pull(uri(schema), fromTables, options);
    QVERIFY2(regenerated, regenerated ? "" : qPrintable(regenerated.error().toString()));
    QCOMPARE(regenerated->regeneratedFiles.size(), qsizetype(original.study->manifest.layers.size()));
    const auto reloaded = DatasetPackage::load(fromTables);
    QVERIFY2(reloaded.isValid(), reloaded.problems.isEmpty() ? "" : qPrintable(reloaded.problems.first().toString()));
    compareStudies(*original.study, *reloaded.study, dates);
}

void TestPostgis::aPgDatasetLoadsFromTheCache()
{
    QVERIFY(pushed(QStringLiteral("paris-1871"), QStringLiteral("paris_1871")));
    const QString address = uri(QStringLiteral("paris_1871")).toString();
    QElapsedTimer clock;
    clock.start();
    const auto first = DatasetPackage::load(address);
    QVERIFY2(first.isValid(), first.problems.isEmpty() ? "" : qPrintable(first.problems.first().toString()));
    QVERIFY(pgcache::isPulledCopy(first.study->rootPath));
    const auto again = DatasetPackage::load(address);
    QCOMPARE(again.study->rootPath, first.study->rootPath);   // unchanged: the same copy
    compareStudies(*DatasetPackage::load(dataset(QStringLiteral("paris-1871"))).study, *again.study,
                   {"1871-03-19", "1871-05-22"});
    qInfo("loaded twice in %lld ms", clock.elapsed());
}

void TestPostgis::concurrentEditsOfOneRowConflict()
{
    QVERIFY(pushed(QStringLiteral("example-minimal"), QStringLiteral("conflict")));
    const PgUri address = uri(QStringLiteral("conflict"));
    const auto opened = DatasetPackage::load(address.toString());
    QVERIFY(opened.study);
    // Two users open the same revision.
    auto ana = EditableTables::load(opened.study->rootPath);
    auto ben = EditableTables::load(opened.study->rootPath);
    QVERIFY(ana && ben);
    EditableTable &anaClaims = ana->table(EditableTables::Claims);
    const int note = anaClaims.column(QStringLiteral("note"));
    anaClaims.setCell(0, note, QStringLiteral("Ana's reading of the source"));
    auto saved = PgTableSave::save(*ana, address, QStringLiteral("ana@desk"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QCOMPARE(saved->updated, 1);
    QVERIFY(!ana->isModified());

    ben->table(EditableTables::Claims).setCell(0, note, QStringLiteral("Ben's reading"));
    auto refused = PgTableSave::save(*ben, address, QStringLiteral("ben@laptop"));
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("Nothing was saved")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("claims.csv:2 (arrondissements, arr18, versailles, claim)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("changed by ana@desk on ")), qPrintable(message));
    QVERIFY(ben->isModified());   // still Ben's to keep

    // The database keeps Ana's; opening again shows it.
    const auto reopened = DatasetPackage::load(address.toString());
    QVERIFY(reopened.study && reopened.study->rootPath != opened.study->rootPath);
    auto now = EditableTables::load(reopened.study->rootPath);
    QCOMPARE(now->table(EditableTables::Claims).cell(0, note), QStringLiteral("Ana's reading of the source"));
    QCOMPARE(now->table(EditableTables::Claims).rowCount(), anaClaims.rowCount());
}

void TestPostgis::editsOfDifferentRowsBothStand()
{
    const QString id = QStringLiteral("example-minimal");
    const QString schema = QStringLiteral("merge");
    QVERIFY(pushed(id, schema));
    const PgUri address = uri(schema);
    const auto opened = DatasetPackage::load(address.toString());
    QVERIFY(opened.study);
    auto ana = EditableTables::load(opened.study->rootPath);
    auto ben = EditableTables::load(opened.study->rootPath);
    const int rows = ana->table(EditableTables::Claims).rowCount();
    const int note = ana->table(EditableTables::Claims).column(QStringLiteral("note"));
    // Ana edits the second claim and adds one; Ben deletes the last claim and edits a source.
    ana->table(EditableTables::Claims).setCell(1, note, QStringLiteral("Ana's note"));
    QStringList added = ana->table(EditableTables::Claims).row(0);
    added[note] = QStringLiteral("Added by Ana");
    ana->table(EditableTables::Claims).insertRow(rows, added);
    auto first = PgTableSave::save(*ana, address, QStringLiteral("ana"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    QCOMPARE(first->inserted, 1);
    ben->table(EditableTables::Claims).takeRow(rows - 1);
    EditableTable &sources = ben->table(EditableTables::Sources);
    sources.setCell(0, sources.column(QStringLiteral("citation")), QStringLiteral("Tombs, R. The Paris Commune 1871. Longman, 1999 (checked)."));
    auto second = PgTableSave::save(*ben, address, QStringLiteral("ben"));
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    QCOMPARE(second->deleted, 1);
    QVERIFY(second->revision > first->revision);

    const auto merged = DatasetPackage::load(address.toString());
    QVERIFY2(merged.isValid(), merged.problems.isEmpty() ? "" : qPrintable(merged.problems.first().toString()));
    auto now = EditableTables::load(merged.study->rootPath);
    const EditableTable &claims = now->table(EditableTables::Claims);
    QCOMPARE(claims.rowCount(), rows);   // one added, one deleted
    QCOMPARE(claims.cell(1, note), QStringLiteral("Ana's note"));
    QCOMPARE(claims.cell(rows - 1, note), QStringLiteral("Added by Ana"));
    QVERIFY(now->table(EditableTables::Sources).cell(0, 1).endsWith(QStringLiteral("(checked).")));
    // Rows nobody touched come back with their own bytes.
    const QList<QByteArray> before = test::readAll(dataset(id) + QStringLiteral("/claims.csv")).split('\n');
    const QList<QByteArray> after = test::readAll(merged.study->rootPath + QStringLiteral("/claims.csv")).split('\n');
    QCOMPARE(after.first(), before.first());
    QCOMPARE(after.at(1), before.at(1));
    QCOMPARE(after.at(3), before.at(3));
}

void TestPostgis::anEditInQgisIsSeenBySaveAndPull()
{
    QVERIFY(pushed(QStringLiteral("example-minimal"), QStringLiteral("outside")));
    const PgUri address = uri(QStringLiteral("outside"));
    const auto opened = DatasetPackage::load(address.toString());
    auto tables = EditableTables::load(opened.study->rootPath);
    // Another program (QGIS, psql) edits the first claim and moves a district's outline.
    QVERIFY2(m_server.sql(QStringLiteral("atlas"), QStringLiteral("UPDATE outside.claims SET note = 'edited in QGIS' WHERE dpa_ord = 1")),
             qPrintable(m_server.error()));
    QVERIFY2(m_server.sql(QStringLiteral("atlas"), QStringLiteral("UPDATE outside.arrondissements SET geom = ST_Translate(geom, 0.001, 0) "
                                                                  "WHERE id = 'arr18'")),
             qPrintable(m_server.error()));
    const int note = tables->table(EditableTables::Claims).column(QStringLiteral("note"));
    tables->table(EditableTables::Claims).setCell(0, note, QStringLiteral("mine"));
    auto refused = PgTableSave::save(*tables, address, QStringLiteral("ana"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("changed by dpatlas on ")), qPrintable(refused.error().message));

    // Pulled again: the edited row and the layer written anew from its table.
    auto pulled = pull(address, m_dir.filePath(QStringLiteral("outside-pulled")));
    QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().toString()));
    QCOMPARE(pulled->regeneratedFiles, QStringList{QStringLiteral("layers/arrondissements.geojson")});
    const auto reloaded = DatasetPackage::load(pulled->folder);
    QVERIFY2(reloaded.isValid(), reloaded.problems.isEmpty() ? "" : qPrintable(reloaded.problems.first().toString()));
    QCOMPARE(reloaded.study->model.claims()[0].note, QStringLiteral("edited in QGIS"));
    auto arr18 = [](const CaseStudy &study) {
        for (const CaseFeature &f : study.layer(QStringLiteral("arrondissements"))->features)
            if (f.id == QLatin1String("arr18"))
                return f.geometry;
        return Geometry();
    };
    QVERIFY(!arr18(*opened.study).isEmpty());
    QVERIFY(!sameGeometry(arr18(*reloaded.study), arr18(*opened.study)));
}

void TestPostgis::aNewColumnIsSaved()
{
    // Edit mode adds the share column when a first share is given (Apply Claim…).
    QVERIFY(pushed(QStringLiteral("example-minimal"), QStringLiteral("columns")));
    const PgUri address = uri(QStringLiteral("columns"));
    const auto opened = DatasetPackage::load(address.toString());
    auto tables = EditableTables::load(opened.study->rootPath);
    EditableTable &claims = tables->table(EditableTables::Claims);
    QCOMPARE(claims.column(QStringLiteral("share")), -1);
    claims.appendColumn(QStringLiteral("share"));
    int control = -1;
    for (int r = 0; r < claims.rowCount() && control < 0; ++r)
        if (claims.cell(r, QStringLiteral("role")) == QLatin1String("control"))
            control = r;
    QVERIFY(control >= 0);
    claims.setCell(control, claims.column(QStringLiteral("share")), QStringLiteral("1"));
    auto saved = PgTableSave::save(*tables, address, QStringLiteral("ana"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QCOMPARE(saved->updated, 1);   // the other rows only gain an empty cell: not changed

    auto pulled = pull(address, m_dir.filePath(QStringLiteral("columns-pulled")));
    QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().toString()));
    const QByteArray csv = test::readAll(pulled->folder + QStringLiteral("/claims.csv"));
    QVERIFY(csv.startsWith("layer,feature,authority,role,start,end,confidence,sources,note,share\n"));
    const auto reloaded = DatasetPackage::load(pulled->folder);
    QVERIFY2(reloaded.isValid(), reloaded.problems.isEmpty() ? "" : qPrintable(reloaded.problems.first().toString()));
    QCOMPARE(reloaded.study->model.claims().size(), opened.study->model.claims().size());
}

void TestPostgis::anExistingSchemaIsReplacedOnlyWhenAsked()
{
    QVERIFY(pushed(QStringLiteral("example-minimal"), QStringLiteral("twice")));
    const auto loaded = DatasetPackage::load(dataset(QStringLiteral("petrograd-1917")));
    auto again = push(*loaded.study, uri(QStringLiteral("twice")));
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("holds case study example-minimal already")), qPrintable(again.error().message));
    QVERIFY(again.error().message.contains(QStringLiteral("--replace")));
    const auto before = DatasetPackage::load(uri(QStringLiteral("twice")).toString());
    QCOMPARE(before.study->manifest.id, QStringLiteral("example-minimal"));   // untouched
    PushOptions replace;
    replace.replace = true;
    auto replaced = push(*loaded.study, uri(QStringLiteral("twice")), replace);
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().toString()));
    const auto after = DatasetPackage::load(uri(QStringLiteral("twice")).toString());
    QCOMPARE(after.study->manifest.id, QStringLiteral("petrograd-1917"));
    // A push that fails half-way leaves nothing: a layer table name PostgreSQL refuses is not
    // possible from a manifest, so a failure is made by a schema name it refuses.
    auto refused = push(*loaded.study, uri(QStringLiteral("pg_mine")));
    QVERIFY(!refused);
}

void TestPostgis::aSchemaThatIsNotACaseStudy()
{
    const auto publicSchema = DatasetPackage::load(uri(QStringLiteral("public")).toString());
    QVERIFY(!publicSchema.study);
    const QString message = publicSchema.problems.value(0).message;
    QVERIFY2(message.contains(QStringLiteral("schema \"public\" of database \"atlas\"")) && message.contains(QStringLiteral("is not a case study")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("its case studies are in schema(s):")), qPrintable(message));
    const auto missing = DatasetPackage::load(uri(QStringLiteral("no_such_schema")).toString());
    QVERIFY2(missing.problems.value(0).message.contains(QStringLiteral("has no schema \"no_such_schema\"")),
             qPrintable(missing.problems.value(0).message));
    const auto none = DatasetPackage::load(uri(QString()).toString());
    QVERIFY2(none.problems.value(0).message.contains(QStringLiteral("write the case study's schema after '#'")),
             qPrintable(none.problems.value(0).message));
    // Never dropped to make room for a case study, even when asked to replace.
    const auto loaded = DatasetPackage::load(dataset(QStringLiteral("example-minimal")));
    PushOptions replace;
    replace.replace = true;
    auto refused = push(*loaded.study, uri(QStringLiteral("public")), replace);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("holds other tables, not a case study")), qPrintable(refused.error().message));
    QVERIFY(m_server.sql(QStringLiteral("atlas"), QStringLiteral("SELECT count(*) FROM public.spatial_ref_sys")));
}

void TestPostgis::serverNotRunning()
{
    QTemporaryDir empty(QStringLiteral("/tmp/dpatlas-nopg-XXXXXX"));
    auto address = PgUri::fromParts(QStringLiteral("host=%1 port=5432 dbname=atlas").arg(empty.path()), QStringLiteral("s"));
    const auto loaded = DatasetPackage::load(address->toString());
    QVERIFY(!loaded.study);
    const QString message = loaded.problems.value(0).toString();
    QVERIFY2(message.contains(QStringLiteral("no PostgreSQL server answers at %1:5432: is it running").arg(empty.path())), qPrintable(message));
}

void TestPostgis::wrongOrMissingPassword()
{
    const QString base = QStringLiteral("host=%1 port=%2 dbname=atlas user=%3").arg(m_server.socketDir()).arg(m_server.port())
                             .arg(QLatin1String(test::PostgisServer::kPasswordRole));
    auto wrong = PgConnection::open(*PgUri::fromParts(base + QStringLiteral(" password=wrong"), {}));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("refused the password for user \"atlas_reader\"")), qPrintable(wrong.error().toString()));
    auto none = PgConnection::open(*PgUri::fromParts(base, {}));
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(QStringLiteral("asks for a password for user \"atlas_reader\" and none was given")),
             qPrintable(none.error().toString()));
    auto right = PgConnection::open(*PgUri::fromParts(base + QStringLiteral(" password=") + QLatin1String(test::PostgisServer::kPassword), {}));
    QVERIFY2(right, right ? "" : qPrintable(right.error().toString()));
    // A database that does not exist is named.
    auto nodb = PgConnection::open(*PgUri::fromParts(m_server.conninfo(QStringLiteral("nosuchdb")), {}));
    QVERIFY(!nodb);
    QVERIFY2(nodb.error().message.contains(QStringLiteral("has no database \"nosuchdb\"")), qPrintable(nodb.error().toString()));
}

void TestPostgis::databaseWithoutPostgis()
{
    const auto loaded = DatasetPackage::load(dataset(QStringLiteral("example-minimal")));
    auto refused = push(*loaded.study, uri(QStringLiteral("example"), QStringLiteral("plain")));
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("database \"plain\"")) && message.contains(QStringLiteral("has no PostGIS extension"))
                 && message.contains(QStringLiteral("CREATE EXTENSION postgis;")),
             qPrintable(message));
    qInfo("whole test: %lld ms", m_clock.elapsed());
}

QTEST_GUILESS_MAIN(TestPostgis)
#include "testpostgis.moc"
