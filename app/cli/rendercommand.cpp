#include "clicommands.h"
#include "clicontext.h"
#include "maprenderer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace dpa::cli {

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draw the map of a case study on a date to a PNG."));
    parser.addHelpOption();
    addDatasetAtDateOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output PNG file"), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("image size in pixels (default 1920x1080)"), QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("language of names and titles (default en)"), QStringLiteral("LANG"), QStringLiteral("en")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(QStringLiteral("render needs -o OUT.png"));
    if (!output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return fail(QStringLiteral("\"%1\": only PNG output is supported (name it .png)").arg(output));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto sizeMatch = sizePattern.match(parser.value(QStringLiteral("size")));
    const QSize size = sizeMatch.hasMatch() ? QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt()) : QSize();
    if (size.isEmpty() || size.width() > 16384 || size.height() > 16384 || size.width() < 64 || size.height() < 64)
        return fail(QStringLiteral("bad size \"%1\": write WxH, each from 64 to 16384").arg(parser.value(QStringLiteral("size"))));
    int exitCode = Ok;
    const auto request = takeDatasetAtDate(parser, QStringLiteral("render"), exitCode);
    if (!request)
        return exitCode;

    auto scene = std::make_shared<MapScene>(request->dataset.result.study);
    MapRenderer renderer(scene);
    MapView view;
    view.extent = scene->extent().grown(0.03);
    view.size = size;
    view.time = request->date.queryTime();
    view.language = parser.value(QStringLiteral("language"));
    const QImage image = renderer.renderImage(view);
    for (const Error &e : renderer.errors())
        err() << "warning: " << problemLine(request->dataset.path, e) << Qt::endl;

    // Write to a temporary file and rename: an interrupted render never leaves half a PNG.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write \"%1\": %2").arg(output, file.errorString()));
    if (!image.save(&file, "PNG") || !file.commit())
        return fail(QStringLiteral("cannot write \"%1\": %2").arg(output, file.errorString()));
    out() << QFileInfo(output).absoluteFilePath() << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
