#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/rasterreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace dpa;

namespace {

// A 200x200 test "period map" in NTF (Paris) / Lambert zone I, the CRS of French maps of the
// late 19th and 20th centuries, covering 2 km x 2 km of central Paris in four coloured quadrants.
constexpr int kSize = 200;
constexpr double kX0 = 600000, kY0 = 1129000, kPixel = 10;   // metres
const quint8 kColours[4][3] = {{220, 30, 30}, {30, 160, 40}, {30, 60, 220}, {240, 200, 20}};

int quadrant(int col, int row) { return (row < kSize / 2 ? 0 : 2) + (col < kSize / 2 ? 0 : 1); }

bool writeQuadrants(const QString &path, bool useGcps)
{
    GDALDriverH gtiff = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = GDALCreate(gtiff, path.toUtf8().constData(), kSize, kSize, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    std::vector<quint8> band(kSize * kSize);
    for (int b = 0; b < 3; ++b) {
        for (int r = 0; r < kSize; ++r)
            for (int c = 0; c < kSize; ++c)
                band[size_t(r * kSize + c)] = kColours[quadrant(c, r)][b];
        if (GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, kSize, kSize, band.data(), kSize, kSize, GDT_Byte, 0, 0) != CE_None)
            return false;
    }
    const Crs crs = *Crs::fromUserInput(QStringLiteral("EPSG:27571"));
    const QByteArray wkt = crs.wkt().toUtf8();
    if (useGcps) {
        // Five control points, as a historian would pick them on a scan: corners and centre.
        GDAL_GCP gcps[5];
        const double px[5][2] = {{0, 0}, {kSize, 0}, {0, kSize}, {kSize, kSize}, {kSize / 2.0, kSize / 2.0}};
        for (int i = 0; i < 5; ++i) {
            gcps[i].pszId = const_cast<char *>("");
            gcps[i].pszInfo = const_cast<char *>("");
            gcps[i].dfGCPPixel = px[i][0];
            gcps[i].dfGCPLine = px[i][1];
            gcps[i].dfGCPX = kX0 + px[i][0] * kPixel;
            gcps[i].dfGCPY = kY0 + kSize * kPixel - px[i][1] * kPixel;
            gcps[i].dfGCPZ = 0;
        }
        GDALSetGCPs(ds, 5, gcps, wkt.constData());
    } else {
        double gt[6] = {kX0, kPixel, 0, kY0 + kSize * kPixel, 0, -kPixel};
        GDALSetGeoTransform(ds, gt);
        GDALSetProjection(ds, wkt.constData());
    }
    GDALClose(ds);
    return true;
}

} // namespace

class TestRasterReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GdalEnvironment::ensureInitialized(); QVERIFY(m_dir.isValid()); }
    void warpsIntoAnotherCrs_data();
    void warpsIntoAnotherCrs();
    void notGeoreferenced();
    void tooLarge();

private:
    QTemporaryDir m_dir;
};

void TestRasterReader::warpsIntoAnotherCrs_data()
{
    QTest::addColumn<bool>("useGcps");
    QTest::newRow("geotransform") << false;
    QTest::newRow("ground control points") << true;
}

void TestRasterReader::warpsIntoAnotherCrs()
{
    QFETCH(bool, useGcps);
    const QString path = m_dir.filePath(useGcps ? QStringLiteral("gcps.tif") : QStringLiteral("gt.tif"));
    QVERIFY(writeQuadrants(path, useGcps));

    const Crs source = *Crs::fromUserInput(QStringLiteral("EPSG:27571"));
    const Crs target = *Crs::fromUserInput(QStringLiteral("EPSG:3857"));
    auto toTarget = CoordinateTransform::create(source, target);
    QVERIFY(toTarget.ok());

    RasterWarpRequest request;
    request.targetCrs = target;
    request.size = QSize(300, 300);
    auto info = inspectRaster(path, request);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    QCOMPARE(info->gcpCount, useGcps ? 5 : 0);
    QVERIFY(info->boundsInTarget.isValid());
    request.extent = info->boundsInTarget.grown(0.1);

    auto image = warpRaster(path, request);
    QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
    QCOMPARE(image->size, QSize(300, 300));
    const BoundingBox &e = request.extent;
    for (int q = 0; q < 4; ++q) {
        // Centre of quadrant q in Lambert I, through PROJ into Web Mercator, then to a pixel.
        const double cx = kX0 + ((q % 2) ? 1.5 : 0.5) * kSize / 2 * kPixel;
        const double cy = kY0 + kSize * kPixel - ((q / 2) ? 1.5 : 0.5) * kSize / 2 * kPixel;
        const QPointF t = toTarget->transform(QPointF(cx, cy));
        const int px = int((t.x() - e.xMin) / e.width() * 300);
        const int py = int((e.yMax - t.y()) / e.height() * 300);
        const quint32 argb = image->line(py)[px];
        QCOMPARE(int(argb >> 24), 255);
        QCOMPARE(int((argb >> 16) & 0xff), int(kColours[q][0]));
        QCOMPARE(int((argb >> 8) & 0xff), int(kColours[q][1]));
        QCOMPARE(int(argb & 0xff), int(kColours[q][2]));
    }
    // Outside the map: transparent, so the land shows through.
    QCOMPARE(int(image->line(1)[1] >> 24), 0);
}

void TestRasterReader::notGeoreferenced()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.tif"));
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 10, 10, 1, GDT_Byte, nullptr);
    GDALClose(ds);
    RasterWarpRequest request;
    request.displayName = QStringLiteral("maps/plain.tif");
    auto info = inspectRaster(path, request);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().file, QStringLiteral("maps/plain.tif"));
    QVERIFY(info.error().message.contains(QLatin1String("not georeferenced")));
}

void TestRasterReader::tooLarge()
{
    const QString path = m_dir.filePath(QStringLiteral("gt.tif"));
    QVERIFY(writeQuadrants(path, false));
    RasterWarpRequest request;
    request.maxFileBytes = 1000;
    auto info = inspectRaster(path, request);
    QVERIFY(!info.ok());
    QVERIFY(info.error().message.contains(QLatin1String("at most")));
}

QTEST_GUILESS_MAIN(TestRasterReader)
#include "testrasterreader.moc"
