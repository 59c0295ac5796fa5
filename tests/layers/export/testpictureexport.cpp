#include "package/datasetpackage.h"
#include "export/pictureexport.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

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
    QTest::addColumn<double>("scaleFactor");   // ground metres per CRS unit at the centre
    QTest::addColumn<double>("northMin");
    QTest::addColumn<double>("northMax");
    // Gauss-Kruger zone 6 (central meridian 33 E) at 30.3 E, 59.9 N: scale factor
    // 1 + (dlon cos lat)^2 / 2 = 1.00028, so ground metres are 0.99972 of a unit; grid north
    // is rotated by the convergence dlon sin lat = 2.3 degrees, true north leaning east.
    QTest::newRow("petrograd") << "petrograd-1917" << 0.99972 << 2.0 << 2.7;
    // UTM 31N (central meridian 3 E, k0 0.9996): the extent, Catalonia with Aragon, is centred
    // near 0.7 E, 41.4 N, where k is about 0.99993 and the convergence about 1.5 degrees.
    QTest::newRow("catalonia") << "catalonia-1936" << 1.0001 << 1.0 << 2.0;
}

void TestPictureExport::groundScaleIsMeasuredOnTheEllipsoid()
{
    QFETCH(QString, caseStudy);
    QFETCH(double, scaleFactor);
    QFETCH(double, northMin);
    QFETCH(double, northMax);
    const auto s = scene(caseStudy);
    QVERIFY(s);
    MapView view;
    view.extent = s->extent();
    view.size = QSize(1000, 1000);
    GroundScaleMeter meter(s->study().manifest.crs);
    const GroundScale ground = meter.measure(view);
    QVERIFY(ground.isValid());
    const double factor = ground.metresPerPixel / view.unitsPerPixel();
    QVERIFY2(std::abs(factor - scaleFactor) < 0.0015, qPrintable(QString::number(factor, 'f', 6)));
    QVERIFY2(ground.northDegrees >= northMin && ground.northDegrees <= northMax, qPrintable(QString::number(ground.northDegrees)));
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
