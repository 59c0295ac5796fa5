#include "clicommands.h"
#include "boxoption.h"
#include "clicontext.h"
#include "clitext.h"
#include "layoutoptions.h"
#include "render/maprenderer.h"
#include "export/pictureexport.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

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
    addBoxOptions(parser, tr("draw this box, in the case study's CRS unless --bbox-crs says otherwise, widened to the "
                             "picture's shape (default: every feature); a pg: dataset then reads only what is drawn from "
                             "the database"));
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
    std::optional<BoxOption> boxOption;
    if (!takeBoxOptions(parser, boxOption))
        return UsageError;
    int exitCode = Ok;
    const auto request = takeDateRequest(parser, QStringLiteral("render"), exitCode);
    if (!request)
        return exitCode;
    const TimePoint t = request->date.queryTime();
    MapView view = layoutView;
    view.size = *size;
    view.time = t;
    if (parser.isSet(QStringLiteral("language")))
        view.language = parser.value(QStringLiteral("language"));

    // A case study in PostgreSQL drawn in a box reads what the picture shows (pgstatequery.h):
    // the geometry of the features and context in the box as widened to the map, with a quarter
    // of it more on each side, so that a label or symbol of a feature just outside still reaches
    // into the picture as it does when every feature is read (a tenth was not enough for a
    // place's label on the bundled maps); and the period maps of that date, into a folder kept
    // while drawing. An inset shows the whole case study, so it needs every feature read.
    const bool fromDatabase = boxOption && postgis::PgUri::isPgUri(request->dataset) && !view.layout.inset;
    std::optional<BoundingBox> box;   // in the case study's CRS
    constexpr double kMargin = 0.25;
    QTemporaryDir periodMaps;
    BoundingBox searched;
    std::optional<LoadedDataset> loaded;
    if (fromDatabase) {
        if (!periodMaps.isValid())
            return fail(tr("cannot create a temporary folder for the period maps: %1").arg(periodMaps.errorString()));
        if (!(box = boxInDatabaseStudyCrs(*boxOption, request->dataset, exitCode)))
            return exitCode;
        view.extent = *box;
        searched = view.fittedExtent().grown(kMargin);
        loaded = queryDatabase(request->dataset, {t, searched, periodMaps.path()}, exitCode);
        if (exitCode != Ok)
            return exitCode;
    }
    const bool queried = loaded.has_value();
    if (!loaded && !(loaded = loadDataset(request->dataset, exitCode)))
        return exitCode;
    if (boxOption && !box && !(box = boxInStudyCrs(*boxOption, loaded->result.study->manifest.crs)))
        return UsageError;
    auto scene = std::make_shared<MapScene>(loaded->result.study);
    auto renderer = std::make_unique<MapRenderer>(scene);
    view.extent = box ? *box : scene->extent().grown(0.03);
    if (box)
        warnIfBoxMissesStudy(*box, *loaded->result.study, request->dataset, queried);
    // A legend beside the map narrows it (a column on a landscape page, a band on a portrait
    // one), and the box then widens further along the other axis than the picture's shape says.
    // How far depends on the legend's size, which the renderer keeps to itself; a legend takes
    // less than two thirds of the page, so a map a third of the page's side is read for. (A frame
    // drawn first to measure it would leave caches that change the picture's antialiasing.)
    if (queried && MapRenderer(scene).legendPlacement(view) == LegendPlacement::Beside) {
        MapView narrowest = view;
        if (view.size.width() >= view.size.height())
            narrowest.size.setWidth(std::max(1, view.size.width() / 3));
        else
            narrowest.size.setHeight(std::max(1, view.size.height() / 3));
        const BoundingBox needed = narrowest.fittedExtent().grown(kMargin);
        if (needed.xMin < searched.xMin || needed.yMin < searched.yMin || needed.xMax > searched.xMax || needed.yMax > searched.yMax) {
            searched.extend(needed);
            loaded = queryDatabase(request->dataset, {t, searched, periodMaps.path()}, exitCode);
            if (!loaded)
                return exitCode;
            scene = std::make_shared<MapScene>(loaded->result.study);
        }
        renderer = std::make_unique<MapRenderer>(scene);
    }
    PictureRequest picture;
    picture.path = output;
    picture.format = *format;
    picture.dpi = dpi;
    picture.view = view;
    // Written under a temporary name and renamed: an interrupted render never leaves half a file.
    const auto written = pictureexport::write(*renderer, picture);
    for (const Error &e : renderer->errors())
        err() << tr("warning: %1").arg(problemLine(loaded->path, e)) << Qt::endl;
    if (!written)
        return fail(written.error().toString());
    out() << *written << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
