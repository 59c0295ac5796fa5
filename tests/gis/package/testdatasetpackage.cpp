#include "package/datasetpackage.h"
#include "package/packagearchive.h"
#include "support/packagefixture.h"

#include <QTest>

using namespace dpa;
using namespace dpa::test;

namespace {

// "" when `problems` holds a message at file:line containing `words`; else what was found.
QString missingProblem(const ErrorList &problems, const QString &file, int line, const QString &words)
{
    QStringList all;
    for (const Error &e : problems) {
        if (e.file == file && e.line == line && e.toString().contains(words))
            return {};
        all << e.toString();
    }
    return QStringLiteral("expected %1:%2: ...%3...; got:\n%4").arg(file).arg(line).arg(words, all.join(QLatin1Char('\n')));
}

} // namespace

class TestDatasetPackage : public QObject
{
    Q_OBJECT
private slots:
    void exampleIsValid();
    void brokenPackages_data();
    void brokenPackages();
    void controlModelErrors_data();
    void controlModelErrors();
    void blocTypoIsNamed();
    void layerWideApproximateFlag();
    void linksOutOfThePackageAreRefused();
    void everyProblemIsReported();
    void repeatedCellsAreReadOnEveryRow();
    void symlinkOutOfPackageRefused();
    void missingFolder();
    void loadReportsProgressAndCancels();

private:
    QString freshCopy(QTemporaryDir &dir);
};

namespace {
const QString kExample = QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal");
}

QString TestDatasetPackage::freshCopy(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pkg"));
    if (!copyFolder(kExample, path))
        return {};
    return path;
}

void TestDatasetPackage::exampleIsValid()
{
    const auto result = DatasetPackage::load(kExample);
    QStringList problems;
    for (const Error &e : result.problems)
        problems << e.toString();
    QVERIFY2(result.isValid(), qPrintable(problems.join(QLatin1Char('\n'))));
    const CaseStudy &s = *result.study;
    QCOMPARE(s.manifest.id, QStringLiteral("example-minimal"));
    QCOMPARE(s.model.features().size(), size_t(4));
    QCOMPARE(s.model.claims().size(), size_t(15));
    QCOMPARE(s.model.events().size(), size_t(3));
    QCOMPARE(s.manifest.crs.authorityId(), QStringLiteral("EPSG:27571"));
    QCOMPARE(s.layer(QStringLiteral("arrondissements"))->features[0].name.text(QStringLiteral("fr")),
             QStringLiteral("4e arrondissement (Hôtel-de-Ville)"));
    // Geometry arrives in the package's CRS: Paris in Lambert zone I lies near x 600 km.
    const BoundingBox b = s.featureBounds();
    QVERIFY(b.xMin > 590000 && b.xMax < 610000 && b.yMin > 1120000 && b.yMax < 1140000);
}

// One broken package per validation error: a single edit to the example, the file and line the
// user must be sent to, and the words the message must contain.
void TestDatasetPackage::brokenPackages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");      // "<delete>" removes the file; "<grow>" makes it huge
    QTest::addColumn<QString>("expectFile");
    QTest::addColumn<int>("lineShift");        // expected line = line of `find` + shift; -1000: no line
    QTest::addColumn<QString>("message");
    const int noLine = -1000;

    QTest::newRow("manifest: missing") << "manifest.json" << "" << "<delete>" << "manifest.json" << noLine << "file not found";
    QTest::newRow("manifest: too large") << "manifest.json" << "" << "<grow>" << "manifest.json" << noLine << "at most 1024 KB";
    QTest::newRow("manifest: not JSON") << "manifest.json" << "\"format\": \"dpatlas-package/1\"," << "\"format\": \"dpatlas-package/1\"" << "manifest.json" << 1 << "not valid JSON";
    QTest::newRow("manifest: unknown format") << "manifest.json" << "dpatlas-package/1" << "dpatlas-package/9" << "manifest.json" << 0 << "is not supported";
    QTest::newRow("manifest: bad id") << "manifest.json" << "\"id\": \"example-minimal\"" << "\"id\": \"Example Minimal\"" << "manifest.json" << 0 << "lower-case";
    QTest::newRow("manifest: unknown calendar") << "manifest.json" << "\"calendar\": \"gregorian\"" << "\"calendar\": \"mayan\"" << "manifest.json" << 0 << "is not a calendar";
    QTest::newRow("manifest: unknown CRS") << "manifest.json" << "EPSG:27571" << "EPSG:999999" << "manifest.json" << 0 << "unknown or invalid CRS";
    QTest::newRow("manifest: bad period date") << "manifest.json" << "\"start\": \"1871-03-10\"" << "\"start\": \"10 March 1871\"" << "manifest.json" << 0 << "is not a date";
    QTest::newRow("manifest: bad colour") << "manifest.json" << "#0072b2" << "blue" << "manifest.json" << 0 << "is not a colour";
    QTest::newRow("manifest: duplicate authority") << "manifest.json" << "\"id\": \"central_committee\"" << "\"id\": \"versailles\"" << "manifest.json" << 0 << "defined twice";
    QTest::newRow("manifest: bad layer role") << "manifest.json" << "\"role\": \"features\"" << "\"role\": \"feature\"" << "manifest.json" << 0 << "is not a layer role";
    QTest::newRow("path: leaves package") << "manifest.json" << "layers/places.geojson" << "../places.geojson" << "manifest.json" << 0 << "may not leave the package";
    QTest::newRow("path: network") << "manifest.json" << "layers/places.geojson" << "/vsicurl/http://example.org/x.geojson" << "manifest.json" << 0 << "network";
    QTest::newRow("path: absolute") << "manifest.json" << "layers/places.geojson" << "/etc/hostname" << "manifest.json" << 0 << "must be relative";
    QTest::newRow("path: missing file") << "manifest.json" << "layers/places.geojson" << "layers/nope.geojson" << "manifest.json" << 0 << "file not found";
    QTest::newRow("layer: attribute missing") << "manifest.json" << "\"id_field\": \"id\"" << "\"id_field\": \"code\"" << "layers/arrondissements.geojson" << noLine << "attribute \"code\"";
    QTest::newRow("layer: duplicate feature id") << "layers/places.geojson" << "\"id\": \"butte_montmartre\"" << "\"id\": \"hotel_de_ville\"" << "layers/places.geojson" << noLine << "more than one feature";
    QTest::newRow("layer: not GeoJSON") << "layers/places.geojson" << "\"FeatureCollection\"," << "\"FeatureCollection\"" << "layers/places.geojson" << noLine << "cannot open";
    QTest::newRow("claims: missing column") << "claims.csv" << "confidence,sources,note" << "confidence,note" << "claims.csv" << 0 << "missing column";
    QTest::newRow("claims: unknown feature") << "claims.csv" << "arrondissements,arr04,versailles,claim" << "arrondissements,arr99,versailles,claim" << "claims.csv" << 0 << "arrondissements/arr99";
    QTest::newRow("claims: unknown authority") << "claims.csv" << "arr18,central_committee,control" << "arr18,commune,control" << "claims.csv" << 0 << "authority \"commune\"";
    QTest::newRow("claims: unknown role") << "claims.csv" << "arr04,versailles,claim" << "arr04,versailles,owns" << "claims.csv" << 0 << "role \"owns\"";
    QTest::newRow("claims: impossible date") << "claims.csv" << "1871-03-19,..,high,tombs1999;marx1871" << "1871-02-30,..,high,tombs1999;marx1871" << "claims.csv" << 0 << "no day 30";
    QTest::newRow("claims: end before start") << "claims.csv" << "central_committee,control,1871-03-19,..,high,tombs1999," << "central_committee,control,1871-03-19,1871-03-01,high,tombs1999," << "claims.csv" << 0 << "before start";
    QTest::newRow("claims: bad confidence") << "claims.csv" << ",high,tombs1999,Legal title" << ",sure,tombs1999,Legal title" << "claims.csv" << 0 << "confidence \"sure\"";
    QTest::newRow("claims: no source") << "claims.csv" << "hotel_de_ville,versailles,control,..,1871-03-18,high,tombs1999," << "hotel_de_ville,versailles,control,..,1871-03-18,high,," << "claims.csv" << 0 << "cites no source";
    QTest::newRow("claims: unknown source") << "claims.csv" << "high,tombs1999;edwards1971,Troops" << "high,tombs1999;lissagaray1876,Troops" << "claims.csv" << 0 << "\"lissagaray1876\" is not in sources.csv";
    QTest::newRow("claims: unclosed quote") << "claims.csv" << ",Legal title of the national government." << ",\"Legal title of the national government." << "claims.csv" << 0 << "never closed";
    QTest::newRow("claims: too large") << "claims.csv" << "" << "<grow>" << "claims.csv" << noLine << "at most 2048 MB";
    QTest::newRow("layer: too large") << "layers/places.geojson" << "\"file\": \"layers/places.geojson\"" << "<grow>" << "manifest.json" << 0 << "file is 2100 MB; at most 2048 MB";
    QTest::newRow("events: too large") << "events.csv" << "" << "<grow>" << "events.csv" << noLine << "at most 256 MB";
    QTest::newRow("events: bad date") << "events.csv" << "proclamation,1871-03-28" << "proclamation,1871-3-28" << "events.csv" << 0 << "is not a date";
    QTest::newRow("events: unknown feature") << "events.csv" << "places/hotel_de_ville,tombs1999;marx1871" << "places/palais_royal,tombs1999;marx1871" << "events.csv" << 0 << "places/palais_royal";
    QTest::newRow("sources: duplicate id") << "sources.csv" << "edwards1971,\"Edwards" << "tombs1999,\"Edwards" << "sources.csv" << 0 << "listed twice";
    QTest::newRow("sources: no citation") << "sources.csv" << "marx1871,\"Marx, Karl. The Civil War in France. Address of the General Council of the International Working Men's Association, London, 1871.\"," << "marx1871,," << "sources.csv" << 0 << "has no citation";
    QTest::newRow("SOURCES.md missing") << "SOURCES.md" << "" << "<delete>" << "SOURCES.md" << noLine << "licences";
}

// Claims that only make sense together, or roles and shares that the control model forbids:
// appended to the example's claims.csv (with a share column added), each must be reported at
// its own line with words that tell the historian what to change.
void TestDatasetPackage::controlModelErrors_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("faultyRow");    // index in rows of the line the message must name
    QTest::addColumn<QString>("message");
    const QString ok = QStringLiteral("arrondissements,arr04,central_committee,control,1871-03-20,..,high,tombs1999,,");
    QTest::newRow("share above 1") << QStringList{ok + "1.5"} << 0 << "share \"1.5\" is not a number above 0 and at most 1";
    QTest::newRow("share of 0") << QStringList{ok + "0"} << 0 << "share \"0\" is not a number above 0 and at most 1";
    QTest::newRow("share not a number") << QStringList{ok + "half"} << 0 << "share \"half\" is not a number";
    QTest::newRow("share on a title")
        << QStringList{"arrondissements,arr04,central_committee,claim,1871-03-20,..,high,tombs1999,,0.5"} << 0
        << "share is only for control claims";
    QTest::newRow("shares past the whole")
        << QStringList{ok + "0.7", "arrondissements,arr04,versailles,control,1871-03-20,..,high,tombs1999,,0.5"} << 0
        << "add up to 1.2, more than 1";
    QTest::newRow("an occupier of one's own camp")
        << QStringList{"arrondissements,arr04,versailles,occupation,1871-03-01,1871-03-10,high,tombs1999,,"} << 0
        << "occupation by \"versailles\" while \"versailles\" of the same bloc holds or claims arrondissements/arr04";
    QTest::newRow("unknown role names the allowed ones")
        << QStringList{"arrondissements,arr04,versailles,owns,1871-03-01,1871-03-10,high,tombs1999,,"} << 0
        << "role \"owns\" is not one of control, claim, contested, occupation, presence";
}

void TestDatasetPackage::controlModelErrors()
{
    QFETCH(QStringList, rows);
    QFETCH(int, faultyRow);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    const QString path = QDir(pkg).filePath(QStringLiteral("claims.csv"));
    QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line += QLatin1Char(',');
    lines.first() += QStringLiteral("share");
    const int expectedLine = int(lines.size()) + 1 + faultyRow;
    lines << rows;
    QVERIFY(writeAll(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()));
    const auto result = DatasetPackage::load(pkg);
    QVERIFY(!result.isValid());
    const QString missing = missingProblem(result.problems, QStringLiteral("claims.csv"), expectedLine, message);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // The rest of the package still loads: one bad row costs that row, not the map.
    QVERIFY(result.study && result.study->model.claims().size() >= 15);
}

// A bloc name one letter off another splits a camp in two and draws dual power between allies.
// "approximate": true on a layer marks every one of its features, though the file's own
// approx attribute says false for each; a quoted "true" is refused rather than guessed at.
void TestDatasetPackage::layerWideApproximateFlag()
{
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    QVERIFY(!pkg.isEmpty());
    const QString manifest = QDir(pkg).filePath(QStringLiteral("manifest.json"));
    const QByteArray original = readAll(manifest);
    const QByteArray anchor = "\"approx_field\": \"approx\", \"kind_field\": \"kind\"},\n    {\"id\": \"places\"";
    QVERIFY(original.contains(anchor));   // the arrondissements layer, not places

    QByteArray flagged = original;
    flagged.replace(anchor, QByteArray(anchor).replace("\"kind_field\": \"kind\"}", "\"kind_field\": \"kind\", \"approximate\": true}"));
    QVERIFY(writeAll(manifest, flagged));
    auto result = DatasetPackage::load(pkg);
    QVERIFY(result.isValid());
    const CaseLayer *arrondissements = result.study->layer(QStringLiteral("arrondissements"));
    QVERIFY(arrondissements && !arrondissements->features.empty());
    for (const CaseFeature &f : arrondissements->features)
        QVERIFY2(f.approximate, qPrintable(f.id));
    for (const CaseFeature &f : result.study->layer(QStringLiteral("places"))->features)
        QVERIFY2(!f.approximate, qPrintable(f.id));

    QByteArray quoted = original;
    quoted.replace(anchor, QByteArray(anchor).replace("\"kind_field\": \"kind\"}", "\"kind_field\": \"kind\", \"approximate\": \"true\"}"));
    QVERIFY(writeAll(manifest, quoted));
    result = DatasetPackage::load(pkg);
    QVERIFY(!result.isValid());
    QVERIFY2(missingProblem(result.problems, QStringLiteral("manifest.json"), 23, QStringLiteral("layers[0].approximate: must be true or false")).isEmpty(),
             qPrintable(missingProblem(result.problems, QStringLiteral("manifest.json"), 23, QStringLiteral("layers[0].approximate: must be true or false"))));
}

void TestDatasetPackage::blocTypoIsNamed()
{
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    const QString path = QDir(pkg).filePath(QStringLiteral("manifest.json"));
    QString text = QString::fromUtf8(readAll(path));
    const QString typo = QStringLiteral("\"bloc\": \"Governmnet\"");
    text.replace(QStringLiteral("\"bloc\": \"Paris revolution\""), typo);
    QVERIFY(writeAll(path, text.toUtf8()));
    const int line = int(text.left(text.indexOf(typo)).count(QLatin1Char('\n'))) + 1;
    const auto result = DatasetPackage::load(pkg);
    const QString missing = missingProblem(result.problems, QStringLiteral("manifest.json"), line,
                                           QStringLiteral("bloc \"Governmnet\" is used by this authority alone; did you mean \"Government\""));
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // The bundled packages, whose blocs are spelled alike on purpose, raise no such warning.
    for (const char *id : {"petrograd-1917", "paris-1871", "catalonia-1936", "northeast-syria"}) {
        const auto bundled = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/") + QLatin1String(id));
        for (const Error &e : bundled.problems)
            QVERIFY2(!e.message.contains(QLatin1String("did you mean")), qPrintable(e.toString()));
    }
}

// A package from a stranger may not read, nor have us share, a file outside itself: SOURCES.md
// linked to a private file is refused by name, by loading and by packing (issue 19, S2/S3).
void TestDatasetPackage::linksOutOfThePackageAreRefused()
{
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    const auto before = DatasetPackage::load(pkg);   // loaded while still sound, packed below
    QVERIFY(before.isValid());
    const QString secret = dir.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeAll(secret, "private"));
    QVERIFY(QFile::remove(QDir(pkg).filePath(QStringLiteral("SOURCES.md"))));
    QVERIFY(QFile::link(secret, QDir(pkg).filePath(QStringLiteral("SOURCES.md"))));
    // A link that stays inside the folder is harmless and allowed.
    QVERIFY(QFile::link(QDir(pkg).filePath(QStringLiteral("claims.csv")), QDir(pkg).filePath(QStringLiteral("claims-alias.csv"))));

    const auto result = DatasetPackage::load(pkg);
    QVERIFY(!result.isValid());
    const QString missing = missingProblem(result.problems, QStringLiteral("SOURCES.md"), 0,
                                           QStringLiteral("a symbolic link to a file outside the package folder"));
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QCOMPARE(result.problems.size(), 1);   // the inside link is not one

    const QString gpkg = dir.filePath(QStringLiteral("shared.gpkg"));
    // The link appeared after loading: packing checks again rather than trusting the load.
    const auto packed = packagearchive::pack(*before.study, gpkg);
    QVERIFY(!packed);
    QVERIFY2(packed.error().toString().contains(QStringLiteral("SOURCES.md: a symbolic link")), qPrintable(packed.error().toString()));
    QVERIFY(!QFileInfo::exists(gpkg));
}

void TestDatasetPackage::brokenPackages()
{
    QFETCH(QString, file);
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QString, expectFile);
    QFETCH(int, lineShift);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    QVERIFY(!pkg.isEmpty());
    const QString path = QDir(pkg).filePath(file);
    int expectedLine = 0;
    if (replace == QLatin1String("<delete>")) {
        QVERIFY(QFile::remove(path));
    } else if (replace == QLatin1String("<grow>")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Sparse: costs no disk, still too big (claims.csv and layers are allowed 2 GB, being read
        // row by row and feature by feature).
        const bool streamed = path.endsWith(QLatin1String("claims.csv")) || path.contains(QLatin1String("/layers/"));
        QVERIFY(f.resize((streamed ? 2100ll : 300ll) * 1024 * 1024));
        if (!find.isEmpty()) {   // the problem is told at this text of expectFile (the manifest's entry)
            const QString text = QString::fromUtf8(readAll(QDir(pkg).filePath(expectFile)));
            QVERIFY2(text.contains(find), qPrintable(QStringLiteral("fixture text not found: ") + find));
            expectedLine = int(text.left(text.indexOf(find)).count(QLatin1Char('\n'))) + 1 + lineShift;
        }
    } else {
        const QString text = QString::fromUtf8(readAll(path));
        const qsizetype at = text.indexOf(find);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("fixture text not found: ") + find));
        expectedLine = int(text.left(at).count(QLatin1Char('\n'))) + 1 + lineShift;
        QString changed = text;
        changed.replace(at, find.size(), replace);
        QVERIFY(writeAll(path, changed.toUtf8()));
    }
    if (lineShift == -1000)
        expectedLine = 0;

    const auto result = DatasetPackage::load(pkg);
    QVERIFY(!result.isValid());
    const QString missing = missingProblem(result.problems, expectFile, expectedLine, message);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestDatasetPackage::everyProblemIsReported()
{
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    const QString claims = QDir(pkg).filePath(QStringLiteral("claims.csv"));
    QString text = QString::fromUtf8(readAll(claims));
    text.replace(QStringLiteral("arr04,versailles,claim"), QStringLiteral("arr04,versailles,owns"));
    text.replace(QStringLiteral("arr18,central_committee,control"), QStringLiteral("arr18,commune,control"));
    text.replace(QStringLiteral("1871-03-19,..,high,tombs1999;marx1871"), QStringLiteral("1871-02-30,..,high,tombs1999;marx1871"));
    QVERIFY(writeAll(claims, text.toUtf8()));
    const QString manifest = QDir(pkg).filePath(QStringLiteral("manifest.json"));
    QVERIFY(writeAll(manifest, readAll(manifest).replace("#0072b2", "blue")));
    const auto result = DatasetPackage::load(pkg);
    // Two problems in one row, one in another, one in the manifest: all four are listed.
    QCOMPARE(result.problems.size(), 4);
    // The 13 sound claims still load, so a broken package can still be looked at.
    QVERIFY(result.study);
    QCOMPARE(result.study->model.claims().size(), size_t(13));
}

// claims.csv's cells are looked up by their bytes and what read well is remembered, row after
// row: a cell with a problem must still be said on every row it is on, and a cell with spaces
// around it, Unicode ones too, reads as the same text trimmed.
void TestDatasetPackage::repeatedCellsAreReadOnEveryRow()
{
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    const QString path = QDir(pkg).filePath(QStringLiteral("claims.csv"));
    QByteArray text = readAll(path);
    if (!text.endsWith('\n'))
        text += '\n';
    const int firstAdded = int(text.count('\n')) + 1;
    const QStringList added{
        QStringLiteral("arrondissements,arr04,\u00a0versailles ,claim,1871-03-21,..,high,tombs1999,"),
        QStringLiteral("arrondissements,arr04,commune,claim,1871-03-21,..,high,tombs1999,"),
        QStringLiteral("arrondissements,arr04,commune,claim,1871-03-21,..,high,tombs1999,"),
        QStringLiteral("arrondissements,arr04,versailles,claim,1871-03-21,..,sure,tombs1999,"),
        QStringLiteral("arrondissements,arr04,versailles,claim,1871-03-21,..,sure,tombs1999,"),
        QStringLiteral("arrondissements,arr04,versailles,claim,1871-02-30,..,high,tombs1999,"),
        QStringLiteral("arrondissements,arr04,versailles,claim,1871-02-30,..,high,tombs1999,"),
        QStringLiteral("arrondissements,arr04,versailles,claim,1871-03-21,..,high,nosuchbook,"),
        QStringLiteral("arrondissements,arr04,versailles,claim,1871-03-21,..,high,nosuchbook,"),
        QStringLiteral("arrondissement,arr04,versailles,claim,1871-03-21,..,high,tombs1999,"),
        QStringLiteral("arrondissements,arr04 ,versailles,claim,1871-03-21,..,\u2003high,tombs1999,"),
    };
    text += added.join(QLatin1Char('\n')).toUtf8() + '\n';
    QVERIFY(writeAll(path, text));
    const auto loaded = DatasetPackage::load(pkg);
    const QList<QPair<int, QString>> expected{
        {1, QStringLiteral("authority \"commune\" is not in the manifest")},
        {2, QStringLiteral("authority \"commune\" is not in the manifest")},
        {3, QStringLiteral("confidence \"sure\" is not high, medium, low")},
        {4, QStringLiteral("confidence \"sure\" is not high, medium, low")},
        {5, QStringLiteral("1871-02-30")},
        {6, QStringLiteral("1871-02-30")},
        {7, QStringLiteral("nosuchbook")},
        {8, QStringLiteral("nosuchbook")},
        {9, QStringLiteral("feature \"arrondissement/arr04\" is not in any feature layer")},
    };
    for (const auto &[row, words] : expected) {
        const QString missing = missingProblem(loaded.problems, QStringLiteral("claims.csv"), firstAdded + row, words);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
    QCOMPARE(loaded.problems.size(), expected.size());
    // The rows with spaces around their cells read as written without them.
    const std::vector<Claim> &claims = loaded.study->model.claims();
    const int versailles = loaded.study->model.authorityIndex(QStringLiteral("versailles"));
    const int arr04 = loaded.study->model.featureIndex({QStringLiteral("arrondissements"), QStringLiteral("arr04")});
    for (const int row : {0, 10}) {
        auto it = std::find_if(claims.begin(), claims.end(), [&](const Claim &c) { return c.line == firstAdded + row; });
        QVERIFY2(it != claims.end(), qPrintable(QStringLiteral("row %1 not read").arg(row)));
        QCOMPARE(it->authority, versailles);
        QCOMPARE(it->feature, arr04);
        QCOMPARE(it->confidence, 1.0);
        QCOMPARE(it->interval.startEdtf(), QStringLiteral("1871-03-21"));
    }
}

void TestDatasetPackage::symlinkOutOfPackageRefused()
{
    QTemporaryDir dir;
    const QString pkg = freshCopy(dir);
    const QString outside = dir.filePath(QStringLiteral("outside.geojson"));
    QVERIFY(QFile::copy(QDir(pkg).filePath(QStringLiteral("layers/places.geojson")), outside));
    QVERIFY(QFile::remove(QDir(pkg).filePath(QStringLiteral("layers/places.geojson"))));
    QVERIFY(QFile::link(outside, QDir(pkg).filePath(QStringLiteral("layers/places.geojson"))));
    const auto result = DatasetPackage::load(pkg);
    QVERIFY(!result.isValid());
    QVERIFY(result.problems.first().message.contains(QLatin1String("outside the package")));
}

void TestDatasetPackage::missingFolder()
{
    const auto result = DatasetPackage::load(QStringLiteral("/nonexistent/package"));
    QVERIFY(!result.study);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QLatin1String("not found")));
}

void TestDatasetPackage::loadReportsProgressAndCancels()
{
    QList<int> steps;
    DatasetPackage::LoadControl control;
    control.progress = [&](int done, int total) { steps << done * 100 / total; };
    auto result = DatasetPackage::load(kExample, control);
    QVERIFY(result.isValid());
    QVERIFY(steps.size() >= 4);
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));
    QCOMPARE(steps.last(), 100);

    int calls = 0;
    control.cancelled = [&] { return ++calls >= 2; };   // cancel after the second step
    result = DatasetPackage::load(kExample, control);
    QVERIFY(!result.study);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QLatin1String("cancelled")));
}

QTEST_GUILESS_MAIN(TestDatasetPackage)
#include "testdatasetpackage.moc"
