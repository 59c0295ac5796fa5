#include "package/csvtable.h"
#include "package/datasetpackage.h"
#include "io/gdalenvironment.h"
#include "io/gdalerrorcapture.h"
#include "time/historicaldate.h"
#include "analysis/layerexport.h"
#include "package/packagearchive.h"
#include "support/packagefixture.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>
#include <QElapsedTimer>
#include <QProcess>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace dpa;

// A whole case study in one GeoPackage: QGIS sees its layers and tables, it reopens with the
// same state, it unpacks to the same files byte for byte, and broken or hostile files are
// refused with a message that names them.
class TestPackageArchive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void layersAndTablesAreReadableByGdal_data();
    void layersAndTablesAreReadableByGdal();
    void reopensWithIdenticalState_data();
    void reopensWithIdenticalState();
    void unpacksByteForByte();
    void cancellingLeavesNoFile();
    void anExtraLayerNeverReplacesThePackagesOwn();
    void refusesAGeoPackageThatIsNotAPackage();
    void refusesPathsOutsideThePackage();
    void refusesAFolderWithFilesInIt();
    void hostileViewsRunNothing();
    void twoProgramsOpenTheSameFileAtOnce();
    void aHugeFileIsRefusedBeforeItIsRead();
    void theCacheKeepsTheLastFew();

private:
    QString packed(const QString &id);
    static QString dataset(const QString &id) { return QStringLiteral(DPATLAS_DATASETS_DIR "/") + id; }
    QTemporaryDir m_dir;
};

void TestPackageArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The unpacked copies go to ~/.qttest, not to the user's cache.
    QStandardPaths::setTestModeEnabled(true);
}

QString TestPackageArchive::packed(const QString &id)
{
    const QString path = m_dir.filePath(id + QStringLiteral(".gpkg"));
    if (QFileInfo::exists(path))
        return path;
    const auto loaded = DatasetPackage::load(dataset(id));
    if (!loaded.isValid())
        return {};
    return packagearchive::pack(*loaded.study, path) ? path : QString();
}

void TestPackageArchive::layersAndTablesAreReadableByGdal_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("petrograd") << "petrograd-1917";
    QTest::newRow("paris, with its period map") << "paris-1871";
}

void TestPackageArchive::layersAndTablesAreReadableByGdal()
{
    QFETCH(QString, id);
    const QString path = packed(id);
    QVERIFY(!path.isEmpty());
    QVERIFY(packagearchive::isPackedPackage(path));
    const auto study = DatasetPackage::load(dataset(id)).study;

    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    for (const CaseLayer &layer : study->layers) {
        OGRLayerH l = GDALDatasetGetLayerByName(ds, layer.spec.id.toUtf8().constData());
        QVERIFY2(l, qPrintable(layer.spec.id));
        QCOMPARE(OGR_L_GetFeatureCount(l, TRUE), GIntBig(layer.features.size()));
        OGRSpatialReferenceH expected = OSRNewSpatialReference(nullptr);
        QCOMPARE(OSRSetFromUserInput(expected, study->manifest.crs.wkt().toUtf8().constData()), OGRERR_NONE);
        const char *options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
        QVERIFY2(OSRIsSameEx(OGR_L_GetSpatialRef(l), expected, options), qPrintable(layer.spec.id));
        OSRDestroySpatialReference(expected);
    }
    const auto claims = CsvTable::read(QDir(dataset(id)).filePath(study->manifest.claimsFile), QStringLiteral("claims.csv"));
    OGRLayerH claimsTable = GDALDatasetGetLayerByName(ds, "claims");
    QVERIFY(claims && claimsTable);
    QCOMPARE(OGR_L_GetFeatureCount(claimsTable, TRUE), GIntBig(claims->rows().size()));
    QCOMPARE(OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(claimsTable)), int(claims->header().size()));
    QVERIFY(GDALDatasetGetLayerByName(ds, "events") && GDALDatasetGetLayerByName(ds, "sources"));
    GDALClose(ds);
}

void TestPackageArchive::reopensWithIdenticalState_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("petrograd") << "petrograd-1917" << QStringList{"1917-03-01", "1917-05-14", "1917-07-17", "1917-11-07", "1918-03-01"};
    QTest::newRow("paris") << "paris-1871" << QStringList{"1871-03-17", "1871-03-19", "1871-04-02", "1871-05-22", "1871-05-28"};
    // Shares (Aragon divided by the front) and the occupation and presence roles survive packing.
    QTest::newRow("catalonia") << "catalonia-1936" << QStringList{"1936-08-15", "1937-03-15", "1937-05-04", "1937-08-15"};
    QTest::newRow("northeast-syria") << "northeast-syria" << QStringList{"2013-01-01", "2020-01-01", "2025-06-01"};
}

void TestPackageArchive::reopensWithIdenticalState()
{
    QFETCH(QString, id);
    QFETCH(QStringList, dates);
    const auto original = DatasetPackage::load(dataset(id));
    const auto reopened = DatasetPackage::load(packed(id));
    QVERIFY2(reopened.isValid(), reopened.problems.isEmpty() ? "" : qPrintable(reopened.problems.first().toString()));
    QCOMPARE(reopened.study->manifest.id, id);
    QCOMPARE(reopened.study->model.claims().size(), original.study->model.claims().size());
    QCOMPARE(reopened.study->periodMaps.size(), original.study->periodMaps.size());
    for (const QString &date : dates) {
        const TimePoint t = HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
        const auto a = layerexport::stateAt(*original.study, t), b = layerexport::stateAt(*reopened.study, t);
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].attributes, a[i].attributes);
    }
}

void TestPackageArchive::unpacksByteForByte()
{
    const QString folder = m_dir.filePath(QStringLiteral("unpacked-paris"));
    const auto unpacked = packagearchive::unpack(packed(QStringLiteral("paris-1871")), folder);
    QVERIFY2(unpacked, unpacked ? "" : qPrintable(unpacked.error().toString()));
    QString differing;
    const int files = test::compareFiles(dataset(QStringLiteral("paris-1871")), folder, &differing);
    QVERIFY2(differing.isEmpty(), qPrintable(differing));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("maps/jacoubet-1836-sheet22.tif"))));
    QDirIterator copies(folder, QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    for (; copies.hasNext(); copies.next())
        ++copied;
    QCOMPARE(copied, files);
}

void TestPackageArchive::cancellingLeavesNoFile()
{
    const auto loaded = DatasetPackage::load(dataset(QStringLiteral("petrograd-1917")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.gpkg"));
    const auto written = packagearchive::pack(*loaded.study, path, [](int done, int) { return done < 2; });
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestPackageArchive::anExtraLayerNeverReplacesThePackagesOwn()
{
    // Layers written for other tools (the timeline QGIS plays) beside the package: one named like
    // the package's claims table would replace what unpack and the app read back.
    const auto loaded = DatasetPackage::load(dataset(QStringLiteral("petrograd-1917")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.gpkg"));
    packagearchive::PackExtras extras;
    VectorLayerToWrite clash;
    clash.name = QStringLiteral("Claims");
    extras.layers.push_back(clash);
    const auto written = packagearchive::pack(*loaded.study, path, {}, std::move(extras));
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QStringLiteral("Claims")), qPrintable(written.error().toString()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestPackageArchive::refusesAGeoPackageThatIsNotAPackage()
{
    const auto loaded = DatasetPackage::load(dataset(QStringLiteral("petrograd-1917")));
    VectorWriteRequest request;
    request.path = m_dir.filePath(QStringLiteral("state.gpkg"));
    request.sourceCrs = loaded.study->manifest.crs;
    request.fields = layerexport::stateFields();
    QVERIFY(vectorwriter::write(request, layerexport::stateAt(*loaded.study, 0)));
    QVERIFY(!packagearchive::isPackedPackage(request.path));
    const auto result = DatasetPackage::load(request.path);
    QVERIFY(!result.isValid());
    QVERIFY2(result.problems.first().toString().contains(QStringLiteral("not a packed case study")),
             qPrintable(result.problems.first().toString()));
    QVERIFY(result.problems.first().toString().contains(QStringLiteral("state.gpkg")));
}

void TestPackageArchive::refusesPathsOutsideThePackage()
{
    // A hand-made archive whose files table tries to write beside the target folder.
    VectorLayerToWrite files;
    files.name = QString::fromLatin1(packagearchive::kFilesTable);
    files.fields = {{QStringLiteral("path")}, {QStringLiteral("content"), QMetaType::QByteArray}};
    VectorRecord manifest, escape;
    manifest.attributes = {{QStringLiteral("path"), QStringLiteral("manifest.json")}, {QStringLiteral("content"), QByteArray("{}")}};
    escape.attributes = {{QStringLiteral("path"), QStringLiteral("../escaped.txt")}, {QStringLiteral("content"), QByteArray("x")}};
    files.records = {manifest, escape};
    const QString path = m_dir.filePath(QStringLiteral("hostile.gpkg"));
    QVERIFY(vectorwriter::writeLayers(path, QStringLiteral("GPKG"), {files}));
    const QString folder = m_dir.filePath(QStringLiteral("hostile/inside"));
    const auto unpacked = packagearchive::unpack(path, folder);
    QVERIFY(!unpacked);
    QVERIFY2(unpacked.error().toString().contains(QStringLiteral("refusing to unpack \"../escaped.txt\"")),
             qPrintable(unpacked.error().toString()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("hostile/escaped.txt"))));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("hostile"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

namespace {

// Turns `table` of an SQLite-based GeoPackage into a view that, when read, has SpatiaLite's
// SqlProc_Execute write a copy of the database to `target` (issue 19, S1).
bool plantVacuumView(const QString &gpkg, const char *table, const QString &target)
{
    GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    if (!ds)
        return false;
    const QByteArray name(table);
    GDALDatasetExecuteSQL(ds, QByteArray("ALTER TABLE \"" + name + "\" RENAME TO real_rows").constData(), nullptr, nullptr);
    // In the WHERE clause, so that any query of the view runs it, whatever columns it asks for.
    const QByteArray call = "SqlProc_Execute(SqlProc_FromText('VACUUM INTO ''" + target.toUtf8() + "'';'))";
    const QByteArray view = "CREATE VIEW \"" + name + "\" AS SELECT * FROM real_rows WHERE " + call + " IS NULL OR " + call +
                            " IS NOT NULL";
    GDALDatasetExecuteSQL(ds, view.constData(), nullptr, nullptr);
    GDALClose(ds);
    return true;
}

} // namespace

// A view in a package's GeoPackage used to run arbitrary SQL on open, such as writing a file
// anywhere: refused, with the file named, and nothing written.
void TestPackageArchive::hostileViewsRunNothing()
{
    // The packed case study's own files table.
    const QString gpkg = m_dir.filePath(QStringLiteral("vacuum.gpkg"));
    QVERIFY(QFile::copy(packed(QStringLiteral("petrograd-1917")), gpkg));
    const QString planted = m_dir.filePath(QStringLiteral("planted-by-package.db"));
    QVERIFY(plantVacuumView(gpkg, packagearchive::kFilesTable, planted));
    const auto unpacked = packagearchive::unpack(gpkg, m_dir.filePath(QStringLiteral("vacuum-unpacked")));
    QVERIFY(!unpacked);
    QVERIFY2(unpacked.error().toString().contains(QStringLiteral("is a view, not a plain table")), qPrintable(unpacked.error().toString()));
    QVERIFY(unpacked.error().toString().contains(gpkg));
    QVERIFY(!DatasetPackage::load(gpkg).isValid());
    QVERIFY(!QFileInfo::exists(planted));

    // Any GeoPackage the app reads (a folder package's layer too) goes through the same GDAL
    // set-up: reading the view there must not run it.
    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    {
        GdalErrorCapture quiet;   // SQLite's "unsafe use of SqlProc_Execute()" is the point
        if (OGRLayerH rows = GDALDatasetExecuteSQL(ds, "SELECT * FROM dpatlas_package_files", nullptr, nullptr)) {
            while (OGRFeatureH f = OGR_L_GetNextFeature(rows))
                OGR_F_Destroy(f);
            GDALDatasetReleaseResultSet(ds, rows);
        }
    }
    GDALClose(ds);
    QVERIFY(!QFileInfo::exists(planted));
}

void TestPackageArchive::refusesAFolderWithFilesInIt()
{
    const QString folder = m_dir.filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeAll(QDir(folder).filePath(QStringLiteral("mine.txt")), "keep me"));
    const auto unpacked = packagearchive::unpack(packed(QStringLiteral("petrograd-1917")), folder);
    QVERIFY(!unpacked);
    QVERIFY(unpacked.error().toString().contains(QStringLiteral("is not an empty folder")));
    QCOMPARE(test::readAll(QDir(folder).filePath(QStringLiteral("mine.txt"))), QByteArray("keep me"));
}

namespace {

bool executeSql(const QString &gpkg, const QByteArray &sql)
{
    GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    if (!ds)
        return false;
    OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, "SQLITE");
    if (result)
        GDALDatasetReleaseResultSet(ds, result);
    GDALClose(ds);
    return true;
}

} // namespace

// Four programs opening the same packed file with an empty cache at the same moment all open
// it (one of two used to fail renaming its unpacking onto the other's).
void TestPackageArchive::twoProgramsOpenTheSameFileAtOnce()
{
    QTemporaryDir cache;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    const QString gpkg = packed(QStringLiteral("paris-1871"));
    QVERIFY(!gpkg.isEmpty());
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 4; ++i) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->setProcessEnvironment(env);
        runs.back()->start(QStringLiteral(DPATLAS_CLI), {QStringLiteral("validate"), gpkg});
    }
    for (auto &run : runs) {
        QVERIFY(run->waitForFinished(120000));
        QVERIFY2(run->exitCode() == 0, run->readAllStandardError().constData());
    }
    // One unpacking, whole, and no staging left behind.
    const QStringList unpacked = QDir(cache.filePath(QStringLiteral("dpatlas/unpacked"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(unpacked.size(), 1);
}

// A packed file holding one 270 MB BLOB is refused from its size, before the BLOB is read into
// memory (a 900 MB one used to take 2.8 GB), and nothing is written.
void TestPackageArchive::aHugeFileIsRefusedBeforeItIsRead()
{
    const QString gpkg = m_dir.filePath(QStringLiteral("huge.gpkg"));
    QVERIFY(QFile::copy(packed(QStringLiteral("example-minimal")), gpkg));
    QFile::setPermissions(gpkg, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(executeSql(gpkg, QByteArray("INSERT INTO ") + packagearchive::kFilesTable +
                                 " (path, content) VALUES ('layers/huge.bin', zeroblob(270 * 1024 * 1024))"));
    QElapsedTimer clock;
    clock.start();
    const QString target = m_dir.filePath(QStringLiteral("huge-unpacked"));
    const auto unpacked = packagearchive::unpack(gpkg, target);
    QVERIFY(!unpacked);
    QVERIFY2(unpacked.error().toString().contains(QStringLiteral("one packed file is 270 MB")), qPrintable(unpacked.error().toString()));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!QFileInfo::exists(target));
    QFile::remove(gpkg);
}

// The cache of unpacked case studies keeps the most recently used few, not every file ever
// opened.
void TestPackageArchive::theCacheKeepsTheLastFew()
{
    QString last;
    for (int i = 0; i < 11; ++i) {
        // Eleven different files: the example with one more small file each.
        const QString gpkg = m_dir.filePath(QStringLiteral("variant-%1.gpkg").arg(i));
        QVERIFY(QFile::copy(packed(QStringLiteral("example-minimal")), gpkg));
        QFile::setPermissions(gpkg, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(executeSql(gpkg, QStringLiteral("INSERT INTO %1 (path, content) VALUES ('notes/%2.txt', CAST('variant %2' AS BLOB))")
                                     .arg(QLatin1String(packagearchive::kFilesTable)).arg(i).toUtf8()));
        const auto folder = packagearchive::unpackToCache(gpkg);
        QVERIFY2(folder, qPrintable(folder ? QString() : folder.error().toString()));
        last = *folder;
    }
    const QDir root = QFileInfo(last).absoluteDir();
    const QStringList kept = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(kept.size() <= 8, qPrintable(kept.join(QLatin1Char(' '))));
    QVERIFY(QFileInfo::exists(last + QStringLiteral("/manifest.json")));
}

QTEST_GUILESS_MAIN(TestPackageArchive)
#include "testpackagearchive.moc"
