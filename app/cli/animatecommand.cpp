#include "export/animationexport.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "layoutoptions.h"

#include <QElapsedTimer>

#include <unistd.h>

namespace dpa::cli {

int runAnimate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Animate a case study's control map from one date to another, one frame per step, with the date and the "
        "events in progress burned in: an animated GIF, an MP4 (H.264), a WebM (VP9) or a folder of PNG frames."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("package id, folder or packed .gpkg"));
    parser.addOption({QStringLiteral("from"), tr("first frame's date: YYYY-MM-DD or YYYY-MM-DDTHH:MM"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("last date (included when a step lands on it)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("step"), tr("time between frames: 6h, 1d, 1w, 1m, 1y... (default 1d)"), QStringLiteral("STEP"), QStringLiteral("1d")});
    parser.addOption({QStringLiteral("fps"), tr("frames per second (default 10)"), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("size"), tr("frame size in pixels (default 1280x720)"), QStringLiteral("WxH"), QStringLiteral("1280x720")});
    parser.addOption({QStringLiteral("calendar"), tr("calendar of the dates and of month steps: gregorian (default) or julian"), QStringLiteral("CALENDAR")});
    parser.addOption({QStringLiteral("language"), tr("language of names and titles (default: the interface's, --lang)"), QStringLiteral("LANG")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("OUT.gif, OUT.mp4, OUT.webm or DIR/ for PNG frames"), QStringLiteral("OUT")});
    addLayoutOptions(parser);
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("%1 needs exactly one DATASET").arg(QStringLiteral("animate")));
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("animate needs -o OUT.gif, OUT.mp4, OUT.webm or DIR/"));
    const auto cal = parseCalendarOption(parser.value(QStringLiteral("calendar")));
    if (!cal)
        return UsageError;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return fail(tr("animate needs --from DATE and --to DATE"));
    const auto from = parseDateOption(parser.value(QStringLiteral("from")), *cal);
    const auto to = from ? parseDateOption(parser.value(QStringLiteral("to")), *cal) : std::nullopt;
    if (!to)
        return UsageError;
    const auto step = TimeStep::parse(parser.value(QStringLiteral("step")));
    if (!step)
        return fail(step.error().message);
    bool fpsOk = false;
    const int fps = parser.value(QStringLiteral("fps")).toInt(&fpsOk);
    const auto size = parseSizeOption(parser.value(QStringLiteral("size")), 7680);
    if (!size)
        return UsageError;

    AnimationRequest request;
    if (!applyLayoutOptions(parser, request.view))
        return UsageError;
    request.path = parser.value(QStringLiteral("output"));
    request.view.size = *size;
    if (parser.isSet(QStringLiteral("language")))
        request.view.language = parser.value(QStringLiteral("language"));
    request.from = from->queryTime();
    request.to = to->queryTime();
    request.step = *step;
    request.calendar = *cal;
    request.framesPerSecond = fpsOk ? fps : 0;
    // Everything that needs no package is checked before the (slower) load.
    if (auto problem = animationexport::checkRequest(request))
        return fail(problem->toString());

    int exitCode = Ok;
    const auto loaded = loadDataset(parser.positionalArguments().first(), exitCode);
    if (!loaded)
        return exitCode;
    auto scene = std::make_shared<MapScene>(loaded->result.study);
    request.view.extent = scene->extent().grown(0.03);
    MapRenderer renderer(scene);

    // A counter on a terminal; scripts and CI logs get only the final line.
    const bool terminal = isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    const auto written = animationexport::write(renderer, request, [&](int done, int total) {
        if (terminal)
            err() << '\r' << tr("frame %1 of %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (terminal)
        err() << Qt::endl;
    for (const Error &e : renderer.errors())
        err() << tr("warning: %1").arg(problemLine(loaded->path, e)) << Qt::endl;
    if (!written)
        return fail(written.error().toString());
    out() << tr("%1: %n frames in %2 s", nullptr, int(written->frames))
                 .arg(written->path, QString::number(clock.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
