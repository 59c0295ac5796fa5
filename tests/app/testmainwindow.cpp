#include "support/packagefixture.h"
#include "panels/chartpanel.h"
#include "panels/claimhistoryview.h"
#include "panels/eventspanel.h"
#include "dialogs/exportanimationdialog.h"
#include "dialogs/exportimagedialog.h"
#include "dialogs/basemapdialog.h"
#include "dialogs/opencasestudydialog.h"
#include "dialogs/userguidedialog.h"
#include "dialogs/layoutoptionsform.h"
#include <QTextBrowser>
#include <QStatusBar>
#include <QXYSeries>
#include <QAreaSeries>
#include <QLineSeries>
#include <QTimer>
#include <QMenu>
#include <QToolButton>
#include <QScreen>
#include <QGuiApplication>
#include "dialogs/exportlayerdialog.h"
#include "georef/georefdialog.h"
#include "map/mapcanvas.h"
#include "panels/inspectorpanel.h"
#include "panels/layerspanel.h"
#include "panels/legendpanel.h"
#include "searchfield.h"
#include "dialogs/readingguidedialog.h"
#include "render/legendcontents.h"
#include "mainwindow.h"
#include "keyboardshortcuts.h"
#include "syntheticpackage.h"
#include "map/mapcanvas.h"
#include "io/vectorreader.h"
#include "panels/timelinebar.h"
#include "panels/timelinepanel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMenuBar>
#include <QTimeZone>
#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTest>
#include <QTreeWidget>

using namespace dpa;
using namespace dpa::test;

// The window as a user drives it, headless: open a package, scrub with keys and the slider,
// click a feature, toggle and reorder layers, open a broken package.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensPackageAtDefaultDate();
    void keysScrubTime();
    void timelineRunsInTheReadingDirection();
    void sliderScrubsAndCanvasFollows();
    void clickingAFeatureShowsItsHistory();
    void authorityLinksToWikidata();
    void georeferencerShowsTheBasemap();
    void layersToggleAndReorder();
    void eventsJumpInTime();
    void playAdvancesTime();
    void brokenPackageShowsProblems();
    void remembersLastDate();
    void chartFollowsAndMovesTime();
    void switchingBetweenEveryPairOfStudies();
    void clickOnAnEventMarkerLandsOnItsDay();
    void scrubberZoomsToHours();
    void legendReadsAndHighlights();
    void searchFindsPlacesAndEvents();
    void readingGuideShowsEveryStatus();
    void frontLinesLayer();
    void julianStudyShowsOldAndNewStyle();
    void exportDialogsWriteWhatTheySay();
    void exportedPackageOpensInTheApp();
    void layoutExportMatchesItsPreview();
    void basemapFromATileFolder();
    void windowComesBackWhereItWas();
    void findingYourWayBack();
    void userGuideIsBuiltIn();
    void animationTakesTheLayout();
    void closingWhileLoadingQuits();
    void cancelGivesTheWindowBackAtOnce();
    void aLargeStudyIsShownBeforeItsSpatialFacts();
    void aPeriodOfMillenniaCharts();
    void cancellingAnAnimationLeavesNothing();
    void exportDialogsExplainBadOptions();

private:
    TimePoint day(const char *date) { return HistoricalDate::parse(QString::fromLatin1(date), Calendar::Gregorian)->queryTime(); }
    QPoint widgetPosOf(const QString &featureId) const;
    // Runs a dialog's export as the Export button does and waits for it to end.
    static bool runExport(ExportJobDialog *dialog, const QString &path);
    std::unique_ptr<MainWindow> m_window;
    const QString m_example = QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal");
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DualPowerAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas-test"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(m_window->openPackage(m_example));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QPoint TestMainWindow::widgetPosOf(const QString &featureId) const
{
    const MapCanvas *canvas = m_window->canvas();
    for (const auto &layer : canvas->scene()->layers())
        for (const auto &item : layer.items)
            if (item.feature && item.feature->id == featureId)
                return canvas->view().worldToPixel().map(item.labelAnchor).toPoint();
    return {};
}

void TestMainWindow::opensPackageAtDefaultDate()
{
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("Paris, March 1871")));
    QCOMPARE(m_window->timeline()->time(), day("1871-03-20"));
    QCOMPARE(m_window->timelinePanel()->dateText(), QStringLiteral("20 Mar 1871"));
    QCOMPARE(m_window->canvas()->view().time, day("1871-03-20"));
    QCOMPARE(m_window->eventsPanel()->list()->count(), 3);
}

void TestMainWindow::keysScrubTime()
{
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-21"));
    QCOMPARE(m_window->timelinePanel()->dateText(), QStringLiteral("21 Mar 1871"));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-14"));
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-10"));
    QTest::keyClick(m_window.get(), Qt::Key_End);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-28"));
    // Back to the previous change point: the Central Committee's control begins on 19 March
    // at 00:00, the last change in the package.
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-19") - 12 * 60);
    QCOMPARE(m_window->canvas()->view().time, m_window->timeline()->time());
}

void TestMainWindow::timelineRunsInTheReadingDirection()
{
    // Arabic lays the window out right to left: time then runs from the right, as the eye reads,
    // and the arrow keys move the handle the way they point.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
    TimelineBar *bar = m_window->timelinePanel()->bar();
    QVERIFY(bar->isRightToLeft());
    QVERIFY2(bar->xOf(day("1871-03-10")) > bar->xOf(day("1871-03-28")) + bar->width() / 2, "the period starts on the right");
    QTest::mousePress(bar, Qt::LeftButton, {}, QPoint(int(bar->xOf(day("1871-03-11"))) - 1, bar->height() / 2));
    QTest::mouseRelease(bar, Qt::LeftButton);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-11"));
    QTest::keyClick(m_window.get(), Qt::Key_Left);   // toward the left: later
    QCOMPARE(m_window->timeline()->time(), day("1871-03-12"));
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-10"));
    // The Help table says so, keys isolated so "Right / Left" keeps its order among Arabic.
    QVERIFY(KeyboardShortcuts::tableHtml(Qt::RightToLeft)
                .contains(QStringLiteral("\u2066Right / Left\u2069</b></td><td>a day back / forward")));
    QVERIFY(KeyboardShortcuts::tableHtml(Qt::LeftToRight)
                .contains(QStringLiteral("\u2066Left / Right\u2069</b></td><td>a day back / forward")));
}

void TestMainWindow::sliderScrubsAndCanvasFollows()
{
    TimelineBar *bar = m_window->timelinePanel()->bar();
    const QPoint at17(int(bar->xOf(day("1871-03-17"))) + 1, bar->height() / 2);
    QTest::mousePress(bar, Qt::LeftButton, {}, at17);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-17"));
    const QImage held = m_window->canvas()->frame().convertToFormat(QImage::Format_RGB32);
    // Drag to the 18th: open fighting at Montmartre, a different picture.
    QTest::mouseMove(bar, QPoint(int(bar->xOf(day("1871-03-18"))) + 1, bar->height() / 2));
    QCOMPARE(m_window->timeline()->time(), day("1871-03-18"));
    QTest::mouseRelease(bar, Qt::LeftButton);
    const QImage contested = m_window->canvas()->frame().convertToFormat(QImage::Format_RGB32);
    // Around the district's label point (the label itself is the same on both days), most
    // pixels change from solid government blue to cross-hatching.
    const QPoint c = widgetPosOf(QStringLiteral("arr18")) * held.devicePixelRatio();
    int changed = 0;
    for (int dy = -12; dy <= 12; ++dy)
        for (int dx = -12; dx <= 12; ++dx)
            changed += held.pixel(c + QPoint(dx, dy)) != contested.pixel(c + QPoint(dx, dy));
    QVERIFY2(changed > 200, qPrintable(QString::number(changed)));
    QCOMPARE(m_window->canvas()->view().time, day("1871-03-18"));
}

void TestMainWindow::clickingAFeatureShowsItsHistory()
{
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, widgetPosOf(QStringLiteral("arr18")));
    const CaseStudy *study = m_window->study();
    const int arr18 = study->model.featureIndex({QStringLiteral("arrondissements"), QStringLiteral("arr18")});
    QCOMPARE(m_window->inspector()->feature(), arr18);
    QCOMPARE(m_window->inspector()->history()->rowCount(), int(study->model.claimsOf(arr18).size()));
    const QString text = m_window->inspector()->text();
    QVERIFY2(text.contains(QLatin1String("Dual power: Central Committee of the National Guard holds it de facto")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Tombs, Robert. The Paris Commune 1871")));
    QVERIFY(text.contains(QLatin1String("Central Committee of the National Guard")));
}

// An authority with a Wikidata id (a test value here: the bundled packages state none yet) is a
// link to its item in the Inspector.
void TestMainWindow::authorityLinksToWikidata()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("wd"));
    QVERIFY(test::copyFolder(m_example, folder));
    QByteArray manifest = test::readAll(folder + QStringLiteral("/manifest.json"));
    const QByteArray anchor = "{\"id\": \"versailles\",";
    QVERIFY(manifest.contains(anchor));
    manifest.replace(anchor, "{\"id\": \"versailles\", \"wikidata\": \"Q1234567\",");
    QVERIFY(test::writeAll(folder + QStringLiteral("/manifest.json"), manifest));
    QVERIFY(m_window->openPackage(folder, day("1871-03-20")));
    const int arr18 = m_window->study()->model.featureIndex({QStringLiteral("arrondissements"), QStringLiteral("arr18")});
    m_window->inspector()->setFeature(arr18);
    const QString html = m_window->inspector()->findChild<QTextBrowser *>()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("href=\"https://www.wikidata.org/wiki/Q1234567\"")), qPrintable(html));
    QVERIFY(m_window->openPackage(m_example, day("1871-03-20")));
}

// Tools > Georeference a Scan… draws the main map's basemap under the case study in its map
// view too (the basemap's own drawing is tested in testbasemap); a file:// folder, never read
// here, stands for a tile service.
void TestMainWindow::georeferencerShowsTheBasemap()
{
    QTemporaryDir tiles;
    TileBasemap basemap;
    basemap.url = QStringLiteral("file://%1/{z}/{x}/{y}.png").arg(tiles.path());
    basemap.attribution = QStringLiteral("Test tiles");
    m_window->setBasemap(basemap);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("georeferenceScanAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<GeorefDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mapCanvas()->view().basemap.url, basemap.url);
    dialog->close();
    m_window->setBasemap({});
}

// The layers panel changes the picture: on 17 March the 4th arrondissement is the government's
// plain blue (#0072b2 at the fill opacity 0.9 over the land); the Hôtel de Ville's symbol, in the
// places layer, covers part of it. Unticking places leaves only that blue where the symbol was
// (and changes nothing inside the 18th); the arrondissements at 40 % opacity turn it into the blue
// at 0.9 x 0.4 = 0.36 over the land. Reordering changes the view's drawing order.
void TestMainWindow::layersToggleAndReorder()
{
    m_window->timeline()->setTime(day("1871-03-17"));
    MapCanvas *canvas = m_window->canvas();
    const QImage before = canvas->frame().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = before.devicePixelRatio();
    const QColor land = before.pixelColor(2, 2);
    auto over = [&](double opacity) {
        auto mix = [&](int a, int b) { return int(std::lround(a * opacity + b * (1 - opacity))); };
        return QColor(mix(0x00, land.red()), mix(0x72, land.green()), mix(0xb2, land.blue()));
    };
    auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 && std::abs(a.blue() - b.blue()) <= 3;
    };
    const QRect symbol(QPoint(widgetPosOf(QStringLiteral("hotel_de_ville")) * dpr) - QPoint(4, 4) * dpr, QSize(9, 9) * dpr);
    auto countNear = [&](const QImage &frame, const QColor &c) {
        int n = 0;
        for (int y = symbol.top(); y <= symbol.bottom(); ++y)
            for (int x = symbol.left(); x <= symbol.right(); ++x)
                n += near(frame.pixelColor(x, y), c);
        return n;
    };
    const int area = symbol.width() * symbol.height();
    QVERIFY2(countNear(before, over(0.9)) < area / 2, qPrintable(QStringLiteral("%1 of %2").arg(countNear(before, over(0.9))).arg(area)));

    LayersPanel *panel = m_window->layersPanel();
    QTreeWidgetItem *root = panel->tree()->topLevelItem(0);
    QCOMPARE(root->childCount(), 2);
    // The top item is the last layer of the manifest: places.
    QTreeWidgetItem *places = root->child(0);
    QTreeWidgetItem *arrondissements = root->child(1);
    places->setCheckState(0, Qt::Unchecked);
    QCOMPARE(m_window->canvas()->view().layers.size(), size_t(2));
    QVERIFY(!m_window->canvas()->view().layers[1].visible);
    QVERIFY(m_window->canvas()->view().layers[0].visible);
    const QImage hidden = canvas->frame().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(countNear(hidden, over(0.9)) == area, qPrintable(QStringLiteral("%1 of %2").arg(countNear(hidden, over(0.9))).arg(area)));
    const QPoint in18 = widgetPosOf(QStringLiteral("arr18")) * dpr + QPoint(0, 30) * dpr;
    QCOMPARE(hidden.pixel(in18), before.pixel(in18));

    panel->tree()->setCurrentItem(arrondissements);
    panel->setOpacityOfCurrent(40);
    QCOMPARE(m_window->canvas()->view().layers[0].opacity, 0.4);
    const QImage faded = canvas->frame().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(countNear(faded, over(0.36)) == area, qPrintable(QStringLiteral("%1 of %2 near %3; centre %4").arg(countNear(faded, over(0.36))).arg(area)
                                                                  .arg(over(0.36).name(), faded.pixelColor(symbol.center()).name())));

    QCOMPARE(m_window->canvas()->view().layerOrder, (std::vector<int>{0, 1}));
    panel->tree()->setCurrentItem(places);
    panel->moveCurrent(-1);
    QCOMPARE(m_window->canvas()->view().layerOrder, (std::vector<int>{1, 0}));
}

void TestMainWindow::eventsJumpInTime()
{
    QListWidget *list = m_window->eventsPanel()->list();
    QListWidgetItem *item = list->item(2);   // the proclamation, 28 March
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(m_window->timeline()->time(), day("1871-03-28"));
}

void TestMainWindow::playAdvancesTime()
{
    m_window->timeline()->goToStart();
    m_window->timeline()->setDaysPerSecond(30);
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(m_window->timeline()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->timeline()->time() > day("1871-03-12"), 3000);
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(!m_window->timeline()->isPlaying());
}

void TestMainWindow::brokenPackageShowsProblems()
{
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("broken"));
    QVERIFY(copyFolder(m_example, pkg));
    const QString claims = pkg + QStringLiteral("/claims.csv");
    QVERIFY(writeAll(claims, readAll(claims).replace("arr04,versailles,claim", "arr04,versailles,owns")));
    QVERIFY(m_window->openPackage(pkg));
    QVERIFY(m_window->problemsDialog());
    QVERIFY(m_window->problemsDialog()->isVisible());
    const QStringList lines = m_window->problemsDialog()->lines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().endsWith(QLatin1String("claims.csv:7: role \"owns\" is not one of control, claim, contested, occupation, presence")),
             qPrintable(lines.first()));
    // The app stays usable: the sound part of the package is on the map.
    QCOMPARE(m_window->study()->model.claims().size(), size_t(14));
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(m_window->timeline()->time(), day("1871-03-21"));
}

void TestMainWindow::remembersLastDate()
{
    m_window->timeline()->setTime(day("1871-03-25"));
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openPackage(MainWindow::lastPackagePath()));
    QCOMPARE(m_window->timeline()->time(), day("1871-03-25"));
}

// The bundled studies' periods are disjoint, so every switch moves the time out of the new
// period: the crash the desktop review found (B1). Each switch happens while a feature is open in
// the Inspector and the chart shows a series, as a user would have them.
void TestMainWindow::switchingBetweenEveryPairOfStudies()
{
    const QStringList ids{QStringLiteral("petrograd-1917"), QStringLiteral("paris-1871"),
                          QStringLiteral("catalonia-1936"), QStringLiteral("northeast-syria")};
    for (const QString &from : ids)
        for (const QString &to : ids) {
            if (from == to)
                continue;
            QVERIFY(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/") + from));
            m_window->inspector()->setFeature(m_window->study()->index.featureCount() - 1);
            m_window->timeline()->step(ControlTimeline::Step::Day, 3);
            QVERIFY2(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/") + to), qPrintable(from + " -> " + to));
            const CaseStudy *study = m_window->study();
            QCOMPARE(study->manifest.id, to);
            const TimePoint t = m_window->timeline()->time();
            QVERIFY(study->manifest.period.from() <= t && t < study->manifest.period.to());
            QCOMPARE(m_window->inspector()->feature(), -1);
            QVERIFY(m_window->timelinePanel()->dateText().contains(QString::number(
                calendar::fromJulianDay(study->manifest.displayCalendars.first(), calendar::julianDayOf(t)).year)));
        }
}

// Ctrl+K: names in any of the package's languages, accents and case ignored; a place opens in
// the Inspector and is outlined; an event moves time to its day and outlines its features.
void TestMainWindow::searchFindsPlacesAndEvents()
{
    SearchField *search = m_window->searchField();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    const CaseStudy *study = m_window->study();
    const int hotel = study->model.featureIndex({QStringLiteral("places"), QStringLiteral("hotel_de_ville")});
    // "hotel de ville" finds the French "Hôtel de Ville" and the English "Paris City Hall (Hôtel de Ville)".
    const auto hits = search->hits(QStringLiteral("hotel de ville"));
    QVERIFY(!hits.empty());
    QCOMPARE(int(hits.front().kind), int(SearchIndex::Hit::Kind::Feature));
    QCOMPARE(hits.front().index, hotel);
    QTest::keyClicks(search, QStringLiteral("hotel de ville"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->inspector()->feature(), hotel);
    QCOMPARE(m_window->canvas()->view().highlightFeatures, std::vector<int>{hotel});
    // An event: "proclaimed" finds "The Commune is proclaimed" (28 March).
    const auto events = search->hits(QStringLiteral("PROCLAIMED"));
    QVERIFY(!events.empty());
    QCOMPARE(int(events.front().kind), int(SearchIndex::Hit::Kind::Event));
    search->choose(events.front());
    QCOMPARE(m_window->timeline()->time(), day("1871-03-28"));
    QVERIFY(!m_window->canvas()->view().highlightFeatures.empty());
    QVERIFY(search->hits(QStringLiteral("nowhere-at-all")).empty());
}

void TestMainWindow::readingGuideShowsEveryStatus()
{
    ReadingGuideDialog guide(m_window->study(), m_window.get());
    QCOMPARE(guide.entryCount(), kControlStatusCount + 1);   // every status, and the marks
    const QString text = [&] {
        QString all;
        for (QLabel *label : guide.findChildren<QLabel *>())
            all += label->text();
        return all;
    }();
    for (int s = 0; s < kControlStatusCount; ++s)
        QVERIFY2(text.contains(statusTitle(ControlStatus(s))), qPrintable(statusTitle(ControlStatus(s))));
}

// The legend (desktop review B2): the key to the statuses first, every row reachable by
// scrolling, authorities not in force on the date greyed, a click outlining a territory.
void TestMainWindow::legendReadsAndHighlights()
{
    LegendPanel *legend = m_window->legend();
    QVERIFY(legend->rowCount() > 10);
    QCOMPARE(legend->rowText(1), LegendContents::statusCaption(ControlStatus::Held));
    QCOMPARE(legend->rowText(2), LegendContents::statusCaption(ControlStatus::Dual));
    // Its full height is its minimum: the scroll area around it scrolls rather than cutting.
    QCOMPARE(legend->minimumSizeHint().height(), legend->sizeHint().height());
    QVERIFY(legend->sizeHint().height() >= legend->rowCount() * 20);
    int versaillesRow = -1;
    for (int r = 0; r < legend->rowCount(); ++r)
        if (legend->rowAuthority(r) == m_window->study()->model.authorityIndex(QStringLiteral("versailles")))
            versaillesRow = r;
    QVERIFY(versaillesRow > 0);
    QVERIFY(legend->rowInForce(versaillesRow));
    // Click it: the map outlines Versailles' ground (the 4th and 18th arrondissements' edges darken).
    const QImage before = m_window->canvas()->frame();
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(60, 6 + versaillesRow * 22 + 11));
    QCOMPARE(legend->highlighted(), m_window->study()->model.authorityIndex(QStringLiteral("versailles")));
    QCOMPARE(m_window->canvas()->view().highlightAuthority, legend->highlighted());
    const QImage after = m_window->canvas()->frame();
    int darker = 0;
    for (int y = 0; y < after.height(); y += 2)
        for (int x = 0; x < after.width(); x += 2)
            darker += qGray(after.pixel(x, y)) < 40 && qGray(before.pixel(x, y)) >= 40;
    QVERIFY2(darker > 100, qPrintable(QString::number(darker)));
    // A second click clears it.
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(60, 6 + versaillesRow * 22 + 11));
    QCOMPARE(m_window->canvas()->view().highlightAuthority, -1);
}

// The scrubber zooms into a part of the period (wheel), down to hours, where a click lands on
// the hour rather than the day's noon; a double click shows the whole period again.
void TestMainWindow::scrubberZoomsToHours()
{
    auto *bar = m_window->timelinePanel()->findChild<TimelineBar *>();
    const TimePoint start = bar->viewStart(), end = bar->viewEnd();
    const QPointF middle(bar->width() / 2.0, bar->height() / 2.0);
    QWheelEvent wheel(middle, bar->mapToGlobal(middle), {}, QPoint(0, 120 * 3), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(bar, &wheel);
    QVERIFY(bar->viewEnd() - bar->viewStart() < (end - start) * 0.6);
    // Half a day across the whole bar: a click lands on the hour under it.
    const TimePoint from = day("1871-03-20") - 12 * 60;
    bar->zoomTo(from, from + 12 * 60);
    const TimePoint nine = from + 9 * 60;
    QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(int(std::lround(bar->xOf(nine + 20))), bar->height() / 2));
    QCOMPARE(m_window->timeline()->time(), nine);
    QTest::mouseDClick(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, bar->height() / 2));
    QCOMPARE(bar->viewStart(), start);
    QCOMPARE(bar->viewEnd(), end);
}

// A marker is drawn at 00:00 of its event's day; a click on its centre used to land on the day
// before (desktop review B4).
void TestMainWindow::clickOnAnEventMarkerLandsOnItsDay()
{
    auto *bar = m_window->timelinePanel()->findChild<TimelineBar *>();
    QVERIFY(bar);
    for (const Event &e : m_window->study()->model.events()) {
        const int x = int(std::lround(bar->xOf(e.when.from())));
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(x, bar->height() / 2));
        QCOMPARE(calendar::julianDayOf(m_window->timeline()->time()), calendar::julianDayOf(e.when.from()));
        // Hovering over it previews the date and names the event.
        const QString preview = bar->previewText(x);
        QVERIFY2(preview.contains(e.title.text()), qPrintable(preview));
        QVERIFY2(preview.contains(QString::number(calendar::fromJulianDay(Calendar::Gregorian, calendar::julianDayOf(e.when.from())).day)),
                 qPrintable(preview));
        // A pixel to the left is still the event, not the day before.
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(x - 1, bar->height() / 2));
        QCOMPARE(calendar::julianDayOf(m_window->timeline()->time()), calendar::julianDayOf(e.when.from()));
    }
}

void TestMainWindow::chartFollowsAndMovesTime()
{
    ChartPanel *chart = m_window->chartPanel();
    // The shares of ground by status, stacked with dual power at the bottom: one band for each
    // status other than held and unknown that occurs in the period (walked here change by change).
    const CaseStudy &study = *m_window->study();
    QSet<ControlStatus> seen;
    for (TimePoint t : study.index.changePoints())
        for (int f = 0; f < study.index.featureCount(); ++f)
            seen.insert(study.index.stateOf(f, t + 12 * 60).status);
    seen.remove(ControlStatus::Held);
    seen.remove(ControlStatus::Unknown);
    const QStringList names = chart->seriesNames();
    QCOMPARE(names.size(), seen.size());
    QCOMPARE(names.first(), statusTitle(ControlStatus::Dual));
    // The cursor follows the timeline: its series ("current date") stands at the date's noon as
    // QDateTime counts it, and on the screen a vertical line of its colour (#8a1c1c) stands where
    // the date axis puts the date, computed here from the axis's range and the plot area (within
    // 2 px). Checked on two dates, so a cursor that stays put fails.
    QChart *plot = chart->view()->chart();
    QLineSeries *cursor = nullptr;
    for (QAbstractSeries *s : plot->series())
        if (s->name() == QStringLiteral("current date"))
            cursor = qobject_cast<QLineSeries *>(s);
    QVERIFY(cursor);
    auto *axis = qobject_cast<QDateTimeAxis *>(plot->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    for (const char *date : {"1871-03-25", "1871-03-13"}) {
        m_window->timeline()->setTime(day(date));
        const qint64 noon = QDateTime(QDate::fromString(QString::fromLatin1(date), Qt::ISODate), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(cursor->count(), 2);
        QCOMPARE(qint64(cursor->at(0).x()), noon);
        QCOMPARE(qint64(cursor->at(1).x()), noon);
        const QImage shot = chart->view()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shot.devicePixelRatio(), 1.0);
        const QRectF area = chart->view()->mapFromScene(plot->plotArea()).boundingRect();
        const double from = double(axis->min().toMSecsSinceEpoch()), to = double(axis->max().toMSecsSinceEpoch());
        const double expected = area.left() + (double(noon) - from) / (to - from) * area.width();
        int bestX = -1, best = 0;
        for (int x = int(area.left()); x < int(area.right()); ++x) {
            int n = 0;
            for (int y = int(area.top()); y < int(area.bottom()); ++y) {
                const QRgb p = shot.pixel(x, y);
                n += std::abs(qRed(p) - 0x8a) + std::abs(qGreen(p) - 0x1c) + std::abs(qBlue(p) - 0x1c) < 60;
            }
            if (n > best) {
                best = n;
                bestX = x;
            }
        }
        QVERIFY2(best > area.height() / 2, qPrintable(QStringLiteral("%1: no cursor line (%2 px at most)").arg(QLatin1String(date)).arg(best)));
        QVERIFY2(std::abs(bestX + 0.5 - expected) <= 2,
                 qPrintable(QStringLiteral("%1: cursor at x %2, the axis puts the date at %3").arg(QLatin1String(date)).arg(bestX).arg(expected)));
    }
    // ... and a click on the chart moves the timeline to the date under it.
    const double x15 = chart->viewXOf(day("1871-03-15"));
    QTest::mouseClick(chart->view()->viewport(), Qt::LeftButton, {}, QPoint(int(std::lround(x15)), chart->view()->height() / 2));
    QVERIFY2(std::abs(m_window->timeline()->time() - day("1871-03-15")) <= kMinutesPerDay,
             qPrintable(m_window->timelinePanel()->dateText()));
}

// View > Show Front Lines (Ctrl+F) draws fronts where neighbours' de facto holders are of rival
// blocs (spatialanalysis.h). In the example the Central Committee's 18th and the government's 4th
// do not touch: Ctrl+F changes no pixel. In Paris on 24 May 1871, along every boundary the test
// finds between two arrondissements held by rival blocs (from the model's state, the boundary
// from their outlines on the canvas) the picture changes when the menu action turns fronts on,
// and along boundaries between arrondissements of one bloc it does not.
void TestMainWindow::frontLinesLayer()
{
    QAction *fronts = nullptr;
    for (QAction *top : m_window->menuBar()->actions())
        if (top->menu() && top->text().remove(QLatin1Char('&')) == QStringLiteral("View"))
            for (QAction *a : top->menu()->actions())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F))
                    fronts = a;
    QVERIFY2(fronts, "no Ctrl+F action in the View menu");
    m_window->activateWindow();   // a window shortcut (see julianStudyShowsOldAndNewStyle)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(fronts->isCheckable() && !fronts->isChecked());
    MapCanvas *canvas = m_window->canvas();
    const QImage example = canvas->frame();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(fronts->isChecked());
    QVERIFY(canvas->frame() == example);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!fronts->isChecked());

    QVERIFY(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"), day("1871-05-24")));
    const QImage without = canvas->frame().convertToFormat(QImage::Format_RGB32);
    fronts->trigger();   // as a click on the menu item does
    QVERIFY(fronts->isChecked());
    const QImage with = canvas->frame().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = with.devicePixelRatio();

    const CaseStudy &study = *m_window->study();
    const TimePoint t = m_window->timeline()->time();
    struct District { QString id; QPainterPath path; QString bloc; };
    std::vector<District> districts;
    for (const auto &layer : canvas->scene()->layers())
        if (layer.source && layer.source->spec.id == QStringLiteral("arrondissements"))
            for (const auto &item : layer.items) {
                const int holder = study.index.stateOf(item.modelIndex, t).deFactoHolder();
                districts.push_back({item.feature->id, canvas->view().worldToPixel().map(item.areaPath()),
                                     holder < 0 ? QString() : study.model.authorities()[size_t(holder)].bloc});
            }
    QCOMPARE(districts.size(), size_t(20));
    // Points of a's outline within a pixel of b's: their shared boundary, in frame pixels.
    auto shared = [&](const District &a, const District &b) {
        std::vector<QPoint> points;
        for (int i = 0; i < a.path.elementCount(); ++i) {
            const QPointF p(a.path.elementAt(i).x, a.path.elementAt(i).y);
            if (b.path.intersects(QRectF(p - QPointF(1, 1), QSizeF(2, 2))) && canvas->rect().contains(p.toPoint()))
                points.push_back((p * dpr).toPoint());
        }
        return points;
    };
    auto changedNear = [&](QPoint p) {
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx)
                if (with.valid(p + QPoint(dx, dy)) && with.pixel(p + QPoint(dx, dy)) != without.pixel(p + QPoint(dx, dy)))
                    return true;
        return false;
    };
    std::vector<QPoint> rival, allied;
    QStringList rivalPairs;
    for (size_t i = 0; i < districts.size(); ++i)
        for (size_t j = i + 1; j < districts.size(); ++j) {
            const District &a = districts[i], &b = districts[j];
            if (a.bloc.isEmpty() || b.bloc.isEmpty())
                continue;
            const std::vector<QPoint> points = shared(a, b);
            if (points.empty())
                continue;
            if (a.bloc != b.bloc)
                rivalPairs << a.id + QLatin1Char('|') + b.id;
            (a.bloc != b.bloc ? rival : allied).insert((a.bloc != b.bloc ? rival : allied).end(), points.begin(), points.end());
        }
    QVERIFY2(rival.size() >= 20 && allied.size() >= 20, qPrintable(QStringLiteral("%1 rival, %2 allied boundary points").arg(rival.size()).arg(allied.size())));
    int drawn = 0;
    for (QPoint p : rival)
        drawn += changedNear(p);
    // Allied boundaries far (12 px) from any rival one and from the frame's edge stay as they were.
    int quiet = 0, allyCount = 0;
    for (QPoint p : allied) {
        bool far = with.rect().adjusted(12, 12, -12, -12).contains(p);
        for (QPoint r : rival)
            far = far && (r - p).manhattanLength() > 12 * dpr;
        if (!far)
            continue;
        ++allyCount;
        quiet += !changedNear(p);
    }
    qInfo("24 May 1871: fronts %s; %d of %zu rival boundary points drawn, %d of %d allied ones untouched",
          qPrintable(rivalPairs.join(QLatin1Char(' '))), drawn, rival.size(), quiet, allyCount);
    QVERIFY2(drawn >= int(rival.size()) * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(drawn).arg(rival.size())));
    QVERIFY2(allyCount >= 10 && quiet >= allyCount * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(quiet).arg(allyCount)));

    fronts->trigger();
    QVERIFY(!fronts->isChecked());
    QVERIFY(canvas->frame().convertToFormat(QImage::Format_RGB32) == without);
}

// A Julian case study: the date label under the timeline shows the day in both styles, as the
// Petrograd sources' readers need it (25 Oct 1917 Old Style is 7 Nov New Style: 13 days apart
// in the 20th century, the Julian-Gregorian concordance), and keeps both as the user steps on.
void TestMainWindow::julianStudyShowsOldAndNewStyle()
{
    QVERIFY(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917")));
    // The window's keys are window shortcuts: they need it active. The offscreen platform does not
    // always honour init()'s request while the previous test's window goes, so ask again and wait.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *label = m_window->timelinePanel()->findChild<QLabel *>(QStringLiteral("dateLabel"));
    QVERIFY(label && label->isVisible());
    // The manifest's default date, 1 May 1917 O.S.
    QCOMPARE(label->text(), QStringLiteral("1 May 1917 O.S. / 14 May N.S."));
    m_window->timeline()->setTime(HistoricalDate::parse(QStringLiteral("1917-10-24"), Calendar::Julian)->queryTime());
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(label->text(), QStringLiteral("25 Oct 1917 O.S. / 7 Nov N.S."));
    m_window->timeline()->setTime(HistoricalDate::parse(QStringLiteral("1917-10-31"), Calendar::Julian)->queryTime());
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(label->text(), QStringLiteral("1 Nov 1917 O.S. / 14 Nov N.S."));
}

bool TestMainWindow::runExport(ExportJobDialog *dialog, const QString &path)
{
    if (!dialog)
        return false;
    dialog->setOutputPath(path);
    if (!dialog->startExport())
        return false;
    QSignalSpy done(dialog, &ExportJobDialog::finished);
    return done.wait(60000) && done.first().first().toBool();
}

void TestMainWindow::exportDialogsWriteWhatTheySay()
{
    QTemporaryDir dir;
    using Kind = MainWindow::ExportKind;
    // The state on the date on screen, as a GeoPackage layer.
    auto *layer = m_window->openExportDialog(Kind::Layer);
    const QString gpkg = dir.filePath(QStringLiteral("state.gpkg"));
    // Idle, the dialog shows no percentage and its button closes it.
    QVERIFY(!layer->findChild<QProgressBar *>()->isTextVisible());
    QCOMPARE(layer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
    QVERIFY2(runExport(layer, gpkg), qPrintable(layer->statusText()));
    QVERIFY(layer->statusText().startsWith(QStringLiteral("Wrote ")));
    QCOMPARE(layer->findChild<QProgressBar *>()->value(), layer->findChild<QProgressBar *>()->maximum());
    QCOMPARE(layer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
    // A layer per package layer, named after it, every feature in one of them.
    size_t reread = 0;
    for (const QString &name : {QStringLiteral("arrondissements"), QStringLiteral("places")}) {
        VectorReadOptions options;
        options.layerName = name;
        const auto layerRead = readVectorLayer(gpkg, options);
        QVERIFY2(layerRead, qPrintable(name));
        reread += layerRead->features.size();
    }
    QCOMPARE(reread, m_window->study()->model.features().size());

    // Every claim, for Google Earth.
    auto *timeline = m_window->openExportDialog(Kind::Timeline);
    QVERIFY2(runExport(timeline, dir.filePath(QStringLiteral("claims.kml"))), qPrintable(timeline->statusText()));
    QVERIFY(readAll(dir.filePath(QStringLiteral("claims.kml"))).contains("<TimeSpan>"));

    // The picture of the view, at the size asked for.
    auto *image = static_cast<ExportImageDialog *>(m_window->openExportDialog(Kind::Image));
    image->setPictureSize(QSize(800, 500), 150);
    QVERIFY2(runExport(image, dir.filePath(QStringLiteral("map.png"))), qPrintable(image->statusText()));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("map.png"))).size(), QSize(800, 500));

    // A week of days as a GIF; the dialog first suggests the whole period.
    auto *animation = static_cast<ExportAnimationDialog *>(m_window->openExportDialog(Kind::Animation));
    QCOMPARE(animation->fromText(), QStringLiteral("1871-03-10"));
    animation->setRange(QStringLiteral("1871-03-18"), QStringLiteral("1871-03-24"), QStringLiteral("1d"));
    animation->setFrames(QSize(320, 240), 4);
    QVERIFY2(runExport(animation, dir.filePath(QStringLiteral("week.gif"))), qPrintable(animation->statusText()));
    QVERIFY(animation->statusText().contains(QStringLiteral("7 frames")));
    QCOMPARE(QImageReader(dir.filePath(QStringLiteral("week.gif"))).imageCount(), 7);
}

// A4 landscape with a title, the legend beside the map and an inset: the file has the page's
// size at the chosen resolution, the legend's column holds no map, and the preview the dialog
// shows is the file in small (compared pixel by pixel after scaling the file down).
void TestMainWindow::layoutExportMatchesItsPreview()
{
    QVERIFY(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871")));
    QTemporaryDir dir;
    auto *image = static_cast<ExportImageDialog *>(m_window->openExportDialog(MainWindow::ExportKind::Image));
    image->setPictureSize(QSize(800, 600), 100);
    QVERIFY(image->setPage(QStringLiteral("a4-landscape")));
    QCOMPARE(image->pictureSize(), QSize(1169, 827));   // 297 x 210 mm at 100 dpi
    QVERIFY(!image->setPage(QStringLiteral("letter")));
    image->setTitles(QStringLiteral("Bloody Week"), QStringLiteral("Paris, 21-28 May 1871"));
    image->setLegendPlacement(LegendPlacement::Beside);
    image->setInset(true);
    const QImage preview = image->preview();
    QVERIFY(!preview.isNull());
    QVERIFY(std::abs(double(preview.width()) / preview.height() - 1169.0 / 827) < 0.02);

    const QString path = dir.filePath(QStringLiteral("page.png"));
    QVERIFY2(runExport(image, path), qPrintable(image->statusText()));
    const QImage page(path);
    QCOMPARE(page.size(), QSize(1169, 827));
    QCOMPARE(qRound(page.dotsPerMeterX() * 0.0254), 100);
    // Beside the map, under the legend, the page is bare: nothing of the map reaches it.
    const QRect column(page.width() - 60, page.height() - 200, 50, 150);
    for (int y = column.top(); y < column.bottom(); y += 5)
        for (int x = column.left(); x < column.right(); x += 5)
            QCOMPARE(page.pixel(x, y), qRgb(255, 255, 255));
    // The preview is the page in small: compared in blocks of about 25 file pixels (fine text and
    // hatching cannot be the same in a thumbnail; where the map, legend and inset are must be).
    const QSize blocks(48, 34);
    const QImage small = page.scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QImage shown = preview.scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    double diff = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QRgb a = small.pixel(x, y), b = shown.pixel(x, y);
            diff += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
        }
    diff /= 3.0 * small.width() * small.height();
    QVERIFY2(diff < 10, qPrintable(QString::number(diff)));
    // With the legend left out, that column is map again.
    image->setLegendPlacement(std::nullopt);
    QVERIFY2(runExport(image, path), qPrintable(image->statusText()));
    const QImage bare(path);
    int white = 0;
    for (int y = column.top(); y < column.bottom(); y += 5)
        for (int x = column.left(); x < column.right(); x += 5)
            white += bare.pixel(x, y) == qRgb(255, 255, 255);
    QVERIFY2(white < 30, qPrintable(QString::number(white)));
}

// View > Basemap… with a folder of tiles: the map shows them under the districts (a tile of
// one colour, made here, read back from the canvas's pixels), the credits name them, and the
// choice is kept. A service out of reach is said once in the status bar and the map still draws.
void TestMainWindow::basemapFromATileFolder()
{
    QTemporaryDir tiles;
    // One colour for the whole world at zoom 0 to 3: wherever the example lies, that is its basemap.
    const QColor colour(0x20, 0xa0, 0x40);
    for (int z = 0; z <= 3; ++z)
        for (int x = 0; x < (1 << z); ++x)
            for (int y = 0; y < (1 << z); ++y) {
                QVERIFY(QDir().mkpath(tiles.filePath(QStringLiteral("%1/%2").arg(z).arg(x))));
                QImage tile(256, 256, QImage::Format_RGB32);
                tile.fill(colour);
                QVERIFY(tile.save(tiles.filePath(QStringLiteral("%1/%2/%3.png").arg(z).arg(x).arg(y))));
            }
    MapCanvas *canvas = m_window->canvas();
    // Everything of the case study hidden, so only the basemap is left to see.
    QTreeWidgetItem *layers = m_window->layersPanel()->tree()->topLevelItem(0);
    for (int i = 0; i < layers->childCount(); ++i)
        layers->child(i)->setCheckState(0, Qt::Unchecked);
    auto countColour = [&](const QImage &frame) {
        int n = 0;
        for (int y = 0; y < frame.height(); y += 8)
            for (int x = 0; x < frame.width(); x += 8)
                n += qAbs(qGreen(frame.pixel(x, y)) - colour.green()) < 6 && qAbs(qRed(frame.pixel(x, y)) - colour.red()) < 6;
        return n;
    };
    QCOMPARE(countColour(canvas->frame()), 0);   // off by default

    TileBasemap basemap;
    basemap.url = QStringLiteral("file://%1/{z}/{x}/{y}.png").arg(tiles.path());
    basemap.attribution = QStringLiteral("Test tiles");
    basemap.maxZoom = 3;
    m_window->setBasemap(basemap);
    const QImage frame = canvas->frame();
    const int total = (frame.width() / 8 + 1) * (frame.height() / 8 + 1);
    QVERIFY2(countColour(frame) > total * 8 / 10, qPrintable(QStringLiteral("%1 of %2").arg(countColour(frame)).arg(total)));
    QVERIFY(BasemapDialog::saved().url == basemap.url);
    QVERIFY(m_window->exportView().basemap.url == basemap.url);   // exports carry it

    // Out of reach: one message, the basemap dropped for the session, the map drawn.
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    basemap.url = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
    m_window->setBasemap(basemap);
    canvas->frame();
    for (int i = 0; i < 3; ++i) {
        m_window->timeline()->setTime(m_window->timeline()->time() + 1440);
        canvas->frame();
    }
    QStringList said;
    for (const auto &m : messages)
        if (m.first().toString().contains(QStringLiteral("basemap"), Qt::CaseInsensitive))
            said << m.first().toString();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QStringLiteral("127.0.0.1")), qPrintable(said.first()));
    QVERIFY(!canvas->view().basemap.isSet());
    QCOMPARE(BasemapDialog::saved().url, basemap.url);   // the choice itself is kept
}

// B14: the next start puts the window where the user left it (not 20 pixels lower, as
// restoreGeometry did without a window manager), and a place no longer on any screen is
// brought back onto it.
void TestMainWindow::windowComesBackWhereItWas()
{
    m_window->resize(m_window->size() + QSize(37, 23));
    m_window->move(70, 40);
    QTest::qWait(50);
    const QPoint at = m_window->pos();
    const QSize size = m_window->size();
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->pos(), at);
    QCOMPARE(m_window->size(), size);

    QSettings().setValue(QStringLiteral("window/placement"), QRect(9000, 7000, 900, 700));
    m_window = std::make_unique<MainWindow>();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(screen.contains(m_window->pos()), qPrintable(QStringLiteral("%1,%2").arg(m_window->pos().x()).arg(m_window->pos().y())));
}

// Recent names case studies by title; Open Case Study selects the one on screen; the layers
// panel frames the map on a period map (Jacoubet's 1836 sheet of the Tuileries: a small part of
// the case study, over the 1st arrondissement).
void TestMainWindow::findingYourWayBack()
{
    const QString paris = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");
    QVERIFY(m_window->openPackage(paris));
    QMenu *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>())
        if (menu->title() == QStringLiteral("&Recent Case Studies"))
            recent = menu;
    QVERIFY(recent);
    QStringList texts;
    for (QAction *a : recent->actions())
        texts << a->text();
    QVERIFY2(texts.size() >= 2 && texts.first().startsWith(QStringLiteral("Paris 1871")), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(texts.at(1).contains(QStringLiteral("(example-minimal)")), qPrintable(texts.at(1)));

    OpenCaseStudyDialog dialog(paris);
    QCOMPARE(QFileInfo(dialog.selectedPath()).absoluteFilePath(), QFileInfo(paris).absoluteFilePath());
    QVERIFY(dialog.list()->count() >= 4);

    const BoundingBox whole = m_window->canvas()->scene()->extent();
    QTreeWidget *tree = m_window->layersPanel()->tree();
    QTreeWidgetItem *scan = tree->topLevelItem(1)->child(0);
    tree->setCurrentItem(scan);
    QTest::mouseClick(m_window->layersPanel()->findChild<QToolButton *>(QStringLiteral("zoomToButton")), Qt::LeftButton);
    const BoundingBox framed = m_window->canvas()->view().extent;
    QVERIFY2(framed.width() < whole.width() * 0.3, qPrintable(QStringLiteral("%1 of %2").arg(framed.width()).arg(whole.width())));
    QPointF first;
    for (const auto &layer : m_window->canvas()->scene()->layers())
        for (const auto &item : layer.items)
            if (item.feature && item.feature->id == QStringLiteral("arr01"))
                first = item.bounds().center();
    QVERIFY(framed.contains(first));
    // A double-click on the scan does the same.
    m_window->canvas()->zoomToExtent();
    QVERIFY(m_window->canvas()->view().extent.width() > whole.width());
    const QPoint at = tree->visualItemRect(scan).center();
    QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->canvas()->view().extent.width(), framed.width());
}

// Help > User Guide shows docs/user-guide.md, built into the program: the menu entry opens a
// window whose text is the guide's (its headings, as a reader sees them).
void TestMainWindow::userGuideIsBuiltIn()
{
    QAction *entry = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("&User Guide"))
            entry = a;
    QVERIFY(entry);
    entry->trigger();
    auto *guide = m_window->findChild<UserGuideDialog *>();
    QVERIFY(guide);
    const QString text = guide->browser()->toPlainText();
    QFile source(QStringLiteral(DPATLAS_SOURCE_DIR "/docs/user-guide.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    // Every heading of the file, as plain text, in the window.
    int headings = 0;
    for (const QByteArray &line : source.readAll().split('\n'))
        if (line.startsWith("## ")) {
            ++headings;
            QVERIFY2(text.contains(QString::fromUtf8(line.mid(3)).trimmed()), line.constData());
        }
    QVERIFY(headings >= 8);
    guide->close();
}

// Export Animation has the picture layout too: with the legend beside the map, every frame's
// right-hand column under the legend is bare page.
void TestMainWindow::animationTakesTheLayout()
{
    QVERIFY(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871")));
    QTemporaryDir dir;
    auto *animation = static_cast<ExportAnimationDialog *>(m_window->openExportDialog(MainWindow::ExportKind::Animation));
    animation->setRange(QStringLiteral("1871-05-21"), QStringLiteral("1871-05-22"), QStringLiteral("1d"));
    animation->setFrames(QSize(960, 540), 4);
    animation->layoutOptions()->setLegendPlacement(LegendPlacement::Beside);
    QVERIFY2(runExport(animation, dir.filePath(QStringLiteral("frames/"))), qPrintable(animation->statusText()));
    const QStringList frames = QDir(dir.filePath(QStringLiteral("frames"))).entryList({QStringLiteral("*.png")});
    QCOMPARE(frames.size(), 2);
    for (const QString &name : frames) {
        const QImage frame(dir.filePath(QStringLiteral("frames/") + name));
        QCOMPARE(frame.size(), QSize(960, 540));
        for (int y = frame.height() - 120; y < frame.height() - 20; y += 10)
            QCOMPARE(frame.pixel(frame.width() - 30, y), qRgb(255, 255, 255));
    }
}

// Closing the window (Ctrl+Q, the close button) while a case study loads cancels the load and
// quits when it stops, instead of loading on behind a hidden dialog.
void TestMainWindow::closingWhileLoadingQuits()
{
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    bool closedDuringLoad = false;
    // The close lands inside openPackage()'s own event loop, as the user's Ctrl+Q would.
    QTimer::singleShot(0, m_window.get(), [&] {
        closedDuringLoad = true;
        m_window->close();
    });
    const CaseStudy *before = m_window->study();
    QVERIFY(!m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/northeast-syria")));
    QVERIFY(closedDuringLoad);
    QCOMPARE(m_window->study(), before);   // nothing of the cancelled load is shown
    QVERIFY(!m_window->isVisible());
}

// Cancel during a long load (a 40 MB layer of 150,000 districts takes seconds to parse) used to
// hide the dialog and keep the window waiting for the load: the window is back at once, with
// the case study it showed, and the load stops on its own thread.
// 25,000 polygons: their areas, neighbours and borders take a second or more to compute, and
// 100,000 took four; the map must not wait for them. The chart and the front lines come when
// they are done, and a study opened meanwhile never receives another's.
void TestMainWindow::aLargeStudyIsShownBeforeItsSpatialFacts()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("large"));
    const QString error = writeSyntheticPackage(folder, 25000, 1871);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(25000 > MainWindow::kFactsWithLoadUpTo);
    QVERIFY(m_window->openPackage(folder));
    QVERIFY2(!m_window->spatialFacts(), "the first frame waited for the spatial facts");
    QVERIFY(!m_window->canvas()->frame().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->spatialFacts() != nullptr, 60000);
    QVERIFY(m_window->chartPanel()->seriesCount() > 0);

    // Opened again and left at once for another study: the late facts are dropped.
    QVERIFY(m_window->openPackage(folder));
    QVERIFY(!m_window->spatialFacts());
    QVERIFY(m_window->openPackage(m_example));
    const SpatialFacts *small = m_window->spatialFacts();
    QVERIFY2(small, "a small study's facts come with its load");
    QTest::qWait(3000);
    QCOMPARE(m_window->spatialFacts(), small);
}

void TestMainWindow::cancelGivesTheWindowBackAtOnce()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("big"));
    QVERIFY(test::copyFolder(m_example, folder));
    QByteArray layer = "{\"type\": \"FeatureCollection\", \"features\": [";
    for (int i = 0; i < 150000; ++i) {
        const double x = 2.2 + (i % 400) * 0.0005, y = 48.8 + (i / 400) * 0.0005;
        layer += QStringLiteral("%1{\"type\": \"Feature\", \"properties\": {\"id\": \"f%2\", \"name_en\": \"F %2\"}, "
                                "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[%3, %4], [%5, %4], [%5, %6], [%3, %6], [%3, %4]]]}}")
                     .arg(i ? QStringLiteral(",") : QString()).arg(i).arg(x, 0, 'f', 4).arg(y, 0, 'f', 4)
                     .arg(x + 0.0004, 0, 'f', 4).arg(y + 0.0004, 0, 'f', 4).toUtf8();
    }
    layer += "]}";
    QVERIFY(test::writeAll(folder + QStringLiteral("/layers/arrondissements.geojson"), layer));

    const CaseStudy *before = m_window->study();
    QElapsedTimer clock;
    qint64 cancelledAt = -1;
    // As the user does it: the Cancel button of the progress dialog once it has shown.
    QTimer::singleShot(600, m_window.get(), [&] {
        auto *progress = m_window->findChild<QProgressDialog *>();
        QVERIFY(progress && progress->isVisible());
        auto *button = progress->findChild<QPushButton *>();
        QVERIFY(button && button->text() == QLatin1String("Cancel"));
        cancelledAt = clock.elapsed();
        button->click();
    });
    clock.start();
    QVERIFY(!m_window->openPackage(folder));
    const qint64 returnedAt = clock.elapsed();
    QVERIFY(cancelledAt >= 0);
    QVERIFY2(returnedAt - cancelledAt < 250, qPrintable(QStringLiteral("cancelled at %1 ms, window back at %2 ms").arg(cancelledAt).arg(returnedAt)));
    QCOMPARE(m_window->study(), before);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    QThreadPool::globalInstance()->waitForDone();   // the abandoned load, before the next test
}

// A case study spanning 19,000 years (-9000 to 9999) used to chart a million weekly samples
// and leave the window blank for half a minute: the chart takes a sample a year, about a point
// per pixel, and draws years before 1 correctly.
void TestMainWindow::aPeriodOfMillenniaCharts()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("millennia"));
    QVERIFY(test::copyFolder(m_example, folder));
    QByteArray manifest = test::readAll(folder + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.contains("\"period\": {\"start\": \"1871-03-10\", \"end\": \"1871-03-28\"}"));
    manifest.replace("\"period\": {\"start\": \"1871-03-10\", \"end\": \"1871-03-28\"}",
                     "\"period\": {\"start\": \"-9000-01-01\", \"end\": \"9999-12-31\"}");
    QVERIFY(test::writeAll(folder + QStringLiteral("/manifest.json"), manifest));
    QVERIFY(m_window->openPackage(folder, day("1871-03-20")));
    QVERIFY(m_window->raisePanel(QStringLiteral("chart")));
    QChart *chart = m_window->chartPanel()->view()->chart();
    qsizetype points = 0, samples = 0;
    for (QAbstractSeries *s : chart->series()) {
        QXYSeries *xy = qobject_cast<QXYSeries *>(s);
        if (auto *area = qobject_cast<QAreaSeries *>(s))   // shares are stacked areas
            xy = area->upperSeries();
        if (xy) {
            points += xy->count();
            samples = std::max(samples, qsizetype(xy->count()));
        }
    }
    // A sample a year, 19,000 of them (two points each: the chart draws steps), not a million weeks.
    QVERIFY2(samples >= 36000 && samples <= 40000, qPrintable(QString::number(samples)));
    QVERIFY2(points < 200000, qPrintable(QString::number(points)));
}

void TestMainWindow::exportedPackageOpensInTheApp()
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("example.gpkg"));
    auto *dialog = m_window->openExportDialog(MainWindow::ExportKind::Package);
    QVERIFY2(runExport(dialog, gpkg), qPrintable(dialog->statusText()));
    const size_t claims = m_window->study()->model.claims().size();
    QVERIFY(m_window->openPackage(gpkg));
    QCOMPARE(m_window->study()->manifest.id, QStringLiteral("example-minimal"));
    QCOMPARE(m_window->study()->model.claims().size(), claims);
}

void TestMainWindow::cancellingAnAnimationLeavesNothing()
{
    QTemporaryDir dir;
    auto *animation = static_cast<ExportAnimationDialog *>(m_window->openExportDialog(MainWindow::ExportKind::Animation));
    // Thousands of hours: far longer than the moment before Cancel.
    animation->setRange(QStringLiteral("1871-01-01"), QStringLiteral("1871-12-31"), QStringLiteral("2h"));
    animation->setFrames(QSize(640, 480), 25);
    animation->setOutputPath(dir.filePath(QStringLiteral("long.mp4")));
    QSignalSpy done(animation, &ExportJobDialog::finished);
    QVERIFY(animation->startExport());
    QVERIFY(animation->isRunning());
    QTest::qWait(300);
    animation->cancelExport();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(animation->statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(animation->statusText()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestMainWindow::exportDialogsExplainBadOptions()
{
    QTemporaryDir dir;
    auto *animation = static_cast<ExportAnimationDialog *>(m_window->openExportDialog(MainWindow::ExportKind::Animation));
    animation->setRange(QStringLiteral("1871-03-24"), QStringLiteral("1871-03-18"), QStringLiteral("1d"));
    animation->setOutputPath(dir.filePath(QStringLiteral("backwards.gif")));
    QVERIFY(!animation->startExport());
    QVERIFY2(animation->statusText().contains(QStringLiteral("before the start")), qPrintable(animation->statusText()));

    auto *layer = static_cast<ExportLayerDialog *>(m_window->openExportDialog(MainWindow::ExportKind::Layer));
    layer->setCrs(QStringLiteral("EPSG:999999"));
    layer->setOutputPath(dir.filePath(QStringLiteral("state.gpkg")));
    QVERIFY(!layer->startExport());
    QVERIFY2(layer->statusText().contains(QStringLiteral("999999")), qPrintable(layer->statusText()));

    // An unwritable target fails in the job; the status line says where.
    layer->setCrs(QString());
    QVERIFY(!runExport(layer, dir.filePath(QStringLiteral("missing/state.gpkg"))));
    QVERIFY2(layer->statusText().contains(QStringLiteral("does not exist")), qPrintable(layer->statusText()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
