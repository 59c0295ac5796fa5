#include "clicommands.h"
#include "clicontext.h"
#include "language.h"

#include <QGuiApplication>

using namespace dpa::cli;

namespace {

const char *kUsage =
    "Usage: dpatlas-cli COMMAND [OPTIONS]\n"
    "\n"
    "Dual Power Atlas on the command line: validate case-study packages, list their\n"
    "control state on a date, render and animate maps, export layers.\n"
    "\n"
    "Commands:\n"
    "  list                              every discovered package: id, title, period\n"
    "  validate PATH...                  check packages; every problem as file:line: message\n"
    "  state DATASET --at DATE [--format csv|json] [--calendar julian]\n"
    "                                    status and authorities of every feature on DATE\n"
    "  render DATASET --at DATE -o OUT.png|svg|pdf [--size WxH | --page a4|a4-landscape|slide]\n"
    "         [--dpi N] [--calendar julian] [--title T] [--subtitle S] [--legend PLACE] [--inset]\n"
    "                                    draw the map of DATE (default 1920x1080)\n"
    "  animate DATASET --from DATE --to DATE [--step 6h|1d|1w|1m|1y] [--fps N] [--size WxH]\n"
    "          -o OUT.gif|mp4|webm|DIR/  one frame per step, date and events burned in\n"
    "  analyze DATASET --from DATE --to DATE --step 1d|1w|1m|1y\n"
    "          --metric area|population|dual-index|status-share|front-length|dual-days -o OUT.csv\n"
    "  analyze DATASET --at DATE --metric territories|fronts -o OUT.gpkg|OUT.geojson\n"
    "                                    time series and geometry of control\n"
    "  export DATASET --at DATE -o OUT.gpkg|geojson|shp|kml|fgb|csv [--crs CRS] [--layer ID]\n"
    "  export DATASET --timeline -o OUT.gpkg|kml|...\n"
    "                                    the state on a date, or every claim with start and end\n"
    "  export DATASET --linked-places -o OUT.json\n"
    "                                    every feature and its control history, for gazetteers (LPF)\n"
    "  export DATASET --package -o OUT.gpkg\n"
    "                                    the whole case study in one GeoPackage (a DATASET too)\n"
    "  unpack PACKAGE.gpkg FOLDER        a packed case study back into a package folder\n"
    "  new ID --layer FILE... --title T --period A..B --authority id=Name... -o DIR\n"
    "         [--calendar julian] [--crs CRS] [--id-field F] [--name-field F] [--attribution TEXT]\n"
    "                                    start a case study from vector files, valid from the start\n"
    "  repair DATASET -o OUTDIR          a copy with every invalid geometry fixed (GDAL MakeValid),\n"
    "                                    each fix said in words; the package itself is never changed\n"
    "  import DIR --claims|--events|--sources FILE [--map COLUMN=HEADING...] [--layer ID]\n"
    "         [--sheet NAME] [--source-pattern REGEX] [--dates dmy|mdy|ymd] [--replace]\n"
    "                                    add your own table (CSV, .xlsx, .ods) to a package, all or nothing\n"
    "  georef SCAN --gcps FILE [--method helmert|poly1|poly2|poly3|tps] [--crs CRS]\n"
    "         [--target-crs CRS] [--report-only] -o OUT.tif\n"
    "                                    warp a scan by its control points (QGIS .points or CSV) into\n"
    "                                    a tiled GeoTIFF with overviews; prints residuals and RMS\n"
    "\n"
    "DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with\n"
    "problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE is\n"
    "YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a\n"
    "time means noon.\n"
    "Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS\n"
    "(':'-separated), the installed share/dpatlas/datasets and, in a build from source, the\n"
    "source tree's datasets/.\n"
    "\n"
    "Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date,\n"
    "unwritable output).\n"
    "\n"
    "  -h, --help      show this help; COMMAND --help shows the command's options\n"
    "  --lang CODE     the language of messages: en, ru, fr, es, ca or ar (default: the system's)\n"
    "  -v, --version   show the version\n";

// Qt's offscreen platform warns when XDG_RUNTIME_DIR is unset (as in CI and over sudo); the
// warning says nothing about the user's work, so it is not printed among our messages.
QtMessageHandler g_defaultHandler = nullptr;

void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    // A command-line tool draws off screen; it must work over SSH and in CI with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietMessageHandler);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DPATLAS_VERSION));

    QStringList args = app.arguments();
    // Any command: use what loads of a package with problems (else such a package is refused).
    if (args.removeAll(QStringLiteral("--allow-errors")) > 0)
        setAllowErrors(true);
    // Any command: --lang CODE (else the desktop app's saved choice, else the system's language).
    const QString lang = dpa::Language::startupCode(dpa::Language::takeOption(args));
    if (!dpa::Language::install(lang) && lang != QLatin1String("en"))
        err() << "dpatlas-cli: no translation for language \"" << lang << "\"; using English" << Qt::endl;
    if (args.size() < 2) {
        err() << kUsage;
        return UsageError;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out() << kUsage;
        return Ok;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "dpatlas-cli " << DPATLAS_VERSION << Qt::endl;
        return Ok;
    }
    args.removeAt(1);   // the parser of each command sees argv[0] then its own options
    args[0] = QStringLiteral("dpatlas-cli ") + command;
    if (command == QLatin1String("list")) return runList(args);
    if (command == QLatin1String("validate")) return runValidate(args);
    if (command == QLatin1String("state")) return runState(args);
    if (command == QLatin1String("render")) return runRender(args);
    if (command == QLatin1String("analyze")) return runAnalyze(args);
    if (command == QLatin1String("export")) return runExport(args);
    if (command == QLatin1String("animate")) return runAnimate(args);
    if (command == QLatin1String("unpack")) return runUnpack(args);
    if (command == QLatin1String("new")) return runNew(args);
    if (command == QLatin1String("repair")) return runRepair(args);
    if (command == QLatin1String("import")) return runImport(args);
    if (command == QLatin1String("georef")) return runGeoref(args);
    return fail(QStringLiteral("unknown command \"%1\" (see dpatlas-cli --help)").arg(command));
}
