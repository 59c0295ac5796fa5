#include "support/packagefixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImageReader>
#include <QProcess>
#include <QTest>

using namespace dpa::test;

// dpatlas-cli as a user runs it: exit codes, messages on stderr, output files.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp();
    void listShowsDiscoveredPackages();
    void validateValid();
    void validateBrokenListsEveryProblem();
    void stateCsv();
    void stateJsonPetrograd();
    void usageErrors_data();
    void usageErrors();
    void renderWritesPng();
    void renderUnwritableLeavesNothing();
    void renderSvgAndPdfAtDpi();
    void animateWritesAGif();
    void packageRoundTrip();

private:
    struct Run { int exitCode; QString out; QString err; };
    Run run(const QStringList &args, const QByteArray &datasetsEnv = {});
    const QString m_datasets = QStringLiteral(DPATLAS_DATASETS_DIR);
    QTemporaryDir m_cache;   // packed case studies unpack here, not into the user's cache
};

TestCli::Run TestCli::run(const QStringList &args, const QByteArray &datasetsEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DPATLAS_DATASETS"), QString::fromUtf8(datasetsEnv));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DPATLAS_CLI), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::versionAndHelp()
{
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(QLatin1String("dpatlas-cli 0.")));
    const Run h = run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *word : {"list", "validate", "state", "render", "--calendar"})
        QVERIFY(h.out.contains(QLatin1String(word)));
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestCli::listShowsDiscoveredPackages()
{
    QTemporaryDir extra;
    QVERIFY(copyFolder(m_datasets + QStringLiteral("/example-minimal"), extra.filePath(QStringLiteral("copy"))));
    const QString manifest = extra.filePath(QStringLiteral("copy/manifest.json"));
    QVERIFY(writeAll(manifest, readAll(manifest).replace("\"id\": \"example-minimal\"", "\"id\": \"extra-copy\"")));
    const Run r = run({QStringLiteral("list")}, extra.path().toUtf8());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("petrograd-1917\tPetrograd 1917")));
    QVERIFY(r.out.contains(QLatin1String("extra-copy\t")));
    QVERIFY(r.out.contains(QString::fromUtf8("23 Feb 1917 – 15 Nov 1917")));
}

void TestCli::validateValid()
{
    const Run r = run({QStringLiteral("validate"), m_datasets + QStringLiteral("/petrograd-1917"),
                       m_datasets + QStringLiteral("/example-minimal")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out.count(QLatin1String(": valid")), 2);
}

void TestCli::validateBrokenListsEveryProblem()
{
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("broken"));
    QVERIFY(copyFolder(m_datasets + QStringLiteral("/example-minimal"), pkg));
    const QString claims = pkg + QStringLiteral("/claims.csv");
    QVERIFY(writeAll(claims, readAll(claims).replace("arr04,versailles,claim", "arr04,versailles,owns")
                                 .replace("arr18,central_committee,control", "arr18,commune,control")));
    const Run r = run({QStringLiteral("validate"), pkg});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(pkg + QStringLiteral("/claims.csv:7: role \"owns\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(pkg + QStringLiteral("/claims.csv:6: authority \"commune\"")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("validate"), dir.filePath(QStringLiteral("nothing"))}).exitCode, 1);
}

void TestCli::stateCsv()
{
    const Run r = run({QStringLiteral("state"), QStringLiteral("example-minimal"), QStringLiteral("--at"), QStringLiteral("1871-03-20")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("layer,id,name,status,holder,camps,occupier,outgoing,shares,authorities,approximate"));
    QCOMPARE(lines.size(), 5);
    // The Central Committee holds the 18th de facto, Versailles claims it: dual power.
    QVERIFY(lines.contains(QStringLiteral("arrondissements,arr18,18th arrondissement (Butte-Montmartre),dual,central_committee,"
                                          "central_committee;versailles,,,,central_committee:control;versailles:claim,false")));
}

void TestCli::stateJsonPetrograd()
{
    auto stateOf = [&](const QString &date, const QString &feature) {
        const Run r = run({QStringLiteral("state"), QStringLiteral("petrograd-1917"), QStringLiteral("--at"), date,
                           QStringLiteral("--calendar"), QStringLiteral("julian"), QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            return QJsonObject();
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &f : doc.value(QStringLiteral("features")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == feature)
                return f.toObject();
        return QJsonObject();
    };
    const QJsonObject vyborg = stateOf(QStringLiteral("1917-05-01"), QStringLiteral("vyborgskaya"));
    QCOMPARE(vyborg.value(QStringLiteral("status")).toString(), QStringLiteral("dual"));
    QVERIFY(!vyborg.value(QStringLiteral("claims")).toArray().first().toObject().value(QStringLiteral("sources")).toArray().isEmpty());
    const QJsonObject palace = stateOf(QStringLiteral("1917-10-26"), QStringLiteral("winter_palace"));
    QCOMPARE(palace.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    QCOMPARE(palace.value(QStringLiteral("claims")).toArray().first().toObject().value(QStringLiteral("authority")).toString(),
             QStringLiteral("mrc"));
    // The same day in the Gregorian calendar is 8 Nov 1917.
    const QJsonObject same = stateOf(QStringLiteral("1917-10-26"), QStringLiteral("winter_palace"));
    const Run g = run({QStringLiteral("state"), QStringLiteral("petrograd-1917"), QStringLiteral("--at"), QStringLiteral("1917-11-08")});
    QVERIFY(g.out.contains(QLatin1String("places,winter_palace,Winter Palace,held,mrc,mrc,,,,mrc:control")));
    QCOMPARE(same, palace);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown dataset") << QStringList{"state", "lisbon-1975", "--at", "1975-04-25"} << "unknown dataset \"lisbon-1975\"";
    QTest::newRow("bad date") << QStringList{"state", "petrograd-1917", "--at", "25/10/1917"} << "bad date \"25/10/1917\"";
    QTest::newRow("impossible date") << QStringList{"state", "petrograd-1917", "--at", "1917-02-30"} << "no day 30";
    QTest::newRow("month only") << QStringList{"state", "petrograd-1917", "--at", "1917-10"} << "bad date";
    QTest::newRow("missing date") << QStringList{"state", "petrograd-1917"} << "--at DATE is required";
    QTest::newRow("unknown calendar") << QStringList{"state", "petrograd-1917", "--at", "1917-10-25", "--calendar", "mayan"} << "unknown calendar";
    QTest::newRow("unknown format") << QStringList{"state", "petrograd-1917", "--at", "1917-10-25", "--format", "xml"} << "unknown format";
    QTest::newRow("bad size") << QStringList{"render", "petrograd-1917", "--at", "1917-10-25", "-o", "x.png", "--size", "big"} << "bad size";
    QTest::newRow("render extension") << QStringList{"render", "petrograd-1917", "--at", "1917-10-25", "-o", "x.jpg"} << "name the picture .png, .svg or .pdf";
    QTest::newRow("bad dpi") << QStringList{"render", "petrograd-1917", "--at", "1917-10-25", "-o", "x.png", "--dpi", "9000"} << "bad --dpi";
    QTest::newRow("animate step") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "--step", "1q", "-o", "x.gif"} << "bad step \"1q\"";
    QTest::newRow("animate format") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "-o", "x.avi"} << "name the animation .gif, .mp4";
    QTest::newRow("animate order") << QStringList{"animate", "petrograd-1917", "--from", "1917-02-01", "--to", "1917-01-01", "-o", "x.gif"} << "end date is before the start";
    QTest::newRow("animate fps") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "--fps", "0", "-o", "x.gif"} << "frame rate of 0";
    QTest::newRow("animate odd") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "--size", "641x480", "-o", "x.mp4"} << "must be even";
    QTest::newRow("unknown option") << QStringList{"state", "petrograd-1917", "--when", "1917"} << "Unknown option";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);   // one line
}

void TestCli::renderWritesPng()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("petrograd.png"));
    const Run r = run({QStringLiteral("render"), QStringLiteral("petrograd-1917"), QStringLiteral("--calendar"),
                       QStringLiteral("julian"), QStringLiteral("--at"), QStringLiteral("1917-05-01"), QStringLiteral("-o"), png});
    QCOMPARE(r.exitCode, 0);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1920, 1080));
    const Run small = run({QStringLiteral("render"), QStringLiteral("example-minimal"), QStringLiteral("--at"),
                           QStringLiteral("1871-03-20"), QStringLiteral("-o"), png, QStringLiteral("--size"), QStringLiteral("640x480")});
    QCOMPARE(small.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(640, 480));
}

void TestCli::renderUnwritableLeavesNothing()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("no/such/folder/map.png"));
    const Run r = run({QStringLiteral("render"), QStringLiteral("example-minimal"), QStringLiteral("--at"),
                       QStringLiteral("1871-03-20"), QStringLiteral("-o"), png});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("cannot write")), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCli::renderSvgAndPdfAtDpi()
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("map.svg"), QStringLiteral("map.pdf")}) {
        const QString path = dir.filePath(name);
        const Run r = run({QStringLiteral("render"), QStringLiteral("paris-1871"), QStringLiteral("--at"), QStringLiteral("1871-05-01"),
                           QStringLiteral("--size"), QStringLiteral("1500x1000"), QStringLiteral("--dpi"), QStringLiteral("300"),
                           QStringLiteral("-o"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(512);
        if (name.endsWith(QLatin1String(".svg"))) {
            // 1500 px at 300 dpi is 5 inches, 127 mm.
            QVERIFY2(head.contains("width=\"127mm\"") && head.contains("viewBox=\"0 0 1500 1000\""), head.constData());
        } else {
            QVERIFY(head.startsWith("%PDF-"));
            // 5 x 3.33 inches: 360 x 240 points.
            file.seek(0);
            QVERIFY(file.readAll().contains("/MediaBox [0 0 360.000000 240.000000]"));
        }
    }
}

void TestCli::animateWritesAGif()
{
    QTemporaryDir dir;
    const QString gif = dir.filePath(QStringLiteral("paris.gif"));
    const Run r = run({QStringLiteral("animate"), QStringLiteral("paris-1871"), QStringLiteral("--from"), QStringLiteral("1871-03-17"),
                       QStringLiteral("--to"), QStringLiteral("1871-05-28"), QStringLiteral("--step"), QStringLiteral("1w"),
                       QStringLiteral("--size"), QStringLiteral("400x300"), QStringLiteral("--fps"), QStringLiteral("2"),
                       QStringLiteral("-o"), gif});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String(": 11 frames in")), qPrintable(r.out));   // 17 Mar + 10 weeks = 26 May
    QImageReader reader(gif);
    QCOMPARE(reader.imageCount(), 11);
    QCOMPARE(reader.size(), QSize(400, 300));
}

void TestCli::packageRoundTrip()
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("petrograd.gpkg"));
    const Run packed = run({QStringLiteral("export"), QStringLiteral("petrograd-1917"), QStringLiteral("--package"), QStringLiteral("-o"), gpkg});
    QVERIFY2(packed.exitCode == 0, qPrintable(packed.err));
    // The packed file is a DATASET like a folder: the state on a date is the same.
    const QStringList stateArgs{QStringLiteral("--calendar"), QStringLiteral("julian"), QStringLiteral("--at"), QStringLiteral("1917-10-25T23:00")};
    const Run fromFolder = run(QStringList{QStringLiteral("state"), QStringLiteral("petrograd-1917")} + stateArgs);
    const Run fromPackage = run(QStringList{QStringLiteral("state"), gpkg} + stateArgs);
    QCOMPARE(fromPackage.exitCode, 0);
    QCOMPARE(fromPackage.out, fromFolder.out);
    const Run valid = run({QStringLiteral("validate"), gpkg});
    QVERIFY2(valid.exitCode == 0 && valid.out.contains(QLatin1String("valid")), qPrintable(valid.err));

    const QString folder = dir.filePath(QStringLiteral("unpacked"));
    const Run unpacked = run({QStringLiteral("unpack"), gpkg, folder});
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("manifest.json"))));
    const Run again = run({QStringLiteral("unpack"), gpkg, folder});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("is not an empty folder")), qPrintable(again.err));
    const Run mixed = run({QStringLiteral("export"), QStringLiteral("petrograd-1917"), QStringLiteral("--package"),
                           QStringLiteral("--at"), QStringLiteral("1917-10-25"), QStringLiteral("-o"), gpkg});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY(mixed.err.contains(QLatin1String("it takes no --at")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
