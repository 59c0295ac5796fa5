// `dpatlas-cli new` run as a historian would: from the district boundaries in whatever vector
// format they have, a package that validates at once; and bad input explained, nothing written.

#include "io/gdalenvironment.h"
#include "support/clirun.h"
#include "support/packagefixture.h"
#include "support/vectortranslate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>

using namespace dpa;

class TestNewCommand : public QObject
{
    Q_OBJECT
private slots:
    void fromEachFormat_data();
    void fromEachFormat();
    void badInputIsExplained();

private:
    using Run = test::CliRun;
    static Run run(const QStringList &args) { return test::runCli(args); }
    static bool translate(const QString &to, const char *driver, QStringList extra = {});
    QTemporaryDir m_dir;
};

// The example's arrondissements converted by GDAL into another format.
bool TestNewCommand::translate(const QString &to, const char *driver, QStringList extra)
{
    return test::translateVector(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal/layers/arrondissements.geojson"), to, driver, extra);
}

void TestNewCommand::fromEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("GeoJSON") << "districts.geojson" << "GeoJSON" << QStringList{};
    QTest::newRow("Shapefile") << "districts.shp" << "ESRI Shapefile" << QStringList{};
    QTest::newRow("GeoPackage") << "districts.gpkg" << "GPKG" << QStringList{};
    QTest::newRow("FlatGeobuf") << "districts.fgb" << "FlatGeobuf" << QStringList{};
    QTest::newRow("KML") << "districts.kml" << "KML" << QStringList{};
    QTest::newRow("CSV with WKT") << "districts.csv" << "CSV" << QStringList{"-lco", "GEOMETRY=AS_WKT"};
}

// Each format gives a package that validates, in the UTM zone over Paris (31N), with both
// districts, their ids and names, and the authorities as given.
void TestNewCommand::fromEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, driver);
    QFETCH(QStringList, options);
    const QString folder = m_dir.filePath(QString(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(folder));
    const QString source = folder + QLatin1Char('/') + file;
    QVERIFY(translate(source, driver.toUtf8().constData(), options));
    const QString package = folder + QStringLiteral("/package");
    const Run made = run({QStringLiteral("new"), QStringLiteral("paris-test"), QStringLiteral("--layer"), source,
                          QStringLiteral("--title"), QStringLiteral("Paris, spring 1871"),
                          QStringLiteral("--period"), QStringLiteral("1871-03-18..1871-05-28"),
                          QStringLiteral("--authority"), QStringLiteral("commune=Paris Commune,Paris revolution"),
                          QStringLiteral("--authority"), QStringLiteral("versailles=Versailles,#0072b2,Government"),
                          QStringLiteral("-o"), package});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const Run valid = run({QStringLiteral("validate"), package});
    QVERIFY2(valid.exitCode == 0 && valid.out.contains(QStringLiteral("valid (2 features")), qPrintable(valid.out + valid.err));

    const QJsonObject manifest = QJsonDocument::fromJson(test::readAll(package + QStringLiteral("/manifest.json"))).object();
    // RGF93 / CC49, the conformal conic zone of France between 48°N and 50°N, centred on Paris;
    // Lambert-93 (all of France) and the UTM zone are named as the alternatives.
    QCOMPARE(manifest.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:3949"));
    QVERIFY2(made.out.contains(QStringLiteral("EPSG:2154 (RGF93 v1 / Lambert-93)")) && made.out.contains(QStringLiteral("EPSG:32631")),
             qPrintable(made.out));
    QCOMPARE(manifest.value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString(), QStringLiteral("1871-05-28"));
    QCOMPARE(manifest.value(QStringLiteral("authorities")).toArray().size(), 2);
    const QJsonObject layer = manifest.value(QStringLiteral("layers")).toArray().first().toObject();
    QCOMPARE(layer.value(QStringLiteral("id_field")).toString(), QStringLiteral("id"));
    // The layer as GDAL reads it back: both districts with their ids.
    GDALDatasetH ds = GDALOpenEx((package + QLatin1Char('/') + layer.value(QStringLiteral("file")).toString()).toUtf8().constData(),
                                 GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH l = GDALDatasetGetLayer(ds, 0);
    QCOMPARE(OGR_L_GetFeatureCount(l, TRUE), GIntBig(2));
    QStringList ids;
    OGR_L_ResetReading(l);
    while (OGRFeatureH f = OGR_L_GetNextFeature(l)) {
        ids << QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id")));
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("arr04"), QStringLiteral("arr18")}));
    // With one claim added by hand, as the message says, it still validates and draws.
    QFile claims(package + QStringLiteral("/claims.csv"));
    QVERIFY(claims.open(QIODevice::Append));
    claims.write(QString(layer.value(QStringLiteral("id")).toString() + QStringLiteral(",arr18,commune,control,1871-03-18,1871-05-23,high,tombs,\n")).toUtf8());
    claims.close();
    QFile sources(package + QStringLiteral("/sources.csv"));
    QVERIFY(sources.open(QIODevice::Append));
    sources.write("tombs,\"Tombs, Robert. The Paris Commune 1871. London: Longman, 1999.\",\n");
    sources.close();
    const Run state = run({QStringLiteral("state"), package, QStringLiteral("--at"), QStringLiteral("1871-04-01")});
    QVERIFY2(state.exitCode == 0 && state.out.contains(QStringLiteral(",arr18,")) && state.out.contains(QStringLiteral(",held,commune,")),
             qPrintable(state.out + state.err));
}

void TestNewCommand::badInputIsExplained()
{
    const QString source = m_dir.filePath(QStringLiteral("same-ids.geojson"));
    QByteArray geojson = test::readAll(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal/layers/arrondissements.geojson"));
    geojson.replace("\"arr04\"", "\"arr18\"");   // two features, one id: no field identifies them
    QVERIFY(test::writeAll(source, geojson));
    const QString package = m_dir.filePath(QStringLiteral("bad"));
    const QStringList base{QStringLiteral("new"), QStringLiteral("bad"), QStringLiteral("--title"), QStringLiteral("T"),
                           QStringLiteral("--period"), QStringLiteral("1871..1872"), QStringLiteral("--authority"), QStringLiteral("a=A"),
                           QStringLiteral("-o"), package};
    Run r = run(base + QStringList{QStringLiteral("--layer"), source});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--id-field")) && r.err.contains(QStringLiteral("name_en")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(package));
    // Told which field, it works.
    r = run(base + QStringList{QStringLiteral("--layer"), source, QStringLiteral("--id-field"), QStringLiteral("name_en")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A folder with something in it is never written into.
    r = run(base + QStringList{QStringLiteral("--layer"), source, QStringLiteral("--id-field"), QStringLiteral("name_en")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(r.err));
    // A period that ends before it starts, an authority without a name, no authority at all.
    const QStringList other{QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("--layer"), source, QStringLiteral("--id-field"),
                            QStringLiteral("name_en"), QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("-o"),
                            m_dir.filePath(QStringLiteral("other"))};
    r = run(other + QStringList{QStringLiteral("--period"), QStringLiteral("1872..1871"), QStringLiteral("--authority"), QStringLiteral("a=A")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("ends before it starts")), qPrintable(r.err));
    r = run(other + QStringList{QStringLiteral("--period"), QStringLiteral("1871..1872"), QStringLiteral("--authority"), QStringLiteral("a=")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("id=Name")), qPrintable(r.err));
    r = run(other + QStringList{QStringLiteral("--period"), QStringLiteral("1871..1872")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--authority")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("other"))));
}

QTEST_GUILESS_MAIN(TestNewCommand)
#include "testnewcommand.moc"
