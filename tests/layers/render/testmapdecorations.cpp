// The furniture around the map as a reader meets it: the legend keeps off the districts, the
// credits are whole however narrow the picture, and the window's text keeps its size.

#include "package/datasetpackage.h"
#include "render/mapdecorations.h"
#include "render/inforcetally.h"
#include "render/maprenderer.h"

#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <QTest>

using namespace dpa;

class TestMapDecorations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void legendKeepsOffTheFeatures();
    void creditsAreNeverCut();
    void windowTextKeepsItsSize();
    void legendTallyFollowsTime();

private:
    MapView viewAt(const QString &date, QSize size) const;
    std::shared_ptr<MapScene> m_scene;
};

void TestMapDecorations::initTestCase()
{
    auto result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"));
    QVERIFY(result.study);
    m_scene = std::make_shared<MapScene>(result.study);
}

MapView TestMapDecorations::viewAt(const QString &date, QSize size) const
{
    MapView view;
    view.extent = m_scene->extent().grown(0.03);
    view.size = size;
    view.time = HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
    return view;
}

// On every bundled case study, in a landscape picture, on an A4 page and in a square, the legend lies over
// no feature: the features are read from a second renderer that draws the map alone, at the
// size the first one gave the map (smaller when the legend went beside it).
void TestMapDecorations::legendKeepsOffTheFeatures()
{
    const QStringList studies{QStringLiteral("petrograd-1917"), QStringLiteral("paris-1871"),
                              QStringLiteral("catalonia-1936"), QStringLiteral("northeast-syria")};
    int beside = 0, corner = 0;
    for (const QString &id : studies) {
        auto loaded = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/") + id);
        QVERIFY2(loaded.study, qPrintable(id));
        auto scene = std::make_shared<MapScene>(loaded.study);
        const DateInterval &period = loaded.study->manifest.period;
        for (TimePoint time : {loaded.study->defaultTime(), period.from() + (period.to() - period.from()) / 2})
        for (QSize size : {QSize(1600, 900), QSize(1240, 1754), QSize(900, 900)}) {
            MapView view;
            view.extent = scene->extent().grown(0.03);
            view.size = size;
            view.time = time;
            MapRenderer with(scene);
            with.renderImage(view);
            const QRectF legend = with.legendBox(), map = with.mapRect();
            const QString where = QStringLiteral("%1 on %4 at %2x%3").arg(id).arg(size.width()).arg(size.height()).arg(datetext::formatMoment(time, {Calendar::Gregorian}, false));
            QVERIFY2(!legend.isNull(), qPrintable(where));
            QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).contains(legend), qPrintable(where));
            if (!map.intersects(legend)) {
                ++beside;
                QVERIFY2(map.width() >= size.width() * 0.5 && map.height() >= size.height() * 0.5, qPrintable(where));
                continue;
            }
            ++corner;
            MapView alone = view;
            alone.showLegend = false;
            alone.size = map.size().toSize();
            MapRenderer without(scene);
            without.renderImage(alone);
            int over = 0, total = 0;
            for (int y = int(legend.top()); y < int(legend.bottom()); y += 2)
                for (int x = int(legend.left()); x < int(legend.right()); x += 2) {
                    ++total;
                    over += without.featureAt(QPointF(x, y)) >= 0;
                }
            // A sliver a pixel or two wide may slip between the 16 x 16 samples that choose the corner.
            QVERIFY2(over <= total / 200, qPrintable(QStringLiteral("%1: %2 of %3 legend pixels over features").arg(where).arg(over).arg(total)));
        }
    }
    // The studies exercise both answers: a free corner, and a legend beside the map.
    QVERIFY(beside > 0);
    QVERIFY(corner > 0);
}

void TestMapDecorations::creditsAreNeverCut()
{
    const CaseStudy &study = m_scene->study();
    for (int width : {1920, 900, 480}) {
        const MapView view = viewAt(QStringLiteral("1871-04-15"), QSize(width, 600));
        const MapDecorations decorations(study, view, view.pixelScale());
        const QStringList lines = decorations.creditLines();
        // Every word of the manifest's attribution, in order, none elided.
        QCOMPARE(lines.join(QStringLiteral(" · ")), study.manifest.attribution);
        QFont font;
        font.setPixelSize(int(11 * view.pixelScale()));
        for (const QString &line : lines)
            QVERIFY2(QFontMetricsF(font).horizontalAdvance(line) <= width - 20 * view.pixelScale() || !line.contains(QStringLiteral(" · ")),
                     qPrintable(line));
        if (width == 480)
            QVERIFY(lines.size() >= 3);
    }
}

// With the window's text scale the title panel is as tall in a small window as in a large one;
// a picture (scale from its size) grows it with the picture.
void TestMapDecorations::windowTextKeepsItsSize()
{
    auto titleHeight = [&](QSize size, double textScale) {
        MapView view = viewAt(QStringLiteral("1871-04-15"), size);
        view.textScale = textScale;
        view.showLegend = false;
        const QImage image = MapRenderer(m_scene).renderImage(view);
        // Down a column through the panel's left part: find the near-white panel, count its rows.
        const int x = 40;
        int y = 0;
        while (y < image.height() / 2 && qGray(image.pixel(x, y)) <= 235)
            ++y;
        const int top = y;
        while (y < image.height() && qGray(image.pixel(x, y)) > 235)
            ++y;
        return y - top;
    };
    const int small = titleHeight(QSize(900, 600), 1), large = titleHeight(QSize(1800, 1200), 1);
    QVERIFY2(std::abs(small - large) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(small).arg(large)));
    QVERIFY(titleHeight(QSize(2700, 1800), 0) > titleHeight(QSize(2700, 1800), 1) * 1.4);
}

// The legend's tally is kept up to date change by change; it must say what a full recount on
// the date says, whichever way and however far time jumps.
void TestMapDecorations::legendTallyFollowsTime()
{
    const CaseStudy &study = m_scene->study();
    StyleTable styles;
    InForceTally tally;
    std::vector<TimePoint> times = study.index.changePoints();
    QVERIFY(times.size() > 20);
    QRandomGenerator random(1871);
    std::shuffle(times.begin(), times.end(), random);
    times.resize(60);
    for (TimePoint t : times) {
        styles.compute(study, t + 12 * 60);
        tally.update(study, styles);
        const LegendContents kept = tally.contents(styles), recounted = LegendContents::at(study, t + 12 * 60);
        QCOMPARE(kept.authorities, recounted.authorities);
        QCOMPARE(kept.statuses, recounted.statuses);
        QCOMPARE(kept.titleOnly, recounted.titleOnly);
        QCOMPARE(kept.lowerConfidence, recounted.lowerConfidence);
        QCOMPARE(kept.presence, recounted.presence);
    }
}

QTEST_MAIN(TestMapDecorations)
#include "testmapdecorations.moc"
