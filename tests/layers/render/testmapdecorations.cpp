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
    void legendKeepsOffTheDistricts();
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

// The pixels that change when the legend is drawn are the legend; in the picture without it,
// few of them may be districts, communes or forts.
void TestMapDecorations::legendKeepsOffTheDistricts()
{
    MapView view = viewAt(QStringLiteral("1871-04-15"), QSize(1280, 720));
    MapRenderer with(m_scene), without(m_scene);
    const QImage a = with.renderImage(view);
    view.showLegend = false;
    const QImage b = without.renderImage(view);
    int legend = 0, overFeatures = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y)) {
                ++legend;
                overFeatures += without.featureAt(QPointF(x, y)) >= 0;
            }
    QVERIFY2(legend > 20000, qPrintable(QString::number(legend)));   // a legend was drawn
    QVERIFY2(overFeatures < legend / 10, qPrintable(QStringLiteral("%1 of %2 legend pixels over features").arg(overFeatures).arg(legend)));
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
