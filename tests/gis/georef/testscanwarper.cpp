#include "georef/gcpfile.h"
#include "georef/scanwarper.h"
#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/rasterreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

#include <cmath>
#include <functional>

using namespace dpa;

namespace {

using Mapping = std::function<QPointF(QPointF)>;
constexpr int kWidth = 1200, kHeight = 900;
constexpr double kX0 = 651000, kY0 = 6862000, kCell = 100;   // Lambert-93 metres

QPointF similarity(QPointF p)
{
    const double s = 1.8, a = 12 * M_PI / 180;
    const double u = p.x(), v = -p.y();
    return {kX0 + s * (std::cos(a) * u - std::sin(a) * v), kY0 + s * (std::sin(a) * u + std::cos(a) * v)};
}
QPointF affine(QPointF p) { return {kX0 + 2.0 * p.x() + 0.3 * p.y(), kY0 + 0.2 * p.x() - 1.7 * p.y()}; }
QPointF quadratic(QPointF p)
{
    const QPointF a = affine(p);
    return {a.x() + 2e-4 * p.x() * p.x() - 1e-4 * p.x() * p.y(), a.y() + 1.5e-4 * p.y() * p.y() + 0.5e-4 * p.x() * p.y()};
}
QPointF cubic(QPointF p)
{
    const QPointF q = quadratic(p);
    return {q.x() + 1e-7 * p.x() * p.x() * p.y(), q.y() - 1e-7 * p.y() * p.y() * p.y()};
}

// The colour of the ground at a map position: 100 m cells in six colours, no two neighbours
// alike, so a cell found in the wrong place shows.
const quint8 kPalette[6][3] = {{200, 40, 40}, {40, 160, 60}, {40, 70, 210}, {230, 200, 30}, {150, 60, 170}, {30, 190, 200}};
const quint8 *groundColour(QPointF m)
{
    const int i = int(std::floor((m.x() - kX0) / kCell)), j = int(std::floor((m.y() - kY0) / kCell));
    return kPalette[((i % 6 + 6) + 2 * (j % 3 + 3)) % 6];
}

// A plain scan (no georeferencing) of the ground as `f` maps it: each scan pixel shows the
// colour of the ground at f(pixel centre).
bool writeScan(const QString &path, const Mapping &f)
{
    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), kWidth, kHeight, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    std::vector<quint8> bands[3];
    for (auto &b : bands)
        b.resize(size_t(kWidth) * kHeight);
    for (int r = 0; r < kHeight; ++r)
        for (int c = 0; c < kWidth; ++c) {
            const quint8 *colour = groundColour(f({c + 0.5, r + 0.5}));
            for (int b = 0; b < 3; ++b)
                bands[b][size_t(r) * kWidth + c] = colour[b];
        }
    bool ok = true;
    for (int b = 0; b < 3; ++b)
        ok = ok && GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, kWidth, kHeight, bands[b].data(), kWidth, kHeight,
                                GDT_Byte, 0, 0) == CE_None;
    GDALClose(ds);
    return ok;
}

Crs lambert93() { return *Crs::fromUserInput(QStringLiteral("EPSG:2154")); }

GcpSet pointsOf(const Mapping &f, int columns, int rows)
{
    GcpSet set;
    set.crs = lambert93();
    set.file = QStringLiteral("scan.points");
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            GroundControlPoint p;
            p.id = QString::number(set.points.size() + 1);
            p.pixel = 30 + c * (kWidth - 60.0) / (columns - 1);
            p.line = 30 + r * (kHeight - 60.0) / (rows - 1);
            const QPointF m = f({p.pixel, p.line});
            p.mapX = m.x();
            p.mapY = m.y();
            set.points.push_back(p);
        }
    return set;
}

struct Opened
{
    GDALDatasetH ds = nullptr;
    double gt[6] = {};
    ~Opened()
    {
        if (ds)
            GDALClose(ds);
    }
};

// Colour of the warped file at a position in its own CRS; alpha/mask 0 gives nullopt.
std::optional<std::array<int, 3>> colourAt(GDALDatasetH ds, const double gt[6], QPointF m)
{
    const int col = int(std::floor((m.x() - gt[0]) / gt[1])), row = int(std::floor((m.y() - gt[3]) / gt[5]));
    if (col < 0 || row < 0 || col >= GDALGetRasterXSize(ds) || row >= GDALGetRasterYSize(ds))
        return std::nullopt;
    quint8 mask = 0;
    if (GDALRasterIO(GDALGetMaskBand(GDALGetRasterBand(ds, 1)), GF_Read, col, row, 1, 1, &mask, 1, 1, GDT_Byte, 0, 0) != CE_None || !mask)
        return std::nullopt;
    std::array<int, 3> rgb{};
    for (int b = 0; b < 3; ++b) {
        quint8 v = 0;
        if (GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Read, col, row, 1, 1, &v, 1, 1, GDT_Byte, 0, 0) != CE_None)
            return std::nullopt;
        rgb[b] = v;
    }
    return rgb;
}

bool near(const std::array<int, 3> &rgb, const quint8 *expected, int tolerance)
{
    for (int b = 0; b < 3; ++b)
        if (std::abs(rgb[b] - expected[b]) > tolerance)
            return false;
    return true;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestScanWarper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GdalEnvironment::ensureInitialized(); }
    void everyMethodPutsTheGroundInPlace_data();
    void everyMethodPutsTheGroundInPlace();
    void writesTiledCompressedWithOverviews();
    void reprojectsToTargetCrs();
    void previewMatchesFile();
    void unreadableScan();
    void scanTooLarge();
    void refusesBadPointsBeforeWriting();
    void cancelLeavesTargetAsItWas();
    void parisSheetPointsMatchTheShippedMap();
    void parisSheetRewarpedMatchesTheShippedMap();
};

void TestScanWarper::everyMethodPutsTheGroundInPlace_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<Mapping>("truth");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::newRow("helmert") << int(GeorefMethod::Helmert) << Mapping(similarity) << 2 << 2;
    QTest::newRow("poly1") << int(GeorefMethod::Polynomial1) << Mapping(affine) << 3 << 3;
    QTest::newRow("poly2") << int(GeorefMethod::Polynomial2) << Mapping(quadratic) << 4 << 3;
    QTest::newRow("poly3") << int(GeorefMethod::Polynomial3) << Mapping(cubic) << 5 << 4;
    // The spline knows the bend only through its points: a denser grid.
    QTest::newRow("tps") << int(GeorefMethod::ThinPlateSpline) << Mapping(quadratic) << 7 << 6;
}

void TestScanWarper::everyMethodPutsTheGroundInPlace()
{
    QFETCH(int, method);
    QFETCH(Mapping, truth);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan, truth));
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(truth, columns, rows);
    request.method = GeorefMethod(method);
    request.outputPath = dir.filePath(QStringLiteral("out.tif"));
    const auto result = warpScan(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    // Control points on a sheet that follows the method's own family: residuals are rounding.
    QVERIFY2(result->residuals.rmsPixels < 0.01, qPrintable(QString::number(result->residuals.rmsPixels)));

    Opened out;
    out.ds = GDALOpen(request.outputPath.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(out.ds);
    QVERIFY(GDALGetGeoTransform(out.ds, out.gt) == CE_None);
    // At the centre of every cell the scan shows whole, the warped map has the cell's colour:
    // the ground is where the map says, to well under half a cell (50 m, about 25 scan pixels).
    int checked = 0, wrong = 0;
    QString firstWrong;
    for (double x = kX0 - 3000; x < kX0 + 4000; x += kCell)
        for (double y = kY0 - 3000; y < kY0 + 3000; y += kCell) {
            const QPointF centre(x + kCell / 2, y + kCell / 2);
            // Only cells whose whole neighbourhood lies on the scan (inverse through the truth,
            // by searching the scan's pixels is slow: use the file's own mask at four corners).
            bool inside = true;
            for (QPointF d : {QPointF(-40, -40), QPointF(40, -40), QPointF(-40, 40), QPointF(40, 40)})
                inside = inside && colourAt(out.ds, out.gt, centre + d).has_value();
            if (!inside)
                continue;
            ++checked;
            const auto rgb = colourAt(out.ds, out.gt, centre);
            if (!rgb || !near(*rgb, groundColour(centre), 30)) {
                ++wrong;
                if (firstWrong.isEmpty())
                    firstWrong = QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y());
            }
        }
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 of %2 cells wrong, first at %3").arg(wrong).arg(checked).arg(firstWrong)));
}

void TestScanWarper::writesTiledCompressedWithOverviews()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan, similarity));
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(similarity, 3, 3);
    request.method = GeorefMethod::Helmert;
    request.outputPath = dir.filePath(QStringLiteral("out.tif"));
    const auto result = warpScan(request);
    QVERIFY(result.ok());
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("out.tif"), QStringLiteral("scan.tif")}));

    Opened out;
    out.ds = GDALOpen(request.outputPath.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(out.ds);
    QCOMPARE(QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(out.ds))), QStringLiteral("GTiff"));
    // "YCbCr JPEG": colour JPEG in GeoTIFF is stored as luminance and chrominance.
    QVERIFY(QString::fromUtf8(GDALGetMetadataItem(out.ds, "COMPRESSION", "IMAGE_STRUCTURE")).contains(QLatin1String("JPEG")));
    int bx = 0, by = 0;
    GDALGetBlockSize(GDALGetRasterBand(out.ds, 1), &bx, &by);
    QCOMPARE(bx, 512);
    QCOMPARE(by, 512);
    QVERIFY(GDALGetOverviewCount(GDALGetRasterBand(out.ds, 1)) >= 1);
    QCOMPARE(GDALGetRasterCount(out.ds), 3);   // the transparent margin is a mask, as JPEG has no alpha
    QVERIFY(GDALGetMaskFlags(GDALGetRasterBand(out.ds, 1)) & GMF_PER_DATASET);
    const auto crs = Crs::fromUserInput(QString::fromUtf8(GDALGetProjectionRef(out.ds)));
    QVERIFY(crs.ok());
    QCOMPARE(crs->authorityId(), QStringLiteral("EPSG:2154"));
    // The scan is turned 12 degrees: the corner of the bounding box beyond it is transparent.
    QVERIFY(GDALGetGeoTransform(out.ds, out.gt) == CE_None);
    QVERIFY(!colourAt(out.ds, out.gt, {out.gt[0] + 5, out.gt[3] - 5}));
    QCOMPARE(result->size, QSize(GDALGetRasterXSize(out.ds), GDALGetRasterYSize(out.ds)));
}

void TestScanWarper::reprojectsToTargetCrs()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan, affine));
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(affine, 3, 3);
    request.targetCrs = Crs::wgs84();
    request.outputPath = dir.filePath(QStringLiteral("out.tif"));
    QVERIFY(warpScan(request).ok());
    Opened out;
    out.ds = GDALOpen(request.outputPath.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(GDALGetGeoTransform(out.ds, out.gt) == CE_None);
    const auto toLonLat = CoordinateTransform::create(lambert93(), Crs::wgs84());
    QVERIFY(toLonLat.ok());
    int checked = 0;
    for (const QPointF pixel : {QPointF(300, 200), QPointF(700, 450), QPointF(1000, 700), QPointF(150, 800)}) {
        const QPointF m = affine(pixel);
        const QPointF centre(std::floor((m.x() - kX0) / kCell) * kCell + kX0 + kCell / 2,
                             std::floor((m.y() - kY0) / kCell) * kCell + kY0 + kCell / 2);
        const auto rgb = colourAt(out.ds, out.gt, toLonLat->transform(centre));
        QVERIFY(rgb);
        QVERIFY2(near(*rgb, groundColour(centre), 30), qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        ++checked;
    }
    QCOMPARE(checked, 4);
}

void TestScanWarper::previewMatchesFile()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan, affine));
    const GcpSet gcps = pointsOf(affine, 3, 3);
    const BoundingBox extent{kX0 + 200, kY0 - 1000, kX0 + 1200, kY0};
    const auto image = warpScanToImage(scan, gcps, GeorefMethod::Polynomial1, lambert93(), extent, QSize(100, 100));
    QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
    for (int y = 5; y < 100; y += 10)
        for (int x = 5; x < 100; x += 10) {
            const QPointF m(extent.xMin + (x + 0.5) * 10, extent.yMax - (y + 0.5) * 10);
            if (std::fmod(m.x() - kX0, kCell) < 15 || std::fmod(m.x() - kX0, kCell) > 85 || std::fmod(m.y() - kY0 + 10000, kCell) < 15 ||
                std::fmod(m.y() - kY0 + 10000, kCell) > 85)
                continue;   // near a cell's edge bilinear mixing is expected
            const quint32 argb = image->line(y)[x];
            const quint8 *c = groundColour(m);
            QCOMPARE(int(argb >> 24), 255);
            QVERIFY(std::abs(int((argb >> 16) & 0xff) - c[0]) <= 2 && std::abs(int((argb >> 8) & 0xff) - c[1]) <= 2 &&
                    std::abs(int(argb & 0xff) - c[2]) <= 2);
        }
}

void TestScanWarper::unreadableScan()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("sheet.jpg"));
    QFile f(scan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a picture\n");
    f.close();
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(affine, 3, 3);
    request.outputPath = dir.filePath(QStringLiteral("out.tif"));
    auto result = warpScan(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, scan);
    QVERIFY2(result.error().message.contains(QLatin1String("GDAL cannot read this file as an image")), qPrintable(result.error().toString()));
    request.scanPath = dir.filePath(QStringLiteral("missing.jpg"));
    result = warpScan(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("scan not found"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("sheet.jpg")});
}

void TestScanWarper::scanTooLarge()
{
    // 70000 x 60000 pixels (4.2 billion), past the 4000 million every raster of a package obeys;
    // a sparse GeoTIFF holds it in a few hundred kilobytes.
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("huge.tif"));
    const char *options[] = {"SPARSE_OK=TRUE", "TILED=YES", "BIGTIFF=YES", nullptr};
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), scan.toUtf8().constData(), 70000, 60000, 1, GDT_Byte,
                                 const_cast<char **>(options));
    QVERIFY(ds);
    GDALClose(ds);
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(affine, 3, 3);
    request.outputPath = dir.filePath(QStringLiteral("out.tif"));
    const auto result = warpScan(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, scan);
    QVERIFY2(result.error().message.contains(QLatin1String("the scan is 70000 x 60000 pixels; at most 4000 million pixels")),
             qPrintable(result.error().toString()));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("huge.tif")});
}

void TestScanWarper::refusesBadPointsBeforeWriting()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan, affine));
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(affine, 3, 3);
    request.gcps.points.resize(5);
    request.method = GeorefMethod::Polynomial2;
    request.outputPath = dir.filePath(QStringLiteral("out.tif"));
    auto result = warpScan(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, QStringLiteral("scan.points"));
    QVERIFY(result.error().message.contains(QLatin1String("needs at least 6 enabled control points; there are 5")));
    request.gcps = pointsOf(affine, 3, 3);
    request.gcps.crs = Crs();
    result = warpScan(request);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QLatin1String("state no CRS")));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("scan.tif")});
}

void TestScanWarper::cancelLeavesTargetAsItWas()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan, affine));
    const QString target = dir.filePath(QStringLiteral("out.tif"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous map");
    old.close();
    ScanWarpRequest request;
    request.scanPath = scan;
    request.gcps = pointsOf(affine, 3, 3);
    request.outputPath = target;
    int calls = 0;
    request.progress = [&calls](double) { return ++calls < 3; };
    const auto result = warpScan(request);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("cancelled")), qPrintable(result.error().toString()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous map"));
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("out.tif"), QStringLiteral("scan.tif")}));
}

// The Jacoubet sheet in datasets/paris-1871 is the scan itself (halved) with its 30 control
// points embedded (tools/build_paris_1871.py); the package ships the same points as a QGIS
// .points file so the georeferencing can be revised. Its original full-size scan is not in the
// repository, so "re-warping from the points" is done on the shipped scan.
const QString kSheet = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871/maps/jacoubet-1836-sheet22.tif");
const QString kPoints = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871/maps/jacoubet-1836-sheet22.points");

void TestScanWarper::parisSheetPointsMatchTheShippedMap()
{
    const auto set = GcpFile::read(kPoints);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QCOMPARE(set->points.size(), size_t(30));
    Opened sheet;
    sheet.ds = GDALOpen(kSheet.toUtf8().constData(), GA_ReadOnly);
    QVERIFY(sheet.ds);
    QCOMPARE(GDALGetGCPCount(sheet.ds), 30);
    const GDAL_GCP *gcps = GDALGetGCPs(sheet.ds);
    for (int i = 0; i < 30; ++i) {
        const GroundControlPoint &p = set->points[size_t(i)];
        QVERIFY(p.enabled);
        QVERIFY(std::abs(p.pixel - gcps[i].dfGCPPixel) < 1e-9 && std::abs(p.line - gcps[i].dfGCPLine) < 1e-9);
        QVERIFY(std::abs(p.mapX - gcps[i].dfGCPX) < 1e-9 && std::abs(p.mapY - gcps[i].dfGCPY) < 1e-9);
    }
    // The same CRS: a point of the sheet lands on the same longitude and latitude through both.
    const auto embedded = Crs::fromUserInput(QString::fromUtf8(GDALGetGCPProjection(sheet.ds)));
    QVERIFY(embedded.ok());
    const auto a = CoordinateTransform::create(set->crs, Crs::wgs84()), b = CoordinateTransform::create(*embedded, Crs::wgs84());
    QVERIFY(a.ok() && b.ok());
    const QPointF la = a->transform({-500, 3000}), lb = b->transform({-500, 3000});
    QVERIFY(std::abs(la.x() - lb.x()) < 1e-9 && std::abs(la.y() - lb.y()) < 1e-9);
    // Near the Tuileries (PROVENANCE.md: lon 2.322-2.338, lat 48.858-48.871).
    QVERIFY(la.x() > 2.32 && la.x() < 2.34 && la.y() > 48.85 && la.y() < 48.875);
    // The points were computed from the sheet's 250 m grid: an affine fit is exact to rounding.
    const auto t = GeorefTransform::fit(*set, GeorefMethod::Polynomial1);
    QVERIFY(t.ok());
    QVERIFY(GeorefResiduals::compute(*set, *t).rmsPixels < 0.01);
}

void TestScanWarper::parisSheetRewarpedMatchesTheShippedMap()
{
    QTemporaryDir dir;
    const auto set = GcpFile::read(kPoints);
    QVERIFY(set.ok());
    ScanWarpRequest request;
    request.scanPath = kSheet;
    request.gcps = *set;
    request.method = GeorefMethod::Polynomial1;
    request.outputPath = dir.filePath(QStringLiteral("rewarped.tif"));
    const auto result = warpScan(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

    // Both drawn the way the renderer draws a period map (io/rasterreader's warp, which uses the
    // shipped file's own embedded points with an affine fit) into one view of the sheet.
    RasterWarpRequest view;
    view.targetCrs = set->crs;
    view.extent = {-1100, 2450, 100, 3800};
    view.size = QSize(240, 270);
    const auto shipped = warpRaster(kSheet, view);
    const auto rewarped = warpRaster(request.outputPath, view);
    QVERIFY2(shipped.ok(), qPrintable(shipped.ok() ? QString() : shipped.error().toString()));
    QVERIFY2(rewarped.ok(), qPrintable(rewarped.ok() ? QString() : rewarped.error().toString()));
    // Each image has gone through JPEG twice and bilinear resampling once more than the other:
    // the mean difference stays within 3 levels per channel and hardly any pixel differs by
    // more than 40; a shift of even one output pixel (5 m) doubles the mean on this engraving.
    qint64 total = 0, compared = 0, large = 0;
    for (int y = 0; y < view.size.height(); ++y)
        for (int x = 0; x < view.size.width(); ++x) {
            const quint32 s = shipped->line(y)[x], r = rewarped->line(y)[x];
            QCOMPARE((s >> 24) > 128, (r >> 24) > 128);   // the same footprint
            if ((s >> 24) < 255 || (r >> 24) < 255)
                continue;
            for (int shift : {0, 8, 16}) {
                const int d = std::abs(int((s >> shift) & 0xff) - int((r >> shift) & 0xff));
                total += d;
                large += d > 40;
                ++compared;
            }
        }
    QVERIFY(compared > 100000);
    const double mean = double(total) / compared;
    QVERIFY2(mean < 3, qPrintable(QString::number(mean)));
    QVERIFY2(large < compared / 200, qPrintable(QString::number(large)));
}

QTEST_GUILESS_MAIN(TestScanWarper)
#include "testscanwarper.moc"
