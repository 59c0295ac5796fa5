#include "packagebench.h"
#include "timing.h"

#include "analysis/spatialanalysis.h"
#include "export/animationexport.h"
#include "package/datasetpackage.h"
#include "render/maprenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace dpa;

namespace {

struct Row
{
    QString measure;
    double median, min, max;
    QString unit;
    int runs;
};

Row measure(const QString &what, int runs, const std::function<void()> &work)
{
    const Timing t = timeRuns(runs, work);
    return {what, t.median, t.min, t.max, QStringLiteral("ms"), runs};
}

Row fromSamples(const QString &what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {what, ms[ms.size() / 2], ms.front(), ms.back(), QStringLiteral("ms"), int(ms.size())};
}

// Linux keeps the process's peak resident set (VmHWM); writing 5 to clear_refs resets it, so a
// package's peak is its own and not the synthetic package writer's before it.
void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double peakMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

qint64 bytesUnder(const QString &path)
{
    if (QFileInfo(path).isFile())
        return QFileInfo(path).size();
    qint64 total = 0;
    for (QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

int benchPackage(const QString &path, const PackageBenchOptions &options)
{
    std::vector<Row> rows;
    resetPeakMemory();

    // Opening, as the window does it: the package, the spatial facts for the chart, the scene's
    // paths, then the first frame of the whole case study.
    double loadMs = 0, factsMs = 0, sceneMs = 0, firstMs = 0;
    QElapsedTimer clock;
    clock.start();
    DatasetPackage::LoadResult loaded = DatasetPackage::load(path);
    loadMs = clock.nsecsElapsed() / 1e6;
    // A package with problems would be timed without what could not be read (a layer refused
    // for its size times as an empty study): it is not timed at all.
    if (!loaded.study || !loaded.problems.isEmpty()) {
        for (const Error &problem : loaded.problems)
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        std::fprintf(stderr, "%s: not timed, it has problems (dpatlas-cli validate lists them)\n", qPrintable(path));
        return 1;
    }
    const size_t features = loaded.study->model.features().size();
    const bool big = features >= 100000;
    const int loadRuns = options.smoke ? 1 : big ? 3 : 5;
    const int viewRuns = options.smoke ? 1 : big ? 5 : 7;
    const int frameRuns = options.smoke ? 3 : 31;
    clock.restart();
    ErrorList warnings;
    std::optional<SpatialFacts> facts = SpatialFacts::build(*loaded.study, warnings);
    factsMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    auto scene = std::make_shared<MapScene>(loaded.study);
    sceneMs = clock.nsecsElapsed() / 1e6;
    auto renderer = std::make_unique<MapRenderer>(scene);
    MapView view;
    view.extent = scene->extent().grown(0.03);
    view.size = options.size;
    view.time = loaded.study->defaultTime();
    clock.restart();
    renderer->renderImage(view);
    firstMs = clock.nsecsElapsed() / 1e6;
    std::vector<double> load{loadMs}, factsBuild{factsMs}, sceneBuild{sceneMs}, first{firstMs},
        toFirstFrame{loadMs + sceneMs + firstMs};

    // A new view: every per-view cache (projection, id buffer, outlines, labels) rebuilt.
    const BoundingBox home = view.fittedExtent();
    int step = 0;
    rows.push_back(measure(QStringLiteral("new view: pan by a tenth"), viewRuns, [&] {
        const double dx = home.width() / 10 * ((++step % 2) ? 1 : -1);
        view.extent = view.fittedExtent();
        view.extent.xMin += dx;
        view.extent.xMax += dx;
        renderer->renderImage(view);
    }));
    view.extent = home;
    rows.push_back(measure(QStringLiteral("new view: zoom by 1.25"), viewRuns, [&] {
        const BoundingBox e = view.fittedExtent();
        const double f = (++step % 2) ? 1 / 1.25 : 1.25;
        const QPointF c = e.center();
        view.extent = BoundingBox{c.x() - e.width() / 2 * f, c.y() - e.height() / 2 * f, c.x() + e.width() / 2 * f,
                                  c.y() + e.height() / 2 * f};
        renderer->renderImage(view);
    }));
    view.extent = home;
    const QSize smaller = options.size * 5 / 6;
    rows.push_back(measure(QStringLiteral("new view: resize to %1x%2 and back").arg(smaller.width()).arg(smaller.height()),
                           viewRuns, [&] {
                               view.size = (++step % 2) ? smaller : options.size;
                               renderer->renderImage(view);
                           }));
    view.size = options.size;
    view.extent = home;
    renderer->renderImage(view);

    // Scrubbing: three days on each frame, across the case study's period.
    const CaseStudy &study = *loaded.study;
    const TimePoint t0 = study.manifest.period.from() + 12 * 60;
    const qint64 periodDays = std::max<qint64>(1, (study.manifest.period.to() - study.manifest.period.from()) / kMinutesPerDay);
    int day = 0;
    rows.push_back(measure(QStringLiteral("frame at a new date"), frameRuns, [&] {
        day = int((day + 3) % periodDays);
        view.time = t0 + qint64(day) * kMinutesPerDay;
        renderer->renderImage(view);
    }));
    // The window draws no legend on the map (it is a panel of its own).
    view.showLegend = false;
    renderer->renderImage(view);
    rows.push_back(measure(QStringLiteral("frame at a new date, as the window (no legend)"), frameRuns, [&] {
        day = int((day + 3) % periodDays);
        view.time = t0 + qint64(day) * kMinutesPerDay;
        renderer->renderImage(view);
    }));
    view.showLegend = true;
    FeatureStates states;
    day = 0;
    rows.push_back(measure(QStringLiteral("state at a new date, from scratch"), frameRuns, [&] {
        day = int((day + 37) % periodDays);
        study.index.stateAt(t0 + qint64(day) * kMinutesPerDay, states);
    }));
    ClaimSweep sweep(study.index, t0);
    day = 0;
    rows.push_back(measure(QStringLiteral("state one day later, by sweep"), options.smoke ? 3 : 200,
                           [&] { sweep.moveTo(t0 + qint64(++day % periodDays) * kMinutesPerDay); }));
    const double sessionPeak = peakMemoryMb();

    // Animation export per frame, rendering included: a day a frame from the period's start.
    QTemporaryDir out;
    bool exported = true;
    const int pngFrames = options.smoke ? 3 : options.pngFrames;
    const int videoFrames = options.smoke ? 3 : options.videoFrames;
    auto animate = [&](const QString &target, int frames, const QString &what) {
        MapRenderer exporter(scene);
        AnimationRequest request;
        request.path = out.filePath(target);
        request.view.extent = home;
        request.view.size = options.size;
        request.from = t0;
        request.to = t0 + qint64(frames - 1) * kMinutesPerDay;
        request.step = TimeStep{1, TimeStep::Unit::Day};
        request.framesPerSecond = 30;
        request.pngCompressionLevel = options.pngLevel;
        QElapsedTimer t;
        t.start();
        const auto written = animationexport::write(exporter, request);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!written) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(written.error().toString()));
            exported = false;
            return;
        }
        const double perFrame = ms / written->frames;
        rows.push_back({what.arg(written->frames), perFrame, perFrame, perFrame, QStringLiteral("ms"), 1});
        rows.push_back({QStringLiteral("  … all %1 frames").arg(written->frames), ms / 1000, ms / 1000, ms / 1000,
                        QStringLiteral("s"), 1});
        const double mb = bytesUnder(written->path) / 1e6;
        rows.push_back({QStringLiteral("  … written"), mb, mb, mb, QStringLiteral("MB"), 1});
    };
    animate(QStringLiteral("frames/"), pngFrames, QStringLiteral("PNG frame incl. encoding, %1 frames, deflate level ") + QString::number(options.pngLevel));
    animate(QStringLiteral("year.mp4"), videoFrames, QStringLiteral("MP4 (H.264) frame, %1 frames"));
    const double exportPeak = peakMemoryMb();

    // The other runs of opening, each from nothing.
    facts.reset();
    renderer.reset();
    scene.reset();
    loaded = {};
    for (int run = 1; run < loadRuns; ++run) {
        clock.restart();
        loaded = DatasetPackage::load(path);
        load.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        scene = std::make_shared<MapScene>(loaded.study);
        sceneBuild.push_back(clock.nsecsElapsed() / 1e6);
        MapRenderer again(scene);
        MapView v;
        v.extent = scene->extent().grown(0.03);
        v.size = options.size;
        v.time = loaded.study->defaultTime();
        clock.restart();
        again.renderImage(v);
        first.push_back(clock.nsecsElapsed() / 1e6);
        toFirstFrame.push_back(load.back() + sceneBuild.back() + first.back());
        scene.reset();
        loaded = {};
    }
    rows.insert(rows.begin(), {fromSamples(QStringLiteral("load (layers, claims, index)"), load),
                               {QStringLiteral("spatial facts (the window builds them while loading)"), factsMs, factsMs,
                                factsMs, QStringLiteral("ms"), 1},
                               fromSamples(QStringLiteral("scene (paths in the case study's CRS)"), sceneBuild),
                               fromSamples(QStringLiteral("first frame"), first),
                               fromSamples(QStringLiteral("load to first frame (load + scene + frame)"), toFirstFrame)});
    rows.push_back({QStringLiteral("peak memory: open, views, frames"), sessionPeak, sessionPeak, sessionPeak,
                    QStringLiteral("MB"), 1});
    rows.push_back({QStringLiteral("peak memory: with the exports"), exportPeak, exportPeak, exportPeak, QStringLiteral("MB"), 1});

    std::printf("\n%s: %zu features, %dx%d\n\n", qPrintable(QFileInfo(path).fileName()), features, options.size.width(),
                options.size.height());
    // Padded as text, not bytes: the measures' names hold a dash and an ellipsis.
    auto line = [](const QString &a, const QString &b, const QString &c, const QString &d) {
        std::printf("| %s | %s | %s | %s |\n", qPrintable(a.leftJustified(52)), qPrintable(b.rightJustified(10)),
                    qPrintable(c.leftJustified(23)), qPrintable(d.rightJustified(4)));
    };
    line(QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("spread (min – max)"), QStringLiteral("runs"));
    std::printf("|%s|-----------:|-------------------------|-----:|\n", QByteArray(54, '-').constData());
    for (const Row &r : rows) {
        const int decimals = r.median < 1 ? 3 : r.median < 100 ? 1 : 0;
        const QString median = QStringLiteral("%1 %2").arg(r.median, 0, 'f', decimals).arg(r.unit);
        const QString spread = r.runs > 1 ? QStringLiteral("%1 – %2").arg(r.min, 0, 'f', decimals).arg(r.max, 0, 'f', decimals)
                                          : QString();
        line(r.measure, median, spread, QString::number(r.runs));
    }
    std::fflush(stdout);
    return exported ? 0 : 1;
}
