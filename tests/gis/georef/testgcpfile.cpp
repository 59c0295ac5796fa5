#include "georef/gcpfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dpa;

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

GcpSet sample()
{
    GcpSet set;
    set.crs = *Crs::fromUserInput(QStringLiteral("EPSG:2154"));
    set.points = {
        {QStringLiteral("1"), 110.08, 114.345, 651234.5, 6862011.25, true, 0},
        {QStringLiteral("2"), 1599.6, 1954.26, 0.1 + 0.2, -1e-7, false, 0},   // values that print badly in decimal
        {QStringLiteral("3"), 0, 0, 651000, 6862000, true, 0},
    };
    return set;
}

// What the fields of a point are, without the line it was read from.
void compareSets(const GcpSet &got, const GcpSet &expected)
{
    QCOMPARE(got.points.size(), expected.points.size());
    for (size_t i = 0; i < got.points.size(); ++i)
        QVERIFY2(got.points[i] == expected.points[i], qPrintable(QStringLiteral("point %1 differs").arg(i + 1)));
    QCOMPARE(got.crs.isValid(), expected.crs.isValid());
}

} // namespace

class TestGcpFile : public QObject
{
    Q_OBJECT
private slots:
    void pointsRoundTrip();
    void csvRoundTrip();
    void csvWithWktCrs();
    void readsWhatQgisWrites();
    void readsOlderPointsWithFallbackCrs();
    void readsTabSeparatedPoints();
    void badInput_data();
    void badInput();
    void writesWholeOrNothing();
};

void TestGcpFile::pointsRoundTrip()
{
    QTemporaryDir dir;
    const GcpSet set = sample();
    const QString path = dir.filePath(QStringLiteral("sheet.points"));
    const std::vector<QPointF> residuals{{0.5, -0.25}, {0, 0}, {1, 1}};
    QVERIFY(!GcpFile::write(path, set, residuals));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines[0].startsWith("#CRS: PROJCRS[\"RGF93 v1 / Lambert-93\""));
    QCOMPARE(lines[1], QByteArray("mapX,mapY,sourceX,sourceY,enable,dX,dY,residual"));
    // QGIS's source y points up (the row negated), and so does its dY.
    QCOMPARE(lines[2], QByteArray("651234.5,6862011.25,110.08,-114.345,1,0.5,0.25,0.5590169943749475"));
    QCOMPARE(lines[4], QByteArray("651000,6862000,0,0,1,1,-1,1.4142135623730951"));

    const auto back = GcpFile::read(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    compareSets(*back, set);
    QCOMPARE(back->crs.authorityId(), QStringLiteral("EPSG:2154"));
    QCOMPARE(back->points[1].fileLine, 4);
    QCOMPARE(back->file, path);
}

void TestGcpFile::csvRoundTrip()
{
    QTemporaryDir dir;
    GcpSet set = sample();
    set.points[0].id = QStringLiteral("Vendôme, column");   // a comma: quoted
    const QString path = dir.filePath(QStringLiteral("sheet.csv"));
    QVERIFY(!GcpFile::write(path, set));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("id,pixel,line,map_x,map_y,enabled,crs"));
    QCOMPARE(lines[1], QString::fromUtf8("\"Vendôme, column\",110.08,114.345,651234.5,6862011.25,1,EPSG:2154").toUtf8());
    const auto back = GcpFile::read(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    compareSets(*back, set);
    QCOMPARE(back->crs.authorityId(), QStringLiteral("EPSG:2154"));
}

void TestGcpFile::csvWithWktCrs()
{
    // A CRS with no authority id travels as WKT, quoted (it is full of commas and quotes).
    QTemporaryDir dir;
    GcpSet set = sample();
    set.crs = *Crs::fromUserInput(QStringLiteral("+proj=aeqd +lat_0=48.83635863 +lon_0=2.33652533 +ellps=GRS80 +type=crs"));
    QVERIFY(set.crs.authorityId().isEmpty());
    const QString path = dir.filePath(QStringLiteral("aeqd.csv"));
    QVERIFY(!GcpFile::write(path, set));
    const auto back = GcpFile::read(path);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    compareSets(*back, set);
    QCOMPARE(back->crs.wkt(), set.crs.wkt());
}

void TestGcpFile::readsWhatQgisWrites()
{
    // As QGIS 3.28's Georeferencer saves it (WKT1 on the #CRS line, residual columns filled).
    QTemporaryDir dir;
    const QString path = writeText(dir, QStringLiteral("plan.tif.points"),
        "#CRS: PROJCS[\"RGF93 v1 / Lambert-93\",GEOGCS[\"RGF93 v1\",DATUM[\"Reseau_Geodesique_Francais_1993_v1\",SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6171\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4171\"]],PROJECTION[\"Lambert_Conformal_Conic_2SP\"],PARAMETER[\"latitude_of_origin\",46.5],PARAMETER[\"central_meridian\",3],PARAMETER[\"standard_parallel_1\",49],PARAMETER[\"standard_parallel_2\",44],PARAMETER[\"false_easting\",700000],PARAMETER[\"false_northing\",6600000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"2154\"]]\r\n"
        "mapX,mapY,sourceX,sourceY,enable,dX,dY,residual\r\n"
        "651920.38,6862545.91,412.5,-233.25,1,0.31,-0.12,0.33\r\n"
        "652410.02,6862530.47,1893,-260.75,1,-0.2,0.05,0.21\r\n"
        "652388.6,6861704.9,1870.25,-2811.5,0,4.1,2.2,4.65\r\n");
    const auto set = GcpFile::read(path);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QCOMPARE(set->crs.authorityId(), QStringLiteral("EPSG:2154"));
    QCOMPARE(set->points.size(), size_t(3));
    const GroundControlPoint &p = set->points[2];
    QCOMPARE(p.id, QStringLiteral("3"));
    QCOMPARE(p.mapX, 652388.6);
    QCOMPARE(p.mapY, 6861704.9);
    QCOMPARE(p.pixel, 1870.25);
    QCOMPARE(p.line, 2811.5);   // row 2811.5, down from the top
    QVERIFY(!p.enabled);
    QCOMPARE(p.fileLine, 5);
}

void TestGcpFile::readsOlderPointsWithFallbackCrs()
{
    // QGIS 2's form, as the SoDUCo project ships the Jacoubet sheets: no CRS line.
    QTemporaryDir dir;
    const QString path = writeText(dir, QStringLiteral("old.points"),
                                   "mapX,mapY,sourceX,sourceY,enabled\n-1000,3750,220.16,-228.69,1\n-1000,3500,220.16,-964.656,1\n");
    auto set = GcpFile::read(path);
    QVERIFY(set.ok());
    QVERIFY(!set->crs.isValid());   // the caller must ask
    const Crs aeqd = *Crs::fromUserInput(QStringLiteral("+proj=aeqd +lat_0=48.83635863 +lon_0=2.33652533 +ellps=GRS80 +type=crs"));
    set = GcpFile::read(path, aeqd);
    QVERIFY(set.ok());
    QCOMPARE(set->crs.wkt(), aeqd.wkt());
    QCOMPARE(set->points[1].line, 964.656);
    QCOMPARE(set->points[1].mapY, 3500.0);
}

void TestGcpFile::readsTabSeparatedPoints()
{
    // The first QGIS georeferencer plugin separated columns by tabs.
    QTemporaryDir dir;
    const QString path = writeText(dir, QStringLiteral("plugin.points"), "mapX\tmapY\tpixelX\tpixelY\n10\t20\t30\t-40\n");
    const auto set = GcpFile::read(path);
    QVERIFY(set.ok());
    QCOMPARE(set->points.size(), size_t(1));
    QCOMPARE(set->points[0].line, 40.0);
    QVERIFY(set->points[0].enabled);
}

void TestGcpFile::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown CRS") << "a.points" << QByteArray("#CRS: EPSG:999999\nmapX,mapY,sourceX,sourceY,enable\n1,2,3,-4,1\n")
                                 << 1 << "PROJ does not know the CRS of the map coordinates";
    QTest::newRow("not a number") << "a.points" << QByteArray("mapX,mapY,sourceX,sourceY,enable\n1,2,3,-4,1\n1,north,3,-4,1\n")
                                  << 3 << "mapY is not a number: \"north\"";
    QTest::newRow("too few fields") << "a.points" << QByteArray("mapX,mapY,sourceX,sourceY,enable\n1,2,3\n")
                                    << 2 << "a point needs mapX, mapY, sourceX and sourceY; this line has 3 field(s)";
    QTest::newRow("bad enable") << "a.points" << QByteArray("mapX,mapY,sourceX,sourceY,enable\n1,2,3,-4,maybe\n")
                                << 2 << "enable is 1 or 0, not \"maybe\"";
    QTest::newRow("csv missing columns") << "a.csv" << QByteArray("id,x,y\n1,2,3\n")
                                         << 1 << "the header lacks the column(s) pixel, line, map_x, map_y";
    QTest::newRow("csv not a number") << "a.csv" << QByteArray("id,pixel,line,map_x,map_y\nP1,10,20,abc,5\n")
                                      << 2 << "point P1: map_x is not a number: \"abc\"";
    QTest::newRow("csv mixed CRS") << "a.csv"
                                   << QByteArray("id,pixel,line,map_x,map_y,enabled,crs\n1,1,2,3,4,1,EPSG:2154\n2,5,6,7,8,1,EPSG:27571\n")
                                   << 3 << "point 2: every point must be in the same CRS";
    QTest::newRow("csv unknown CRS") << "a.csv" << QByteArray("id,pixel,line,map_x,map_y,enabled,crs\n1,1,2,3,4,1,EPSG:0\n")
                                     << 2 << "PROJ does not know the CRS";
    QTest::newRow("csv empty") << "a.csv" << QByteArray("\n") << 0 << "empty file";
}

void TestGcpFile::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeText(dir, name, text);
    const auto set = GcpFile::read(path);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().file, path);
    QCOMPARE(set.error().line, line);
    QVERIFY2(set.error().message.contains(message), qPrintable(set.error().toString()));
}

void TestGcpFile::writesWholeOrNothing()
{
    QTemporaryDir dir;
    const auto missing = GcpFile::read(dir.filePath(QStringLiteral("none.points")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("file not found")));
    QVERIFY(GcpFile::write(dir.filePath(QStringLiteral("no/such/folder/a.points")), sample()));
    // Replacing a file leaves the new content and nothing else beside it.
    const QString path = writeText(dir, QStringLiteral("a.points"), "old");
    QVERIFY(!GcpFile::write(path, sample()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("a.points")});
    QVERIFY(GcpFile::read(path).ok());
}

QTEST_GUILESS_MAIN(TestGcpFile)
#include "testgcpfile.moc"
