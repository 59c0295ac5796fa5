// Every status's pattern as it comes out of a real frame: a package whose 18th arrondissement
// is put in one status at a time, rendered zoomed in, and the pixels inside it counted. The
// expected colours are the authorities' colours blended over the land at the fill opacity, as
// a reader's eye (or a colour picker) would find them; the proportions are what the symbology
// promises (datasets/README.md): wide and narrow stripes, columns by share, and so on.

#include "support/packagefixture.h"

#include "package/datasetpackage.h"
#include "render/maprenderer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dpa;

namespace {

const QColor kLand(0xf4, 0xf1, 0xea);
const QColor kA(0xd5, 0x5e, 0x00), kB(0x00, 0x72, 0xb2), kC(0x00, 0x9e, 0x73), kD(0xcc, 0x79, 0xa7);

QColor over(const QColor &fill, double opacity, const QColor &under = kLand)
{
    auto mix = [&](int a, int b) { return int(std::lround(a * opacity + b * (1 - opacity))); };
    return QColor(mix(fill.red(), under.red()), mix(fill.green(), under.green()), mix(fill.blue(), under.blue()));
}

bool near(const QColor &a, const QColor &b) { return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 && std::abs(a.blue() - b.blue()) <= 3; }

struct Window
{
    QImage image;
    QRect box;
    // Share of the window's pixels near `c`.
    double share(const QColor &c) const
    {
        int n = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                n += near(image.pixelColor(x, y), c);
        return double(n) / (box.width() * box.height());
    }
    // Share of pixels equal to the one at (dx, dy) from them: 1 along a pattern's direction.
    double sameAlong(int dx, int dy) const
    {
        int n = 0, all = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x, ++all)
                n += image.pixel(x, y) == image.pixel(x + dx, y + dy);
        return double(n) / all;
    }
};

} // namespace

class TestStatusPatterns : public QObject
{
    Q_OBJECT
private slots:
    void patterns_data();
    void patterns();

private:
    Window render(const QStringList &claims, const QString &date);
};

Window TestStatusPatterns::render(const QStringList &claims, const QString &date)
{
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("p"));
    if (!test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), pkg))
        return {};
    QString manifest = QString::fromUtf8(test::readAll(pkg + QStringLiteral("/manifest.json")));
    const qsizetype from = manifest.indexOf(QLatin1String("\"authorities\"")), to = manifest.indexOf(QLatin1String("\"layers\""));
    QString authorities = QStringLiteral("\"authorities\": [\n");
    const QList<std::pair<const char *, QColor>> list{{"a", kA}, {"b", kB}, {"c", kC}, {"d", kD}};
    for (const auto &[id, colour] : list)
        authorities += QStringLiteral("    {\"id\": \"%1\", \"name\": {\"en\": \"%2\"}, \"color\": \"%3\"}%4\n")
                           .arg(QLatin1String(id), QString::fromLatin1(id).toUpper(), colour.name(), QLatin1String(id[0] == 'd' ? "" : ","));
    manifest.replace(from, to - from, authorities + QStringLiteral("  ],\n  "));
    QString csv = QStringLiteral("layer,feature,authority,role,start,end,confidence,sources,note,share\n");
    for (const QString &c : claims) {
        const QStringList w = c.split(QLatin1Char(' '));
        csv += QStringLiteral("arrondissements,arr18,%1,%2,%3,%4,high,tombs1999,,%5\n")
                   .arg(w[0], w[1], w.value(2, QStringLiteral("..")), w.value(3, QStringLiteral("..")), w.value(4));
    }
    if (!test::writeAll(pkg + QStringLiteral("/manifest.json"), manifest.toUtf8()) ||
        !test::writeAll(pkg + QStringLiteral("/claims.csv"), csv.toUtf8()))
        return {};
    const auto result = DatasetPackage::load(pkg);
    if (!result.study) {
        for (const Error &e : result.problems)
            qWarning("%s", qPrintable(e.toString()));
        return {};
    }
    auto scene = std::make_shared<MapScene>(result.study);
    const MapScene::Item *arr18 = nullptr;
    for (const auto &layer : scene->layers())
        for (const auto &item : layer.items)
            if (item.feature && item.feature->id == QLatin1String("arr18"))
                arr18 = &item;
    MapView view;
    view.size = QSize(1920, 1080);   // scale 1: pattern periods in whole pixels as specified
    const QRectF bounds = arr18->areaPath().boundingRect();
    view.extent = {bounds.left(), bounds.top(), bounds.right(), bounds.bottom()};
    view.showLabels = view.showTitle = view.showLegend = view.showScaleBar = false;
    view.time = HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
    Window w;
    w.image = MapRenderer(scene).renderImage(view).convertToFormat(QImage::Format_RGB32);
    const QPoint centre = view.worldToPixel().map(arr18->labelAnchor).toPoint();
    w.box = QRect(centre - QPoint(80, 80), QSize(160, 160));   // whole periods of 16 and 32
    return w;
}

void TestStatusPatterns::patterns_data()
{
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QList<QColor>>("colours");     // fills expected, blended at opacity 0.9
    QTest::addColumn<QList<double>>("shares");      // their share of the window, ±0.05
    QTest::addColumn<QPoint>("along");              // a direction the pattern does not change in

    const QString day = QStringLiteral("1871-04-15");
    QTest::newRow("held: solid") << QStringList{"a control"} << day << QList<QColor>{kA} << QList<double>{1.0} << QPoint(1, 0);
    QTest::newRow("dual, two camps: 11 and 5 of 16 on the rising diagonal")
        << QStringList{"a control", "b claim"} << day << QList<QColor>{kA, kB} << QList<double>{11 / 16.0, 5 / 16.0} << QPoint(1, -1);
    QTest::newRow("dual, three camps: 11, 5, 5 of 21")
        << QStringList{"a control", "b claim", "c claim"} << day << QList<QColor>{kA, kB, kC}
        << QList<double>{11 / 21.0, 5 / 21.0, 5 / 21.0} << QPoint(1, -1);
    QTest::newRow("dual, four camps: 11, 5, 5, 5 of 26")
        << QStringList{"a control", "b claim", "c claim", "d claim"} << day << QList<QColor>{kA, kB, kC, kD}
        << QList<double>{11 / 26.0, 5 / 26.0, 5 / 26.0, 5 / 26.0} << QPoint(1, -1);
    QTest::newRow("divided: vertical columns by share")
        << QStringList{"a control .. .. 0.7", "b control .. .. 0.3"} << day << QList<QColor>{kA, kB}
        << QList<double>{0.7, 0.3} << QPoint(0, 1);
    QTest::newRow("occupied: horizontal bars of the occupier over the title")
        << QStringList{"a claim", "d occupation"} << day << QList<QColor>{kA, kD} << QList<double>{-1, -1} << QPoint(1, 0);
    QTest::newRow("contested: cross-hatch over pale grey")
        << QStringList{"a control", "b contested"} << day << QList<QColor>{kA, kB, QColor(0xee, 0xee, 0xee)}
        << QList<double>{-1, -1, -1} << QPoint(0, 0);
    QTest::newRow("hand-over: the incoming colour with dots of the outgoing")
        << QStringList{"a control 1871-03-01 1871-04-15", "b control 1871-04-15 .."} << day << QList<QColor>{kB, kA}
        << QList<double>{-1, -1} << QPoint(0, 0);
    QTest::newRow("a title nobody enforces: a pale tint")
        << QStringList{"a claim"} << day << QList<QColor>{QColor::fromRgbF(0.45f * kA.redF() + 0.55f, 0.45f * kA.greenF() + 0.55f, 0.45f * kA.blueF() + 0.55f)}
        << QList<double>{1.0} << QPoint(1, 0);
    QTest::newRow("presence alone: unknown grey") << QStringList{"d presence"} << day << QList<QColor>{QColor(0xc8, 0xc8, 0xc8)}
                                                 << QList<double>{1.0} << QPoint(1, 0);
}

void TestStatusPatterns::patterns()
{
    QFETCH(QStringList, claims);
    QFETCH(QString, date);
    QFETCH(QList<QColor>, colours);
    QFETCH(QList<double>, shares);
    QFETCH(QPoint, along);
    const Window w = render(claims, date);
    QVERIFY(!w.image.isNull());
    double covered = 0;
    for (qsizetype i = 0; i < colours.size(); ++i) {
        const double s = w.share(over(colours[i], 0.9));
        covered += s;
        QVERIFY2(s > 0.02, qPrintable(QStringLiteral("colour %1 covers %2 of the window").arg(colours[i].name()).arg(s)));
        if (shares[i] >= 0)
            QVERIFY2(std::abs(s - shares[i]) < 0.05, qPrintable(QStringLiteral("colour %1: %2, expected %3")
                                                                     .arg(colours[i].name()).arg(s).arg(shares[i])));
    }
    // Nothing but the pattern's colours inside the district (a pennant or outline would show).
    QVERIFY2(covered > 0.97, qPrintable(QString::number(covered)));
    if (!along.isNull())
        QVERIFY2(w.sameAlong(along.x(), along.y()) > 0.97, qPrintable(QString::number(w.sameAlong(along.x(), along.y()))));
    // The hand-over's dots are a sparse mark: the incoming holder dominates.
    if (QTest::currentDataTag() == QLatin1String("hand-over: the incoming colour with dots of the outgoing"))
        QVERIFY(w.share(over(kB, 0.9)) > 0.7);
}

QTEST_MAIN(TestStatusPatterns)
#include "teststatuspatterns.moc"
