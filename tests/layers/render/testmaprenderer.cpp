#include "support/packagefixture.h"
#include "package/datasetpackage.h"
#include "render/maprenderer.h"

#include <QGuiApplication>
#include <QPainterPath>
#include <QTest>

#include <gdal.h>

using namespace dpa;

// Renders the bundled example at known dates and reads pixels back: the colours at the
// districts' interior points must be the authorities' colours, as the symbology promises.
class TestMapRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void heldIsSolidAuthorityColour();
    void dualShowsBothColoursAsStripes();
    void contestedIsCrossHatched();
    void imageIsNotBlank();
    void periodMapAppearsOnlyWhileValid();

private:
    QImage renderAt(const QString &date);
    QPoint pixelOf(const QString &feature, const MapView &view) const;
    static QColor blended(const QColor &fill, double opacity, const QColor &under);
    static bool near(const QColor &a, const QColor &b, int tolerance);
    std::shared_ptr<MapScene> m_scene;
    MapView m_view;
};

void TestMapRenderer::initTestCase()
{
    auto result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"));
    QVERIFY(result.isValid());
    m_scene = std::make_shared<MapScene>(result.study);
    m_view.extent = m_scene->extent().grown(0.03);
    m_view.size = QSize(800, 600);
    // Labels off: text over the sampled pixels is not what this test is about.
    m_view.showLabels = false;
    m_view.showLegend = false;
    m_view.showTitle = false;
}

QImage TestMapRenderer::renderAt(const QString &date)
{
    MapView view = m_view;
    view.time = HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
    MapRenderer renderer(m_scene);
    QImage image = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    return image;
}

QPoint TestMapRenderer::pixelOf(const QString &feature, const MapView &view) const
{
    for (const auto &layer : m_scene->layers())
        for (const auto &item : layer.items)
            if (item.feature && item.feature->id == feature)
                return view.worldToPixel().map(item.labelAnchor).toPoint();
    return {};
}

QColor TestMapRenderer::blended(const QColor &fill, double opacity, const QColor &under)
{
    auto mix = [&](int a, int b) { return int(std::lround(a * opacity + b * (1 - opacity))); };
    return QColor(mix(fill.red(), under.red()), mix(fill.green(), under.green()), mix(fill.blue(), under.blue()));
}

bool TestMapRenderer::near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

void TestMapRenderer::heldIsSolidAuthorityColour()
{
    // 17 March 1871: both arrondissements held by the government (Versailles blue, #0072b2).
    const QImage image = renderAt(QStringLiteral("1871-03-17"));
    const QColor land = image.pixelColor(2, 2);
    const QColor expected = blended(QColor(0x00, 0x72, 0xb2), 0.9, land);
    for (const QString &f : {QStringLiteral("arr04"), QStringLiteral("arr18")}) {
        const QPoint p = pixelOf(f, m_view);
        QVERIFY(QRect(QPoint(0, 0), image.size()).contains(p));
        // Tolerance 3 per channel: antialiasing and premultiplied rounding, not colour error.
        QVERIFY2(near(image.pixelColor(p), expected, 3),
                 qPrintable(QStringLiteral("%1 at %2,%3 is %4, expected %5").arg(f).arg(p.x()).arg(p.y())
                                .arg(image.pixelColor(p).name(), expected.name())));
    }
}

void TestMapRenderer::dualShowsBothColoursAsStripes()
{
    // 20 March: the Central Committee holds Montmartre (orange #d55e00, wide bands) while the
    // government keeps its claim (blue, narrow bands).
    const QImage image = renderAt(QStringLiteral("1871-03-20"));
    const QColor land = image.pixelColor(2, 2);
    const QColor wide = blended(QColor(0xd5, 0x5e, 0x00), 0.9, land);
    const QColor narrow = blended(QColor(0x00, 0x72, 0xb2), 0.9, land);
    const QPoint c = pixelOf(QStringLiteral("arr18"), m_view);
    int wideCount = 0, narrowCount = 0;
    for (int dy = -8; dy < 8; ++dy) {
        for (int dx = -8; dx < 8; ++dx) {
            const QColor px = image.pixelColor(c + QPoint(dx, dy));
            wideCount += near(px, wide, 3);
            narrowCount += near(px, narrow, 3);
        }
    }
    // 11/16 of the pattern is the de facto colour (176 of 256 pixels), 5/16 the de jure one
    // (80); antialiased band edges match neither, hence the margins.
    QVERIFY2(wideCount > 140 && narrowCount > 40, qPrintable(QStringLiteral("%1 %2").arg(wideCount).arg(narrowCount)));
    QVERIFY(wideCount > narrowCount);
}

void TestMapRenderer::contestedIsCrossHatched()
{
    const QImage image = renderAt(QStringLiteral("1871-03-18"));
    const QPoint c = pixelOf(QStringLiteral("arr18"), m_view);
    const QColor land = image.pixelColor(2, 2);
    const QColor hatchGround = blended(QColor(0xee, 0xee, 0xee), 0.9, land);
    int ground = 0, coloured = 0;
    for (int dy = -8; dy < 8; ++dy) {
        for (int dx = -8; dx < 8; ++dx) {
            const QColor px = image.pixelColor(c + QPoint(dx, dy));
            ground += near(px, hatchGround, 3);
            coloured += !near(px, hatchGround, 3);
        }
    }
    QVERIFY2(ground > 60 && coloured > 60, qPrintable(QStringLiteral("%1 %2").arg(ground).arg(coloured)));
    // The 4th arrondissement is still plainly held that day.
    QVERIFY(near(image.pixelColor(pixelOf(QStringLiteral("arr04"), m_view)), blended(QColor(0x00, 0x72, 0xb2), 0.9, land), 3));
}

void TestMapRenderer::imageIsNotBlank()
{
    MapView view = m_view;
    view.showLegend = view.showTitle = view.showLabels = true;
    view.time = HistoricalDate::parse(QStringLiteral("1871-03-20"), Calendar::Gregorian)->queryTime();
    MapRenderer renderer(m_scene);
    const QImage image = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(800, 600));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
    QVERIFY(renderer.errors().isEmpty());
}

// A period map in a historical CRS (NTF (Paris) / Lambert zone I), valid 1-15 March 1871, drawn
// under the districts and reprojected into the package's CRS: it must show on 12 March and be
// gone on 20 March.
void TestMapRenderer::periodMapAppearsOnlyWhileValid()
{
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("pkg"));
    QVERIFY(dpa::test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), pkg));
    // A flat purple raster covering the whole package extent, 20 m pixels.
    const BoundingBox extent = m_scene->extent().grown(1.0);   // wider than any view of it
    const int w = int(extent.width() / 20), h = int(extent.height() / 20);
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), (pkg + QStringLiteral("/scan.tif")).toUtf8().constData(),
                                 w, h, 3, GDT_Byte, nullptr);
    QVERIFY(ds);
    double gt[6] = {extent.xMin, 20, 0, extent.yMax, 0, -20};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, m_scene->study().manifest.crs.wkt().toUtf8().constData());
    const quint8 purple[3] = {120, 40, 160};
    for (int b = 0; b < 3; ++b)
        QCOMPARE(GDALFillRaster(GDALGetRasterBand(ds, b + 1), purple[b], 0), CE_None);
    GDALClose(ds);
    const QString manifest = pkg + QStringLiteral("/manifest.json");
    QVERIFY(dpa::test::writeAll(manifest, dpa::test::readAll(manifest).replace(
        "\"period_maps\": []",
        "\"period_maps\": [{\"id\": \"scan\", \"file\": \"scan.tif\", \"title\": {\"en\": \"Test scan\"}, "
        "\"valid\": {\"start\": \"1871-03-01\", \"end\": \"1871-03-15\"}, \"opacity\": 1.0}]")));
    auto result = DatasetPackage::load(pkg);
    QVERIFY(result.isValid());
    QCOMPARE(result.study->periodMaps.size(), size_t(1));
    auto scene = std::make_shared<MapScene>(result.study);
    MapRenderer renderer(scene);
    MapView view = m_view;
    view.time = HistoricalDate::parse(QStringLiteral("1871-03-12"), Calendar::Gregorian)->queryTime();
    const QImage during = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(renderer.errors().isEmpty());
    // (2, 2) is outside every district: the scan shows there.
    QVERIFY2(near(during.pixelColor(2, 2), QColor(120, 40, 160), 2), qPrintable(during.pixelColor(2, 2).name()));
    view.time = HistoricalDate::parse(QStringLiteral("1871-03-20"), Calendar::Gregorian)->queryTime();
    const QImage after = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!near(after.pixelColor(2, 2), QColor(120, 40, 160), 30));
}

QTEST_MAIN(TestMapRenderer)
#include "testmaprenderer.moc"
