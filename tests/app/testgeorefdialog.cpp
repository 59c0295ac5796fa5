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

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QLineEdit>
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
    void turnedScanStillRecordsTheClickedPixel();
    void coordinatesTypedInAnotherCrsAreConverted();
    void draggedMarkersMovePointsUndoably();
    void parisSheetShowsResidualsAndPreview();
};

namespace {

// A dialog on a copy of example-minimal with the magenta scan open, shown and laid out.
struct OpenDialog
{
    QTemporaryDir dir;
    std::unique_ptr<GeorefDialog> dialog;
    BoundingBox all;

    bool open()
    {
        const QString pkg = dir.filePath(QStringLiteral("pkg"));
        const QString scan = dir.filePath(QStringLiteral("scan.tif"));
        if (!dpa::test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), pkg) || !writeScan(scan))
            return false;
        auto loaded = DatasetPackage::load(pkg);
        if (!loaded.isValid())
            return false;
        all = MapScene(loaded.study).extent();
        dialog = std::make_unique<GeorefDialog>(loaded.study, HistoricalDate::parse(QStringLiteral("1871-03-20"), Calendar::Gregorian)->queryTime());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || !dialog->loadScan(scan))
            return false;
        dialog->mapCanvas()->setExtent(all);
        QTest::qWait(50);
        return true;
    }
    // Clicks `pixel` on the scan and `world` on the map: one new point.
    void place(QPointF pixel, QPointF world)
    {
        QTest::mouseClick(dialog->scanView()->viewport(), Qt::LeftButton, {}, dialog->scanView()->viewportPosition(pixel));
        QTest::mouseClick(dialog->mapCanvas(), Qt::LeftButton, {}, dialog->mapOverlay()->toWidget(world).toPoint());
    }
};

QPointF turned(QPointF v, double degrees)   // clockwise on screen, whose y points down
{
    const double a = degrees * M_PI / 180;
    return {v.x() * std::cos(a) - v.y() * std::sin(a), v.x() * std::sin(a) + v.y() * std::cos(a)};
}

} // namespace

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

// Turning the view (R by a quarter, or any angle) must not change which scan pixel a click
// records. Where a pixel should appear is worked out from the unturned view: its offset from
// the view's centre turned by the angle. A click there records that pixel.
void TestGeorefDialog::turnedScanStillRecordsTheClickedPixel()
{
    OpenDialog d;
    QVERIFY(d.open());
    ScanView *view = d.dialog->scanView();
    const QPointF centre(150, 100), target(250, 40);
    const QPointF offset = view->viewportPosition(target) - view->viewportPosition(centre);
    QVERIFY(offset.manhattanLength() > 50);   // far enough that a wrong turn shows

    view->setFocus();
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(view->rotation(), 90.0);
    QTest::keyClick(view, Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(view->rotation(), 0.0);

    int placed = 0;
    for (const double angle : {90.0, 30.0, 270.0}) {
        if (angle == 90.0)
            QTest::keyClick(view, Qt::Key_R);
        else
            view->setRotation(angle);
        QCOMPARE(view->rotation(), angle);
        const QPointF at = view->viewportPosition(centre) + turned(offset, angle);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at.toPoint());
        QTest::mouseClick(d.dialog->mapCanvas(), Qt::LeftButton, {}, QPoint(100 + 40 * placed, 100 + 30 * placed));
        ++placed;
        const GroundControlPoint &p = d.dialog->document()->set().points.back();
        QCOMPARE(d.dialog->document()->set().points.size(), size_t(placed));
        QVERIFY2(std::hypot(p.pixel - target.x(), p.line - target.y()) < 2,
                 qPrintable(QStringLiteral("at %1°: pixel %2, %3").arg(angle).arg(p.pixel).arg(p.line)));
    }
}

// The lon/lat of a gazetteer typed in EPSG:4326 end up in the case study's EPSG:27571. The
// expected values come from PROJ 9.1.1's command-line tool, not from the app's own transform:
//   echo "48.86 2.35" | cs2cs -f %.3f EPSG:4326 EPSG:27571          -> 600990.126 1128838.461
//   echo "48.8566 2.3522" | cs2cs -f %.3f EPSG:4326 EPSG:27571      -> 601151.622 1128460.407
void TestGeorefDialog::coordinatesTypedInAnotherCrsAreConverted()
{
    OpenDialog d;
    QVERIFY(d.open());
    QCOMPARE(d.dialog->coordinateCrsEdit()->text(), QStringLiteral("EPSG:27571"));
    // A CRS PROJ does not know: said so, and the CRS in use stays.
    QVERIFY(!d.dialog->setCoordinateCrs(QStringLiteral("EPSG:999999")));
    QVERIFY2(d.dialog->statusText().contains(QStringLiteral("PROJ does not know the CRS \"EPSG:999999\"")), qPrintable(d.dialog->statusText()));
    QCOMPARE(d.dialog->coordinateCrsEdit()->text(), QStringLiteral("EPSG:27571"));

    QVERIFY(d.dialog->setCoordinateCrs(QStringLiteral("EPSG:4326")));
    QVERIFY(!d.dialog->addPointAtCoordinates(2.35, 48.86));   // no spot clicked on the scan yet
    QTest::mouseClick(d.dialog->scanView()->viewport(), Qt::LeftButton, {}, d.dialog->scanView()->viewportPosition({60, 50}));
    QVERIFY(d.dialog->addPointAtCoordinates(2.35, 48.86));
    const GcpSet &set = d.dialog->document()->set();
    QCOMPARE(set.points.size(), size_t(1));
    QVERIFY2(std::abs(set.points[0].mapX - 600990.126) < 0.01 && std::abs(set.points[0].mapY - 1128838.461) < 0.01,
             qPrintable(QStringLiteral("%1 %2").arg(set.points[0].mapX, 0, 'f', 3).arg(set.points[0].mapY, 0, 'f', 3)));
    // The table shows them back in degrees, and takes degrees typed into it.
    QTableWidget *table = d.dialog->table();
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Longitude"));
    QCOMPARE(table->item(0, 4)->text().toDouble(), 2.35);
    QCOMPARE(table->item(0, 5)->text().toDouble(), 48.86);
    table->item(0, 4)->setText(QStringLiteral("2.3522"));
    table->item(0, 5)->setText(QStringLiteral("48.8566"));
    QVERIFY2(std::abs(set.points[0].mapX - 601151.622) < 0.01 && std::abs(set.points[0].mapY - 1128460.407) < 0.01,
             qPrintable(QStringLiteral("%1 %2").arg(set.points[0].mapX, 0, 'f', 3).arg(set.points[0].mapY, 0, 'f', 3)));
    d.dialog->undoStack()->undo();
    d.dialog->undoStack()->undo();
    QVERIFY(std::abs(set.points[0].mapX - 600990.126) < 0.01);
}

// A marker dragged on the scan moves its point's pixel, one dragged on the map its map
// position (and the map does not pan under it); each move is one undo step.
void TestGeorefDialog::draggedMarkersMovePointsUndoably()
{
    OpenDialog d;
    QVERIFY(d.open());
    const QPointF world(d.all.center());
    d.place({100, 80}, world);
    d.place({200, 150}, {world.x() + d.all.width() / 8, world.y() - d.all.height() / 8});
    const GcpSet &set = d.dialog->document()->set();
    QCOMPARE(set.points.size(), size_t(2));
    const GroundControlPoint before = set.points[0];

    ScanView *view = d.dialog->scanView();
    const QPoint from = view->viewportPosition({before.pixel, before.line});
    const QPoint to = view->viewportPosition({160, 40});
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), from + QPoint(10, -5));
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(set.points.size(), size_t(2));   // moved, not a new point
    QVERIFY2(std::hypot(set.points[0].pixel - 160, set.points[0].line - 40) < 2,
             qPrintable(QStringLiteral("%1, %2").arg(set.points[0].pixel).arg(set.points[0].line)));
    QCOMPARE(set.points[0].mapX, before.mapX);

    MapCanvas *canvas = d.dialog->mapCanvas();
    const QPointF corner = canvas->toWorld({0, 0});
    const QPoint mapFrom = d.dialog->mapOverlay()->toWidget({before.mapX, before.mapY}).toPoint();
    const QPoint mapTo = mapFrom + QPoint(60, 45);
    QTest::mousePress(canvas, Qt::LeftButton, {}, mapFrom);
    QTest::mouseMove(canvas, mapFrom + QPoint(20, 15));
    QTest::mouseMove(canvas, mapTo);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, mapTo);
    QCOMPARE(canvas->toWorld({0, 0}), corner);   // the map did not pan
    const QPointF expected = canvas->toWorld(mapTo);
    QCOMPARE(set.points.size(), size_t(2));
    QVERIFY(std::abs(set.points[0].mapX - expected.x()) < 1e-6 && std::abs(set.points[0].mapY - expected.y()) < 1e-6);
    QVERIFY(std::hypot(set.points[0].pixel - 160, set.points[0].line - 40) < 2);

    d.dialog->undoStack()->undo();
    QCOMPARE(set.points[0].mapX, before.mapX);
    d.dialog->undoStack()->undo();
    QCOMPARE(set.points[0], before);
}

// The real 1836 sheet with its shipped points: every point listed with a residual, a fit, and
// the warped sheet previewed over the map. With DPATLAS_SCREENSHOT_DIR set it also saves the
// dialog as the README shows it (docs/images/georeferencer.png is made this way).
void TestGeorefDialog::parisSheetShowsResidualsAndPreview()
{
    const QString pkg = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");
    auto loaded = DatasetPackage::load(pkg);
    QVERIFY(loaded.isValid());
    GeorefDialog dialog(loaded.study, HistoricalDate::parse(QStringLiteral("1871-03-20"), Calendar::Gregorian)->queryTime());
    dialog.resize(1400, 1000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadScan(pkg + QStringLiteral("/maps/jacoubet-1836-sheet22.tif")));
    QVERIFY2(dialog.loadPoints(pkg + QStringLiteral("/maps/jacoubet-1836-sheet22.points")), qPrintable(dialog.statusText()));
    // A dozen of the 30, spread over the sheet, as a historian would have placed them so far.
    GcpSet some = dialog.document()->set();
    std::vector<GroundControlPoint> kept;
    for (size_t i = 0; i < some.points.size(); i += 5)
        for (size_t j : {i, i + 2, i + 4})
            if (j < some.points.size() && kept.size() < 12 && (i / 5) % 2 == j % 2)
                kept.push_back(some.points[j]);
    some.points = kept;
    dialog.document()->setSet(some);
    const GcpSet &set = dialog.document()->set();
    QVERIFY(set.points.size() >= 8);
    BoundingBox box{1e300, 1e300, -1e300, -1e300};
    for (const GroundControlPoint &p : set.points)
        box = {std::min(box.xMin, p.mapX), std::min(box.yMin, p.mapY), std::max(box.xMax, p.mapX), std::max(box.yMax, p.mapY)};
    const double margin = box.width() * 0.3;
    dialog.mapCanvas()->setExtent({box.xMin - margin, box.yMin - margin, box.xMax + margin, box.yMax + margin});
    QTest::qWait(600);   // the preview follows the view after a short pause

    QCOMPARE(dialog.table()->rowCount(), int(set.points.size()));
    QVERIFY(dialog.document()->transform());
    QVERIFY2(dialog.document()->residuals().rmsPixels < 5, qPrintable(QString::number(dialog.document()->residuals().rmsPixels)));
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        QVERIFY(!dialog.table()->item(row, 6)->text().isEmpty());
    QTRY_VERIFY(dialog.mapOverlay()->hasPreview());

    const QString shots = qEnvironmentVariable("DPATLAS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        // One more spot clicked on the scan and waiting for its map half, as in real work.
        QTest::mouseClick(dialog.scanView()->viewport(), Qt::LeftButton, {}, dialog.scanView()->viewportPosition({700, 600}));
        dialog.setPeriodMapFields(QStringLiteral("jacoubet-1836-sheet22"), QStringLiteral("Atlas général de la ville de Paris, sheet 22"),
                                  QStringLiteral("1836"), QStringLiteral("1871-03-18"), QStringLiteral("1871-05-31"));
        dialog.findChild<QComboBox *>()->setCurrentIndex(0);   // Helmert: residuals worth reading
        QTest::qWait(600);
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("georeferencer.png"))));
        // The same work with the sheet turned a quarter and the coordinates shown in lon/lat.
        dialog.scanView()->rotateBy(-90);
        QVERIFY(dialog.setCoordinateCrs(QStringLiteral("EPSG:4326")));
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("georeferencer-turned.png"))));
    }
}

QTEST_MAIN(TestGeorefDialog)
#include "testgeorefdialog.moc"
