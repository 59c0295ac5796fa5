#include "io/vectorreader.h"
#include "io/vectorwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace dpa;

class TestVectorWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void unwritableTargetLeavesNothing();
    void unknownFormat();
    void fullDiskLeavesTheOldFile_data();
    void fullDiskLeavesTheOldFile();
    void shapefileSetIsNeverReplacedPiecewise();
    void stagingOfAKilledWriterIsCleared();
    void shapefileOfMixedGeometryIsExplained();

private:
    std::vector<VectorRecord> records() const;
    QTemporaryDir m_dir;
};

std::vector<VectorRecord> TestVectorWriter::records() const
{
    // Two districts in UTM 31N metres, as the analyses produce them.
    std::vector<VectorRecord> out;
    for (int i = 0; i < 2; ++i) {
        Geometry g;
        const double x = 500000 + i * 1000, y = 4980000;
        g.polygons.push_back({{{{x, y}, {x + 1000, y}, {x + 1000, y + 1000}, {x, y + 1000}, {x, y}}}});
        out.push_back({g, QVariantMap{{QStringLiteral("authority"), i ? QStringLiteral("b") : QStringLiteral("a")},
                                      {QStringLiteral("area_km2"), 1.0 + i}}});
    }
    return out;
}

void TestVectorWriter::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("wgs84");   // formats that are WGS 84 by definition
    QTest::newRow("GeoPackage") << "t.gpkg" << false;
    QTest::newRow("GeoJSON") << "t.geojson" << true;
    QTest::newRow("Shapefile") << "t.shp" << false;
    QTest::newRow("FlatGeobuf") << "t.fgb" << false;
    QTest::newRow("KML") << "t.kml" << true;
}

void TestVectorWriter::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(bool, wgs84);
    const Crs utm = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    VectorWriteRequest request;
    request.path = m_dir.filePath(file);
    request.sourceCrs = utm;
    request.fields = {{QStringLiteral("authority"), QMetaType::QString}, {QStringLiteral("area_km2"), QMetaType::Double}};
    auto written = vectorwriter::write(request, records());
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QCOMPARE(*written, 2);
    // Nothing but the output (and a shapefile's companions) is left in the folder.
    QVERIFY(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".dpatlas")).isEmpty());

    VectorReadOptions options;
    options.targetCrs = utm;
    auto back = readVectorLayer(request.path, options);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(int(back->features.size()), 2);
    // FlatGeobuf reorders features by its spatial index: find B by its attribute.
    if (!file.endsWith(QLatin1String(".kml"))) {   // KML keeps only name/description fields
        const auto b = std::find_if(back->features.begin(), back->features.end(), [](const VectorFeature &f) {
            return f.attributes.value(QStringLiteral("authority")).toString() == QLatin1String("b");
        });
        QVERIFY(b != back->features.end());
        QCOMPARE(b->attributes.value(QStringLiteral("area_km2")).toDouble(), 2.0);
    }
    // Coordinates come back where they were (through WGS 84 for GeoJSON and KML: to 1 cm).
    const double tolerance = wgs84 ? 0.01 : 1e-6;
    bool found = false;
    for (const VectorFeature &f : back->features)
        for (const QPointF &p : f.geometry.polygons[0].rings[0])
            found = found || (std::abs(p.x() - 500000) < tolerance && std::abs(p.y() - 4980000) < tolerance);
    QVERIFY(found);
}

void TestVectorWriter::unwritableTargetLeavesNothing()
{
    VectorWriteRequest request;
    request.path = m_dir.filePath(QStringLiteral("missing/folder/t.gpkg"));
    request.sourceCrs = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    auto written = vectorwriter::write(request, records());
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(request.path));
}

void TestVectorWriter::unknownFormat()
{
    VectorWriteRequest request;
    request.path = m_dir.filePath(QStringLiteral("t.docx"));
    auto written = vectorwriter::write(request, records());
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String("unknown format")));
}

namespace {

// While alive, files this process writes stop growing at `bytes`, as on a full disk: writes
// past it fail with EFBIG (SIGXFSZ ignored) instead of killing the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestVectorWriter::fullDiskLeavesTheOldFile_data()
{
    QTest::addColumn<QString>("file");
    // GDAL 3.6's GeoJSON and KML drivers close "successfully" after a short write.
    QTest::newRow("GeoJSON") << "full.geojson";
    QTest::newRow("KML") << "full.kml";
    QTest::newRow("GeoPackage") << "full.gpkg";
    QTest::newRow("FlatGeobuf") << "full.fgb";
}

// An export that runs out of disk space fails with a message, and the file it would have
// replaced is untouched, byte for byte; no staging folder is left.
void TestVectorWriter::fullDiskLeavesTheOldFile()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    VectorWriteRequest request;
    request.path = dir.filePath(file);
    request.sourceCrs = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    request.fields = {{QStringLiteral("authority"), QMetaType::QString}, {QStringLiteral("area_km2"), QMetaType::Double}};
    QVERIFY(vectorwriter::write(request, records()).ok());
    const QByteArray before = contents(request.path);
    QVERIFY(!before.isEmpty());

    // Three thousand districts: far more than the 64 KB the "disk" has room for.
    std::vector<VectorRecord> many;
    for (int i = 0; i < 3000; ++i) {
        Geometry g;
        const double x = 500000 + (i % 60) * 1000, y = 4980000 + (i / 60) * 1000;
        g.polygons.push_back({{{{x, y}, {x + 1000, y}, {x + 1000, y + 1000}, {x, y + 1000}, {x, y}}}});
        many.push_back({g, QVariantMap{{QStringLiteral("authority"), QStringLiteral("district %1").arg(i)}, {QStringLiteral("area_km2"), 1.0}}});
    }
    Result<int> written = 0;
    {
        const FileSizeLimit full(64 * 1024);
        written = vectorwriter::write(request, many);
    }
    QVERIFY2(!written.ok(), "a short write reported as success");
    QCOMPARE(contents(request.path), before);
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".dpatlas")).isEmpty());
    // With room again, the same export succeeds.
    QVERIFY(vectorwriter::write(request, many).ok());
    QVERIFY(contents(request.path) != before);
}

// A shapefile is a set of files that cannot be swapped in one step: an existing set is refused
// with a message saying what to do, and left exactly as it was.
void TestVectorWriter::shapefileSetIsNeverReplacedPiecewise()
{
    QTemporaryDir dir;
    VectorWriteRequest request;
    request.path = dir.filePath(QStringLiteral("set.shp"));
    request.sourceCrs = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    request.fields = {{QStringLiteral("authority"), QMetaType::QString}};
    QVERIFY(vectorwriter::write(request, records()).ok());
    const QByteArray dbf = contents(dir.filePath(QStringLiteral("set.dbf")));
    auto again = vectorwriter::write(request, records());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("delete it or choose another name")), qPrintable(again.error().toString()));
    QCOMPARE(contents(dir.filePath(QStringLiteral("set.dbf"))), dbf);
    // A stray .dbf alone (a set half replaced by some other tool) is refused the same way.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("set.shp"))));
    QVERIFY(!vectorwriter::write(request, records()).ok());
}

// A writer killed with kill -9 leaves its hidden staging folder; the next write in that folder
// removes it when its process is gone, and leaves those of live processes alone.
void TestVectorWriter::stagingOfAKilledWriterIsCleared()
{
    QTemporaryDir dir;
    // A process id no process has: beyond the kernel's pid_max (at most 2^22).
    const QString dead = dir.filePath(QStringLiteral(".dpatlas-writing-99999999-AbCdEf"));
    const QString alive = dir.filePath(QStringLiteral(".dpatlas-writing-%1-GhIjKl").arg(QCoreApplication::applicationPid()));
    for (const QString &folder : {dead, alive}) {
        QVERIFY(QDir().mkpath(folder));
        QFile half(folder + QStringLiteral("/state.gpkg"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("half a file");
    }
    VectorWriteRequest request;
    request.path = dir.filePath(QStringLiteral("state.geojson"));
    request.sourceCrs = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    QVERIFY(vectorwriter::write(request, records()).ok());
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(alive));
}

// Areas and points in one shapefile: refused with what to do instead, not GDAL's "Attempt to
// write non-polygon (POINT) geometry to POLYGON type shapefile", and nothing is written.
void TestVectorWriter::shapefileOfMixedGeometryIsExplained()
{
    QTemporaryDir dir;
    std::vector<VectorRecord> mixed = records();
    Geometry point;
    point.points.push_back({500500, 4980500});
    mixed.push_back({point, QVariantMap{{QStringLiteral("authority"), QStringLiteral("a")}}});
    VectorWriteRequest request;
    request.path = dir.filePath(QStringLiteral("mixed.shp"));
    request.sourceCrs = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    request.fields = {{QStringLiteral("authority"), QMetaType::QString}};
    const auto written = vectorwriter::write(request, mixed);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QLatin1String("a shapefile holds one kind of geometry")) &&
                 written.error().message.contains(QLatin1String("GeoPackage")),
             qPrintable(written.error().toString()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestVectorWriter)
#include "testvectorwriter.moc"
