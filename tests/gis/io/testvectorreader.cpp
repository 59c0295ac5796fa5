#include "io/coordinatetransform.h"
#include "io/gdalenvironment.h"
#include "io/vectorreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <gdal_utils.h>

using namespace dpa;

namespace {

// Two districts (one with a hole), a river and a barracks, lon/lat: the shapes a package has.
const char *kGeoJson = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"vyborg","name":"Выборгская","pop":120000},
 "geometry":{"type":"Polygon","coordinates":[[[30.30,59.95],[30.40,59.95],[30.40,60.00],[30.30,60.00],[30.30,59.95]],
   [[30.33,59.96],[30.36,59.96],[30.36,59.98],[30.33,59.98],[30.33,59.96]]]}},
{"type":"Feature","properties":{"id":"islands","name":"Острова","pop":5000},
 "geometry":{"type":"MultiPolygon","coordinates":[[[[30.20,59.95],[30.25,59.95],[30.25,59.97],[30.20,59.95]]],
   [[[30.26,59.95],[30.28,59.95],[30.28,59.97],[30.26,59.95]]]]}},
{"type":"Feature","properties":{"id":"neva","name":"Нева","pop":null},
 "geometry":{"type":"LineString","coordinates":[[30.30,59.94],[30.35,59.95],[30.45,59.92]]}},
{"type":"Feature","properties":{"id":"moskovsky","name":"Московский полк","pop":null},
 "geometry":{"type":"Point","coordinates":[30.34,59.96]}}]})";

} // namespace

class TestVectorReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void gdalMessageNamesTheFile();
    void missingFile();
    void disallowedDriverRefused();
    void featureLimit();

private:
    QString convert(const QString &format, const QString &fileName, const QStringList &extra = {});
    QTemporaryDir m_dir;
    QString m_geojson;
};

void TestVectorReader::initTestCase()
{
    GdalEnvironment::ensureInitialized();
    QVERIFY(m_dir.isValid());
    m_geojson = m_dir.filePath(QStringLiteral("districts.geojson"));
    QFile f(m_geojson);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kGeoJson);
}

// Writes the fixture in another format with GDAL's own translator (ogr2ogr's library form).
QString TestVectorReader::convert(const QString &format, const QString &fileName, const QStringList &extra)
{
    const QString out = m_dir.filePath(fileName);
    QList<QByteArray> args{"-f", format.toUtf8()};
    for (const QString &e : extra)
        args << e.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALDatasetH src = GDALOpenEx(m_geojson.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    int err = 0;
    GDALDatasetH dst = GDALVectorTranslate(out.toUtf8().constData(), nullptr, 1, &src, opts, &err);
    GDALVectorTranslateOptionsFree(opts);
    if (dst)
        GDALClose(dst);
    GDALClose(src);
    return out;
}

void TestVectorReader::formats_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("mixedTypes");
    QTest::newRow("GeoJSON") << QString() << "districts.geojson" << QStringList() << true;
    QTest::newRow("GeoPackage") << "GPKG" << "districts.gpkg" << QStringList() << true;
    QTest::newRow("FlatGeobuf") << "FlatGeobuf" << "districts.fgb" << QStringList() << true;
    QTest::newRow("CSV with WKT") << "CSV" << "districts.csv" << QStringList{QStringLiteral("-lco"), QStringLiteral("GEOMETRY=AS_WKT")} << true;
    // A shapefile holds one geometry type: take the polygons only.
    QTest::newRow("Shapefile") << "ESRI Shapefile" << "districts.shp"
                               << QStringList{QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"),
                                              QStringLiteral("-where"), QStringLiteral("id IN ('vyborg','islands')"),
                                              QStringLiteral("-nlt"), QStringLiteral("MULTIPOLYGON")} << false;
}

void TestVectorReader::formats()
{
    QFETCH(QString, driver);
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(bool, mixedTypes);
    const QString path = driver.isEmpty() ? m_geojson : convert(driver, file, options);
    QVERIFY(QFile::exists(path));

    const Crs target = *Crs::fromUserInput(QStringLiteral("EPSG:28406"));
    VectorReadOptions o;
    o.targetCrs = target;
    o.idField = QStringLiteral("id");
    // CSV carries no CRS of its own; the package (or the user) says what it is.
    o.assumedCrs = Crs::wgs84();
    auto data = readVectorLayer(path, o);
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    QVERIFY(data->fieldNames.contains(QStringLiteral("name")));
    QCOMPARE(data->crs, target);
    QCOMPARE(int(data->features.size()), mixedTypes ? 4 : 2);

    // Some formats reorder features (FlatGeobuf sorts by its spatial index): look them up by id.
    auto byId = [&](const char *id) -> const VectorFeature & {
        for (const VectorFeature &f : data->features)
            if (f.attributes.value(QStringLiteral("id")).toString() == QLatin1String(id))
                return f;
        return data->features.front();
    };
    const VectorFeature &vyborg = byId("vyborg");
    QCOMPARE(vyborg.attributes.value(QStringLiteral("id")).toString(), QStringLiteral("vyborg"));
    QCOMPARE(vyborg.attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Выборгская"));
    QCOMPARE(vyborg.geometry.polygons.size(), size_t(1));
    QCOMPARE(vyborg.geometry.polygons[0].rings.size(), size_t(2));   // outer ring and hole
    // Reprojected: the first vertex equals PROJ's transform of (30.30, 59.95).
    auto t = CoordinateTransform::create(Crs::wgs84(), target);
    const QPointF expected = t->transform(QPointF(30.30, 59.95));
    const auto &ring = vyborg.geometry.polygons[0].rings[0];
    const bool found = std::any_of(ring.begin(), ring.end(), [&](QPointF p) {
        return std::hypot(p.x() - expected.x(), p.y() - expected.y()) < 0.01;
    });
    QVERIFY(found);
    QCOMPARE(byId("islands").geometry.polygons.size(), size_t(2));   // the multipolygon's parts
    if (mixedTypes) {
        QCOMPARE(byId("neva").geometry.lines.size(), size_t(1));
        QCOMPARE(byId("neva").geometry.lines[0].size(), size_t(3));
        QCOMPARE(byId("moskovsky").geometry.points.size(), size_t(1));
    }
}

void TestVectorReader::gdalMessageNamesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,)");
    f.close();
    VectorReadOptions o;
    o.displayName = QStringLiteral("layers/broken.geojson");
    o.allowedDrivers = GdalEnvironment::packageVectorDrivers();
    auto data = readVectorLayer(path, o);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().file, QStringLiteral("layers/broken.geojson"));
    QVERIFY(data.error().toString().startsWith(QLatin1String("layers/broken.geojson: ")));
}

void TestVectorReader::missingFile()
{
    auto data = readVectorLayer(m_dir.filePath(QStringLiteral("nope.geojson")), {});
    QVERIFY(!data.ok());
    QVERIFY(data.error().message.contains(QLatin1String("not found")));
}

void TestVectorReader::disallowedDriverRefused()
{
    // A VRT can point at any file or URL, so a package may not use one.
    const QString vrt = m_dir.filePath(QStringLiteral("other.vrt"));
    QFile f(vrt);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>%1</SrcDataSource><SrcLayer>districts</SrcLayer></OGRVRTLayer></OGRVRTDataSource>")
                .arg(m_geojson).toUtf8());
    f.close();
    VectorReadOptions o;
    o.allowedDrivers = GdalEnvironment::packageVectorDrivers();
    QVERIFY(!readVectorLayer(vrt, o).ok());
    auto own = readVectorLayer(vrt, {});   // a user's own VRT, opened deliberately, is fine
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().toString()));
}

void TestVectorReader::featureLimit()
{
    VectorReadOptions o;
    o.maxFeatures = 3;
    auto data = readVectorLayer(m_geojson, o);
    QVERIFY(!data.ok());
    QVERIFY(data.error().message.contains(QLatin1String("at most 3")));
}

QTEST_GUILESS_MAIN(TestVectorReader)
#include "testvectorreader.moc"
