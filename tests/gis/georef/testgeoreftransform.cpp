#include "georef/georefresiduals.h"
#include "georef/georeftransform.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace dpa;

namespace {

using Mapping = std::function<QPointF(QPointF)>;

// Map coordinates in Lambert-93 metres around Paris: large numbers, as real sheets have, so a
// fit that loses precision on them fails here.
constexpr double kX0 = 651000, kY0 = 6862000;

// The families each method can represent exactly, pixel -> map.
QPointF similarity(QPointF p)
{
    const double s = 1.8, a = 12 * M_PI / 180;   // 1.8 m per pixel, turned 12 degrees
    const double u = p.x(), v = -p.y();
    return {kX0 + s * (std::cos(a) * u - std::sin(a) * v), kY0 + s * (std::sin(a) * u + std::cos(a) * v)};
}
QPointF affine(QPointF p) { return {kX0 + 2.0 * p.x() + 0.3 * p.y(), kY0 + 0.2 * p.x() - 1.7 * p.y()}; }
QPointF quadratic(QPointF p)
{
    const QPointF a = affine(p);
    return {a.x() + 4e-4 * p.x() * p.x() - 2e-4 * p.x() * p.y(), a.y() + 3e-4 * p.y() * p.y() + 1e-4 * p.x() * p.y()};
}
QPointF cubic(QPointF p)
{
    const QPointF q = quadratic(p);
    return {q.x() + 3e-7 * p.x() * p.x() * p.y(), q.y() - 2e-7 * p.y() * p.y() * p.y()};
}

// Points on a 5 x 4 grid over a 1000 x 800 scan, slightly jittered so no three are exactly
// collinear by accident of the grid.
GcpSet gridPoints(const Mapping &f, const Crs &crs)
{
    GcpSet set;
    set.crs = crs;
    set.file = QStringLiteral("synthetic.points");
    int id = 0;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 5; ++c) {
            GroundControlPoint p;
            p.id = QString::number(++id);
            p.pixel = 50 + c * 225 + (r * 7 % 5);
            p.line = 40 + r * 240 + (c * 3 % 4);
            const QPointF m = f({p.pixel, p.line});
            p.mapX = m.x();
            p.mapY = m.y();
            set.points.push_back(p);
        }
    return set;
}

Crs lambert93() { return *Crs::fromUserInput(QStringLiteral("EPSG:2154")); }

} // namespace

class TestGeorefTransform : public QObject
{
    Q_OBJECT
private slots:
    void recoversKnownTransform_data();
    void recoversKnownTransform();
    void thinPlateSplineInterpolates();
    void helmertParameters();
    void residualsMatchIndependentLeastSquares();
    void outlierIsFlagged();
    void geographicResidualsInMetres();
    void tooFewPoints_data();
    void tooFewPoints();
    void collinearPoints();
    void sameSpotTwice();
};

void TestGeorefTransform::recoversKnownTransform_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<Mapping>("truth");
    QTest::addColumn<double>("tolerance");          // map units (m), scan -> map, at points not fitted
    QTest::addColumn<double>("inverseTolerance");   // pixels, map -> scan
    // Each method given a mapping of its own family must find it to rounding: a thousandth of
    // a metre at check points between and outside the control points. GDAL fits the way back
    // (map -> scan, the direction GDALWarp uses) as a second polynomial of the same order, which
    // is exact for affine sheets but only approximates the inverse of a bent one: over this
    // 1000-pixel sheet bent by about 400 m, within 3 pixels (order 2) and 1.5 (order 3).
    QTest::newRow("helmert") << int(GeorefMethod::Helmert) << Mapping(similarity) << 1e-3 << 1e-3;
    QTest::newRow("poly1") << int(GeorefMethod::Polynomial1) << Mapping(affine) << 1e-3 << 1e-3;
    QTest::newRow("poly2") << int(GeorefMethod::Polynomial2) << Mapping(quadratic) << 1e-3 << 3.0;
    QTest::newRow("poly3") << int(GeorefMethod::Polynomial3) << Mapping(cubic) << 1e-3 << 1.5;
    // A thin plate spline keeps an affine part and bends only where the points demand it.
    QTest::newRow("tps on an affine sheet") << int(GeorefMethod::ThinPlateSpline) << Mapping(affine) << 1e-3 << 1e-3;
}

void TestGeorefTransform::recoversKnownTransform()
{
    QFETCH(int, method);
    QFETCH(Mapping, truth);
    QFETCH(double, tolerance);
    QFETCH(double, inverseTolerance);
    const GcpSet set = gridPoints(truth, lambert93());
    const auto t = GeorefTransform::fit(set, GeorefMethod(method));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
    for (const QPointF check : {QPointF(333, 222), QPointF(901, 615), QPointF(120, 700), QPointF(600, 77)}) {
        const auto m = t->toMap(check);
        QVERIFY(m);
        const QPointF expected = truth(check);
        QVERIFY2(std::hypot(m->x() - expected.x(), m->y() - expected.y()) < tolerance,
                 qPrintable(QStringLiteral("%1,%2 -> %3,%4, expected %5,%6").arg(check.x()).arg(check.y())
                                .arg(m->x(), 0, 'f', 6).arg(m->y(), 0, 'f', 6).arg(expected.x(), 0, 'f', 6).arg(expected.y(), 0, 'f', 6)));
        const auto back = t->toPixel(expected);
        QVERIFY(back);
        QVERIFY2(std::hypot(back->x() - check.x(), back->y() - check.y()) < inverseTolerance,
                 qPrintable(QStringLiteral("back to %1,%2").arg(back->x()).arg(back->y())));
    }
    const GeorefResiduals r = GeorefResiduals::compute(set, *t);
    QVERIFY2(r.rmsPixels < 1e-4, qPrintable(QString::number(r.rmsPixels)));
    QVERIFY(r.rmsMetres < 1e-4);
    QCOMPARE(r.outliers, 0);
}

void TestGeorefTransform::thinPlateSplineInterpolates()
{
    // A sheet bent by a quadratic (about 400 m over 1000 pixels): the spline passes through
    // every point and stays within 4 m (two pixels; 2.1 m measured at the worst check point)
    // of the bend between points 225 pixels apart. (poly2 finds this bend exactly.)
    const GcpSet set = gridPoints(quadratic, lambert93());
    const auto t = GeorefTransform::fit(set, GeorefMethod::ThinPlateSpline);
    QVERIFY(t.ok());
    const GeorefResiduals r = GeorefResiduals::compute(set, *t);
    QVERIFY(r.rmsPixels < 1e-6);
    for (const QPointF check : {QPointF(333, 222), QPointF(700, 500), QPointF(500, 400)}) {
        const auto m = t->toMap(check);
        QVERIFY(m);
        const QPointF expected = quadratic(check);
                QVERIFY2(std::hypot(m->x() - expected.x(), m->y() - expected.y()) < 4.0,
                 qPrintable(QStringLiteral("%1,%2 to %3,%4, expected %5,%6").arg(check.x()).arg(check.y()).arg(m->x()).arg(m->y())
                                .arg(expected.x()).arg(expected.y())));
    }
}

void TestGeorefTransform::helmertParameters()
{
    GcpSet set = gridPoints(similarity, lambert93());
    set.points.resize(2);   // two points determine a similarity
    const auto t = GeorefTransform::fit(set, GeorefMethod::Helmert);
    QVERIFY(t.ok());
    QVERIFY(t->similarity());
    QVERIFY(std::abs(t->similarity()->scale() - 1.8) < 1e-9);
    QVERIFY(std::abs(t->similarity()->rotationDegrees() - 12) < 1e-9);
    // Its geotransform is GDAL's form of the same mapping.
    double gt[6];
    t->similarity()->geoTransform(gt);
    const QPointF p(640, 480), m = similarity(p);
    QVERIFY(std::abs(gt[0] + p.x() * gt[1] + p.y() * gt[2] - m.x()) < 1e-6);
    QVERIFY(std::abs(gt[3] + p.x() * gt[4] + p.y() * gt[5] - m.y()) < 1e-6);
}

void TestGeorefTransform::residualsMatchIndependentLeastSquares()
{
    // Points off an affine sheet by a few metres of scatter: GDAL's order-1 fit must be the least
    // squares affine fit, solved here independently by the normal equations (Cramer's rule).
    GcpSet set = gridPoints(affine, lambert93());
    const double noise[][2] = {{3, -2}, {-1, 4}, {2, 2}, {-3, 1}, {0, -4}, {4, 0}, {-2, -3}, {1, 3}, {-4, 2}, {2, -1}};
    for (size_t i = 0; i < set.points.size(); ++i) {
        set.points[i].mapX += noise[i % 10][0];
        set.points[i].mapY += noise[i % 10][1];
    }
    const auto t = GeorefTransform::fit(set, GeorefMethod::Polynomial1);
    QVERIFY(t.ok());
    const GeorefResiduals r = GeorefResiduals::compute(set, *t);

    auto solve3 = [](const double a[3][3], const double b[3], double x[3]) {
        auto det = [](const double m[3][3]) {
            return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
                   m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        };
        const double d = det(a);
        for (int k = 0; k < 3; ++k) {
            double m[3][3];
            for (int i = 0; i < 3; ++i)
                for (int j = 0; j < 3; ++j)
                    m[i][j] = j == k ? b[i] : a[i][j];
            x[k] = det(m) / d;
        }
    };
    double ata[3][3] = {}, bx[3] = {}, by[3] = {};
    for (const GroundControlPoint &p : set.points) {
        const double row[3] = {1, p.pixel, p.line};
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j)
                ata[i][j] += row[i] * row[j];
            bx[i] += row[i] * (p.mapX - kX0);
            by[i] += row[i] * (p.mapY - kY0);
        }
    }
    double cx[3], cy[3];
    solve3(ata, bx, cx);
    solve3(ata, by, cy);
    double sum = 0;
    for (size_t i = 0; i < set.points.size(); ++i) {
        const GroundControlPoint &p = set.points[i];
        const double dx = kX0 + cx[0] + cx[1] * p.pixel + cx[2] * p.line - p.mapX;
        const double dy = kY0 + cy[0] + cy[1] * p.pixel + cy[2] * p.line - p.mapY;
        QVERIFY2(std::abs(r.points[i].metres - std::hypot(dx, dy)) < 1e-6,
                 qPrintable(QStringLiteral("point %1: %2 m, expected %3 m").arg(p.id).arg(r.points[i].metres).arg(std::hypot(dx, dy))));
        sum += dx * dx + dy * dy;
    }
    QVERIFY(std::abs(r.rmsMetres - std::sqrt(sum / set.points.size())) < 1e-6);
    // Pixel residuals are the same misfit seen on the scan: about metres / 1.9 m per pixel.
    QVERIFY(r.rmsPixels > 0.5 * r.rmsMetres / 2.1 && r.rmsPixels < 2 * r.rmsMetres / 1.6);
}

void TestGeorefTransform::outlierIsFlagged()
{
    GcpSet set = gridPoints(affine, lambert93());
    const double noise[][2] = {{0.6, -0.4}, {-0.2, 0.8}, {0.4, 0.4}, {-0.6, 0.2}, {0, -0.8}};
    for (size_t i = 0; i < set.points.size(); ++i) {
        set.points[i].mapX += noise[i % 5][0];
        set.points[i].mapY += noise[i % 5][1];
    }
    set.points[7].mapX += 60;   // clicked on the wrong crossing, 30 pixels off
    set.points[12].enabled = false;
    set.points[12].mapY += 500;   // disabled: neither an outlier nor in the RMS
    const auto t = GeorefTransform::fit(set, GeorefMethod::Polynomial1);
    QVERIFY(t.ok());
    const GeorefResiduals r = GeorefResiduals::compute(set, *t);
    QCOMPARE(r.outliers, 1);
    QVERIFY(r.points[7].outlier);
    QVERIFY(!r.points[12].outlier);
    QVERIFY(r.points[12].pixelLength > 200);   // still measured, as a check point
}

void TestGeorefTransform::geographicResidualsInMetres()
{
    // One point 0.001 degrees of latitude off a Helmert fit of two others: the misfit shared
    // out by least squares; its sum over the three is what matters. 0.001° of latitude on a
    // sphere of the mean radius is 111.19 m (6371008.8 * pi / 180 / 1000).
    GcpSet set;
    set.crs = Crs::wgs84();
    set.file = QStringLiteral("geo.points");
    const double pts[][4] = {{0, 0, 2.30, 48.87}, {1000, 0, 2.34, 48.87}, {0, 1000, 2.30, 48.85}};
    for (int i = 0; i < 3; ++i)
        set.points.push_back({QString::number(i + 1), pts[i][0], pts[i][1], pts[i][2], pts[i][3], true, 0});
    auto t = GeorefTransform::fit(set, GeorefMethod::Polynomial1);
    QVERIFY(t.ok());
    QVERIFY(GeorefResiduals::compute(set, *t).rmsMetres < 1e-6);   // three points: exact
    set.points.push_back({QStringLiteral("4"), 1000, 1000, 2.34, 48.85 + 0.001, true, 0});
    t = GeorefTransform::fit(set, GeorefMethod::Polynomial1);
    const GeorefResiduals r = GeorefResiduals::compute(set, *t);
    // The affine least squares spreads a single corner's error as +e/4 at that corner and
    // -e/4, -e/4, +e/4 around it (the design is a 2x2 grid), so each residual is a quarter.
    for (const GcpResidual &p : r.points)
        QVERIFY2(std::abs(p.metres - 111.195 / 4) < 0.05, qPrintable(QString::number(p.metres)));
}

void TestGeorefTransform::tooFewPoints_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("needed");
    QTest::newRow("helmert") << int(GeorefMethod::Helmert) << 2;
    QTest::newRow("poly1") << int(GeorefMethod::Polynomial1) << 3;
    QTest::newRow("poly2") << int(GeorefMethod::Polynomial2) << 6;
    QTest::newRow("poly3") << int(GeorefMethod::Polynomial3) << 10;
    QTest::newRow("tps") << int(GeorefMethod::ThinPlateSpline) << 3;
}

void TestGeorefTransform::tooFewPoints()
{
    QFETCH(int, method);
    QFETCH(int, needed);
    GcpSet set = gridPoints(cubic, lambert93());
    set.points.resize(needed);
    QVERIFY(GeorefTransform::fit(set, GeorefMethod(method)).ok());
    set.points[0].enabled = false;   // a disabled point does not count
    const auto t = GeorefTransform::fit(set, GeorefMethod(method));
    QVERIFY(!t.ok());
    QCOMPARE(t.error().file, QStringLiteral("synthetic.points"));
    QVERIFY2(t.error().message.contains(QStringLiteral("needs at least %1 enabled control points; there are %2").arg(needed).arg(needed - 1)),
             qPrintable(t.error().message));
}

void TestGeorefTransform::collinearPoints()
{
    GcpSet set;
    set.crs = lambert93();
    set.file = QStringLiteral("street.points");
    // Four crossings along one straight street.
    for (int i = 0; i < 4; ++i)
        set.points.push_back({QStringLiteral("c%1").arg(i), 100.0 + 200 * i, 50.0 + 100 * i, kX0 + 400 * i, kY0 - 200 * i, true, 0});
    for (GeorefMethod m : {GeorefMethod::Polynomial1, GeorefMethod::ThinPlateSpline}) {
        const auto t = GeorefTransform::fit(set, m);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QLatin1String("lie on one line on the scan")), qPrintable(t.error().message));
        QVERIFY(t.error().message.contains(QLatin1String("c0, c1, c2, c3")));
    }
    // Helmert needs no spread across the line: scale and turn follow from two points.
    QVERIFY(GeorefTransform::fit(set, GeorefMethod::Helmert).ok());
    // A point off the line makes an affine fit possible.
    set.points.push_back({QStringLiteral("off"), 600, 90, kX0 + 900, kY0 + 100, true, 0});
    QVERIFY(GeorefTransform::fit(set, GeorefMethod::Polynomial1).ok());
}

void TestGeorefTransform::sameSpotTwice()
{
    GcpSet set = gridPoints(affine, lambert93());
    set.points[5].pixel = set.points[2].pixel;
    set.points[5].line = set.points[2].line;
    set.points[5].fileLine = 8;
    const auto t = GeorefTransform::fit(set, GeorefMethod::ThinPlateSpline);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().line, 8);
    QVERIFY2(t.error().message.contains(QLatin1String("point 3 and point 6 are on the same spot of the scan")), qPrintable(t.error().message));
}

QTEST_GUILESS_MAIN(TestGeorefTransform)
#include "testgeoreftransform.moc"
