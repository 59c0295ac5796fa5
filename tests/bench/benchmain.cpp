// Timings for the README: load, state at a new date (from scratch and by forward sweep) and a
// 1920x1080 frame, on synthetic case studies of 1k, 10k and 100k polygons of ~50 vertices with
// 10 claims each. Reports the median and the spread (min-max) over repeated runs.
#include "analysis/spatialanalysis.h"
#include "package/datasetpackage.h"
#include "render/maprenderer.h"
#include "syntheticpackage.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace dpa;

namespace {

struct Stats
{
    double median, min, max;
};

Stats measure(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

void print(const char *what, int features, const Stats &s)
{
    std::printf("| %-34s | %7d | %10.3f | %10.3f – %.3f |\n", what, features, s.median, s.min, s.max);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000};
    if (argc > 1)
        sizes = {QString::fromLatin1(argv[1]).toInt()};
    // The bundled case studies first: what a user scrubs through in the window.
    std::printf("| bundled case study (ms)            | features | frame median | spread (min – max) |\n");
    std::printf("|------------------------------------|---------:|-------------:|-------------------:|\n");
    for (const QString &id : QDir(QStringLiteral(DPATLAS_DATASETS_DIR)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto loaded = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/") + id);
        if (!loaded.study)
            continue;
        auto scene = std::make_shared<MapScene>(loaded.study);
        MapRenderer renderer(scene);
        MapView view;
        view.extent = scene->extent();
        view.size = QSize(1920, 1080);
        view.time = loaded.study->defaultTime();
        renderer.renderImage(view);   // the per-view caches, built once
        int day = 0;
        const Stats s = measure(31, [&] {
            view.time = loaded.study->manifest.period.from() + qint64(day++ % 200) * kMinutesPerDay + 12 * 60;
            renderer.renderImage(view);
        });
        std::printf("| %-34s | %8zu | %12.2f | %8.2f – %.2f |\n", qPrintable(id), loaded.study->model.features().size(),
                    s.median, s.min, s.max);
    }
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
        const Stats build = measure(1, [&] { facts = SpatialFacts::build(study, warnings); });
        const TimePoint from = study.manifest.period.from() + 12 * 60;
        const Stats year = measure(5, [&] {
            analysis::timeSeries(study, *facts, analysis::Metric::Area, from, from + 365 * kMinutesPerDay, analysis::Step::Day,
                                 study.manifest.calendar);
        });
        std::printf("| %-34s | %8zu | %10.1f | %10.1f (%.1f – %.1f) |\n", qPrintable(id), study.model.features().size(),
                    build.median, year.median, year.min, year.max);
    }
    std::printf("\n");
    std::printf("| measure (ms)                       | features |     median | spread (min – max) |\n");
    std::printf("|------------------------------------|---------:|-----------:|-------------------:|\n");
    for (int n : sizes) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("pkg"));
        const QString error = writeSyntheticPackage(folder, n, 1917);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const int loadRuns = n >= 100000 ? 3 : 5;
        DatasetPackage::LoadResult loaded;
        print("load package (GPKG + CSV + index)", n, measure(loadRuns, [&] { loaded = DatasetPackage::load(folder); }));
        if (!loaded.isValid()) {
            std::fprintf(stderr, "synthetic package invalid: %s\n", qPrintable(loaded.problems.value(0).toString()));
            return 1;
        }
        const CaseStudy &study = *loaded.study;
        const TimePoint t0 = study.manifest.period.from() + 12 * 60;
        std::vector<FeatureState> states;
        int day = 0;
        print("state at a new date, from scratch", n, measure(31, [&] {
                  study.index.stateAt(t0 + qint64((day = (day + 37) % 360)) * kMinutesPerDay, states);
              }));
        ClaimSweep sweep(study.index, t0);
        day = 0;
        print("state one day later, by sweep", n, measure(200, [&] { sweep.moveTo(t0 + qint64(++day) * kMinutesPerDay); }));

        auto scene = std::make_shared<MapScene>(loaded.study);
        MapRenderer renderer(scene);
        MapView view;
        view.extent = scene->extent();
        view.size = QSize(1920, 1080);
        view.time = t0;
        print("first frame of a view (projection)", n, measure(1, [&] { renderer.renderImage(view); }));
        day = 0;
        print("frame at a new date, 1920x1080", n, measure(n >= 100000 ? 5 : 15, [&] {
                  view.time = t0 + qint64(day += 3) * kMinutesPerDay;
                  renderer.renderImage(view);
              }));
    }
    return 0;
}
