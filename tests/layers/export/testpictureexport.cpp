#include "package/datasetpackage.h"
#include "export/pictureexport.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <proj.h>

#include <cmath>

using namespace dpa;

// Pictures as a user takes them into an article or a slide: the PNG keeps its size and print
// resolution, the SVG and PDF parse and, drawn back to pixels, show the same map as the PNG;
// the scale bar and the north arrow measure the ground, not the grid.
class TestPictureExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pngHasSizeAndResolution();
    void svgParsesAndShowsTheSameMap();
    void pdfParsesAndShowsTheSameMap();
    void groundScaleIsMeasuredOnTheEllipsoid_data();
    void groundScaleIsMeasuredOnTheEllipsoid();
    void unwritableTargetIsNamedAndLeavesNothing();

private:
    static std::shared_ptr<MapScene> scene(const QString &id);
    MapView petrogradView() const;
    static double shareOfDifferentPixels(const QImage &a, const QImage &b);
    QTemporaryDir m_dir;
    std::shared_ptr<MapScene> m_petrograd;
};

std::shared_ptr<MapScene> TestPictureExport::scene(const QString &id)
{
    auto result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/") + id);
    return result.isValid() ? std::make_shared<MapScene>(result.study) : nullptr;
}

void TestPictureExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_petrograd = scene(QStringLiteral("petrograd-1917"));
    QVERIFY(m_petrograd);
}

MapView TestPictureExport::petrogradView() const
{
    MapView view;
    view.extent = m_petrograd->extent().grown(0.03);
    view.size = QSize(960, 540);
    // 1 May 1917 (Julian): dual power, so the stripes must survive the vector path.
    view.time = HistoricalDate::parse(QStringLiteral("1917-05-01"), Calendar::JulianRussia)->queryTime();
    return view;
}

// Pixels whose colour differs by more than antialiasing could explain, compared at a quarter of
// the size: stripes a renderer places half a pixel apart still average to the same colour.
double TestPictureExport::shareOfDifferentPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    const QSize quarter = a.size() / 4;
    const QImage x = a.convertToFormat(QImage::Format_RGB32).scaled(quarter, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage y = b.convertToFormat(QImage::Format_RGB32).scaled(quarter, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 different = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
                    std::abs(qBlue(p[col]) - qBlue(q[col])) > 60)
                ++different;
    }
    return double(different) / (x.width() * x.height());
}

void TestPictureExport::pngHasSizeAndResolution()
{
    MapRenderer renderer(m_petrograd);
    PictureRequest request;
    request.path = m_dir.filePath(QStringLiteral("map.png"));
    request.view = petrogradView();
    request.view.size = QSize(1200, 800);
    request.dpi = 300;
    QVERIFY(pictureexport::write(renderer, request));
    const QImage image(request.path);
    QCOMPARE(image.size(), QSize(1200, 800));
    QCOMPARE(image.dotsPerMeterX(), qRound(300 / 0.0254));
    QCOMPARE(image.text(QStringLiteral("Title")), m_petrograd->study().manifest.title.text(QStringLiteral("en")));
    QVERIFY(image.colorCount() == 0 && image.pixel(600, 400) != image.pixel(5, 795));
}

void TestPictureExport::svgParsesAndShowsTheSameMap()
{
    MapRenderer renderer(m_petrograd);
    PictureRequest request;
    request.path = m_dir.filePath(QStringLiteral("map.svg"));
    request.format = PictureFormat::Svg;
    request.view = petrogradView();
    QVERIFY(pictureexport::write(renderer, request));

    QSvgRenderer svg(request.path);
    QVERIFY2(svg.isValid(), "the SVG does not parse");
    QCOMPARE(svg.viewBox(), QRect(0, 0, 960, 540));
    QImage drawn(960, 540, QImage::Format_RGB32);
    drawn.fill(Qt::white);
    {
        QPainter p(&drawn);
        svg.render(&p);
    }
    const QImage raster = renderer.renderImage(request.view);
    const double differing = shareOfDifferentPixels(drawn, raster);
    qInfo("SVG vs PNG: %.2f%% of pixels differ", differing * 100);
    QVERIFY2(differing < 0.02, qPrintable(QStringLiteral("%1% of the SVG's pixels differ from the PNG's").arg(differing * 100)));
}

void TestPictureExport::pdfParsesAndShowsTheSameMap()
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils, in installer/debian-packages.txt) is needed to read PDFs back");
    MapRenderer renderer(m_petrograd);
    PictureRequest request;
    request.path = m_dir.filePath(QStringLiteral("map.pdf"));
    request.format = PictureFormat::Pdf;
    request.view = petrogradView();
    request.dpi = 72;   // 960 x 540 points: poppler draws it back at 72 dpi pixel for pixel
    QVERIFY(pictureexport::write(renderer, request));

    QProcess poppler;
    poppler.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-singlefile"),
                             request.path, m_dir.filePath(QStringLiteral("pdfpage"))});
    QVERIFY(poppler.waitForFinished(60000));
    QVERIFY2(poppler.exitCode() == 0, poppler.readAllStandardError().constData());
    const QImage page(m_dir.filePath(QStringLiteral("pdfpage.png")));
    QCOMPARE(page.size(), QSize(960, 540));
    const double differing = shareOfDifferentPixels(page, renderer.renderImage(request.view));
    qInfo("PDF vs PNG: %.2f%% of pixels differ", differing * 100);
    QVERIFY2(differing < 0.03, qPrintable(QStringLiteral("%1% of the PDF's pixels differ from the PNG's").arg(differing * 100)));
}

void TestPictureExport::groundScaleIsMeasuredOnTheEllipsoid_data()
{
    QTest::addColumn<QString>("caseStudy");
    // The projection written out here from the EPSG definitions, not read from the package: the
    // oracle is PROJ's own point scale factor and meridian convergence (proj_factors) at the
    // view's centre, on the CRS's ellipsoid.
    QTest::addColumn<QString>("projection");
    // Gauss-Kruger zone 6 (EPSG:28406, Pulkovo 1942: Krassowsky ellipsoid, central meridian 33 E);
    // the extent's centre is near 30.06 E, 59.95 N: k = 1.00033, so a grid unit is 0.99967
    // ground metres; grid north is 2.55 degrees off true north.
    QTest::newRow("petrograd") << "petrograd-1917" << "+proj=tmerc +lat_0=0 +lon_0=33 +k=1 +x_0=6500000 +y_0=0 +ellps=krass +units=m";
    // UTM 31N (EPSG:25831, ETRS89: GRS 1980, central meridian 3 E, k0 0.9996); the centre is
    // near 0.57 E, 41.42 N: k = 1.00011, so the whole effect is 1.1e-4 of a length;
    // convergence 1.6 degrees.
    QTest::newRow("catalonia") << "catalonia-1936" << "+proj=utm +zone=31 +ellps=GRS80 +units=m";
}

// The scale bar and the north arrow are read from GroundScaleMeter. The expected ground length
// of a grid unit is 1 / k, k being PROJ's point scale factor at the centre (conformal: the same
// in every direction). Tolerance 1e-5 of the length: a tenth of the smallest effect (Catalonia
// 1.1e-4, Petrograd 3.3e-4), so "one grid unit is one ground metre" fails, yet four times what
// the meter honestly differs by (2.5e-6 seen): it measures a 100-pixel chord, along which k
// varies (about 1.6e-6 over Catalonia's 40 km), on the WGS 84 ellipsoid after the datum shift
// (Pulkovo 1942 -> WGS 84; ETRS89 and WGS 84 agree). Convergence within 0.01 degree, sign included: true
// north leans towards the central meridian, east for both studies (they lie west of theirs).
void TestPictureExport::groundScaleIsMeasuredOnTheEllipsoid()
{
    QFETCH(QString, caseStudy);
    QFETCH(QString, projection);
    const auto s = scene(caseStudy);
    QVERIFY(s);
    MapView view;
    view.extent = s->extent();
    view.size = QSize(1000, 1000);
    GroundScaleMeter meter(s->study().manifest.crs);
    const GroundScale ground = meter.measure(view);
    QVERIFY(ground.isValid());

    PJ_CONTEXT *context = proj_context_create();
    proj_context_set_enable_network(context, 0);
    PJ *tm = proj_create(context, projection.toUtf8().constData());
    QVERIFY(tm);
    const PJ_COORD centre = proj_coord((view.extent.xMin + view.extent.xMax) / 2, (view.extent.yMin + view.extent.yMax) / 2, 0, 0);
    const PJ_COORD geographic = proj_trans(tm, PJ_INV, centre);   // radians
    const PJ_FACTORS factors = proj_factors(tm, geographic);
    proj_destroy(tm);
    proj_context_destroy(context);
    QVERIFY(std::isfinite(factors.parallel_scale) && std::abs(factors.parallel_scale - factors.meridional_scale) < 1e-9);
    const double expected = 1.0 / factors.parallel_scale;
    const double convergence = std::abs(factors.meridian_convergence) * 180 / M_PI;

    const double factor = ground.metresPerPixel / view.unitsPerPixel();
    qInfo("%s: centre %.4f E %.4f N; ground metres per unit %.7f, PROJ 1/k %.7f; north %.4f deg, PROJ convergence %.4f deg",
          qPrintable(caseStudy), geographic.lp.lam * 180 / M_PI, geographic.lp.phi * 180 / M_PI, factor, expected,
          ground.northDegrees, convergence);
    QVERIFY2(std::abs(factor - expected) < 1e-5,
             qPrintable(QStringLiteral("%1 ground metres per unit, expected 1/k = %2").arg(factor, 0, 'f', 7).arg(expected, 0, 'f', 7)));
    QVERIFY2(std::abs(ground.northDegrees - convergence) < 0.01,
             qPrintable(QStringLiteral("north %1 degrees, expected +%2").arg(ground.northDegrees, 0, 'f', 4).arg(convergence, 0, 'f', 4)));
}

void TestPictureExport::unwritableTargetIsNamedAndLeavesNothing()
{
    MapRenderer renderer(m_petrograd);
    PictureRequest request;
    request.path = m_dir.filePath(QStringLiteral("no-such-folder/map.pdf"));
    request.format = PictureFormat::Pdf;
    request.view = petrogradView();
    const auto written = pictureexport::write(renderer, request);
    QVERIFY(!written);
    QVERIFY(written.error().toString().contains(QStringLiteral("no-such-folder")));
    QVERIFY(written.error().toString().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(request.path));
}

QTEST_MAIN(TestPictureExport)
#include "testpictureexport.moc"
