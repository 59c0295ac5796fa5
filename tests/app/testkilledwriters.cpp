// kill -9 at moments spread over each writer's run: the target is always the old file or the
// complete new one, never a mix; and once a later run in that folder completes, nothing is left
// beside the output (no staging folder, no temporary file).

#include "io/gdalenvironment.h"
#include "support/clirun.h"

#include <QDir>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <gdal.h>
#include <ogr_api.h>

class TestKilledWriters : public QObject
{
    Q_OBJECT
private slots:
    void oldOrNewNeverAMix_data();
    void oldOrNewNeverAMix();
};

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The features GDAL reads back from a vector file, or -1 when it does not open.
qint64 featuresIn(const QString &path)
{
    dpa::GdalEnvironment::ensureInitialized();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return -1;
    qint64 n = 0;
    for (int l = 0; l < GDALDatasetGetLayerCount(ds); ++l)
        n += OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, l), TRUE);
    GDALClose(ds);
    return n;
}

bool runToEnd(const QStringList &args)
{
    return dpa::test::runCli(args).exitCode == 0;
}

} // namespace

void TestKilledWriters::oldOrNewNeverAMix_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("oldRun");   // {OUT} stands for the output's path
    QTest::addColumn<QStringList>("newRun");
    const QString paris = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");
    // One layer: a GeoJSON holds one, and the whole package would be a file per layer.
    QTest::newRow("export state, GeoJSON") << "state.geojson"
        << QStringList{"export", paris, "--at", "1871-03-20", "--layer", "arrondissements", "-o", "{OUT}"}
        << QStringList{"export", paris, "--at", "1871-05-24", "--layer", "arrondissements", "-o", "{OUT}"};
    QTest::newRow("export timeline, GeoPackage") << "claims.gpkg"
        << QStringList{"export", QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), "--timeline", "-o", "{OUT}"}
        << QStringList{"export", paris, "--timeline", "-o", "{OUT}"};
    QTest::newRow("render, PNG") << "map.png"
        << QStringList{"render", paris, "--at", "1871-03-20", "-o", "{OUT}", "--size", "800x600"}
        << QStringList{"render", paris, "--at", "1871-05-24", "-o", "{OUT}", "--size", "2400x1800"};
    QTest::newRow("animate, GIF") << "week.gif"
        << QStringList{"animate", paris, "--from", "1871-05-21", "--to", "1871-05-22", "-o", "{OUT}", "--size", "320x240"}
        << QStringList{"animate", paris, "--from", "1871-05-21", "--to", "1871-05-28", "-o", "{OUT}", "--size", "640x480"};
}

void TestKilledWriters::oldOrNewNeverAMix()
{
    QFETCH(QString, output);
    QFETCH(QStringList, oldRun);
    QFETCH(QStringList, newRun);
    QTemporaryDir dir;
    const QString target = dir.filePath(output);
    auto withTarget = [&](QStringList args) {
        args.replaceInStrings(QStringLiteral("{OUT}"), target);
        return args;
    };
    QVERIFY(runToEnd(withTarget(oldRun)));
    const QByteArray old = contents(target);
    QVERIFY(!old.isEmpty());
    // The complete new output, to tell it from a half-written one.
    QTemporaryDir reference;
    QStringList referenceRun = newRun;
    referenceRun.replaceInStrings(QStringLiteral("{OUT}"), reference.filePath(output));
    QVERIFY(runToEnd(referenceRun));
    const QByteArray complete = contents(reference.filePath(output));
    const bool vector = output.endsWith(QLatin1String(".geojson")) || output.endsWith(QLatin1String(".gpkg"));
    const qint64 completeFeatures = vector ? featuresIn(reference.filePath(output)) : 0;

    for (int delay : {20, 80, 160, 300, 500}) {
        QProcess writer;
        writer.start(QStringLiteral(DPATLAS_CLI), withTarget(newRun));
        QVERIFY(writer.waitForStarted());
        QThread::msleep(delay);
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(10000);
        const QByteArray now = contents(target);
        if (now == old)
            continue;
        // Not the old file: then the whole new one. A GeoPackage's bytes differ run to run, so
        // vector files are compared by what GDAL reads back.
        if (vector)
            QCOMPARE(featuresIn(target), completeFeatures);
        else if (output.endsWith(QLatin1String(".gif")))
            QCOMPARE(QImageReader(target).imageCount(), QImageReader(reference.filePath(output)).imageCount());
        else
            QVERIFY2(now == complete, qPrintable(QStringLiteral("killed after %1 ms: neither the old nor the new %2").arg(delay).arg(output)));
    }
    // A run to the end clears what the killed ones left.
    QVERIFY(runToEnd(withTarget(newRun)));
    const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left, QStringList{output});
}

QTEST_GUILESS_MAIN(TestKilledWriters)
#include "testkilledwriters.moc"
