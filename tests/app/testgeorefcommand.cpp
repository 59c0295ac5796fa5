#include "georef/gcpfile.h"
#include "io/gdalenvironment.h"
#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace dpa;
using dpa::test::runCli;

namespace {

// A plain 600 x 400 scan of an affine sheet: 2 m per pixel, slightly sheared, in Lambert-93.
QPointF sheet(double pixel, double line) { return {651000 + 2.0 * pixel + 0.3 * line, 6862000 + 0.2 * pixel - 1.7 * line}; }

bool writeScan(const QString &path)
{
    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 600, 400, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    std::vector<quint8> band(600 * 400);
    for (int b = 0; b < 3; ++b) {
        for (int i = 0; i < 600 * 400; ++i)
            band[size_t(i)] = quint8((i % 600) / 3 + b * 40);
        GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, 600, 400, band.data(), 600, 400, GDT_Byte, 0, 0);
    }
    GDALClose(ds);
    return true;
}

GcpSet points(int count)
{
    GcpSet set;
    set.crs = *Crs::fromUserInput(QStringLiteral("EPSG:2154"));
    const double px[][2] = {{20, 30}, {580, 25}, {300, 200}, {40, 380}, {560, 370}, {150, 100}, {450, 120}, {200, 330}, {420, 300}};
    for (int i = 0; i < count; ++i) {
        const QPointF m = sheet(px[i][0], px[i][1]);
        set.points.push_back({QString::number(i + 1), px[i][0], px[i][1], m.x(), m.y(), true, 0});
    }
    return set;
}

} // namespace

class TestGeorefCommand : public QObject
{
    Q_OBJECT
private slots:
    void warpsAndReports();
    void reportsAnOutlier();
    void errors();
};

void TestGeorefCommand::warpsAndReports()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif")), gcps = dir.filePath(QStringLiteral("scan.points"));
    QVERIFY(writeScan(scan));
    QVERIFY(!GcpFile::write(gcps, points(5)));
    const QString out = dir.filePath(QStringLiteral("out.tif"));
    const auto run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), gcps, QStringLiteral("--method"),
                             QStringLiteral("poly1"), QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("method: Affine (polynomial 1)")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("map coordinates in RGF93 v1 / Lambert-93")));
    QVERIFY(run.out.contains(QLatin1String("RMS: 0.000 px, 0.000 m over 5 enabled points")));
    QVERIFY(run.out.contains(QStringLiteral("wrote %1: ").arg(out)));
    QVERIFY(QFileInfo::exists(out));
    // A row per point with its place on the scan and the map.
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\n3 +300.00 +200.00 +651660.000 +6861720.000 "))));
}

void TestGeorefCommand::reportsAnOutlier()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif")), gcps = dir.filePath(QStringLiteral("scan.csv"));
    QVERIFY(writeScan(scan));
    GcpSet set = points(9);
    // Small scatter everywhere, and point 4 clicked 40 m off.
    for (size_t i = 0; i < set.points.size(); ++i)
        set.points[i].mapX += (i % 3) * 0.5 - 0.5;
    set.points[3].mapY += 40;
    QVERIFY(!GcpFile::write(gcps, set));
    const auto run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), gcps, QStringLiteral("--report-only")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\n4 [^\\n]*OUTLIER"))), qPrintable(run.out));
    QCOMPARE(run.out.count(QLatin1String("OUTLIER")), 1);
    QVERIFY(run.out.contains(QLatin1String("1 outlier(s)")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);   // report only: nothing written
}

void TestGeorefCommand::errors()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif")), gcps = dir.filePath(QStringLiteral("scan.points"));
    QVERIFY(writeScan(scan));
    QVERIFY(!GcpFile::write(gcps, points(5)));
    const QString out = dir.filePath(QStringLiteral("out.tif"));

    auto run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), gcps, QStringLiteral("--method"), QStringLiteral("poly3"),
                       QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(gcps + QStringLiteral(": Polynomial 3 needs at least 10 enabled control points; there are 5")), qPrintable(run.err));

    run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), gcps, QStringLiteral("--method"), QStringLiteral("cubic"),
                  QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("unknown --method \"cubic\": use one of helmert, poly1, poly2, poly3, tps")));

    run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), gcps, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.png"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("name it .tif")));

    // QGIS 2's form names no CRS: --crs gives it.
    const QString old = dir.filePath(QStringLiteral("old.points"));
    QFile f(old);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("mapX,mapY,sourceX,sourceY,enabled\n651040,6861966,20,-30,1\n652165,6862065.5,580,-25,1\n651660,6861720,300,-200,1\n");
    f.close();
    run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), old, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(old + QStringLiteral(":1: the file names no CRS for its map coordinates: give it with --crs")), qPrintable(run.err));
    run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), old, QStringLiteral("--crs"), QStringLiteral("EPSG:99999"),
                  QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--crs: unknown or invalid CRS \"EPSG:99999\"")));
    run = runCli({QStringLiteral("georef"), scan, QStringLiteral("--gcps"), old, QStringLiteral("--crs"), QStringLiteral("EPSG:2154"),
                  QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // A scan GDAL cannot read: named, and nothing written.
    const QString bad = dir.filePath(QStringLiteral("notes.jpg"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("not an image");
    b.close();
    const QString out2 = dir.filePath(QStringLiteral("out2.tif"));
    run = runCli({QStringLiteral("georef"), bad, QStringLiteral("--gcps"), gcps, QStringLiteral("-o"), out2});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad + QStringLiteral(": GDAL cannot read this file as an image")), qPrintable(run.err));
    QVERIFY(run.err.contains(out2 + QStringLiteral(": nothing written")));
    QVERIFY(!QFileInfo::exists(out2));
}

QTEST_GUILESS_MAIN(TestGeorefCommand)
#include "testgeorefcommand.moc"
