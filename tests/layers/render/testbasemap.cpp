// The optional web-tile basemap, served from a folder of tiles made here (never the internet):
// GDAL fetches and warps them under the map, and every sampled pixel has the colour of the
// tile that the standard slippy-map formula, fed with PROJ's longitude and latitude of that
// pixel, says lies there. An unreachable service is one error and the map is still drawn.

#include "io/coordinatetransform.h"
#include "io/tilebasemap.h"
#include "package/datasetpackage.h"
#include "render/mapdecorations.h"
#include "render/maprenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dpa;

namespace {

constexpr int kDeepest = 12;   // the tile folder's deepest zoom level

// Position in the tile grid of zoom z (x to the east, y to the south), as OpenStreetMap's wiki
// gives it: an independent oracle for where GDAL put each tile.
QPointF tilePosition(double lon, double lat, int z)
{
    const double n = std::pow(2.0, z);
    const double latRad = lat * M_PI / 180;
    return QPointF((lon + 180) / 360 * n, (1 - std::asinh(std::tan(latRad)) / M_PI) / 2 * n);
}

// Every deepest-level tile has its own colour; shallower tiles are painted pixel by pixel with
// the colour of the deepest tile under that pixel, so whichever level GDAL reads, a place has
// one colour.
QRgb colourOf(int x, int y)
{
    return qRgb(40 + (x % 8) * 25, 40 + (y % 8) * 25, 200);
}

QPointF lonLatOfTilePixel(int z, int tx, int ty, double px, double py)
{
    const double n = std::pow(2.0, z);
    const double x = (tx + px / 256) / n, y = (ty + py / 256) / n;
    return QPointF(x * 360 - 180, std::atan(std::sinh(M_PI * (1 - 2 * y))) * 180 / M_PI);
}

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tilesLandWhereTheGridSays();
    void unreachableServiceIsOneErrorAndTheMapStillDraws();
    void badAddressesAreExplained();
    void creditsNameTheBasemap();

private:
    MapView bareView() const;
    std::shared_ptr<MapScene> m_scene;
    QTemporaryDir m_tiles, m_cache;
};

void TestBasemap::initTestCase()
{
    auto loaded = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"));
    QVERIFY(loaded.study);
    m_scene = std::make_shared<MapScene>(loaded.study);
    // Tiles of zoom 6 to 12 over the case study's extent, in lon/lat through PROJ.
    auto toLonLat = CoordinateTransform::create(loaded.study->manifest.crs, *Crs::fromUserInput(QStringLiteral("EPSG:4326")));
    QVERIFY(toLonLat);
    const BoundingBox e = m_scene->extent().grown(0.3);
    const QPointF sw = toLonLat->transform(QPointF(e.xMin, e.yMin)), ne = toLonLat->transform(QPointF(e.xMax, e.yMax));
    int written = 0;
    for (int z = 6; z <= kDeepest; ++z) {
        const QPoint from = tilePosition(sw.x(), ne.y(), z).toPoint(), to = tilePosition(ne.x(), sw.y(), z).toPoint();
        for (int tx = from.x() - 1; tx <= to.x() + 1; ++tx)
            for (int ty = from.y() - 1; ty <= to.y() + 1; ++ty) {
                QImage tile(256, 256, QImage::Format_RGB32);
                for (int py = 0; py < 256; ++py)
                    for (int px = 0; px < 256; ++px) {
                        const QPointF ll = lonLatOfTilePixel(z, tx, ty, px + 0.5, py + 0.5);
                        const QPointF deep = tilePosition(ll.x(), ll.y(), kDeepest);
                        tile.setPixel(px, py, colourOf(int(deep.x()), int(deep.y())));
                    }
                const QString dir = m_tiles.filePath(QStringLiteral("%1/%2").arg(z).arg(tx));
                QVERIFY(QDir().mkpath(dir));
                QVERIFY(tile.save(QStringLiteral("%1/%2.png").arg(dir).arg(ty)));
                ++written;
            }
    }
    QVERIFY(written > 10);
}

MapView TestBasemap::bareView() const
{
    // Only the basemap: every layer and period map hidden, no furniture.
    MapView view;
    view.extent = m_scene->extent().grown(0.03);
    view.size = QSize(800, 600);
    view.time = m_scene->study().defaultTime();
    view.layers.assign(m_scene->layers().size(), LayerDisplay{false, 1.0});
    view.periodMaps.assign(m_scene->study().periodMaps.size(), LayerDisplay{false, 1.0});
    view.showTitle = view.showLegend = view.showLabels = view.showScaleBar = view.showCredits = false;
    view.basemap.url = QStringLiteral("file://%1/{z}/{x}/{y}.png").arg(m_tiles.path());
    view.basemap.maxZoom = kDeepest;
    view.basemap.cacheFolder = m_cache.path();
    return view;
}

void TestBasemap::tilesLandWhereTheGridSays()
{
    const MapView view = bareView();
    MapRenderer renderer(m_scene);
    const QImage image = renderer.renderImage(view).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(renderer.errors().isEmpty(), qPrintable(renderer.errors().isEmpty() ? QString() : renderer.errors().first().toString()));
    auto toLonLat = CoordinateTransform::create(m_scene->study().manifest.crs, *Crs::fromUserInput(QStringLiteral("EPSG:4326")));
    const QTransform toWorld = view.worldToPixel().inverted();
    int checked = 0, wrong = 0;
    QString firstWrong;
    for (int y = 5; y < image.height(); y += 23)
        for (int x = 5; x < image.width(); x += 23) {
            const QPointF ll = toLonLat->transform(toWorld.map(QPointF(x + 0.5, y + 0.5)));
            const QPointF t = tilePosition(ll.x(), ll.y(), kDeepest);
            const double fx = t.x() - std::floor(t.x()), fy = t.y() - std::floor(t.y());
            if (fx < 0.1 || fx > 0.9 || fy < 0.1 || fy > 0.9)
                continue;   // near a tile's edge, where resampling blends two colours
            ++checked;
            const QRgb expected = colourOf(int(t.x()), int(t.y())), got = image.pixel(x, y);
            if (std::abs(qRed(got) - qRed(expected)) > 6 || std::abs(qGreen(got) - qGreen(expected)) > 6 ||
                std::abs(qBlue(got) - qBlue(expected)) > 6) {
                if (!wrong++)
                    firstWrong = QStringLiteral("pixel %1,%2 (%3, %4): %5 for tile %6/%7, expected %8")
                                     .arg(x).arg(y).arg(ll.x()).arg(ll.y()).arg(got, 0, 16).arg(int(t.x())).arg(int(t.y())).arg(expected, 0, 16);
            }
        }
    QVERIFY(checked > 300);
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 of %2 wrong; first %3").arg(wrong).arg(checked).arg(firstWrong)));
    // GDAL kept what it read in the cache folder.
    QDirIterator cached(m_cache.path(), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(cached.hasNext());
}

void TestBasemap::unreachableServiceIsOneErrorAndTheMapStillDraws()
{
    MapView view = bareView();
    view.layers.clear();   // the case study's layers shown again
    view.basemap.url = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");   // nothing listens on port 9
    MapRenderer renderer(m_scene);
    QElapsedTimer clock;
    clock.start();
    renderer.renderImage(view);
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(renderer.errors().size(), 1);
    QVERIFY2(renderer.errors().first().toString().contains(QStringLiteral("basemap")), qPrintable(renderer.errors().first().toString()));
    // The districts are drawn all the same.
    int features = 0;
    for (int y = 0; y < 600; y += 10)
        for (int x = 0; x < 800; x += 10)
            features += renderer.featureAt(QPointF(x, y)) >= 0;
    QVERIFY(features > 200);
}

void TestBasemap::badAddressesAreExplained()
{
    QVERIFY(!tilebasemap::checkUrl(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")));
    QVERIFY(!tilebasemap::checkUrl(QStringLiteral("WMTS:https://example.org/WMTSCapabilities.xml,layer=x")));
    const auto noX = tilebasemap::checkUrl(QStringLiteral("https://tiles.example.org/{z}/{y}.png"));
    QVERIFY(noX && noX->contains(QStringLiteral("{x}")));
    const auto ftp = tilebasemap::checkUrl(QStringLiteral("ftp://tiles.example.org/{z}/{x}/{y}.png"));
    QVERIFY(ftp && ftp->contains(QStringLiteral("https://")));
    // And the renderer says so rather than drawing nothing silently.
    MapView view = bareView();
    view.basemap.url = QStringLiteral("tiles/{z}/{x}.png");
    MapRenderer renderer(m_scene);
    renderer.renderImage(view);
    QCOMPARE(renderer.errors().size(), 1);
    QVERIFY(renderer.errors().first().toString().contains(QStringLiteral("{z}, {x} and {y}")) ||
            renderer.errors().first().toString().contains(QStringLiteral("https://")));
}

void TestBasemap::creditsNameTheBasemap()
{
    MapView view = bareView();
    view.basemap.attribution = QStringLiteral("© OpenStreetMap contributors");
    const MapDecorations decorations(m_scene->study(), view, 1);
    const QString credits = decorations.creditLines().join(QLatin1Char(' '));
    QVERIFY2(credits.contains(QStringLiteral("Basemap: © OpenStreetMap contributors")), qPrintable(credits));
    QVERIFY(credits.startsWith(m_scene->study().manifest.attribution.left(20)));
}

QTEST_MAIN(TestBasemap)
#include "testbasemap.moc"
