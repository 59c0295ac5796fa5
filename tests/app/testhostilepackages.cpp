// Packages from strangers, built here one hostile trick at a time, and what the user sees when
// they open one: nothing escapes the package, nothing reaches the terminal but text, and one bad
// row costs one row.

#include "io/coordinatetransform.h"
#include "io/crs.h"
#include "io/gdalenvironment.h"
#include "io/rasterreader.h"
#include "package/datasetpackage.h"
#include "render/maprenderer.h"
#include "support/clirun.h"
#include "support/packagefixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>

using namespace dpa;
using namespace dpa::test;

namespace {

// Gives the feature `id` of a GeoJSON layer the polygon `ring`, as a user's edit in a text
// editor would.
bool replaceOutline(const QString &layerPath, const QString &id, const QJsonArray &ring)
{
    QJsonObject collection = QJsonDocument::fromJson(dpa::test::readAll(layerPath)).object();
    QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    bool replaced = false;
    for (int i = 0; i < features.size(); ++i) {
        QJsonObject f = features[i].toObject();
        if (f.value(QStringLiteral("properties")).toObject().value(QStringLiteral("id")).toString() != id)
            continue;
        f.insert(QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                         {QStringLiteral("coordinates"), QJsonArray{ring}}});
        features[i] = f;
        replaced = true;
    }
    collection.insert(QStringLiteral("features"), features);
    return replaced && dpa::test::writeAll(layerPath, QJsonDocument(collection).toJson(QJsonDocument::Compact));
}

} // namespace

class TestHostilePackages : public QObject
{
    Q_OBJECT
private slots:
    void escapeSequencesNeverReachTheTerminal();
    void unclosedQuoteCostsOneClaim();
    void overviewSideFileIsNeverOpened();
    void hugeScanIsRefusedAtOnce();
    void endlessViewIsNeverRun();
    void outlineCrossingItselfIsAProblemWithItsPlace();
    void aMistypedLayerIsOneProblemNotHundreds();
    void starOutlineDrawsInASecond();

private:
    QString copyOfExample(const QString &name);
    static QByteArray run(const QStringList &args, QByteArray *errors = nullptr);
    QTemporaryDir m_dir;
};

QString TestHostilePackages::copyOfExample(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    return copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), folder) ? folder : QString();
}

QByteArray TestHostilePackages::run(const QStringList &args, QByteArray *errors)
{
    const test::CliRun r = test::runCli(args);
    if (errors)
        *errors = r.err.toUtf8();
    return r.out.toUtf8();
}

// A district named with an OSC title sequence, a screen-clearing CSI, a bell and a one-byte C1
// CSI: `state` prints the name, `list` and `validate` the title, and none of those bytes reach
// the terminal; a replacement character shows where they were.
void TestHostilePackages::escapeSequencesNeverReachTheTerminal()
{
    const QString folder = copyOfExample(QStringLiteral("escapes"));
    QVERIFY(!folder.isEmpty());
    const QString layer = folder + QStringLiteral("/layers/arrondissements.geojson");
    QByteArray geojson = readAll(layer);
    const QByteArray hostile = "\\u001b]0;owned\\u0007\\u001b[2J\\u009b31mHotel";
    QVERIFY(geojson.contains("4th arrondissement (H"));
    geojson.replace("4th arrondissement (H", hostile + " (H");
    QVERIFY(writeAll(layer, geojson));
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    QByteArray manifest = readAll(manifestPath);
    manifest.replace("\"title\": {\"en\": \"", "\"title\": {\"en\": \"\\u001b[31m");
    QVERIFY(writeAll(manifestPath, manifest));

    QByteArray errors;
    const QByteArray state = run({QStringLiteral("state"), folder, QStringLiteral("--at"), QStringLiteral("1871-03-20")}, &errors);
    QVERIFY2(state.contains("Hotel"), state.constData());
    const QByteArray validate = run({QStringLiteral("validate"), folder}, &errors) + errors;
    for (const QByteArray &output : {state, validate, errors}) {
        QVERIFY2(!output.contains('\x1b'), output.constData());
        QVERIFY(!output.contains('\x07'));
        QVERIFY(!output.contains("\xc2\x9b"));   // U+009B, CSI in one character
    }
    QVERIFY(state.contains("\xef\xbf\xbd"));   // U+FFFD where they were
}

// One unclosed quote in the middle of claims.csv: the package opens with that one row reported
// by its line, and every other claim is loaded (it used to drop the whole file).
void TestHostilePackages::unclosedQuoteCostsOneClaim()
{
    const QString folder = copyOfExample(QStringLiteral("quote"));
    QVERIFY(!folder.isEmpty());
    const auto before = DatasetPackage::load(folder);
    QVERIFY(before.isValid());
    const size_t claims = before.study->model.claims().size();

    QList<QByteArray> lines = readAll(folder + QStringLiteral("/claims.csv")).split('\n');
    const int bad = 8;   // a data row in the middle (line 8 of the file)
    QVERIFY(lines.size() > bad + 3);
    lines[bad - 1] += "\"an unclosed note";
    QVERIFY(writeAll(folder + QStringLiteral("/claims.csv"), lines.join('\n')));

    const auto after = DatasetPackage::load(folder);
    QVERIFY(after.study);
    QCOMPARE(after.study->model.claims().size(), claims - 1);
    QStringList csvProblems;
    for (const Error &e : after.problems)
        if (e.file.endsWith(QLatin1String("claims.csv")))
            csvProblems << e.toString();
    QCOMPARE(csvProblems.size(), 1);
    QVERIFY2(csvProblems.first().contains(QStringLiteral("claims.csv:%1:").arg(bad)), qPrintable(csvProblems.first()));

    // On the command line such a package is refused with its problem (a state missing a claim
    // is not the case study), unless the user asks for what loads.
    QByteArray errors;
    QProcess refused;
    refused.start(QStringLiteral(DPATLAS_CLI), {QStringLiteral("state"), folder, QStringLiteral("--at"), QStringLiteral("1871-03-20")});
    QVERIFY(refused.waitForFinished(60000));
    QCOMPARE(refused.exitCode(), 1);
    errors = refused.readAllStandardError();
    QVERIFY2(errors.contains(QStringLiteral("claims.csv:%1:").arg(bad).toUtf8()) && errors.contains("--allow-errors"), errors.constData());
    QVERIFY(refused.readAllStandardOutput().isEmpty());
    const QByteArray allowed = run({QStringLiteral("state"), folder, QStringLiteral("--at"), QStringLiteral("1871-03-20"),
                                    QStringLiteral("--allow-errors")}, &errors);
    QVERIFY2(allowed.contains("arr18") && errors.contains("warning:"), (allowed + errors).constData());
}

namespace {

// A GeoTIFF of one colour over lon/lat `extent`, `size` pixels square.
bool writeGeoTiff(const QString &path, QColor colour, int size, QRectF extent)
{
    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), size, size, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    double gt[6] = {extent.left(), extent.width() / size, 0, extent.bottom(), 0, -extent.height() / size};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, Crs::fromUserInput(QStringLiteral("EPSG:4326"))->wkt().toUtf8().constData());
    const int values[3] = {colour.red(), colour.green(), colour.blue()};
    bool ok = true;
    for (int b = 0; b < 3; ++b)
        ok = ok && GDALFillRaster(GDALGetRasterBand(ds, b + 1), values[b], 0) == CE_None;
    GDALClose(ds);
    return ok;
}

} // namespace

// A period map whose .tif.ovr is a VRT pointing at a file outside the package: the map is drawn
// from the GeoTIFF itself (green), never from the file the side file names (red), at every zoom.
void TestHostilePackages::overviewSideFileIsNeverOpened()
{
    const QString folder = copyOfExample(QStringLiteral("overview"));
    QVERIFY(!folder.isEmpty());
    const QRectF lonLat(2.30, 48.83, 0.10, 0.05);   // over the example's arrondissements
    QVERIFY(QDir(folder).mkpath(QStringLiteral("maps")));
    QVERIFY(writeGeoTiff(folder + QStringLiteral("/maps/scan.tif"), QColor(0, 200, 0), 256, lonLat));
    const QString outside = m_dir.filePath(QStringLiteral("outside-secret.tif"));
    QVERIFY(writeGeoTiff(outside, QColor(220, 0, 0), 128, lonLat));
    QVERIFY(writeAll(folder + QStringLiteral("/maps/scan.tif.ovr"),
                     QStringLiteral("<VRTDataset rasterXSize=\"128\" rasterYSize=\"128\">"
                                    "<VRTRasterBand dataType=\"Byte\" band=\"1\"><SimpleSource><SourceFilename relativeToVRT=\"0\">%1</SourceFilename>"
                                    "<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand>"
                                    "<VRTRasterBand dataType=\"Byte\" band=\"2\"><SimpleSource><SourceFilename relativeToVRT=\"0\">%1</SourceFilename>"
                                    "<SourceBand>2</SourceBand></SimpleSource></VRTRasterBand>"
                                    "<VRTRasterBand dataType=\"Byte\" band=\"3\"><SimpleSource><SourceFilename relativeToVRT=\"0\">%1</SourceFilename>"
                                    "<SourceBand>3</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>")
                         .arg(outside).toUtf8()));
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    QByteArray manifest = readAll(manifestPath);
    QVERIFY(manifest.contains("\"period_maps\": []"));
    manifest.replace("\"period_maps\": []",
                     "\"period_maps\": [{\"id\": \"scan\", \"file\": \"maps/scan.tif\", \"title\": {\"en\": \"A scan\"}, "
                     "\"valid\": {\"start\": \"1871-03-10\", \"end\": \"1871-03-28\"}, \"opacity\": 1.0}]");
    QVERIFY(writeAll(manifestPath, manifest));
    auto loaded = DatasetPackage::load(folder);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problems.isEmpty() ? QString() : loaded.problems.first().toString()));

    auto scene = std::make_shared<MapScene>(loaded.study);
    for (QSize size : {QSize(60, 40), QSize(600, 400)}) {   // small enough to want the overview
        MapView view;
        view.extent = scene->extent().grown(0.5);
        view.size = size;
        view.time = loaded.study->defaultTime();
        view.layers.assign(scene->layers().size(), LayerDisplay{false, 1.0});
        view.showTitle = view.showLegend = view.showLabels = view.showScaleBar = view.showCredits = false;
        MapRenderer renderer(scene);
        const QImage image = renderer.renderImage(view).convertToFormat(QImage::Format_RGB32);
        QVERIFY(renderer.errors().isEmpty());
        int green = 0, red = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                green += qGreen(p) > 150 && qRed(p) < 80;
                red += qRed(p) > 150 && qGreen(p) < 80;
            }
        QVERIFY2(green > image.width() * image.height() / 20, qPrintable(QString::number(green)));
        QCOMPARE(red, 0);
    }
}

// A 30000 x 30000 paletted scan of a few kilobytes (a sparse TIFF) used to be expanded whole
// in memory (4 GB, 47 s): it is refused at once, saying what to do.
void TestHostilePackages::hugeScanIsRefusedAtOnce()
{
    GdalEnvironment::ensureInitialized();
    const QString path = m_dir.filePath(QStringLiteral("huge-scan.tif"));
    const char *options[] = {"SPARSE_OK=TRUE", "TILED=YES", "COMPRESS=DEFLATE", nullptr};
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 30000, 30000, 1, GDT_Byte,
                                 const_cast<char **>(options));
    QVERIFY(ds);
    double gt[6] = {2.30, 0.1 / 30000, 0, 48.88, 0, -0.05 / 30000};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, Crs::fromUserInput(QStringLiteral("EPSG:4326"))->wkt().toUtf8().constData());
    GDALColorTableH palette = GDALCreateColorTable(GPI_RGB);
    const GDALColorEntry white{255, 255, 255, 255};
    GDALSetColorEntry(palette, 0, &white);
    GDALSetRasterColorTable(GDALGetRasterBand(ds, 1), palette);
    GDALDestroyColorTable(palette);
    GDALClose(ds);
    QVERIFY(QFileInfo(path).size() < 4 * 1024 * 1024);

    RasterWarpRequest request;
    request.targetCrs = *Crs::fromUserInput(QStringLiteral("EPSG:27571"));
    request.extent = {598000, 1127000, 602000, 1131000};
    request.size = QSize(400, 400);
    QElapsedTimer clock;
    clock.start();
    const auto warped = warpRaster(path, request);
    QVERIFY(!warped);
    QVERIFY2(warped.error().toString().contains(QStringLiteral("30000 x 30000 pixels and has no overviews")), qPrintable(warped.error().toString()));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

// A package layer in a GeoPackage that is a view whose query never ends (a recursive CTE)
// used to hang `validate` for ever: it is refused, naming the layer, before anything reads it.
void TestHostilePackages::endlessViewIsNeverRun()
{
    const QString folder = copyOfExample(QStringLiteral("endless"));
    QVERIFY(!folder.isEmpty());
    GdalEnvironment::ensureInitialized();
    const QString gpkg = folder + QStringLiteral("/layers/arrondissements.gpkg");
    GDALDatasetH source = GDALOpenEx((folder + QStringLiteral("/layers/arrondissements.geojson")).toUtf8().constData(),
                                     GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(source);
    const char *args[] = {"-f", "GPKG", "-nln", "real_rows", nullptr};
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
    GDALDatasetH made = GDALVectorTranslate(gpkg.toUtf8().constData(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    QVERIFY(made);
    for (const char *sql : {
             "CREATE VIEW arrondissements AS SELECT real_rows.* FROM real_rows, "
             "(WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r)",
             "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('arrondissements', 'features', 'arrondissements', 4326)",
             "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
             "VALUES ('arrondissements', 'geom', 'GEOMETRY', 4326, 0, 0)",
             "DELETE FROM gpkg_contents WHERE table_name = 'real_rows'",
             "DELETE FROM gpkg_geometry_columns WHERE table_name = 'real_rows'"}) {
        OGRLayerH r = GDALDatasetExecuteSQL(made, sql, nullptr, "SQLITE");
        if (r)
            GDALDatasetReleaseResultSet(made, r);
    }
    GDALClose(made);
    QVERIFY(QFile::remove(folder + QStringLiteral("/layers/arrondissements.geojson")));
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    QByteArray manifest = readAll(manifestPath);
    QVERIFY(manifest.contains("layers/arrondissements.geojson"));
    manifest.replace("layers/arrondissements.geojson", "layers/arrondissements.gpkg");
    QVERIFY(writeAll(manifestPath, manifest));

    // In a process of its own, so that a regression hangs it, not the suite.
    QProcess cli;
    cli.start(QStringLiteral(DPATLAS_CLI), {QStringLiteral("validate"), folder});
    const bool finished = cli.waitForFinished(20000);
    if (!finished)
        cli.kill();
    QVERIFY2(finished, "validate still running after 20 s: the view's query was run");
    QCOMPARE(cli.exitCode(), 1);
    const QByteArray said = cli.readAllStandardError() + cli.readAllStandardOutput();
    QVERIFY2(said.contains("layers/arrondissements.gpkg") && said.contains("is a view, not a plain table"), said.constData());
}

// A district drawn as a bow tie (its outline crosses itself) used to pass `validate` as valid:
// now it is a problem naming the feature and the crossing in longitude and latitude, the
// coordinates of the historian's own file, with what to do.
void TestHostilePackages::outlineCrossingItselfIsAProblemWithItsPlace()
{
    const QString folder = copyOfExample(QStringLiteral("bowtie"));
    QVERIFY(!folder.isEmpty());
    // Corners joined in the wrong order: the two diagonals cross at (2.36, 48.855).
    const QJsonArray ring{QJsonArray{2.35, 48.85}, QJsonArray{2.37, 48.86}, QJsonArray{2.37, 48.85},
                          QJsonArray{2.35, 48.86}, QJsonArray{2.35, 48.85}};
    QVERIFY(replaceOutline(folder + QStringLiteral("/layers/arrondissements.geojson"), QStringLiteral("arr04"), ring));

    QByteArray errors;
    QProcess cli;
    cli.start(QStringLiteral(DPATLAS_CLI), {QStringLiteral("validate"), folder});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QString said = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("arr04")) && said.contains(QStringLiteral("crosses itself")), qPrintable(said));
    static const QRegularExpression where(QStringLiteral("longitude ([0-9.]+), latitude ([0-9.]+)"));
    const auto match = where.match(said);
    QVERIFY2(match.hasMatch(), qPrintable(said));
    // The diagonals meet at 2.36 E in a straight lon/lat drawing; in the package's Lambert
    // projection the lines bend a little, well under 0.001 degree here.
    QVERIFY(std::abs(match.captured(1).toDouble() - 2.36) < 0.001);
    QVERIFY(std::abs(match.captured(2).toDouble() - 48.855) < 0.001);
}

// A star of 20,001 spikes, each edge across the whole district, crosses itself some 10^8 times:
// Qt's scan converter took 44 s over it (200,001 spikes: 7 minutes). It is now drawn as the
// area it spans, in its holder's colours, in well under a second.
void TestHostilePackages::starOutlineDrawsInASecond()
{
    const QString folder = copyOfExample(QStringLiteral("star"));
    QVERIFY(!folder.isEmpty());
    const int n = 20001, step = 10000;   // the star polygon {20001/10000}
    const double lon = 2.35, lat = 48.86, radius = 0.01;
    QJsonArray ring;
    for (int v = 0; v <= n; ++v) {
        const double angle = 2 * M_PI * double((qint64(v) * step) % n) / n;
        ring.append(QJsonArray{lon + radius * std::cos(angle), lat + radius * std::sin(angle)});
    }
    QVERIFY(replaceOutline(folder + QStringLiteral("/layers/arrondissements.geojson"), QStringLiteral("arr04"), ring));

    auto loaded = DatasetPackage::load(folder);
    QVERIFY(loaded.study);   // (validate names the outline: outlineCrossingItselfIsAProblemWithItsPlace)
    auto scene = std::make_shared<MapScene>(loaded.study);
    MapView view;
    view.extent = scene->extent().grown(0.1);
    view.size = QSize(1920, 1080);
    view.time = loaded.study->defaultTime();
    view.layers.assign(scene->layers().size(), LayerDisplay{true, 1.0});
    MapRenderer renderer(scene);
    QElapsedTimer clock;
    clock.start();
    const QImage image = renderer.renderImage(view).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    // Drawn over its whole span: a ring of points well inside the star's circle all take one
    // of the two camps' colours (dual power's stripes), none the paper's.
    const auto study = loaded.study;
    const auto toCrs = CoordinateTransform::create(*Crs::fromUserInput(QStringLiteral("EPSG:4326")), study->manifest.crs);
    QVERIFY(toCrs);
    int camps = 0, samples = 0;
    for (int k = 0; k < 36; ++k) {
        const double a = 2 * M_PI * k / 36;
        const QPointF world = toCrs->transform(QPointF(lon + 0.6 * radius * std::cos(a), lat + 0.6 * radius * std::sin(a)));
        const QPoint pixel = view.worldToPixel().map(world).toPoint();
        const QColor c(image.pixel(pixel));
        ++samples;
        camps += (std::abs(c.red() - 0x00) < 40 && std::abs(c.green() - 0x72) < 40 && std::abs(c.blue() - 0xb2) < 40)
                 || (std::abs(c.red() - 0xd5) < 40 && std::abs(c.green() - 0x5e) < 40 && std::abs(c.blue() - 0x00) < 40);
    }
    QVERIFY2(camps > samples * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(camps).arg(samples)));
}

// One typo in a layer's file name used to bring a message for every claim and event about its
// features (340 in one report): now the layer's own problem, and one line per table saying how
// many rows wait on it.
void TestHostilePackages::aMistypedLayerIsOneProblemNotHundreds()
{
    const QString folder = copyOfExample(QStringLiteral("typo"));
    QVERIFY(!folder.isEmpty());
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    QByteArray manifest = readAll(manifestPath);
    manifest.replace("layers/arrondissements.geojson", "layers/arrondisements.geojson");
    QVERIFY(writeAll(manifestPath, manifest));
    const auto loaded = DatasetPackage::load(folder);
    QStringList problems;
    for (const Error &e : loaded.problems)
        problems << e.toString();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].contains(QStringLiteral("arrondisements.geojson")) && problems[0].contains(QStringLiteral("not found")),
             qPrintable(problems.join('\n')));
    QVERIFY2(problems[1].contains(QStringLiteral("claims.csv")) && problems[1].contains(QStringLiteral("are about layer \"arrondissements\"")),
             qPrintable(problems.join('\n')));
    QVERIFY2(problems[2].contains(QStringLiteral("events.csv")), qPrintable(problems.join('\n')));
    // The places' claims, in a layer that did load, are all there.
    QVERIFY(loaded.study);
    int places = 0;
    for (const Claim &c : loaded.study->model.claims())
        places += loaded.study->model.features()[size_t(c.feature)].layerId == QLatin1String("places");
    QVERIFY(places > 0);
}

QTEST_MAIN(TestHostilePackages)
#include "testhostilepackages.moc"
