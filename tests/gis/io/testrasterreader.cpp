#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/rasterreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <proj.h>

#include <cmath>

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

// Where a Lambert I point lies in Web Mercator, by PROJ directly (not through the atlas's
// CoordinateTransform): the independent prediction of where the warp must put it.
QPointF projLambertIToWebMercator(QPointF lambert)
{
    PJ_CONTEXT *ctx = proj_context_create();
    proj_context_set_enable_network(ctx, 0);
    PJ *raw = proj_create_crs_to_crs(ctx, "EPSG:27571", "EPSG:3857", nullptr);
    PJ *pj = raw ? proj_normalize_for_visualization(ctx, raw) : nullptr;
    QPointF out(qQNaN(), qQNaN());
    if (pj) {
        const PJ_COORD c = proj_trans(pj, PJ_FWD, proj_coord(lambert.x(), lambert.y(), 0, 0));
        out = QPointF(c.v[0], c.v[1]);
    }
    proj_destroy(pj);
    proj_destroy(raw);
    proj_context_destroy(ctx);
    return out;
}

// Where a value ramps through the middle of `from` and `to` along a line of samples at the given
// positions, interpolated between the two samples on either side; NaN when it never does.
double halfwayCrossing(const std::vector<double> &positions, const std::vector<int> &values, int from, int to)
{
    for (size_t i = 0; i + 1 < values.size(); ++i) {
        const double a = double(values[i] - from) / (to - from), b = double(values[i + 1] - from) / (to - from);
        if (a < 0.5 && b >= 0.5)
            return positions[i] + (positions[i + 1] - positions[i]) * (0.5 - a) / (b - a);
    }
    return qQNaN();
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

    const Crs target = *Crs::fromUserInput(QStringLiteral("EPSG:3857"));

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
        const QPointF t = projLambertIToWebMercator(QPointF(cx, cy));
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

    // Where the edges between the quadrants land. The quadrant centres above tolerate hundreds of
    // metres of misregistration; here the map is warped again into small windows of Web Mercator,
    // 4 units (2.6 m on the ground) a pixel, around where PROJ puts a point of an edge, and the
    // edge must be found there. Bilinear resampling ramps the colour between the centres of the
    // two source pixels astride the edge, so the ramp is half-way exactly on the edge, and
    // interpolating it locates the edge to a small fraction of a pixel. Tolerance: 1 unit (0.66 m
    // on the ground), a quarter of an output pixel and a fifteenth of a source pixel. Half a
    // source pixel (the pixel-is-point/pixel-is-area or GCP convention mix-up) is 7.6 units, half
    // an output pixel 2, and Lambert I without its datum shift 80.
    struct Edge
    {
        const char *what;
        QPointF lambert;   // a point on the edge, a corner of source pixels
        bool vertical;     // the edge runs north-south, so it is crossed along a row
        int fromQuadrant, toQuadrant;
    };
    const Edge edges[] = {
        // column 100 between rows 0 and 100: the edge between the red and green quadrants
        {"red | green", {kX0 + 100 * kPixel, kY0 + 150 * kPixel}, true, 0, 1},
        // row 100 between columns 100 and 200: green above yellow
        {"green / yellow", {kX0 + 150 * kPixel, kY0 + 100 * kPixel}, false, 1, 3},
    };
    constexpr int kWindow = 40;
    constexpr double kUnitsPerPixel = 4, kTolerance = 1;
    for (const Edge &edge : edges) {
        const QPointF expected = projLambertIToWebMercator(edge.lambert);
        QVERIFY(!std::isnan(expected.x()));
        RasterWarpRequest zoom = request;
        zoom.size = QSize(kWindow, kWindow);
        zoom.extent = {expected.x() - kWindow / 2 * kUnitsPerPixel, expected.y() - kWindow / 2 * kUnitsPerPixel,
                       expected.x() + kWindow / 2 * kUnitsPerPixel, expected.y() + kWindow / 2 * kUnitsPerPixel};
        auto window = warpRaster(path, zoom);
        QVERIFY2(window.ok(), qPrintable(window.ok() ? QString() : window.error().toString()));
        // Red changes the most across both edges (220 -> 30, 30 -> 240).
        const int from = kColours[edge.fromQuadrant][0], to = kColours[edge.toQuadrant][0];
        std::vector<double> positions;
        std::vector<int> red;
        for (int i = 0; i < kWindow; ++i) {
            // Along the middle row (west to east) or the middle column (north to south).
            const quint32 argb = edge.vertical ? window->line(kWindow / 2)[i] : window->line(i)[kWindow / 2];
            QCOMPARE(int(argb >> 24), 255);
            red.push_back(int((argb >> 16) & 0xff));
            positions.push_back(edge.vertical ? zoom.extent.xMin + (i + 0.5) * kUnitsPerPixel
                                              : zoom.extent.yMax - (i + 0.5) * kUnitsPerPixel);
        }
        // The pure colours on either side, well away from the edge.
        QCOMPARE(red.front(), from);
        QCOMPARE(red.back(), to);
        const double found = halfwayCrossing(positions, red, from, to);
        const double predicted = edge.vertical ? expected.x() : expected.y();
        QVERIFY2(std::abs(found - predicted) < kTolerance,
                 qPrintable(QStringLiteral("%1: edge at %2, PROJ puts it at %3 (%4 units off)")
                                .arg(QLatin1String(edge.what)).arg(found, 0, 'f', 3).arg(predicted, 0, 'f', 3)
                                .arg(found - predicted, 0, 'f', 3)));
    }
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
