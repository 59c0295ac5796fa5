// `dpatlas-cli repair` run as a historian would, on a package whose layers hold the faults
// digitising leaves behind (a bow-tie, an unclosed ring, a spike, a hole outside its outline),
// in a GeoJSON layer (longitude/latitude) and in a shapefile in Lambert-93 (metres): validate
// names each where it lies in the file; repair writes a copy that validates, and the fixed
// shapes are checked here with GDAL alone against areas worked out by hand.

#include "io/gdalenvironment.h"
#include "support/clirun.h"
#include "support/packagefixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <map>

using namespace dpa;

namespace {

// The GeoJSON layer, written as text so that its faults reach GDAL exactly as drawn (a writer
// would close the open ring). Squares and triangles of 0.01 degree make the areas exact sums.
const char *kFaultsGeoJson = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": "bowtie", "name_en": "Bow-tie ward", "population": 1200, "note": "crossed outline"},
 "geometry": {"type": "Polygon", "coordinates": [[[2.30, 48.80], [2.32, 48.82], [2.32, 48.80], [2.30, 48.82], [2.30, 48.80]]]}},
{"type": "Feature", "properties": {"id": "open", "name_en": "Open ward", "population": 1300, "note": "ring left open"},
 "geometry": {"type": "Polygon", "coordinates": [[[2.34, 48.80], [2.36, 48.80], [2.36, 48.82], [2.34, 48.82]]]}},
{"type": "Feature", "properties": {"id": "spike", "name_en": "Spike ward", "population": 1400, "note": "a vertex dragged out and back"},
 "geometry": {"type": "Polygon", "coordinates": [[[2.38, 48.80], [2.40, 48.80], [2.40, 48.82], [2.39, 48.82], [2.39, 48.83], [2.39, 48.82], [2.38, 48.82], [2.38, 48.80]]]}},
{"type": "Feature", "properties": {"id": "stray", "name_en": "Stray-hole ward", "population": 1500, "note": "hole beside, not inside"},
 "geometry": {"type": "Polygon", "coordinates": [[[2.42, 48.80], [2.44, 48.80], [2.44, 48.82], [2.42, 48.82], [2.42, 48.80]],
                                                [[2.45, 48.80], [2.45, 48.81], [2.46, 48.81], [2.46, 48.80], [2.45, 48.80]]]}},
{"type": "Feature", "properties": {"id": "sound", "name_en": "Sound ward", "population": 1600, "note": "nothing wrong"},
 "geometry": {"type": "Polygon", "coordinates": [[[2.48, 48.80], [2.50, 48.80], [2.50, 48.82], [2.48, 48.82], [2.48, 48.80]]]}}
]}
)";

// The shapefile's features in Lambert-93 (EPSG:2154) metres, near Paris: a bow-tie of two
// 1000 m x 500 m triangles and a 1 km square with a 500 m spike.
const std::vector<std::pair<QByteArray, QByteArray>> kMetreFeatures{
    {"bowtie_m", "POLYGON ((650000 6860000,651000 6861000,651000 6860000,650000 6861000,650000 6860000))"},
    {"spike_m", "POLYGON ((652000 6860000,653000 6860000,653000 6861000,652500 6861000,652500 6861500,652500 6861000,652000 6861000,652000 6860000))"},
};

struct ReadFeature
{
    QString wkt, name, note;
    int population = 0;
    bool valid = false;
    double area = 0;
    int parts = 0;
};

// A layer read with GDAL alone: per id, the geometry, its validity, area and parts.
std::map<QString, ReadFeature> readLayer(const QString &path)
{
    std::map<QString, ReadFeature> features;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!ds)
        return features;
    // The original's open ring makes GDAL warn as it is measured; the values are checked here.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ReadFeature r;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        char *wkt = nullptr;
        OGR_G_ExportToWkt(g, &wkt);
        r.wkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
        r.valid = OGR_G_IsValid(g);
        r.area = OGR_G_Area(g);
        r.parts = wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon ? OGR_G_GetGeometryCount(g) : 1;
        r.name = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "name_en")));
        r.population = OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "population"));
        const int note = OGR_F_GetFieldIndex(f, "note");
        if (note >= 0)
            r.note = QString::fromUtf8(OGR_F_GetFieldAsString(f, note));
        features[QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id")))] = r;
        OGR_F_Destroy(f);
    }
    CPLPopErrorHandler();
    GDALClose(ds);
    return features;
}

bool writeMetreShapefile(const QString &path)
{
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 2154);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "faults_l93", srs, wkbPolygon, nullptr);
    OSRDestroySpatialReference(srs);
    for (const char *name : {"id", "name_en"}) {
        OGRFieldDefnH field = OGR_Fld_Create(name, OFTString);
        OGR_L_CreateField(layer, field, TRUE);
        OGR_Fld_Destroy(field);
    }
    OGRFieldDefnH population = OGR_Fld_Create("population", OFTInteger);
    OGR_L_CreateField(layer, population, TRUE);
    OGR_Fld_Destroy(population);
    bool ok = true;
    int n = 0;
    for (const auto &[id, wkt] : kMetreFeatures) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, id.constData());
        OGR_F_SetFieldString(f, 1, QByteArray("Ward " + id).constData());
        OGR_F_SetFieldInteger(f, 2, 2000 + 100 * n++);
        OGRGeometryH g = nullptr;
        char *text = const_cast<char *>(wkt.constData());
        ok = ok && OGR_G_CreateFromWkt(&text, nullptr, &g) == OGRERR_NONE;
        OGR_F_SetGeometryDirectly(f, g);
        ok = ok && OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return ok;
}

// "x 650500.0, y 6860500.0" or "longitude 2.310000, latitude 48.810000" on the feature's line:
// the two numbers after the words, for a comparison within a tolerance.
std::optional<QPointF> placeAfter(const QString &text, const QString &featureLine, const QString &xWord, const QString &yWord)
{
    const QRegularExpression re(QRegularExpression::escape(featureLine) + QStringLiteral("[^\\n]*?\\b") + xWord +
                                QStringLiteral(" ([-0-9.]+), ") + yWord + QStringLiteral(" ([-0-9.]+)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QPointF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

QStringList folderListing(const QString &folder)
{
    QStringList names;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        names << info.fileName();
    return names;
}

} // namespace

class TestRepairCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validateNamesEachFaultWhereItLies();
    void repairWritesAFixedCopy();
    void nothingToFixWritesNothing();
    void refusals_data();
    void refusals();

private:
    using Run = test::CliRun;
    static Run run(const QStringList &args) { return test::runCli(args); }
    QString m_package;   // the example package with the two faulty layers added
    QTemporaryDir m_dir;
};

void TestRepairCommand::initTestCase()
{
    GdalEnvironment::ensureInitialized();
    QVERIFY(m_dir.isValid());
    m_package = m_dir.filePath(QStringLiteral("faulty"));
    QVERIFY(test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), m_package));
    QVERIFY(test::writeAll(m_package + QStringLiteral("/layers/faults.geojson"), kFaultsGeoJson));
    QVERIFY(writeMetreShapefile(m_package + QStringLiteral("/layers/faults_l93.shp")));
    QJsonObject manifest = QJsonDocument::fromJson(test::readAll(m_package + QStringLiteral("/manifest.json"))).object();
    QJsonArray layers = manifest.value(QStringLiteral("layers")).toArray();
    for (const char *id : {"faults", "faults_l93"}) {
        const QString file = QStringLiteral("layers/%1.%2").arg(QLatin1String(id), QLatin1String(qstrcmp(id, "faults") ? "shp" : "geojson"));
        layers.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                  {QStringLiteral("file"), file},
                                  {QStringLiteral("role"), QStringLiteral("features")},
                                  {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Faults")}}},
                                  {QStringLiteral("id_field"), QStringLiteral("id")},
                                  {QStringLiteral("name_field"), QStringLiteral("name_en")}});
    }
    manifest.insert(QStringLiteral("layers"), layers);
    QVERIFY(test::writeAll(m_package + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson()));
}

// Each fault is named with its feature and the place in the file's own coordinates: degrees
// for the GeoJSON, Lambert-93 metres (with longitude and latitude) for the shapefile.
void TestRepairCommand::validateNamesEachFaultWhereItLies()
{
    const Run r = run({QStringLiteral("validate"), m_package});
    QCOMPARE(r.exitCode, 1);
    const QString geo = QStringLiteral("layers/faults.geojson: feature ");
    const QString l93 = QStringLiteral("layers/faults_l93.shp: feature ");
    QVERIFY2(r.err.contains(geo + QStringLiteral("bowtie: its outline crosses itself near longitude")), qPrintable(r.err));
    QVERIFY2(r.err.contains(geo + QStringLiteral("spike: its outline doubles back on itself (a spike) near longitude")), qPrintable(r.err));
    QVERIFY2(r.err.contains(geo + QStringLiteral("stray: a hole lies outside its outline near longitude")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("warning: %1/").arg(m_package) + geo + QStringLiteral("open: ring not closed near longitude")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("in the file's CRS (EPSG:4326)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(l93 + QStringLiteral("bowtie_m: its outline crosses itself near x")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("in the file's CRS (EPSG:2154), longitude")), qPrintable(r.err));
    QVERIFY2(r.err.contains(l93 + QStringLiteral("spike_m: its outline doubles back on itself (a spike) near x")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("feature sound")), qPrintable(r.err));

    // The places, from the drawings: the bow-tie's diagonals cross at its centre; the spike's
    // apex; the stray hole's first vertex; the open ring's first point. Vertices come back
    // from the check in the case study's CRS (NTF Lambert I) to within 1e-6 degree (7-11 cm
    // here). The crossing is computed between edges straight in Lambert I, not in degrees,
    // which over the bow-tie's 2.8 km diagonals moves it by a few decimetres: 5e-6 degree.
    const auto near = [&](const QString &line, const QString &x, const QString &y, QPointF expected, double tolerance) {
        const auto p = placeAfter(r.err, line, x, y);
        QVERIFY2(p, qPrintable(line + QStringLiteral(" has no place in: ") + r.err));
        QVERIFY2(std::abs(p->x() - expected.x()) <= tolerance && std::abs(p->y() - expected.y()) <= tolerance,
                 qPrintable(QStringLiteral("%1: %2, %3").arg(line).arg(p->x(), 0, 'f', 6).arg(p->y(), 0, 'f', 6)));
    };
    const QString lon = QStringLiteral("longitude"), lat = QStringLiteral("latitude");
    near(geo + QStringLiteral("bowtie:"), lon, lat, {2.31, 48.81}, 5e-6);
    near(geo + QStringLiteral("spike:"), lon, lat, {2.39, 48.83}, 2e-6);
    near(geo + QStringLiteral("stray:"), lon, lat, {2.45, 48.80}, 2e-6);
    near(geo + QStringLiteral("open:"), lon, lat, {2.34, 48.80}, 2e-6);
    near(l93 + QStringLiteral("bowtie_m:"), QStringLiteral("x"), QStringLiteral("y"), {650500, 6860500}, 0.1);
    near(l93 + QStringLiteral("spike_m:"), QStringLiteral("x"), QStringLiteral("y"), {652500, 6861500}, 0.1);
    // Lambert-93 (650500, 6860500) is 2.325544 E, 48.842645 N (`echo 650500 6860500 | cs2cs
    // EPSG:2154 EPSG:4326`): the longitude and latitude are those of the place in the file.
    near(l93 + QStringLiteral("bowtie_m:"), lon, lat, {2.325544, 48.842645}, 2e-6);
}

void TestRepairCommand::repairWritesAFixedCopy()
{
    const QByteArray geoBefore = test::readAll(m_package + QStringLiteral("/layers/faults.geojson"));
    const QByteArray shpBefore = test::readAll(m_package + QStringLiteral("/layers/faults_l93.shp"));
    const QString out = m_dir.filePath(QStringLiteral("fixed"));
    const Run r = run({QStringLiteral("repair"), m_package, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // Per feature: layer, id, name, what was wrong and where, what the fix did.
    const QString geo = QStringLiteral("layers/faults.geojson: layer faults, feature ");
    const QString l93 = QStringLiteral("layers/faults_l93.shp: layer faults_l93, feature ");
    QVERIFY2(r.out.contains(geo + QStringLiteral("bowtie (Bow-tie ward): its outline crosses itself near longitude 2.310000, "
                                                 "latitude 48.810000 in the file's CRS (EPSG:4326); fixed: split into 2 parts")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(geo + QStringLiteral("open (Open ward): a ring is not closed (its last point does not return to its first) "
                                                 "near longitude 2.340000, latitude 48.800000 in the file's CRS (EPSG:4326); fixed: "
                                                 "ring closed (its first point repeated at its end); area unchanged")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(geo + QStringLiteral("spike (Spike ward): its outline touches itself or doubles back")) &&
                 r.out.contains(QStringLiteral("fixed: a sliver of 2 point(s) that enclosed no area removed; area unchanged")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(geo + QStringLiteral("stray (Stray-hole ward): a hole lies outside its outline near longitude 2.450000, "
                                                 "latitude 48.800000")) &&
                 r.out.contains(QStringLiteral("fixed: split into 2 parts: 1 hole(s) outside the outline became part(s) of their own")) &&
                 r.out.contains(QStringLiteral("area changed by +66.7 %")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(l93 + QStringLiteral("bowtie_m (Ward bowtie_m): its outline crosses itself near x 650500.0, y 6860500.0 in "
                                                 "the file's CRS (EPSG:2154), longitude")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(l93 + QStringLiteral("spike_m (Ward spike_m): its outline touches itself or doubles back")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("feature sound")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(": 6 geometries fixed in 2 layer(s)")), qPrintable(r.out));

    // The copy validates, with no warning left.
    const Run valid = run({QStringLiteral("validate"), out});
    QVERIFY2(valid.exitCode == 0 && !valid.err.contains(QStringLiteral("warning")) && !valid.err.contains(QStringLiteral("layers/faults")),
             qPrintable(valid.out + valid.err));

    // GDAL's own reading of the copy: every geometry valid; the areas from the drawings, in
    // square degrees (two 0.01 x 0.02 / 2 triangles; 0.02 squares; a 0.02 square plus the
    // 0.01 square the stray hole became) and in square metres (two 1000 x 500 / 2 triangles,
    // a 1 km square without its spike).
    const auto geoFixed = readLayer(out + QStringLiteral("/layers/faults.geojson"));
    QCOMPARE(geoFixed.size(), size_t(5));
    const std::map<QString, std::pair<double, int>> expected{
        {QStringLiteral("bowtie"), {0.0002, 2}}, {QStringLiteral("open"), {0.0004, 1}}, {QStringLiteral("spike"), {0.0004, 1}},
        {QStringLiteral("stray"), {0.0005, 2}}, {QStringLiteral("sound"), {0.0004, 1}}};
    const std::map<QString, int> populations{{QStringLiteral("bowtie"), 1200}, {QStringLiteral("open"), 1300},
                                             {QStringLiteral("spike"), 1400}, {QStringLiteral("stray"), 1500},
                                             {QStringLiteral("sound"), 1600}};
    for (const auto &[id, f] : geoFixed) {
        QVERIFY2(f.valid, qPrintable(id + QStringLiteral(": ") + f.wkt));
        QVERIFY2(std::abs(f.area - expected.at(id).first) < 1e-10, qPrintable(id + QStringLiteral(": area %1").arg(f.area)));
        QCOMPARE(f.parts, expected.at(id).second);
        QCOMPARE(f.population, populations.at(id));
        QVERIFY(!f.note.isEmpty() && !f.name.isEmpty());
    }
    QCOMPARE(geoFixed.at(QStringLiteral("sound")).wkt, readLayer(m_package + QStringLiteral("/layers/faults.geojson")).at(QStringLiteral("sound")).wkt);
    QCOMPARE(geoFixed.at(QStringLiteral("stray")).note, QStringLiteral("hole beside, not inside"));

    const auto l93Fixed = readLayer(out + QStringLiteral("/layers/faults_l93.shp"));
    QCOMPARE(l93Fixed.size(), size_t(2));
    QVERIFY(l93Fixed.at(QStringLiteral("bowtie_m")).valid && l93Fixed.at(QStringLiteral("spike_m")).valid);
    QCOMPARE(l93Fixed.at(QStringLiteral("bowtie_m")).area, 500000.0);
    QCOMPARE(l93Fixed.at(QStringLiteral("bowtie_m")).parts, 2);
    QCOMPARE(l93Fixed.at(QStringLiteral("spike_m")).area, 1000000.0);
    QCOMPARE(l93Fixed.at(QStringLiteral("spike_m")).population, 2100);
    QCOMPARE(l93Fixed.at(QStringLiteral("bowtie_m")).name, QStringLiteral("Ward bowtie_m"));

    // The rest of the package is copied as it is, and the package itself is untouched.
    for (const char *file : {"manifest.json", "claims.csv", "events.csv", "sources.csv", "SOURCES.md", "layers/arrondissements.geojson",
                             "layers/places.geojson", "layers/faults_l93.prj", "layers/faults_l93.dbf"}) {
        if (qstrcmp(file, "layers/faults_l93.dbf") == 0)
            continue;   // rewritten with the features; its values are checked above
        QVERIFY2(test::readAll(out + QLatin1Char('/') + QLatin1String(file)) ==
                     test::readAll(m_package + QLatin1Char('/') + QLatin1String(file)),
                 file);
    }
    QCOMPARE(test::readAll(m_package + QStringLiteral("/layers/faults.geojson")), geoBefore);
    QCOMPARE(test::readAll(m_package + QStringLiteral("/layers/faults_l93.shp")), shpBefore);
    QVERIFY(!folderListing(m_dir.path()).join(QLatin1Char(' ')).contains(QStringLiteral(".dpatlas-writing")));
}

void TestRepairCommand::nothingToFixWritesNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("clean-copy"));
    const Run r = run({QStringLiteral("repair"), QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("nothing to fix")) && r.out.contains(QStringLiteral("nothing written")), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(out));
}

void TestRepairCommand::refusals_data()
{
    QTest::addColumn<QString>("dataset");   // "" = the faulty package
    QTest::addColumn<QString>("output");    // relative to the test folder; "@" = the package
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("OUTDIR not empty") << "" << "occupied" << 2 << "exists and is not an empty folder";
    QTest::newRow("OUTDIR inside the package") << "" << "faulty/fixed" << 2 << "is inside the package";
    QTest::newRow("OUTDIR is the package") << "" << "faulty" << 2 << "is inside the package";
    QTest::newRow("unknown dataset") << "no-such-package" << "never" << 2 << "unknown dataset \"no-such-package\"";
}

void TestRepairCommand::refusals()
{
    QFETCH(QString, dataset);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString occupied = m_dir.filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(occupied));
    QVERIFY(test::writeAll(occupied + QStringLiteral("/notes.txt"), "mine"));
    const QStringList topBefore = folderListing(m_dir.path()), packageBefore = folderListing(m_package);

    const Run r = run({QStringLiteral("repair"), dataset.isEmpty() ? m_package : dataset, QStringLiteral("-o"), m_dir.filePath(output)});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    // Nothing written: no new folder, no staging left, the package and OUTDIR as they were.
    QCOMPARE(folderListing(m_dir.path()), topBefore);
    QCOMPARE(folderListing(m_package), packageBefore);
    QCOMPARE(folderListing(occupied), QStringList{QStringLiteral("notes.txt")});
}

QTEST_GUILESS_MAIN(TestRepairCommand)
#include "testrepaircommand.moc"
