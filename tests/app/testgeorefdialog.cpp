#include "georef/gcpdocument.h"
#include "georef/gcpfile.h"
#include "georef/georefdialog.h"
#include "georef/georefmapoverlay.h"
#include "georef/scanview.h"
#include "io/gdalenvironment.h"
#include "map/mapcanvas.h"
#include "package/datasetpackage.h"
#include "render/maprenderer.h"
#include "support/packagefixture.h"
#include "time/historicaldate.h"
#include "view/mapscene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gdal.h>

using namespace dpa;

namespace {

// The scan: 300 x 200 pixels of magenta paper, a plain image with no georeferencing.
constexpr int kScanW = 300, kScanH = 200;
const QColor kPaper(230, 20, 180);

bool writeScan(const QString &path)
{
    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), kScanW, kScanH, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    const int rgb[3] = {kPaper.red(), kPaper.green(), kPaper.blue()};
    for (int b = 0; b < 3; ++b)
        GDALFillRaster(GDALGetRasterBand(ds, b + 1), rgb[b], 0);
    GDALClose(ds);
    return true;
}

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestGeorefDialog : public QObject
{
    Q_OBJECT
private slots:
    void clicksMakeAPeriodMapTheRendererDraws();
};

// A historian's path through the dialog: open a scan, click four spots on it and the same four
// on the map, undo and redo, save; the package then loads with the period map, and the map
// renderer draws the scan's paper where the clicks put it, under the districts.
void TestGeorefDialog::clicksMakeAPeriodMapTheRendererDraws()
{
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("DPATLAS_KEEP"));
    const QString pkg = dir.filePath(QStringLiteral("pkg"));
    QVERIFY(dpa::test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), pkg));
    const QByteArray manifestBefore = dpa::test::readAll(pkg + QStringLiteral("/manifest.json"));
    const QString scan = dir.filePath(QStringLiteral("scan.tif"));
    QVERIFY(writeScan(scan));
    auto loaded = DatasetPackage::load(pkg);
    QVERIFY(loaded.isValid());
    const TimePoint march20 = HistoricalDate::parse(QStringLiteral("1871-03-20"), Calendar::Gregorian)->queryTime();

    // The scan is to cover the middle third of the case study, both ways.
    const BoundingBox all = MapScene(loaded.study).extent();
    const BoundingBox area{all.xMin + all.width() / 3, all.yMin + all.height() / 3, all.xMax - all.width() / 3,
                           all.yMax - all.height() / 3};
    auto mapOf = [&](QPointF pixel) {
        return QPointF(area.xMin + pixel.x() / kScanW * area.width(), area.yMax - pixel.y() / kScanH * area.height());
    };

    GeorefDialog dialog(loaded.study, march20);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadScan(scan));
    dialog.mapCanvas()->setExtent(all);
    QTest::qWait(50);

    const QPointF pixels[] = {{30, 20}, {270, 25}, {40, 180}, {260, 170}};
    for (const QPointF pixel : pixels) {
        // Click where the pixel is on screen; what is recorded is the scan pixel under that
        // screen position, within half a screen pixel of the aim.
        QTest::mouseClick(dialog.scanView()->viewport(), Qt::LeftButton, {}, dialog.scanView()->viewportPosition(pixel));
        QTest::mouseClick(dialog.mapCanvas(), Qt::LeftButton, {}, dialog.mapOverlay()->toWidget(mapOf(pixel)).toPoint());
    }
    QCOMPARE(dialog.table()->rowCount(), 4);
    const GcpSet &set = dialog.document()->set();
    QCOMPARE(set.points.size(), size_t(4));
    for (size_t i = 0; i < 4; ++i) {
        QVERIFY2(std::abs(set.points[i].pixel - pixels[i].x()) < 3 && std::abs(set.points[i].line - pixels[i].y()) < 3,
                 qPrintable(QStringLiteral("point %1 at %2,%3").arg(i + 1).arg(set.points[i].pixel).arg(set.points[i].line)));
        const QPointF m = mapOf(pixels[i]);
        const double metresPerScreenPixel = all.width() / dialog.mapCanvas()->width() * 2;
        QVERIFY(std::abs(set.points[i].mapX - m.x()) < metresPerScreenPixel && std::abs(set.points[i].mapY - m.y()) < metresPerScreenPixel);
    }
    QVERIFY(dialog.document()->transform());
    QCOMPARE(dialog.document()->residuals().outliers, 0);

    // Undo takes back the last point, redo brings it back; a toggle is undone the same way.
    dialog.undoStack()->undo();
    QCOMPARE(dialog.table()->rowCount(), 3);
    dialog.undoStack()->redo();
    QCOMPARE(dialog.table()->rowCount(), 4);
    dialog.table()->item(0, 0)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.document()->set().points[0].enabled);
    dialog.undoStack()->undo();
    QVERIFY(dialog.document()->set().points[0].enabled);

    dialog.setPeriodMapFields(QStringLiteral("magenta"), QStringLiteral("Magenta survey"), QStringLiteral("1869"),
                              QStringLiteral("1871-03-10"), QStringLiteral("1871-03-28"));
    QSignalSpy saved(&dialog, &GeorefDialog::saved);
    QVERIFY2(dialog.save(), qPrintable(dialog.statusText()));
    QCOMPARE(saved.size(), 1);
    QVERIFY(QFileInfo::exists(pkg + QStringLiteral("/maps/magenta.tif")));
    const auto points = GcpFile::read(pkg + QStringLiteral("/maps/magenta.points"));
    QVERIFY(points.ok());
    QCOMPARE(points->points.size(), size_t(4));
    QCOMPARE(points->crs.wkt(), loaded.study->manifest.crs.wkt());

    // The manifest gained the entry and kept the rest of its text as the historian wrote it.
    const QByteArray manifest = dpa::test::readAll(pkg + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.startsWith(manifestBefore.left(manifestBefore.indexOf("\"period_maps\""))));
    const QJsonArray maps = QJsonDocument::fromJson(manifest).object().value(QStringLiteral("period_maps")).toArray();
    QCOMPARE(maps.size(), 1);
    QCOMPARE(maps[0].toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(),
             QStringLiteral("Magenta survey (1869)"));

    // Reloaded, the package is valid and the renderer draws the scan where it was placed.
    auto reloaded = DatasetPackage::load(pkg);
    QVERIFY2(reloaded.isValid(), qPrintable(reloaded.problems.isEmpty() ? QString() : reloaded.problems.first().toString()));
    QCOMPARE(reloaded.study->periodMaps.size(), size_t(1));
    auto scene = std::make_shared<MapScene>(reloaded.study);
    MapRenderer renderer(scene);
    MapView view;
    view.size = QSize(300, 200);
    view.extent = area;
    view.time = march20;
    view.showLabels = view.showLegend = view.showTitle = view.showScaleBar = view.showCredits = false;
    view.periodMaps = {LayerDisplay{true, 1.0}};
    view.layers.assign(scene->layers().size(), LayerDisplay{false, 1.0});
    QImage image = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(renderer.errors().isEmpty());
    // Inside the placed area, away from its edges (a few screen pixels of click error), the
    // paper's colour (JPEG in the GeoTIFF: within 12 levels). The view widens the area to the
    // picture's shape, so positions go through the fitted extent.
    const BoundingBox fitted = view.fittedExtent();
    auto onImage = [&](QPointF world) {
        return QPoint(int((world.x() - fitted.xMin) / fitted.width() * view.size.width()),
                      int((fitted.yMax - world.y()) / fitted.height() * view.size.height()));
    };
    std::vector<QPoint> inside;
    for (int py = 20; py <= 180; py += 20)
        for (int px = 30; px <= 270; px += 30)
            inside.push_back(onImage(mapOf(QPointF(px, py))));
    for (const QPoint at : inside)
        QVERIFY2(near(image.pixelColor(at), kPaper, 12), qPrintable(QStringLiteral("%1 at %2,%3").arg(image.pixelColor(at).name()).arg(at.x()).arg(at.y())));
    // Just outside the area, nothing of it.
    QVERIFY(!near(image.pixelColor(onImage({area.xMin - area.width() / 10, area.center().y()})), kPaper, 60));
    QVERIFY(!near(image.pixelColor(onImage({area.xMax + area.width() / 10, area.center().y()})), kPaper, 60));
    // Under the districts: drawn over it, their fills change the picture, but the scan is under
    // them; without the map (hidden, as after its dates) every one of those pixels changes.
    view.layers.clear();
    const QImage withDistricts = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    view.periodMaps = {LayerDisplay{false, 1.0}};
    const QImage withoutMap = renderer.renderImage(view).convertToFormat(QImage::Format_ARGB32);
    for (const QPoint at : inside)
        QVERIFY2(withDistricts.pixelColor(at) != withoutMap.pixelColor(at), qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
}

QTEST_MAIN(TestGeorefDialog)
#include "testgeorefdialog.moc"
