#include "support/clirun.h"
#include "support/packagefixture.h"
#include "support/postgisserver.h"
#include "package/datasetpackage.h"

#include <QDirIterator>

#include <QTest>

using namespace dpa;

// dpatlas-cli push and pull, and a pg:CONNINFO#SCHEMA DATASET, as a user runs them, against a
// PostgreSQL + PostGIS server started for this test.
class TestPostgisCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pushThenStateFromTheDatabase_data();
    void pushThenStateFromTheDatabase();
    void pullGivesThePackageBack();
    void anExistingSchemaNeedsReplace();
    void errorsSayWhatToDo();
    void stateInABoxReadsOnlyWhatItNeeds_data();
    void stateInABoxReadsOnlyWhatItNeeds();
    void aBadBoxIsNamed_data();
    void aBadBoxIsNamed();
    void aBoxInLongitudeAndLatitude();
    void aSchemaPushedBeforeTheTimeIndexIsReadWhole();
    void renderInABoxReadsOnlyWhatItDraws_data();
    void renderInABoxReadsOnlyWhatItDraws();

private:
    static QString dataset(const QString &id) { return QStringLiteral(DPATLAS_DATASETS_DIR "/") + id; }
    QString conninfo(const QString &database = QStringLiteral("atlas")) const { return m_server.conninfo(database); }
    QString address(const QString &schema) const { return QStringLiteral("pg:%1#%2").arg(conninfo(), schema); }
    test::PostgisServer m_server;
    QTemporaryDir m_dir;
};

void TestPostgisCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DPATLAS_START_POSTGIS_SERVER(m_server);
    QVERIFY2(m_server.createDatabase(QStringLiteral("atlas"), true), qPrintable(m_server.error()));
    QVERIFY2(m_server.createDatabase(QStringLiteral("plain"), false), qPrintable(m_server.error()));
    for (const QString &id : {QStringLiteral("petrograd-1917"), QStringLiteral("paris-1871")}) {
        const auto pushed = test::runCli({QStringLiteral("push"), id, QStringLiteral("--pg"), conninfo()});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        const QString schema = QString(id).replace(QLatin1Char('-'), QLatin1Char('_'));
        QVERIFY2(pushed.out.contains(QStringLiteral("%1: pushed to schema %2 of database \"atlas\"").arg(id, schema)), qPrintable(pushed.out));
        QVERIFY2(pushed.out.contains(QStringLiteral("Open it as pg:")), qPrintable(pushed.out));
    }
}

void TestPostgisCli::pushThenStateFromTheDatabase_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("petrograd, October night") << "petrograd-1917" << QStringList{"--at", "1917-10-25T02:00", "--calendar", "julian"};
    QTest::newRow("petrograd, July Days, csv") << "petrograd-1917" << QStringList{"--at", "1917-07-17", "--format", "csv"};
    QTest::newRow("paris, Bloody Week") << "paris-1871" << QStringList{"--at", "1871-05-24"};
    QTest::newRow("paris, json") << "paris-1871" << QStringList{"--at", "1871-03-19", "--format", "json"};
}

void TestPostgisCli::pushThenStateFromTheDatabase()
{
    QFETCH(QString, id);
    QFETCH(QStringList, options);
    const auto fromFolder = test::runCli(QStringList{QStringLiteral("state"), id} + options);
    QCOMPARE(fromFolder.exitCode, 0);
    const QString schema = QString(id).replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto fromDatabase = test::runCli(QStringList{QStringLiteral("state"), address(schema)} + options);
    QVERIFY2(fromDatabase.exitCode == 0, qPrintable(fromDatabase.err));
    QVERIFY(!fromDatabase.out.isEmpty());
    QCOMPARE(fromDatabase.out, fromFolder.out);
}

void TestPostgisCli::pullGivesThePackageBack()
{
    const QString folder = m_dir.filePath(QStringLiteral("paris"));
    const auto pulled = test::runCli({QStringLiteral("pull"), address(QStringLiteral("paris_1871")), folder});
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
    QVERIFY2(pulled.out.contains(QStringLiteral("paris-1871 at revision 1")), qPrintable(pulled.out));
    QString differing;
    const int files = test::compareFiles(dataset(QStringLiteral("paris-1871")), folder, &differing);
    QVERIFY2(differing.isEmpty(), qPrintable(differing));
    QVERIFY(files > 10);
    // The same with --pg and --schema; the folder must be new.
    const auto again = test::runCli({QStringLiteral("pull"), QStringLiteral("--pg"), conninfo(), QStringLiteral("--schema"),
                                     QStringLiteral("paris_1871"), folder});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("exists and is not an empty folder")), qPrintable(again.err));
    const auto validated = test::runCli({QStringLiteral("validate"), folder});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.out + validated.err));
}

void TestPostgisCli::anExistingSchemaNeedsReplace()
{
    const auto refused = test::runCli({QStringLiteral("push"), QStringLiteral("paris-1871"), QStringLiteral("--pg"), conninfo(),
                                       QStringLiteral("--schema"), QStringLiteral("petrograd_1917")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("holds case study petrograd-1917 already")) && refused.err.contains(QStringLiteral("--replace")),
             qPrintable(refused.err));
    const auto replaced = test::runCli({QStringLiteral("push"), QStringLiteral("paris-1871"), QStringLiteral("--pg"), conninfo(),
                                        QStringLiteral("--schema"), QStringLiteral("petrograd_1917"), QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    const auto state = test::runCli({QStringLiteral("state"), address(QStringLiteral("petrograd_1917")), QStringLiteral("--at"),
                                     QStringLiteral("1871-05-24")});
    QCOMPARE(state.out, test::runCli({QStringLiteral("state"), QStringLiteral("paris-1871"), QStringLiteral("--at"), QStringLiteral("1871-05-24")}).out);
}

void TestPostgisCli::errorsSayWhatToDo()
{
    const auto notACaseStudy = test::runCli({QStringLiteral("state"), address(QStringLiteral("public")), QStringLiteral("--at"), QStringLiteral("1917-10-25")});
    QCOMPARE(notACaseStudy.exitCode, 1);
    QVERIFY2(notACaseStudy.err.contains(QStringLiteral("schema \"public\" of database \"atlas\"")) && notACaseStudy.err.contains(QStringLiteral("is not a case study")),
             qPrintable(notACaseStudy.err));
    const auto noPostgis = test::runCli({QStringLiteral("push"), QStringLiteral("paris-1871"), QStringLiteral("--pg"), conninfo(QStringLiteral("plain"))});
    QCOMPARE(noPostgis.exitCode, 2);
    QVERIFY2(noPostgis.err.contains(QStringLiteral("CREATE EXTENSION postgis")), qPrintable(noPostgis.err));
    // A refused password is said, and the password itself is never printed.
    const QString withPassword = QStringLiteral("pg:host=%1 port=%2 dbname=atlas user=%3 password=not-the-password#paris_1871")
                                     .arg(m_server.socketDir()).arg(m_server.port()).arg(QLatin1String(test::PostgisServer::kPasswordRole));
    const auto wrong = test::runCli({QStringLiteral("state"), withPassword, QStringLiteral("--at"), QStringLiteral("1871-05-24")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("refused the password")), qPrintable(wrong.err));
    QVERIFY2(!wrong.err.contains(QStringLiteral("not-the-password")) && !wrong.out.contains(QStringLiteral("not-the-password")), qPrintable(wrong.err));
    QTemporaryDir nowhere(QStringLiteral("/tmp/dpatlas-nopg-XXXXXX"));
    const auto down = test::runCli({QStringLiteral("pull"), QStringLiteral("pg:host=%1 port=5432 dbname=atlas#s").arg(nowhere.path()),
                                    m_dir.filePath(QStringLiteral("never"))});
    QCOMPARE(down.exitCode, 2);
    QVERIFY2(down.err.contains(QStringLiteral("no PostgreSQL server answers")), qPrintable(down.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
}

namespace {

// The environment of a run whose cache is `folder`, and whether a case study was pulled into it.
QProcessEnvironment cacheIn(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), folder);
    return env;
}

bool pulledInto(const QString &folder)
{
    QDirIterator it(folder, {QStringLiteral("manifest.json")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

} // namespace

void TestPostgisCli::stateInABoxReadsOnlyWhatItNeeds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("format");
    QTest::newRow("petrograd, October, csv") << "petrograd-1917" << "1917-10-25" << "csv";
    QTest::newRow("petrograd, July Days, json") << "petrograd-1917" << "1917-07-17" << "json";
    QTest::newRow("paris, Bloody Week, csv") << "paris-1871" << "1871-05-24" << "csv";
    QTest::newRow("paris, 18 March, json") << "paris-1871" << "1871-03-18" << "json";
}

void TestPostgisCli::stateInABoxReadsOnlyWhatItNeeds()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QString, format);
    // The middle of the study, half its width and height, in its CRS.
    const auto study = DatasetPackage::load(dataset(id));
    QVERIFY(study.isValid());
    const BoundingBox all = study.study->featureBounds();
    const QPointF c = all.center();
    const QString box = QStringLiteral("%1,%2,%3,%4").arg(c.x() - all.width() / 4, 0, 'f', 3).arg(c.y() - all.height() / 4, 0, 'f', 3)
                            .arg(c.x() + all.width() / 4, 0, 'f', 3).arg(c.y() + all.height() / 4, 0, 'f', 3);
    // A schema of its own: the tests above replace the pushed ones.
    const QString schema = QStringLiteral("box_") + QString(id).replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto pushed = test::runCli({QStringLiteral("push"), id, QStringLiteral("--pg"), conninfo(), QStringLiteral("--schema"), schema,
                                      QStringLiteral("--replace")});
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    const QStringList options{QStringLiteral("--at"), date, QStringLiteral("--format"), format, QStringLiteral("--bbox"), box};
    const auto fromFolder = test::runCli(QStringList{QStringLiteral("state"), id} + options);
    QVERIFY2(fromFolder.exitCode == 0, qPrintable(fromFolder.err));
    const QTemporaryDir cache;
    const auto fromDatabase = test::runCli(QStringList{QStringLiteral("state"), address(schema)} + options, cacheIn(cache.path()));
    QVERIFY2(fromDatabase.exitCode == 0, qPrintable(fromDatabase.err));
    QCOMPARE(fromDatabase.out, fromFolder.out);
    QVERIFY2(fromDatabase.err.isEmpty(), qPrintable(fromDatabase.err));
    // Read with SQL: nothing was pulled into the cache.
    QVERIFY(!pulledInto(cache.path()));
    // The box keeps some features and leaves others out.
    const auto everywhere = test::runCli({QStringLiteral("state"), id, QStringLiteral("--at"), date, QStringLiteral("--format"), format});
    const QString feature = format == QLatin1String("csv") ? QStringLiteral("\n") : QStringLiteral("\"layer\"");
    QVERIFY2(fromFolder.out.count(feature) > 1, qPrintable(fromFolder.out));
    QVERIFY(fromFolder.out.count(feature) < everywhere.out.count(feature));
}

void TestPostgisCli::aBadBoxIsNamed_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("message");
    QTest::newRow("three numbers") << "1,2,3" << "bad --bbox \"1,2,3\": write four numbers XMIN,YMIN,XMAX,YMAX";
    QTest::newRow("not a number") << "1,2,x,4" << "bad --bbox \"1,2,x,4\": \"x\" is not a number";
    QTest::newRow("x reversed") << "5,0,1,1" << "XMIN 5 is greater than XMAX 1";
    QTest::newRow("y reversed") << "0,7,1,1" << "YMIN 7 is greater than YMAX 1";
}

void TestPostgisCli::aBadBoxIsNamed()
{
    QFETCH(QString, box);
    QFETCH(QString, message);
    for (const QString &where : {QStringLiteral("paris-1871"), address(QStringLiteral("paris_1871"))}) {
        const auto run = test::runCli({QStringLiteral("state"), where, QStringLiteral("--at"), QStringLiteral("1871-05-24"),
                                       QStringLiteral("--bbox"), box});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

// A box in longitude and latitude (--bbox-crs EPSG:4326), as a map or a gazetteer gives it: the
// Hôtel de Ville (2.3522 E, 48.8566 N, in the 4th arrondissement) picks out the 4th and not
// Montmartre, from the folder and from the database alike; the same box written latitude first
// meets nothing, and the warning says where the features are.
void TestPostgisCli::aBoxInLongitudeAndLatitude()
{
    const QString schema = QStringLiteral("lonlat_paris");
    const auto pushed = test::runCli({QStringLiteral("push"), QStringLiteral("paris-1871"), QStringLiteral("--pg"), conninfo(),
                                      QStringLiteral("--schema"), schema, QStringLiteral("--replace")});
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    const QStringList hotelDeVille{QStringLiteral("--at"), QStringLiteral("1871-05-24"), QStringLiteral("--bbox"),
                                   QStringLiteral("2.3515,48.8560,2.3530,48.8570"), QStringLiteral("--bbox-crs"), QStringLiteral("EPSG:4326")};
    const auto fromFolder = test::runCli(QStringList{QStringLiteral("state"), QStringLiteral("paris-1871")} + hotelDeVille);
    QVERIFY2(fromFolder.exitCode == 0, qPrintable(fromFolder.err));
    QVERIFY2(fromFolder.out.contains(QStringLiteral("\narrondissements,arr04,")), qPrintable(fromFolder.out));
    QVERIFY2(!fromFolder.out.contains(QStringLiteral(",arr18,")), qPrintable(fromFolder.out));
    QVERIFY2(fromFolder.err.isEmpty(), qPrintable(fromFolder.err));
    const QTemporaryDir cache;
    const auto fromDatabase = test::runCli(QStringList{QStringLiteral("state"), address(schema)} + hotelDeVille, cacheIn(cache.path()));
    QVERIFY2(fromDatabase.exitCode == 0, qPrintable(fromDatabase.err));
    QCOMPARE(fromDatabase.out, fromFolder.out);
    QVERIFY(!pulledInto(cache.path()));

    // A picture of the same box, from both.
    const QString folderPng = m_dir.filePath(QStringLiteral("lonlat-folder.png")), databasePng = m_dir.filePath(QStringLiteral("lonlat-database.png"));
    const QStringList picture = hotelDeVille + QStringList{QStringLiteral("--size"), QStringLiteral("640x480")};
    const auto folderRun = test::runCli(QStringList{QStringLiteral("render"), QStringLiteral("paris-1871"), QStringLiteral("-o"), folderPng} + picture);
    QVERIFY2(folderRun.exitCode == 0, qPrintable(folderRun.err));
    const auto databaseRun = test::runCli(QStringList{QStringLiteral("render"), address(schema), QStringLiteral("-o"), databasePng} + picture,
                                          cacheIn(cache.path()));
    QVERIFY2(databaseRun.exitCode == 0, qPrintable(databaseRun.err));
    QVERIFY(test::readAll(folderPng).size() > 10000);
    QVERIFY(test::readAll(databasePng) == test::readAll(folderPng));

    // Latitude first: nowhere near Paris, said with where Paris is.
    const QStringList swapped{QStringLiteral("--at"), QStringLiteral("1871-05-24"), QStringLiteral("--bbox"),
                              QStringLiteral("48.8560,2.3515,48.8570,2.3530"), QStringLiteral("--bbox-crs"), QStringLiteral("EPSG:4326")};
    for (const QString &where : {QStringLiteral("paris-1871"), address(schema)}) {
        const auto run = test::runCli(QStringList{QStringLiteral("state"), where} + swapped, cacheIn(cache.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);   // the header alone
        QVERIFY2(run.err.contains(QStringLiteral("warning: --bbox meets none of the case study's features, which lie within 2.")) &&
                     run.err.contains(QStringLiteral(",48.")) && run.err.contains(QStringLiteral("longitude first")),
                 qPrintable(run.err));
    }

    // What cannot be read is named.
    const QStringList state{QStringLiteral("state"), QStringLiteral("paris-1871"), QStringLiteral("--at"), QStringLiteral("1871-05-24")};
    const auto unknown = test::runCli(state + QStringList{QStringLiteral("--bbox"), QStringLiteral("0,0,1,1"), QStringLiteral("--bbox-crs"),
                                                          QStringLiteral("EPSG:999999")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("bad --bbox-crs \"EPSG:999999\"")), qPrintable(unknown.err));
    const auto alone = test::runCli(state + QStringList{QStringLiteral("--bbox-crs"), QStringLiteral("EPSG:4326")});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY2(alone.err.contains(QStringLiteral("give --bbox too")), qPrintable(alone.err));
}

void TestPostgisCli::aSchemaPushedBeforeTheTimeIndexIsReadWhole()
{
    const auto pushed = test::runCli({QStringLiteral("push"), QStringLiteral("paris-1871"), QStringLiteral("--pg"), conninfo(),
                                      QStringLiteral("--schema"), QStringLiteral("old_paris")});
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    // What a push before the time index left: no time columns, no table of their calendar.
    QVERIFY2(m_server.sql(QStringLiteral("atlas"), QStringLiteral("DROP TRIGGER dpa_claim_times ON old_paris.claims; "
                                                                  "ALTER TABLE old_paris.claims DROP COLUMN dpa_from, DROP COLUMN dpa_until; "
                                                                  "DROP TABLE old_paris.dpatlas_claim_times")),
             qPrintable(m_server.error()));
    const QTemporaryDir cache;
    const QStringList options{QStringLiteral("--at"), QStringLiteral("1871-05-24"), QStringLiteral("--bbox"),
                              QStringLiteral("590000,2420000,602000,2432000")};
    const auto old = test::runCli(QStringList{QStringLiteral("state"), address(QStringLiteral("old_paris"))} + options, cacheIn(cache.path()));
    QVERIFY2(old.exitCode == 0, qPrintable(old.err));
    QVERIFY2(old.err.contains(QStringLiteral("was pushed before claims carried their times")) && old.err.contains(QStringLiteral("--replace")),
             qPrintable(old.err));
    QCOMPARE(old.out, test::runCli(QStringList{QStringLiteral("state"), QStringLiteral("paris-1871")} + options).out);
    QVERIFY(pulledInto(cache.path()));
}

void TestPostgisCli::renderInABoxReadsOnlyWhatItDraws_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QPointF>("centre");   // of the box, as a fraction of the study's extent
    QTest::addColumn<double>("side");      // the box's side, as a fraction of the study's width
    QTest::addColumn<QString>("size");
    // Paris in the Bloody Week and on 18 March: the 1836 map under the streets, events captioned.
    QTest::newRow("paris, Bloody Week, centre") << "paris-1871" << "1871-05-24" << QPointF(0.5, 0.5) << 0.3 << "800x600";
    QTest::newRow("paris, 18 March, north-east") << "paris-1871" << "1871-03-18" << QPointF(0.75, 0.7) << 0.2 << "640x640";
    QTest::newRow("paris, after the period map") << "paris-1871" << "1871-06-15" << QPointF(0.3, 0.4) << 0.25 << "1024x512";
    QTest::newRow("petrograd, October, centre") << "petrograd-1917" << "1917-10-25" << QPointF(0.5, 0.5) << 0.3 << "800x600";
    QTest::newRow("petrograd, July Days, west") << "petrograd-1917" << "1917-07-17" << QPointF(0.3, 0.5) << 0.15 << "600x800";
}

void TestPostgisCli::renderInABoxReadsOnlyWhatItDraws()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QPointF, centre);
    QFETCH(double, side);
    QFETCH(QString, size);
    const auto study = DatasetPackage::load(dataset(id));
    QVERIFY(study.isValid());
    const BoundingBox all = study.study->featureBounds();
    const double x = all.xMin + centre.x() * all.width(), y = all.yMin + centre.y() * all.height(), half = side * all.width() / 2;
    const QString box = QStringLiteral("%1,%2,%3,%4").arg(x - half, 0, 'f', 3).arg(y - half, 0, 'f', 3)
                            .arg(x + half, 0, 'f', 3).arg(y + half, 0, 'f', 3);
    const QString schema = QStringLiteral("render_") + QString(id).replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto pushed = test::runCli({QStringLiteral("push"), id, QStringLiteral("--pg"), conninfo(), QStringLiteral("--schema"), schema,
                                      QStringLiteral("--replace")});
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    const QStringList options{QStringLiteral("--at"), date, QStringLiteral("--bbox"), box, QStringLiteral("--size"), size};
    const QString fromFolder = m_dir.filePath(QStringLiteral("folder.png")), fromDatabase = m_dir.filePath(QStringLiteral("database.png"));
    const auto folderRun = test::runCli(QStringList{QStringLiteral("render"), id, QStringLiteral("-o"), fromFolder} + options);
    QVERIFY2(folderRun.exitCode == 0, qPrintable(folderRun.err));
    const QTemporaryDir cache;
    const auto databaseRun = test::runCli(QStringList{QStringLiteral("render"), address(schema), QStringLiteral("-o"), fromDatabase} + options,
                                          cacheIn(cache.path()));
    QVERIFY2(databaseRun.exitCode == 0, qPrintable(databaseRun.err));
    QVERIFY(!pulledInto(cache.path()));
    // The same picture, pixel for pixel (the PNG writer is deterministic: the same bytes).
    const QByteArray expected = test::readAll(fromFolder);
    QVERIFY(expected.size() > 10000);
    QVERIFY2(test::readAll(fromDatabase) == expected, qPrintable(QStringLiteral("%1 differs from %2").arg(fromDatabase, fromFolder)));
    // And the box is drawn, not the whole study.
    const QString whole = m_dir.filePath(QStringLiteral("whole.png"));
    QVERIFY(test::runCli({QStringLiteral("render"), id, QStringLiteral("-o"), whole, QStringLiteral("--at"), date, QStringLiteral("--size"), size}).exitCode == 0);
    QVERIFY(test::readAll(whole) != expected);
}

QTEST_GUILESS_MAIN(TestPostgisCli)
#include "testpostgiscli.moc"
