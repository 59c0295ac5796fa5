#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "language.h"

#include <QGuiApplication>

#include <vector>

using namespace dpa::cli;

namespace dpa::cli {
namespace {

// The overview of `dpatlas-cli --help`. The synopses (command and option names) are literal; what
// each does and the paragraphs are translated, and wrapped here so that a translation of any
// length keeps the layout: lines of at most kWidth characters, descriptions from a column.
constexpr int kWidth = 102;

// A command of the overview: its synopsis on one or more lines (the first indented by two, each
// further line as written), then what it does.
struct UsageRow
{
    std::vector<const char *> synopsis;
    QString description;
};

QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// The description starts on the synopsis's last line when that ends two spaces before column,
// else on lines of its own indented to column.
QString usageRows(const std::vector<UsageRow> &rows, int column)
{
    QStringList lines;
    for (const UsageRow &row : rows) {
        for (const char *synopsis : row.synopsis)
            lines << QStringLiteral("  ") + QString::fromUtf8(synopsis);
        const QStringList description = wrapped(row.description, kWidth - column);
        for (qsizetype i = 0; i < description.size(); ++i) {
            if (i == 0 && lines.last().size() <= column - 2)
                lines.last() = lines.last().leftJustified(column) + description[i];
            else
                lines << QString(column, QLatin1Char(' ')) + description[i];
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString paragraph(const QString &text)
{
    return wrapped(text, kWidth).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Built when asked, after --lang has installed the translator.
QString usageText()
{
    const std::vector<UsageRow> commands{
        {{"list"}, tr("every discovered package: id, title, period")},
        {{"validate PATH..."}, tr("check packages; every problem as file:line: message")},
        {{"state DATASET --at DATE [--format csv|json] [--calendar julian]"},
         tr("status and authorities of every feature on DATE")},
        {{"render DATASET --at DATE -o OUT.png|svg|pdf [--size WxH | --page a4|a4-landscape|slide]",
          "       [--dpi N] [--calendar julian] [--title T] [--subtitle S] [--legend PLACE] [--inset]"},
         tr("draw the map of DATE (default 1920x1080)")},
        {{"animate DATASET --from DATE --to DATE [--step 6h|1d|1w|1m|1y] [--fps N] [--size WxH]",
          "        -o OUT.gif|mp4|webm|DIR/"},
         tr("one frame per step, date and events burned in")},
        {{"analyze DATASET --from DATE --to DATE --step 1d|1w|1m|1y",
          "        --metric area|population|dual-index|status-share|front-length|dual-days -o OUT.csv",
          "analyze DATASET --at DATE --metric territories|fronts -o OUT.gpkg|OUT.geojson"},
         tr("time series and geometry of control")},
        {{"export DATASET --at DATE -o OUT.gpkg|geojson|shp|kml|fgb|csv [--crs CRS] [--layer ID]",
          "export DATASET --timeline -o OUT.gpkg|kml|..."},
         tr("the state on a date, or every claim with start and end")},
        {{"export DATASET --linked-places -o OUT.json"}, tr("every feature and its control history, for gazetteers (LPF)")},
        {{"export DATASET --package -o OUT.gpkg"}, tr("the whole case study in one GeoPackage (a DATASET too)")},
        {{"unpack PACKAGE.gpkg FOLDER"}, tr("a packed case study back into a package folder")},
        {{"push DATASET --pg CONNINFO [--schema S] [--replace]"},
         tr("the case study into a schema of a PostgreSQL + PostGIS database, in one transaction; from then on "
            "pg:CONNINFO#S is a DATASET for every command and for the app")},
        {{"pull pg:CONNINFO#SCHEMA FOLDER"}, tr("a case study kept in PostgreSQL back into a package folder")},
        {{"new ID --layer FILE... --title T --period A..B --authority id=Name... -o DIR",
          "       [--calendar julian] [--crs CRS] [--id-field F] [--name-field F] [--attribution TEXT]"},
         tr("start a case study from vector files, valid from the start")},
        {{"repair DATASET -o OUTDIR"},
         tr("a copy with every invalid geometry fixed (GDAL MakeValid), each fix said in words; the package itself is "
            "never changed")},
        {{"import DIR --claims|--events|--sources FILE [--map COLUMN=HEADING...] [--layer ID]",
          "       [--sheet NAME] [--source-pattern REGEX] [--dates dmy|mdy|ymd] [--replace]",
          "import DIR --places FILE.lpf.json [--layer ID] [--title T] [--replace]"},
         tr("add your own table (CSV, .xlsx, .ods) to a package, all or nothing")},
        {{"georef SCAN --gcps FILE [--method helmert|poly1|poly2|poly3|tps] [--crs CRS]",
          "       [--target-crs CRS] [--report-only] -o OUT.tif"},
         tr("warp a scan by its control points (QGIS .points or CSV) into a tiled GeoTIFF with overviews; prints "
            "residuals and RMS")},
    };
    const std::vector<UsageRow> options{
        {{"-h, --help"}, tr("show this help; COMMAND --help shows the command's options")},
        {{"--lang CODE"}, tr("the language of messages: en, ru, fr, es, ca or ar (default: the system's)")},
        {{"-v, --version"}, tr("show the version")},
    };
    const QLatin1Char nl('\n');
    //: the first line of --help; %1 is "dpatlas-cli COMMAND [OPTIONS]"
    return tr("Usage: %1").arg(QStringLiteral("dpatlas-cli COMMAND [OPTIONS]")) + nl + nl
           + paragraph(tr("Dual Power Atlas on the command line: validate case-study packages, list their control state "
                          "on a date, render and animate maps, export layers."))
           + nl + tr("Commands:") + nl + usageRows(commands, 36) + nl
           + paragraph(tr("DATASET is a package id (see `list`), a package folder or a packed .gpkg. A package with "
                          "problems is refused, its problems listed (exit 1); --allow-errors uses what loads of it. DATE "
                          "is YYYY-MM-DD or YYYY-MM-DDTHH:MM, Gregorian unless --calendar julian; a date without a time "
                          "means noon."))
           + paragraph(tr("Packages are found in ~/.local/share/dpatlas/datasets, the folders in DPATLAS_DATASETS "
                          "(':'-separated), the installed share/dpatlas/datasets and, in a build from source, the source "
                          "tree's datasets/."))
           + nl
           + paragraph(tr("Exit status: 0 success, 1 invalid package, 2 usage error (unknown dataset, bad date, "
                          "unwritable output)."))
           + nl + usageRows(options, 18);
}

} // namespace
} // namespace dpa::cli

namespace {

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
    // Said in English: no translation is installed when this is said. Every text below (the
    // overview, each command's options and messages) is built after this point, in the language.
    if (!dpa::Language::install(lang) && lang != QLatin1String("en"))
        err() << "dpatlas-cli: no translation for language \"" << lang << "\"; using English" << Qt::endl;
    if (args.size() < 2) {
        err() << usageText();
        return UsageError;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out() << usageText();
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
    if (command == QLatin1String("push")) return runPush(args);
    if (command == QLatin1String("pull")) return runPull(args);
    return fail(QCoreApplication::translate("dpa::cli", "unknown command \"%1\" (see dpatlas-cli --help)").arg(command));
}
