#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "layoutoptions.h"
#include "render/maprenderer.h"
#include "export/pictureexport.h"

#include <QCommandLineParser>

namespace dpa::cli {

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draw the map of a case study on a date to a PNG, or to an SVG or PDF made of vector paths."));
    parser.addHelpOption();
    addDatasetAtDateOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("output file: .png, .svg or .pdf"), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("size"), tr("image size in pixels (default 1920x1080)"), QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    QStringList pages;
    for (const PagePreset &p : PagePreset::all())
        pages << p.id;
    parser.addOption({QStringLiteral("page"), tr("a page instead of --size: %1 (A4 in pixels at --dpi)").arg(pages.join(QStringLiteral(", "))), QStringLiteral("PAGE")});
    addLayoutOptions(parser);
    parser.addOption({QStringLiteral("dpi"), tr("resolution for print: the picture is W/N by H/N inches (default 96)"), QStringLiteral("N"), QStringLiteral("96")});
    parser.addOption({QStringLiteral("language"), tr("language of names and titles (default: the interface's, --lang)"), QStringLiteral("LANG")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("render needs -o OUT.png, OUT.svg or OUT.pdf"));
    const auto format = pictureexport::formatForPath(output);
    if (!format)
        return fail(tr("\"%1\": name the picture .png, .svg or .pdf").arg(output));
    bool dpiOk = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!dpiOk || dpi < 10 || dpi > 2400)
        return fail(tr("bad --dpi \"%1\": give a whole number from 10 to 2400").arg(parser.value(QStringLiteral("dpi"))));
    std::optional<QSize> size;
    if (parser.isSet(QStringLiteral("page"))) {
        const auto page = PagePreset::byId(parser.value(QStringLiteral("page")));
        if (!page)
            return fail(tr("bad --page \"%1\": write one of %2").arg(parser.value(QStringLiteral("page")), pages.join(QStringLiteral(", "))));
        if (parser.isSet(QStringLiteral("size")))
            return fail(tr("give --page or --size, not both"));
        size = page->sizeAt(dpi);
        if (size->width() > 16384 || size->height() > 16384)
            return fail(tr("--page %1 at %2 dpi is %3x%4 pixels, over 16384: lower --dpi")
                            .arg(page->id, QString::number(dpi), QString::number(size->width()), QString::number(size->height())));
    } else {
        size = parseSizeOption(parser.value(QStringLiteral("size")), 16384);
    }
    if (!size)
        return UsageError;
    MapView layoutView;
    if (!applyLayoutOptions(parser, layoutView))
        return UsageError;
    int exitCode = Ok;
    const auto request = takeDatasetAtDate(parser, QStringLiteral("render"), exitCode);
    if (!request)
        return exitCode;

    auto scene = std::make_shared<MapScene>(request->dataset.result.study);
    MapRenderer renderer(scene);
    PictureRequest picture;
    picture.path = output;
    picture.format = *format;
    picture.dpi = dpi;
    picture.view = layoutView;
    picture.view.extent = scene->extent().grown(0.03);
    picture.view.size = *size;
    picture.view.time = request->date.queryTime();
    if (parser.isSet(QStringLiteral("language")))
        picture.view.language = parser.value(QStringLiteral("language"));
    // Written under a temporary name and renamed: an interrupted render never leaves half a file.
    const auto written = pictureexport::write(renderer, picture);
    for (const Error &e : renderer.errors())
        err() << tr("warning: %1").arg(problemLine(request->dataset.path, e)) << Qt::endl;
    if (!written)
        return fail(written.error().toString());
    out() << *written << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
