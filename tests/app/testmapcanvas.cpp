#include "map/mapcanvas.h"
#include "package/datasetpackage.h"
#include "render/maprenderer.h"
#include "syntheticpackage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dpa;

// The canvas rebuilds a new view's caches (projection, id buffer, outlines, labels) on a worker
// thread, so a pan or a zoom on a national case study never freezes the window; and whatever
// the user does meanwhile, the frame it settles on is exactly what a synchronous render draws.
class TestMapCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panningKeepsTheEventLoopRunning();
    void settlesOnTheSynchronousFrame();

private:
    // Runs the event loop until the canvas has drawn its view; returns the longest time the
    // loop went without running a 5 ms timer, in milliseconds.
    double worstGapWhileDrawing(MapCanvas &canvas);
    // Shows the scene in `canvas` at 1280x720, a hundred days into the period, and waits for its
    // first view; false if the window never showed.
    bool showScene(MapCanvas &canvas);
    QTemporaryDir m_dir;
    std::shared_ptr<MapScene> m_scene;
};

bool TestMapCanvas::showScene(MapCanvas &canvas)
{
    canvas.resize(1280, 720);
    canvas.setScene(m_scene);
    canvas.setTime(m_scene->study().manifest.period.from() + 100 * kMinutesPerDay);
    canvas.show();
    if (!QTest::qWaitForWindowExposed(&canvas))
        return false;
    canvas.frame();   // the first view, waited for
    return true;
}

void TestMapCanvas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 30,000 polygons of 50 vertices: a new view takes most of a second here, which a UI
    // thread doing it would show as a frozen window.
    const QString folder = m_dir.filePath(QStringLiteral("synthetic"));
    const QString error = writeSyntheticPackage(folder, 30000, 1917);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto loaded = DatasetPackage::load(folder);
    QVERIFY2(loaded.isValid(), loaded.problems.isEmpty() ? "" : qPrintable(loaded.problems.first().toString()));
    m_scene = std::make_shared<MapScene>(loaded.study);
}

double TestMapCanvas::worstGapWhileDrawing(MapCanvas &canvas)
{
    QElapsedTimer clock;
    clock.start();
    double last = 0, worst = 0;
    int moves = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        worst = std::max(worst, now - last);
        last = now;
        // The user goes on moving the mouse over the map (hover looks features up) and the
        // window repaints, showing the old frame moved to the new view.
        QTest::mouseMove(&canvas, QPoint(300 + (++moves % 200), 300));
        canvas.repaint();
    });
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!canvas.isDrawingView())
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    tick.start();
    poll.start(1);
    loop.exec();
    return worst;
}

void TestMapCanvas::panningKeepsTheEventLoopRunning()
{
    MapCanvas canvas;
    QVERIFY(showScene(canvas));

    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(640, 360));
    QTest::mouseMove(&canvas, QPoint(700, 380));
    QTest::mouseMove(&canvas, QPoint(840, 420));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(840, 420));
    canvas.repaint();
    QVERIFY(canvas.isDrawingView());
    const double worst = worstGapWhileDrawing(canvas);
    QVERIFY(!canvas.isDrawingView());
    const double rebuild = canvas.lastFrameMilliseconds();
    qInfo("new view drawn in %.0f ms on a worker; the event loop never waited more than %.1f ms", rebuild, worst);
    // Drawn on this thread, the loop would have waited the whole rebuild.
    QVERIFY2(worst < 50, qPrintable(QStringLiteral("the event loop waited %1 ms").arg(worst)));
    QVERIFY2(worst < rebuild / 2, qPrintable(QStringLiteral("%1 ms waits against a %2 ms rebuild").arg(worst).arg(rebuild)));
}

void TestMapCanvas::settlesOnTheSynchronousFrame()
{
    MapCanvas canvas;
    QVERIFY(showScene(canvas));

    // Moves faster than the worker: a zoom, a pan and a new date while the first is drawn; the
    // views in between are dropped, the last is drawn.
    canvas.zoomBy(1.25);
    canvas.repaint();
    QVERIFY(canvas.isDrawingView());
    canvas.zoomAt(1.25, QPointF(200, 150));
    canvas.repaint();
    canvas.setTime(m_scene->study().manifest.period.from() + 200 * kMinutesPerDay);
    canvas.repaint();
    // The first worker comes back with the first zoom; the repaint then sends the latest view.
    for (int round = 0; round < 3; ++round) {
        worstGapWhileDrawing(canvas);
        canvas.repaint();
    }

    const QImage shown = canvas.frame().convertToFormat(QImage::Format_RGB32);
    MapRenderer reference(m_scene);
    const QImage expected = reference.renderImage(canvas.view(), canvas.devicePixelRatioF()).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shown.size(), expected.size());
    QVERIFY(shown == expected);
}

QTEST_MAIN(TestMapCanvas)
#include "testmapcanvas.moc"
