#include "syntheticpackage.h"
#include "support/nextmessagebox.h"
#include "support/postgisserver.h"
#include "databaseview.h"
#include "dialogs/opencasestudydialog.h"
#include "editing/editmode.h"
#include "mainwindow.h"
#include "map/mapcanvas.h"
#include "package/datasetpackage.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgfeaturefetch.h"
#include "package/postgis/pgpush.h"
#include "package/postgis/pgviewplan.h"
#include "render/maprenderer.h"
#include "view/mapscene.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace dpa;

// A case study in PostgreSQL larger than the window's threshold opens "by view" against a real
// server started for this test (the threshold lowered to 1,000 so that a synthetic study of
// 3,000 features stays quick): the server's own counters show only the features in view were
// read, by the spatial index; the frame drawn is the one the folder draws for the same view and
// date, pixel for pixel; panning to a part not read reads and draws it; edit mode is refused
// with a reason; a large study pushed before the time index opens whole, with a note saying to push
// it again; the view is remembered across a reopen under a key that holds no password; and a
// server stopped mid-session is said in the status bar, the map kept.
class TestOpenByView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensByViewReadingOnlyTheView();
    void theFrameIsTheFoldersFrame();
    void panningReadsAndDrawsTheNewPart();
    void aCoarseViewReadsSimplifiedOutlinesOfTheSameFeatures();
    void aStudyPushedBeforeTheTimeIndexOpensWholeWithANote();
    void theViewIsRememberedWithoutThePassword();
    void editingIsRefusedWithAReason();
    void aServerStoppedMidSessionIsSaid();

private:
    QString address(const QString &schema = QStringLiteral("large"), const QString &extra = {}) const
    {
        return postgis::PgUri::fromParts(m_server.conninfo(QStringLiteral("atlas")) + extra, schema)->toString();
    }
    // Statistics of the layer table as the server counts them: sequential scans, and rows
    // fetched through an index.
    struct TableReads
    {
        qint64 seqScans = -1, indexRows = -1;
    };
    TableReads reads();
    // Waits until the window has read what its view needs and drawn it.
    bool settle();
    QImage folderFrame();
    BoundingBox box(double x0, double y0, double x1, double y1) const { return BoundingBox{x0, y0, x1, y1}; }

    test::PostgisServer m_server;
    QTemporaryDir m_dir;
    QString m_folder;
    std::shared_ptr<const CaseStudy> m_folderStudy;
    std::unique_ptr<MainWindow> m_window;
};

void TestOpenByView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DualPowerAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas-test-openbyview"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    DPATLAS_START_POSTGIS_SERVER(m_server);
    QVERIFY2(m_server.createDatabase(QStringLiteral("atlas"), true), qPrintable(m_server.error()));
    // 3,000 cells of 1 km on a 55 x 55 grid from (0, 0), EPSG:3857.
    m_folder = m_dir.filePath(QStringLiteral("synthetic"));
    const QString written = writeSyntheticPackage(m_folder, 3000, 7);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const auto loaded = DatasetPackage::load(m_folder);
    QVERIFY(loaded.isValid());
    m_folderStudy = loaded.study;
    postgis::PushOptions options;
    options.replace = true;
    auto pushed = postgis::push(*loaded.study, *postgis::PgUri::fromParts(m_server.conninfo(QStringLiteral("atlas")), QStringLiteral("large")), options);
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().toString()));
    m_window = std::make_unique<MainWindow>();
    m_window->setOpenByViewAbove(1000);
    m_window->resize(1400, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

TestOpenByView::TableReads TestOpenByView::reads()
{
    auto c = postgis::PgConnection::open(*postgis::PgUri::fromParts(m_server.conninfo(QStringLiteral("atlas")), {}));
    if (!c)
        return {};
    (*c)->execute(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
    auto n = (*c)->query(QStringLiteral("SELECT seq_scan, coalesce(idx_tup_fetch, 0) FROM pg_stat_user_tables WHERE schemaname = 'large' AND relname = 'cells'"));
    if (!n || n->rowCount() != 1)
        return {};
    return {n->integer(0, 0), n->integer(0, 1)};
}

bool TestOpenByView::settle()
{
    DatabaseView *view = m_window->databaseView();
    // A read waits for the view to rest (a quarter second), then runs on a worker.
    for (int i = 0; i < 200; ++i) {
        QTest::qWait(25);
        if (view && !view->isFetching() && !m_window->canvas()->isDrawingView() && i > 16)
            return true;
    }
    return false;
}

// The frame the folder's own study draws for the window's view and date.
QImage TestOpenByView::folderFrame()
{
    auto scene = std::make_shared<MapScene>(m_folderStudy);
    MapRenderer renderer(scene);
    MapCanvas *canvas = m_window->canvas();
    return renderer.renderImage(canvas->view(), canvas->devicePixelRatioF()).convertToFormat(QImage::Format_RGB32);
}

// Empty when `shown` is `expected` pixel for pixel, but for the antialiasing of label text: the
// window draws a new view on a worker thread, whose font engine rasterises glyph edges a shade
// apart from the main thread's (at most 5 of 255 on a channel, seen on some 200 pixels of text
// halos). Anything the read could change (a feature missing, another colour, a moved outline)
// is a whole shape of pixels, far beyond this.
QString sameFrame(const QImage &shown, const QImage &expected)
{
    const QImage a = shown.convertToFormat(QImage::Format_RGB32), b = expected.convertToFormat(QImage::Format_RGB32);
    if (a.size() != b.size())
        return QStringLiteral("sizes differ");
    int differing = 0, worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
            differing += d > 0;
            worst = std::max(worst, d);
        }
    if (worst <= 6 && differing <= a.width() * a.height() / 1000)
        return {};
    return QStringLiteral("%1 pixels differ, by up to %2 of 255").arg(differing).arg(worst);
}

void TestOpenByView::opensByViewReadingOnlyTheView()
{
    // Left last time zoomed in on a few cells (the view is remembered by address): opened
    // again, it reads that view and its margin, not the 3,000 cells.
    const BoundingBox left = box(20000, 20000, 24000, 23000);
    QSettings().setValue(DatabaseView::lastViewKey(*postgis::PgUri::parse(address())), QVariantList{left.xMin, left.yMin, left.xMax, left.yMax});
    const TableReads before = reads();
    QVERIFY(before.seqScans >= 0);
    QVERIFY(m_window->openPackage(address()));
    QVERIFY(m_window->openedByView());
    QVERIFY(settle());
    DatabaseView *view = m_window->databaseView();
    QCOMPARE(view->totalFeatures(), qint64(3000));

    // The features read are exactly the folder's features meeting the box read: the view,
    // widened to the window's shape, and its margin.
    const BoundingBox read = postgis::viewplan::queryFor(view->openedView(), 1, 3000, m_folderStudy->featureBounds()).box;
    QStringList expected, got;
    for (const CaseFeature &f : m_folderStudy->layers.front().features)
        if (postgis::featureMeetsBox(f.geometry, read))
            expected << f.id;
    for (const CaseFeature &f : m_window->study()->layers.front().features)
        got << f.id;
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
    QVERIFY2(got.size() > 20 && got.size() < 300, qPrintable(QString::number(got.size())));
    QCOMPARE(view->shownFeatures(), qint64(got.size()));
    // Every claim of theirs, at every date: the folder's state of each, at three dates.
    const ControlModel &model = m_window->study()->model;
    for (const char *date : {"1900-02-01", "1900-06-15", "1900-11-30"}) {
        const TimePoint t = HistoricalDate::parse(QLatin1String(date), Calendar::Gregorian)->queryTime();
        for (size_t i = 0; i < model.features().size(); ++i) {
            const int inFolder = m_folderStudy->model.featureIndex(model.features()[i]);
            QVERIFY(inFolder >= 0);
            QCOMPARE(int(m_window->study()->index.stateOf(int(i), t).status), int(m_folderStudy->index.stateOf(inFolder, t).status));
            // Authorities are indexed in the manifest's order in both.
            QCOMPARE(m_window->study()->index.stateOf(int(i), t).deFactoHolder(), m_folderStudy->index.stateOf(inFolder, t).deFactoHolder());
        }
    }
    // And the inspector finds a feature read (the look-up of a study built by a query).
    QVERIFY(m_window->study()->feature(0) && m_window->study()->feature(0)->id == model.features()[0].featureId);

    // The server's counters: no sequential scan of the layer's table, and no more rows fetched
    // through its index than the features near the box (the index's candidates) — not 3,000.
    TableReads after = reads();
    for (int wait = 0; wait < 50 && after.indexRows <= before.indexRows; ++wait) {
        QThread::msleep(100);   // statistics reach the shared counters a moment after a session
        after = reads();
    }
    QCOMPARE(after.seqScans, before.seqScans);
    QVERIFY2(after.indexRows - before.indexRows >= got.size() && after.indexRows - before.indexRows < 2 * got.size() + 50,
             qPrintable(QStringLiteral("rows fetched by index: %1, features in the box: %2").arg(after.indexRows - before.indexRows).arg(got.size())));
    // The status bar says what is shown.
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("viewNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("of about 3,000")) && note->text().contains(QString::number(got.size())), qPrintable(note->text()));
}

void TestOpenByView::theFrameIsTheFoldersFrame()
{
    QVERIFY(m_window->openedByView());
    m_window->timeline()->setTime(HistoricalDate::parse(QStringLiteral("1900-06-15"), Calendar::Gregorian)->queryTime());
    QVERIFY(settle());
    const QImage shown = m_window->canvas()->frame().convertToFormat(QImage::Format_RGB32);
    const QString same = sameFrame(shown, folderFrame());
    QVERIFY2(same.isEmpty(), qPrintable(same));
    // Not a picture of nothing: the view holds many cells' colours.
    QSet<QRgb> colours;
    for (int y = 0; y < shown.height(); y += 17)
        for (int x = 0; x < shown.width(); x += 17)
            colours.insert(shown.pixel(x, y));
    QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));
}

void TestOpenByView::panningReadsAndDrawsTheNewPart()
{
    QVERIFY(m_window->openedByView());
    DatabaseView *view = m_window->databaseView();
    QSignalSpy fetched(view, &DatabaseView::fetched);
    // Far across the grid: none of these cells was read.
    const BoundingBox there = box(44000, 40000, 48000, 43000);
    const FeatureKey far{QStringLiteral("cells"), QStringLiteral("c%1").arg(41 * 55 + 46)};
    QVERIFY(m_window->study()->model.featureIndex(far) < 0);
    QVERIFY(m_folderStudy->model.featureIndex(far) >= 0);
    m_window->canvas()->setExtent(there);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
    QVERIFY(settle());
    QVERIFY(m_window->study()->model.featureIndex(far) >= 0);
    const QString same = sameFrame(m_window->canvas()->frame(), folderFrame());
    QVERIFY2(same.isEmpty(), qPrintable(same));
    // A small pan inside the margin reads nothing.
    m_window->canvas()->setExtent(box(44500, 40000, 48500, 43000));
    QVERIFY(settle());
    QCOMPARE(fetched.size(), 1);
}

void TestOpenByView::aStudyPushedBeforeTheTimeIndexOpensWholeWithANote()
{
    // Petrograd pushed, then made a schema of before the time index (as testpgstatequery's
    // old-schema test does), with the threshold below its size: too large to pull by rights,
    // but a view cannot be read from it.
    const QString folder = QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917");
    const auto loaded = DatasetPackage::load(folder);
    QVERIFY(loaded.isValid());
    const CaseStudy &full = *loaded.study;
    postgis::PushOptions options;
    options.replace = true;
    auto pushed = postgis::push(full, *postgis::PgUri::parse(address(QStringLiteral("old_petrograd"))), options);
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().toString()));
    QVERIFY2(m_server.sql(QStringLiteral("atlas"), QStringLiteral("DROP TRIGGER dpa_claim_times ON old_petrograd.claims; "
                                                                  "ALTER TABLE old_petrograd.claims DROP COLUMN dpa_from, DROP COLUMN dpa_until; "
                                                                  "DROP TABLE old_petrograd.%1").arg(QLatin1String(postgis::claimtimes::kTable))),
             qPrintable(m_server.error()));
    const qint64 features = qint64(full.model.features().size());
    QVERIFY(features > 10);
    m_window->setOpenByViewAbove(features / 2);
    const bool opened = m_window->openPackage(address(QStringLiteral("old_petrograd")));
    m_window->setOpenByViewAbove(1000);
    QVERIFY(opened);
    QVERIFY(!m_window->openedByView());
    // Whole: every feature of every layer, every claim and event, as the folder has them.
    const CaseStudy *study = m_window->study();
    QCOMPARE(study->layers.size(), full.layers.size());
    for (size_t l = 0; l < full.layers.size(); ++l)
        QCOMPARE(study->layers[l].features.size(), full.layers[l].features.size());
    QCOMPARE(study->model.features().size(), full.model.features().size());
    QCOMPARE(study->model.claims().size(), full.model.claims().size());
    QCOMPARE(study->model.events().size(), full.model.events().size());
    // The note says so and how to mend it; no "by view" note beside it.
    const QString note = m_window->statusBar()->currentMessage();
    QVERIFY2(note.contains(QStringLiteral("old_petrograd")) && note.contains(QStringLiteral("read whole"))
                 && note.contains(QStringLiteral("dpatlas-cli push --replace")),
             qPrintable(note));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("viewNote"))->isVisible());
}

void TestOpenByView::theViewIsRememberedWithoutThePassword()
{
    // Left (by the previous test's opening) where panningReadsAndDrawsTheNewPart put it. Opened
    // again with a password in the address (the test server trusts every connection), the view
    // is found: the key is the address's without it.
    const QString secret = QStringLiteral("s3cret-pw-7f2a");
    const BoundingBox left = box(44500, 40000, 48500, 43000);
    QVERIFY(m_window->openPackage(address(QStringLiteral("large"), QStringLiteral(" password=") + secret)));
    QVERIFY(m_window->openedByView());
    QVERIFY(settle());
    auto near = [](const BoundingBox &a, const BoundingBox &b) {
        // The view kept is the canvas's, fitted to its shape: its centre and width are the view left.
        return std::abs(a.center().x() - b.center().x()) < 1 && std::abs(a.center().y() - b.center().y()) < 1
               && (std::abs(a.width() - b.width()) < 1 || std::abs(a.height() - b.height()) < 1);
    };
    const BoundingBox opened = m_window->databaseView()->openedView();
    QVERIFY2(near(opened, left), qPrintable(QStringLiteral("%1 %2 %3 %4").arg(opened.xMin).arg(opened.yMin).arg(opened.xMax).arg(opened.yMax)));
    // Moved, and opened again without the password: there again.
    const BoundingBox moved = box(8000, 30000, 12000, 33000);
    m_window->canvas()->setExtent(moved);
    QVERIFY(settle());
    QVERIFY(m_window->openPackage(address()));
    QVERIFY(settle());
    QVERIFY(near(m_window->databaseView()->openedView(), moved));

    // The settings file: one view, under a key of its own (no group nested by the address's
    // slashes), and nowhere the password.
    QSettings settings;
    settings.sync();
    settings.beginGroup(QStringLiteral("byViewExtent"));
    QCOMPARE(settings.childGroups(), QStringList());
    QCOMPARE(settings.childKeys(), QStringList{DatabaseView::lastViewKey(*postgis::PgUri::parse(address()))}.replaceInStrings(QStringLiteral("byViewExtent/"), QString()));
    settings.endGroup();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("byViewExtent"));
    QVERIFY(!written.contains(secret.toUtf8()));

    // The thumbnail File > Open Case Study shows, written on leaving the study opened with the
    // password: one file for the address with or without it, named from neither the password
    // nor the folder the app was started in.
    const QString thumbnail = OpenCaseStudyDialog::thumbnailPath(address());
    QCOMPARE(OpenCaseStudyDialog::thumbnailPath(address(QStringLiteral("large"), QStringLiteral(" password=") + secret)), thumbnail);
    QVERIFY(OpenCaseStudyDialog::thumbnailPath(address(QStringLiteral("other"))) != thumbnail);
    QVERIFY2(QFileInfo::exists(thumbnail), qPrintable(thumbnail));
    const QString startedIn = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QDir::tempPath()));
    const QString elsewhere = OpenCaseStudyDialog::thumbnailPath(address());
    QVERIFY(QDir::setCurrent(startedIn));
    QCOMPARE(elsewhere, thumbnail);
}

void TestOpenByView::editingIsRefusedWithAReason()
{
    test::NextMessageBox box;
    m_window->editMode()->toggleAction()->trigger();
    QTRY_VERIFY(!box.text().isEmpty());
    QVERIFY(!m_window->editMode()->session());
    QVERIFY2(box.text().contains(QStringLiteral("only the features in view")) && box.text().contains(QStringLiteral("dpatlas-cli pull")), qPrintable(box.text()));
}

void TestOpenByView::aServerStoppedMidSessionIsSaid()
{
    QVERIFY(m_window->openedByView());
    const CaseStudy *before = m_window->study();
    m_server.stop();
    QSignalSpy failed(m_window->databaseView(), &DatabaseView::failed);
    m_window->canvas()->setExtent(box(2000, 2000, 6000, 5000));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("viewNote"));
    QVERIFY2(note->text().startsWith(QStringLiteral("Cannot read the features in view from the database: "))
                 && note->text().contains(QStringLiteral("server")),
             qPrintable(note->text()));
    // The map keeps what it had, and draws.
    QCOMPARE(m_window->study(), before);
    QVERIFY(!m_window->canvas()->frame().isNull());
    // Not asked again until the view moves.
    QTest::qWait(800);
    QCOMPARE(failed.size(), 1);
}

// A view that would meet more features than kExactUpTo reads their outlines simplified to half
// a pixel; closer views read them exact. Simplified or not, the same features and claims are read
// (a feature is in or out by its exact bounds), each outline stays within the tolerance of its
// exact one, and with fewer vertices.
void TestOpenByView::aCoarseViewReadsSimplifiedOutlinesOfTheSameFeatures()
{
    const BoundingBox whole = m_folderStudy->featureBounds();
    const double pixel = whole.width() / 500;
    // The rule: the whole extent of a study past kExactUpTo is read simplified; of one under it,
    // or a small part of the large one, exact.
    const qint64 large = postgis::viewplan::kExactUpTo * 4;
    QCOMPARE(postgis::viewplan::queryFor(whole, pixel, large, whole).tolerance, pixel / 2);
    QCOMPARE(postgis::viewplan::queryFor(whole, pixel, postgis::viewplan::kExactUpTo / 2, whole).tolerance, 0.0);
    const BoundingBox part{whole.xMin, whole.yMin, whole.xMin + whole.width() / 10, whole.yMin + whole.height() / 10};
    QCOMPARE(postgis::viewplan::queryFor(part, pixel / 10, large, whole).tolerance, 0.0);
    // A read at half a pixel serves views down to that pixel, not closer ones.
    postgis::ViewQueryResult read;
    read.box = whole.grown(0.1);
    read.tolerance = pixel / 2;
    QVERIFY(postgis::viewplan::covers(read, whole, pixel));
    QVERIFY(!postgis::viewplan::covers(read, whole, pixel / 4));

    // The same box read exact and at a tolerance of a tenth of a cell (cells are 1 km).
    const auto uri = postgis::PgUri::fromParts(m_server.conninfo(QStringLiteral("atlas")), QStringLiteral("large"));
    QVERIFY(uri);
    postgis::ViewQuery query;
    query.box = BoundingBox{whole.xMin, whole.yMin, whole.center().x(), whole.center().y()};
    auto exact = postgis::queryView(*uri, query);
    QVERIFY2(exact, exact ? "" : qPrintable(exact.error().toString()));
    query.tolerance = 100;
    auto simplified = postgis::queryView(*uri, query);
    QVERIFY2(simplified, simplified ? "" : qPrintable(simplified.error().toString()));
    QVERIFY(exact->features > 100);
    QCOMPARE(simplified->features, exact->features);
    QCOMPARE(simplified->claims, exact->claims);
    QCOMPARE(simplified->tolerance, 100.0);
    const CaseLayer *a = nullptr, *b = nullptr;
    for (const CaseLayer &layer : exact->study->layers)
        if (!layer.features.empty())
            a = &layer;
    for (const CaseLayer &layer : simplified->study->layers)
        if (!layer.features.empty())
            b = &layer;
    QVERIFY(a && b);
    QCOMPARE(b->features.size(), a->features.size());
    qint64 exactVertices = 0, simplifiedVertices = 0;
    const TimePoint t = m_folderStudy->defaultTime();
    for (size_t i = 0; i < a->features.size(); ++i) {
        const CaseFeature &fa = a->features[i], &fb = b->features[i];
        QCOMPARE(fb.id, fa.id);
        exactVertices += fa.geometry.vertexCount();
        simplifiedVertices += fb.geometry.vertexCount();
        const BoundingBox ea = fa.geometry.bounds(), eb = fb.geometry.bounds();
        QVERIFY2(std::abs(ea.xMin - eb.xMin) <= 100 && std::abs(ea.xMax - eb.xMax) <= 100 && std::abs(ea.yMin - eb.yMin) <= 100
                     && std::abs(ea.yMax - eb.yMax) <= 100,
                 qPrintable(fa.id));
        const FeatureState sa = exact->study->index.stateOf(fa.modelIndex, t), sb = simplified->study->index.stateOf(fb.modelIndex, t);
        QCOMPARE(sb.status, sa.status);
        QCOMPARE(sb.deFactoHolder(), sa.deFactoHolder());
    }
    QVERIFY2(simplifiedVertices * 2 < exactVertices, qPrintable(QStringLiteral("%1 vertices simplified, %2 exact").arg(simplifiedVertices).arg(exactVertices)));
}

QTEST_MAIN(TestOpenByView)
#include "testopenbyview.moc"
