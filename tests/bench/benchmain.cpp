// `make bench`: every measure of issue 20 on any package, each in a process of its own (see
// packagebench.h), then the analyses of the bundled case studies. Arguments are package folders
// (or packed .gpkg files); a number N stands for a synthetic case study of N polygons of ~50
// vertices with 10 claims each. Without arguments: synthetic 1k, 10k and 100k, and every
// bundled case study. --smoke: synthetic 1k, one run of each measure (CTest checks that the
// benchmark still runs; timings belong in the README, not in tests).
#include "analysis/spatialanalysis.h"
#include "export/pngframeencoder.h"
#include "package/datasetpackage.h"
#include "packagebench.h"
#include "timing.h"
#include "syntheticpackage.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace dpa;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), QStringLiteral("package folder or .gpkg; a number N: synthetic, N features"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("synthetic 1k, one run of each measure"));
    const QCommandLineOption pngOption(QStringLiteral("png-frames"), QStringLiteral("PNG frames exported (default 120)"), QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption levelOption(QStringLiteral("png-level"), QStringLiteral("deflate level of the PNG frames, 0-12 (default 1)"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption videoOption(QStringLiteral("video-frames"), QStringLiteral("MP4 frames exported (default 365)"), QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption keepOption(QStringLiteral("synthetic-dir"), QStringLiteral("write synthetic packages to DIR/synthetic-N and keep them (reused when there), to time the same scene in another tool"), QStringLiteral("DIR"));
    const QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("(internal) measure one package in this process"), QStringLiteral("PATH"));
    parser.addOptions({smokeOption, pngOption, levelOption, videoOption, keepOption, measureOption});
    parser.addHelpOption();
    parser.process(app);
    PackageBenchOptions options;
    options.smoke = parser.isSet(smokeOption);
    options.pngFrames = std::max(1, parser.value(pngOption).toInt());
    options.pngLevel = std::clamp(parser.value(levelOption).toInt(), 0, PngFrameEncoder::kMaxLevel);
    options.videoFrames = std::max(1, parser.value(videoOption).toInt());
    if (parser.isSet(measureOption))
        return benchPackage(parser.value(measureOption), options);

    // Each package in a child process: its peak memory is its own, as a user opening it sees.
    QStringList targets = parser.positionalArguments();
    const bool defaults = targets.isEmpty();
    if (defaults) {
        targets = options.smoke ? QStringList{QStringLiteral("1000")} : QStringList{QStringLiteral("1000"), QStringLiteral("10000"), QStringLiteral("100000")};
        if (!options.smoke)
            for (const QString &id : QDir(QStringLiteral(DPATLAS_DATASETS_DIR)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                targets << QStringLiteral(DPATLAS_DATASETS_DIR "/") + id;
    }
    std::printf("Times in milliseconds unless stated; median and spread over the runs given.\n");
    std::fflush(stdout);
    int failures = 0;
    for (const QString &target : targets) {
        bool synthetic = false;
        const int n = target.toInt(&synthetic);
        QTemporaryDir dir;
        QString folder = target;
        if (synthetic) {
            const QString name = QStringLiteral("synthetic-%1").arg(n);
            const bool keep = parser.isSet(keepOption);
            folder = keep ? QDir(parser.value(keepOption)).filePath(name) : dir.filePath(name);
            const bool reuse = keep && QFileInfo::exists(folder + QStringLiteral("/manifest.json"));
            if (const QString error = reuse ? QString() : writeSyntheticPackage(folder, n, 1917); !error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        QStringList args{QStringLiteral("--measure"), folder, QStringLiteral("--png-frames"), QString::number(options.pngFrames),
                         QStringLiteral("--png-level"), QString::number(options.pngLevel),
                         QStringLiteral("--video-frames"), QString::number(options.videoFrames)};
        if (options.smoke)
            args << QStringLiteral("--smoke");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), args);
        child.waitForFinished(-1);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "%s: the benchmark failed\n", qPrintable(target));
            ++failures;
        }
    }
    if (!defaults || options.smoke)
        return failures ? 1 : 0;
    std::printf("\n");
    // The analyses a user charts: the spatial facts once (areas, shared borders), then a year of
    // daily area rows by status and authority. (Timed here rather than in
    // TestSpatialAnalysis::bundledCaseStudies, whose 2 s limit could fail on a loaded machine.)
    std::printf("| bundled case study, analysis (ms)  | features | facts once | a year of days, median (min – max) |\n");
    std::printf("|------------------------------------|---------:|-----------:|-----------------------------------:|\n");
    for (const QString &id : QDir(QStringLiteral(DPATLAS_DATASETS_DIR)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto loaded = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/") + id);
        if (!loaded.study)
            continue;
        const CaseStudy &study = *loaded.study;
        ErrorList warnings;
        std::optional<SpatialFacts> facts;
        const Timing build = timeRuns(1, [&] { facts = SpatialFacts::build(study, warnings); });
        const TimePoint from = study.manifest.period.from() + 12 * 60;
        const Timing year = timeRuns(5, [&] {
            analysis::timeSeries(study, *facts, analysis::Metric::Area, from, from + 365 * kMinutesPerDay, analysis::Step::Day,
                                 study.manifest.calendar);
        });
        std::printf("| %-34s | %8zu | %10.1f | %10.1f (%.1f – %.1f) |\n", qPrintable(id), study.model.features().size(),
                    build.median, year.median, year.min, year.max);
    }
    std::printf("\n");
    return failures ? 1 : 0;
}
