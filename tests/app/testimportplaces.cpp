// `dpatlas-cli import DIR --places FILE`: the places of a Linked Places file (the World
// Historical Gazetteer's GeoJSON-LD) as a new feature layer. The round trip runs through the
// built programs and real files: paris-1871 exported with `export --linked-places`, imported
// into a copy of the example package, and the new layer read back by GDAL and compared with
// paris-1871's own layers, read by GDAL and brought to WGS 84 by GDAL and PROJ — not by our
// loader. Bad files are refused with the file, the feature's line, index and @id, and the
// package keeps every byte.

#include "support/clirun.h"
#include "support/packagefixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace dpa;

namespace {

const QString kParis = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");

// Every file of a folder (hidden ones too: a staging folder left behind would show) and its bytes.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), test::readAll(path));
    }
    return files;
}

// A feature as GDAL reads it: its fields as text and its rings (a point is a ring of one).
struct ReadFeature
{
    QMap<QString, QString> fields;
    QString kind;                        // "points", "lines", "areas" or a mix, "areas+points"
    std::vector<std::vector<QPointF>> rings;
};

void collect(OGRGeometryH g, QStringList &kinds, std::vector<std::vector<QPointF>> &rings)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    const QString kind = type == wkbPoint ? QStringLiteral("points") : type == wkbLineString ? QStringLiteral("lines")
                       : type == wkbPolygon ? QStringLiteral("areas") : QString();
    if (!kind.isEmpty() && !kinds.contains(kind))
        kinds << kind;
    if (type == wkbPolygon) {   // its rings are lines to GDAL's C API, not lines of the feature
        QStringList ringKinds;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            collect(OGR_G_GetGeometryRef(g, i), ringKinds, rings);
        return;
    }
    if (OGR_G_GetGeometryCount(g) > 0) {   // Multi- and collections
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            collect(OGR_G_GetGeometryRef(g, i), kinds, rings);
        return;
    }
    std::vector<QPointF> ring;
    for (int i = 0; i < OGR_G_GetPointCount(g); ++i)
        ring.emplace_back(OGR_G_GetX(g, i), OGR_G_GetY(g, i));
    rings.push_back(std::move(ring));
}

// A layer file read by GDAL, every geometry transformed to WGS 84 (longitude, latitude) by
// GDAL and PROJ.
std::vector<ReadFeature> readWithGdal(const QString &path)
{
    GDALAllRegister();
    std::vector<ReadFeature> out;
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return out;
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ReadFeature read;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            read.fields.insert(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))),
                               OGR_F_IsFieldSetAndNotNull(f, i) ? QString::fromUtf8(OGR_F_GetFieldAsString(f, i)) : QString());
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            OGRGeometryH lonLat = OGR_G_Clone(g);
            OGR_G_TransformTo(lonLat, wgs84);
            QStringList kinds;
            collect(lonLat, kinds, read.rings);
            kinds.sort();
            read.kind = kinds.join(QLatin1Char('+'));
            OGR_G_DestroyGeometry(lonLat);
        }
        out.push_back(std::move(read));
        OGR_F_Destroy(f);
    }
    OSRDestroySpatialReference(wgs84);
    GDALClose(ds);
    return out;
}

// The largest distance, in degrees, between corresponding vertices; infinity when the rings
// differ in number or length.
double largestDifference(const std::vector<std::vector<QPointF>> &a, const std::vector<std::vector<QPointF>> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0;
    for (size_t r = 0; r < a.size(); ++r) {
        if (a[r].size() != b[r].size())
            return INFINITY;
        for (size_t i = 0; i < a[r].size(); ++i)
            worst = std::max({worst, std::abs(a[r][i].x() - b[r][i].x()), std::abs(a[r][i].y() - b[r][i].y())});
    }
    return worst;
}

bool isTrue(const QString &v)
{
    return v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// A small Linked Places file: features as given, each a line of JSON.
QByteArray collection(const QByteArrayList &features)
{
    return "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.join(",\n") + "\n]}\n";
}

QByteArray place(const QByteArray &uri, const QByteArray &geometry, const QByteArray &title = "A place")
{
    return "{\"@id\": \"" + uri + "\", \"type\": \"Feature\", \"properties\": {\"title\": \"" + title
           + "\"}, \"names\": [{\"toponym\": \"" + title + "\", \"lang\": \"en\"}], \"geometry\": " + geometry + "}";
}

const QByteArray kPoint = "{\"type\": \"Point\", \"coordinates\": [2.3522, 48.8566]}";

} // namespace

class TestImportPlaces : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void parisRoundTrip();
    void placesOfAnotherGazetteer();
    void replaceSwapsTheLayer();
    void badFileWritesNothing_data();
    void badFileWritesNothing();
    void newCaseStudyFromLinkedPlaces();
    void plainGeoJsonWithAtIdsIsNotLinkedPlaces();

private:
    static test::CliRun run(const QStringList &args) { return test::runCli(args); }
    QString package() const { return m_dir.filePath(QStringLiteral("pkg")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<QTemporaryDir> m_owner;
    QDir m_dir;
};

void TestImportPlaces::init()
{
    m_owner = std::make_unique<QTemporaryDir>();
    m_dir = QDir(m_owner->path());
    QVERIFY(test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), package()));
}

void TestImportPlaces::parisRoundTrip()
{
    const QString lpf = file(QStringLiteral("paris-1871.lpf.json"));
    const test::CliRun exported = run({QStringLiteral("export"), kParis, QStringLiteral("--linked-places"), QStringLiteral("-o"), lpf});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QByteArray manifestBefore = test::readAll(QDir(package()).filePath(QStringLiteral("manifest.json")));

    const test::CliRun r = run({QStringLiteral("import"), package(), QStringLiteral("--places"), lpf, QStringLiteral("--layer"),
                                QStringLiteral("paris"), QStringLiteral("--title"), QStringLiteral("Paris in 1871")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Read paris-1871.lpf.json: Linked Places, 72 place(s)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Added layer paris with 72 feature(s) to manifest.json: layers/paris.geojson")), qPrintable(r.out));

    // The manifest keeps its bytes: take the new entry's line out and it is as it was.
    const QByteArray manifestAfter = test::readAll(QDir(package()).filePath(QStringLiteral("manifest.json")));
    const qsizetype entry = manifestAfter.indexOf("{\"id\": \"paris\", \"file\": \"layers/paris.geojson\", \"role\": \"features\"");
    QVERIFY2(entry > 0, manifestAfter.constData());
    const QByteArray withoutEntry = manifestAfter.left(manifestAfter.lastIndexOf(',', entry)) + manifestAfter.mid(manifestAfter.indexOf('\n', entry));
    QCOMPARE(withoutEntry, manifestBefore);
    const QJsonObject layerEntry = QJsonDocument::fromJson(manifestAfter).object().value(QStringLiteral("layers")).toArray().last().toObject();
    QCOMPARE(layerEntry.value(QStringLiteral("names")).toObject().value(QStringLiteral("fr")).toString(), QStringLiteral("name_fr"));
    QCOMPARE(layerEntry.value(QStringLiteral("approx_field")).toString(), QStringLiteral("approx"));
    QCOMPARE(layerEntry.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(), QStringLiteral("Paris in 1871"));

    // Paris's own feature layers, as GDAL reads them, by the @id the export gives each feature.
    struct Original
    {
        ReadFeature feature;
        QString layer, id, nameEn, nameFr;
        bool approximate = false;
    };
    QMap<QString, Original> originals;
    QMap<QString, int> originalKinds;
    const QJsonObject parisManifest = QJsonDocument::fromJson(test::readAll(kParis + QStringLiteral("/manifest.json"))).object();
    for (const QJsonValue &v : parisManifest.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject spec = v.toObject();
        if (spec.value(QStringLiteral("role")).toString() != QLatin1String("features"))
            continue;
        const QString layerId = spec.value(QStringLiteral("id")).toString();
        const auto features = readWithGdal(kParis + QLatin1Char('/') + spec.value(QStringLiteral("file")).toString());
        QVERIFY(!features.empty());
        for (const ReadFeature &f : features) {
            Original o{f, layerId, f.fields.value(spec.value(QStringLiteral("id_field")).toString()),
                       f.fields.value(spec.value(QStringLiteral("name_field")).toString()),
                       f.fields.value(spec.value(QStringLiteral("names")).toObject().value(QStringLiteral("fr")).toString()),
                       spec.value(QStringLiteral("approximate")).toBool() || isTrue(f.fields.value(spec.value(QStringLiteral("approx_field")).toString()))};
            originals.insert(QStringLiteral("urn:dpatlas:paris-1871:%1:%2").arg(layerId, o.id), o);
            ++originalKinds[f.kind];
        }
    }
    QCOMPARE(originals.size(), 72);

    // The new layer, read by GDAL: the same features, kinds, names and geometries.
    const auto imported = readWithGdal(QDir(package()).filePath(QStringLiteral("layers/paris.geojson")));
    QCOMPARE(int(imported.size()), int(originals.size()));
    QMap<QString, int> importedKinds;
    int french = 0, approximate = 0;
    for (const ReadFeature &f : imported) {
        ++importedKinds[f.kind];
        const QString uri = f.fields.value(QStringLiteral("uri"));
        QVERIFY2(originals.contains(uri), qPrintable(uri));
        const Original &o = originals[uri];
        QCOMPARE(f.fields.value(QStringLiteral("id")), o.id);   // the @id's last segment: no clashes in Paris
        QCOMPARE(f.fields.value(QStringLiteral("name_en")), o.nameEn);
        QCOMPARE(f.fields.value(QStringLiteral("name_fr")), o.nameFr);
        french += !o.nameFr.isEmpty();
        QCOMPARE(isTrue(f.fields.value(QStringLiteral("approx"))), o.approximate);
        approximate += o.approximate;
        QCOMPARE(f.kind, o.feature.kind);
        const double difference = largestDifference(f.rings, o.feature.rings);
        QVERIFY2(difference <= 1e-7, qPrintable(QStringLiteral("%1: vertices differ by %2 degrees").arg(uri).arg(difference)));
    }
    QCOMPARE(importedKinds, originalKinds);
    QVERIFY2(french >= 60 && approximate > 0, qPrintable(QStringLiteral("%1 French names, %2 approximate").arg(french).arg(approximate)));

    // The package validates, and its state lists the new features with their names.
    const test::CliRun validate = run({QStringLiteral("validate"), package()});
    QVERIFY2(validate.exitCode == 0 && validate.out.contains(QStringLiteral("valid")), qPrintable(validate.out + validate.err));
    const test::CliRun state = run({QStringLiteral("state"), package(), QStringLiteral("--at"), QStringLiteral("1871-03-20")});
    QVERIFY2(state.exitCode == 0, qPrintable(state.err));
    QCOMPARE(int(state.out.count(QRegularExpression(QStringLiteral("(?m)^paris,")))), 72);
    QVERIFY2(state.out.contains(QStringLiteral("\nparis,versailles,Versailles,unknown,")), qPrintable(state.out.left(2000)));
}

// Another gazetteer's file: ids whose last segments clash, names in several languages and
// none, a collection with a certainty, an open ring, a timespan.
void TestImportPlaces::placesOfAnotherGazetteer()
{
    const QByteArray text = collection(
        {R"({"@id": "https://whgazetteer.org/places/12/", "type": "Feature", "properties": {"title": "Hôtel de Ville"},
             "names": [{"toponym": "Hôtel de Ville", "lang": "fr"}, {"toponym": "Ратуша", "lang": "ru"}, {"toponym": "HdV"}],
             "geometry": {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [2.35222, 48.85660], "certainty": "less-certain"}]},
             "types": [{"identifier": "aat:300007466", "label": "city hall"}]})",
         R"({"@id": "https://example.org/other/12", "type": "Feature", "properties": {"title": "Place de Grève"},
             "names": [{"toponym": "Place of Strikes", "lang": "en"}],
             "geometry": {"type": "Polygon", "coordinates": [[[2.351, 48.856], [2.353, 48.856], [2.353, 48.857]]]},
             "when": {"timespans": [{"start": {"earliest": "1357"}, "end": {"latest": "1803"}}]}})"});
    QVERIFY(test::writeAll(file(QStringLiteral("gazetteer.json")), text));
    const test::CliRun r = run({QStringLiteral("import"), package(), QStringLiteral("--places"), file(QStringLiteral("gazetteer.json"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("features[1] (@id https://example.org/other/12): id \"12\" is that of features[0] too; this one's is \"12_2\"")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 toponym(s) without a language")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Added layer gazetteer with 2 feature(s)")), qPrintable(r.out));

    const auto read = readWithGdal(QDir(package()).filePath(QStringLiteral("layers/gazetteer.geojson")));
    QCOMPARE(int(read.size()), 2);
    QCOMPARE(read[0].fields.value(QStringLiteral("id")), QStringLiteral("12"));
    QCOMPARE(read[0].fields.value(QStringLiteral("name_en")), QStringLiteral("Hôtel de Ville"));   // no English toponym: the title
    QCOMPARE(read[0].fields.value(QStringLiteral("name_fr")), QStringLiteral("Hôtel de Ville"));
    QCOMPARE(read[0].fields.value(QStringLiteral("name_ru")), QStringLiteral("Ратуша"));
    QVERIFY(isTrue(read[0].fields.value(QStringLiteral("approx"))));
    QCOMPARE(read[0].fields.value(QStringLiteral("kind")), QStringLiteral("city hall"));
    QCOMPARE(read[0].kind, QStringLiteral("points"));
    QCOMPARE(read[1].fields.value(QStringLiteral("id")), QStringLiteral("12_2"));
    QCOMPARE(read[1].fields.value(QStringLiteral("name_en")), QStringLiteral("Place of Strikes"));
    QVERIFY(!isTrue(read[1].fields.value(QStringLiteral("approx"))));
    QCOMPARE(read[1].fields.value(QStringLiteral("when")), QStringLiteral("1357/1803"));
    QCOMPARE(read[1].kind, QStringLiteral("areas"));
    QCOMPARE(int(read[1].rings.front().size()), 4);   // the ring closed

    const test::CliRun state = run({QStringLiteral("state"), package(), QStringLiteral("--at"), QStringLiteral("1871-03-20"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(state.exitCode == 0, qPrintable(state.err));
    QVERIFY2(state.out.contains(QStringLiteral("\"12_2\"")) && state.out.contains(QStringLiteral("Place of Strikes")), qPrintable(state.out.left(3000)));
}

void TestImportPlaces::replaceSwapsTheLayer()
{
    QVERIFY(test::writeAll(file(QStringLiteral("one.lpf.json")), collection({place("https://example.org/places/one", kPoint, "One")})));
    QVERIFY(test::writeAll(file(QStringLiteral("two.lpf.json")),
                           collection({place("https://example.org/places/first", kPoint, "First"),
                                       place("https://example.org/places/second", kPoint, "Second")})));
    auto import = [&](const QString &name, const QStringList &extra) {
        return run(QStringList{QStringLiteral("import"), package(), QStringLiteral("--places"), file(name), QStringLiteral("--layer"),
                               QStringLiteral("gazetteer")} + extra);
    };
    const test::CliRun first = import(QStringLiteral("one.lpf.json"), {QStringLiteral("--title"), QStringLiteral("Gazetteer")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    const auto kept = snapshot(package());
    const test::CliRun again = import(QStringLiteral("two.lpf.json"), {});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("the package has a layer \"gazetteer\" already")), qPrintable(again.err));
    QCOMPARE(snapshot(package()), kept);

    const test::CliRun replaced = import(QStringLiteral("two.lpf.json"), {QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.out + replaced.err));
    QVERIFY2(replaced.out.contains(QStringLiteral("Replaced layer gazetteer with 2 feature(s)")), qPrintable(replaced.out));
    const QJsonArray layers = QJsonDocument::fromJson(test::readAll(QDir(package()).filePath(QStringLiteral("manifest.json"))))
                                  .object().value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 3);   // in its place, its title kept
    QCOMPARE(layers.last().toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(), QStringLiteral("Gazetteer"));
    QCOMPARE(int(readWithGdal(QDir(package()).filePath(QStringLiteral("layers/gazetteer.geojson"))).size()), 2);
}

void TestImportPlaces::badFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("said");   // in stderr, after the file's path where it begins with ':'

    const QByteArray good = collection({place("https://example.org/places/1", kPoint)});
    QTest::newRow("empty file") << QByteArray() << QStringList() << QStringList{QStringLiteral(": the file is empty")};
    QTest::newRow("not JSON") << QByteArray("{\"type\": \"FeatureCollection\",\n \"features\": [\n") << QStringList()
                              << QStringList{QStringLiteral(":3: not JSON")};
    QTest::newRow("a list") << QByteArray("[{\"type\": \"Feature\"}]") << QStringList()
                            << QStringList{QStringLiteral(":1: not a Linked Places file: the file is a list, not a FeatureCollection")};
    QTest::newRow("one feature") << place("https://example.org/places/1", kPoint) << QStringList()
                                 << QStringList{QStringLiteral(":1: not a Linked Places file: its type is \"Feature\", not \"FeatureCollection\"")};
    QTest::newRow("no features") << collection({}) << QStringList() << QStringList{QStringLiteral(":1: the FeatureCollection has no features")};
    QTest::newRow("no @id") << collection({place("https://example.org/places/1", kPoint),
                                           R"({"type": "Feature", "properties": {"title": "Nameless"}, "names": [], "geometry": )" + kPoint + "}"})
                            << QStringList() << QStringList{QStringLiteral(":3: features[1]: no @id")};
    QTest::newRow("no geometry") << collection({place("https://example.org/places/1", kPoint),
                                                R"({"@id": "https://example.org/places/2", "type": "Feature", "properties": {"title": "Nowhere"}, "names": []})"})
                                 << QStringList() << QStringList{QStringLiteral(":3: features[1] (@id https://example.org/places/2): no geometry")};
    QTest::newRow("unknown geometry type") << collection({place("https://example.org/places/1", kPoint),
                                                          place("https://example.org/places/2", R"({"type": "Circle", "coordinates": [2.35, 48.85], "radius": 10})")})
                                           << QStringList()
                                           << QStringList{QStringLiteral(":3: features[1] (@id https://example.org/places/2): geometry type \"Circle\" is not one of")};
    QTest::newRow("latitude first") << collection({place("https://example.org/places/1", R"({"type": "Point", "coordinates": [48.85, 182.35]})")})
                                    << QStringList() << QStringList{QStringLiteral(":2: features[0] (@id https://example.org/places/1): position [48.85, 182.35] "
                                                                                   "is not a longitude (-180 to 180) and latitude")};
    QTest::newRow("every problem at once")
        << collection({place("https://example.org/places/1", R"({"type": "GeometryCollection", "geometries": []})"),
                       place("https://example.org/places/1", R"({"type": "LineString", "coordinates": [[2.3, 48.8]]})")})
        << QStringList()
        << QStringList{QStringLiteral(":2: features[0] (@id https://example.org/places/1): an empty geometry collection"),
                       QStringLiteral(":3: features[1] (@id https://example.org/places/1): the same @id as features[0] (line 2)"),
                       QStringLiteral(":3: features[1] (@id https://example.org/places/1): a line has 1 position(s), fewer than 2"),
                       QStringLiteral("Nothing was written: 3 problem(s) to mend first.")};
    QTest::newRow("a layer of that id") << good << QStringList{QStringLiteral("--layer"), QStringLiteral("places")}
                                        << QStringList{QStringLiteral("manifest.json:24: the package has a layer \"places\" already: choose another id with "
                                                                      "--layer, or replace it with --replace")};
    QTest::newRow("replacing breaks the claims") << good << QStringList{QStringLiteral("--layer"), QStringLiteral("places"), QStringLiteral("--replace")}
                                                 << QStringList{QStringLiteral("claims.csv:14: feature \"places/hotel_de_ville\" is not in any feature layer"),
                                                                QStringLiteral("events.csv:2: feature \"places/butte_montmartre\" is not in any feature layer")};
}

void TestImportPlaces::badFileWritesNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, args);
    QFETCH(QStringList, said);
    const QString input = file(QStringLiteral("bad.lpf.json"));
    QVERIFY(test::writeAll(input, text));
    const auto before = snapshot(package());
    const test::CliRun r = run(QStringList{QStringLiteral("import"), package(), QStringLiteral("--places"), input} + args);
    QCOMPARE(r.exitCode, 1);
    for (const QString &s : said)
        QVERIFY2(r.err.contains(s.startsWith(QLatin1Char(':')) ? input + s : s), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was written")), qPrintable(r.err));
    QCOMPARE(snapshot(package()), before);
}

// A case study made from a Linked Places file alone: `new --layer FILE.lpf.json` reads it as
// `import --places` does, names in every language included.
void TestImportPlaces::newCaseStudyFromLinkedPlaces()
{
    const QString lpf = file(QStringLiteral("paris-1871.lpf.json"));
    const test::CliRun exported = run({QStringLiteral("export"), kParis, QStringLiteral("--linked-places"), QStringLiteral("-o"), lpf});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString made = file(QStringLiteral("gazetteer-study"));
    const test::CliRun r = run({QStringLiteral("new"), QStringLiteral("paris-gazetteer"), QStringLiteral("--layer"), lpf, QStringLiteral("--title"),
                                QStringLiteral("Paris from the gazetteer"), QStringLiteral("--period"), QStringLiteral("1871-03-18..1871-05-31"),
                                QStringLiteral("--authority"), QStringLiteral("commune=Commune,#d55e00"), QStringLiteral("-o"), made});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject layer = QJsonDocument::fromJson(test::readAll(QDir(made).filePath(QStringLiteral("manifest.json"))))
                                  .object().value(QStringLiteral("layers")).toArray().first().toObject();
    QCOMPARE(layer.value(QStringLiteral("id_field")).toString(), QStringLiteral("id"));
    QCOMPARE(layer.value(QStringLiteral("name_field")).toString(), QStringLiteral("name_en"));
    QCOMPARE(layer.value(QStringLiteral("names")).toObject().value(QStringLiteral("fr")).toString(), QStringLiteral("name_fr"));
    QCOMPARE(layer.value(QStringLiteral("approx_field")).toString(), QStringLiteral("approx"));
    const test::CliRun state = run({QStringLiteral("state"), made, QStringLiteral("--at"), QStringLiteral("1871-04-01"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(state.exitCode == 0, qPrintable(state.err));
    QVERIFY2(state.out.contains(QStringLiteral("\"fort_issy\"")) || state.out.contains(QStringLiteral("\"arr01\"")), qPrintable(state.out.left(2000)));
    QVERIFY2(state.out.contains(QStringLiteral("Versailles")), qPrintable(state.out.left(2000)));
}

// Overpass turbo's GeoJSON carries "@id" among each feature's properties: still plain GeoJSON
// to `new`, read by GDAL; a Linked Places file saved with a byte-order mark is still one.
void TestImportPlaces::plainGeoJsonWithAtIdsIsNotLinkedPlaces()
{
    const QString overpass = file(QStringLiteral("overpass.geojson"));
    QVERIFY(test::writeAll(overpass, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
                                     "\"properties\": {\"@id\": \"node/1\", \"id\": \"n1\", \"name\": \"Fort\"}, \"geometry\": " + kPoint + "}]}"));
    const QString made = file(QStringLiteral("overpass-study"));
    const test::CliRun r = run({QStringLiteral("new"), QStringLiteral("overpass"), QStringLiteral("--layer"), overpass, QStringLiteral("--title"),
                                QStringLiteral("Overpass"), QStringLiteral("--period"), QStringLiteral("1871..1872"), QStringLiteral("--authority"),
                                QStringLiteral("a=A"), QStringLiteral("-o"), made});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject layer = QJsonDocument::fromJson(test::readAll(QDir(made).filePath(QStringLiteral("manifest.json"))))
                                  .object().value(QStringLiteral("layers")).toArray().first().toObject();
    QCOMPARE(layer.value(QStringLiteral("id_field")).toString(), QStringLiteral("id"));
    QVERIFY(!layer.contains(QStringLiteral("approx_field")));

    QVERIFY(test::writeAll(file(QStringLiteral("bom.lpf.json")), "\xEF\xBB\xBF" + collection({place("https://example.org/places/bom", kPoint)})));
    const test::CliRun bom = run({QStringLiteral("import"), package(), QStringLiteral("--places"), file(QStringLiteral("bom.lpf.json"))});
    QVERIFY2(bom.exitCode == 0 && bom.out.contains(QStringLiteral("Added layer bom with 1 feature(s)")), qPrintable(bom.out + bom.err));
}

QTEST_GUILESS_MAIN(TestImportPlaces)
#include "testimportplaces.moc"
