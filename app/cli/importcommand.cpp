#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "package/import/packageimport.h"
#include "package/import/placesimport.h"
#include "package/packagediscovery.h"

#include <QFileInfo>

namespace dpa::cli {
namespace {

// DIR as typed: a folder, or the id of a package found on the machine; empty when neither.
QString packageFolder(const QString &typed)
{
    if (QFileInfo(typed).isDir())
        return typed;
    const QString found = PackageDiscovery::resolve(typed);
    return !found.isEmpty() && QFileInfo(found).isDir() ? found : QString();
}

// import DIR --places FILE: a Linked Places file's places as a new feature layer.
int importPlaces(const QCommandLineParser &parser)
{
    for (const char *tableOnly : {"claims", "events", "sources", "sheet", "map", "source-pattern", "dates"})
        if (parser.isSet(QLatin1String(tableOnly)))
            return fail(tr("--places adds a layer of places: it takes no --%1").arg(QLatin1String(tableOnly)));
    const QString file = parser.value(QStringLiteral("places"));
    if (!QFileInfo(file).isFile())
        return fail(tr("%1: file not found").arg(file));
    const QString folder = packageFolder(parser.positionalArguments().first());
    if (folder.isEmpty())
        return fail(tr("%1 is not a package folder or the id of one (see dpatlas-cli list)").arg(parser.positionalArguments().first()));
    PlacesImportOptions options;
    options.layerId = parser.value(QStringLiteral("layer"));
    options.title = parser.value(QStringLiteral("title"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    if (!options.layerId.isEmpty() && !placesimport::isValidLayerId(options.layerId))
        return fail(tr("--layer %1: a layer id is letters, digits, _ and -, as places_1871").arg(options.layerId));

    const PlacesImportReport report = importPlacesIntoPackage(folder, file, options);
    if (!report.fileDescription.isEmpty())
        //: %1 is the file's name, %2 what it holds ("Linked Places, 72 place(s): 43 area(s), 29 point(s)")
        out() << tr("Read %1: %2").arg(QFileInfo(file).fileName(), report.fileDescription) << Qt::endl;
    for (const QString &note : report.notes)
        out() << "  " << note << Qt::endl;
    if (!report.written) {
        // Problems in the places file name it as the user typed it; the package's, inside the package.
        for (const Error &problem : report.problems)
            err() << (problem.file == QFileInfo(file).fileName() ? Error::at(file, problem.line, problem.message).toString()
                                                                 : problemLine(folder, problem))
                  << Qt::endl;
        err() << tr("Nothing was written: %n problem(s) to mend first.", nullptr, int(report.problems.size())) << Qt::endl;
        return Invalid;
    }
    //: %1 the layer's id, %2 its file, %3 its fields
    out() << (report.replaced ? tr("Replaced layer %1 with %n feature(s): %2, fields %3.", nullptr, report.featureCount)
                              //: %1 the layer's id, %2 its file, %3 its fields
                              : tr("Added layer %1 with %n feature(s) to manifest.json: %2, fields %3.", nullptr, report.featureCount))
                 .arg(report.layerId, report.layerFile, report.fields.join(QStringLiteral(", ")))
          << Qt::endl;
    if (report.manifestRewritten)
        out() << tr("manifest.json could not be edited in place and was written anew (same content, keys sorted).") << Qt::endl;
    out() << tr("Say in SOURCES.md where %1 comes from and under which licence.").arg(report.layerFile) << Qt::endl;
    return Ok;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package's claims, "
        "events or sources. Your column names are matched to ours (--map settles the rest), feature and authority "
        "names to their ids; every row is checked and nothing is written unless all of them are good. "
        "--places adds the places of a Linked Places file (the World Historical Gazetteer's GeoJSON-LD) as a new layer."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("the package folder (or its id)"));
    parser.addOption({QStringLiteral("claims"), tr("a table of claims to add"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("events"), tr("a table of events to add"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sources"), tr("a table of sources to add"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("places"), tr("a Linked Places file (.lpf.json) whose places become a new feature layer"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("title"), tr("with --places: the new layer's title"), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("sheet"), tr("the workbook's sheet to read (default: the first)"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("map"), tr("read our COLUMN from your column HEADING (repeat), as --map start=Beginning"), QStringLiteral("COLUMN=HEADING")});
    parser.addOption({QStringLiteral("layer"), tr("the layer of every feature named, when your table has no layer column; with --places, the new layer's id "
                                                  "(default: from the file's name)"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("source-pattern"), tr("a regular expression finding source ids in free citations; its group (or group 'id') is the id, "
                                                           "group 'pages' the pages; sources not yet listed are added with the citation text"), QStringLiteral("REGEX")});
    parser.addOption({QStringLiteral("dates"), tr("the order of numeric dates such as 25/10/1956: dmy, mdy or ymd"), QStringLiteral("ORDER")});
    parser.addOption({QStringLiteral("replace"), tr("replace the table's rows instead of adding to them; with --places, replace the layer of the same id")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;

    if (parser.positionalArguments().size() != 1)
        return fail(tr("import needs exactly one package folder"));
    if (parser.isSet(QStringLiteral("places")))
        return importPlaces(parser);
    ImportOptions options;
    QString file;
    int tables = 0;
    for (const auto &[name, kind] : {std::pair{"claims", ImportKind::Claims}, std::pair{"events", ImportKind::Events},
                                     std::pair{"sources", ImportKind::Sources}}) {
        if (parser.isSet(QLatin1String(name))) {
            ++tables;
            options.kind = kind;
            file = parser.value(QLatin1String(name));
        }
    }
    if (tables != 1)
        return fail(tr("import needs one of --claims FILE, --events FILE, --sources FILE or --places FILE"));
    if (parser.isSet(QStringLiteral("title")))
        return fail(tr("--title names a layer of places: give it with --places FILE"));
    if (!QFileInfo(file).isFile())
        return fail(tr("%1: file not found").arg(file));
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.columnMaps = parser.values(QStringLiteral("map"));
    options.layer = parser.value(QStringLiteral("layer"));
    options.sourcePattern = parser.value(QStringLiteral("source-pattern"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    if (parser.isSet(QStringLiteral("dates"))) {
        const auto order = importvalues::dateOrderFromName(parser.value(QStringLiteral("dates")));
        if (!order)
            return fail(tr("--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd").arg(parser.value(QStringLiteral("dates"))));
        options.dateOrder = *order;
    }
    QString folder = parser.positionalArguments().first();
    if (!QFileInfo(folder).isDir()) {
        const QString found = PackageDiscovery::resolve(folder);
        if (found.isEmpty() || !QFileInfo(found).isDir())
            return fail(tr("%1 is not a package folder or the id of one (see dpatlas-cli list)").arg(folder));
        folder = found;
    }

    const ImportReport report = importIntoPackage(folder, file, options);
    if (!report.fileDescription.isEmpty())
        //: %1 is the file's name, %2 what it holds ("CSV, semicolons, 12 row(s)")
        out() << tr("Read %1: %2").arg(QFileInfo(file).fileName(), report.fileDescription) << Qt::endl;
    if (!report.columns.isEmpty())
        out() << tr("Columns: %1").arg(report.columns) << Qt::endl;
    for (const QString &note : report.notes)
        out() << "  " << note << Qt::endl;
    if (!report.written) {
        // Problems in the user's table name it as they typed it; the package's, inside the package.
        for (const Error &problem : report.problems)
            err() << (problem.file == QFileInfo(file).fileName() ? QStringLiteral("%1:%2: %3").arg(file).arg(problem.line).arg(problem.message)
                                                                 : problemLine(folder, problem))
                  << Qt::endl;
        err() << tr("Nothing was written: %n problem(s) to mend first.", nullptr, int(report.problems.size())) << Qt::endl;
        return Invalid;
    }
    //: %1 is the table's file, %2 and %3 its numbers of rows before and after
    out() << (options.replace ? tr("Added %n row(s) to %1 (%2 before, replaced, %3 now).", nullptr, int(report.rowsAdded))
                              //: %1 is the table's file, %2 and %3 its numbers of rows before and after
                              : tr("Added %n row(s) to %1 (%2 before, %3 now).", nullptr, int(report.rowsAdded)))
                 .arg(report.tableFile, QString::number(report.rowsBefore), QString::number(report.rowsAfter))
          << Qt::endl;
    if (!report.newSources.empty()) {
        out() << tr("Added %n source(s) to sources.csv with the citation as your table gives it; complete them there:",
                    nullptr, int(report.newSources.size()))
              << Qt::endl;
        for (const Source &s : report.newSources)
            out() << "  " << s.id << ": " << s.citation << Qt::endl;
    }
    return Ok;
}

} // namespace dpa::cli
