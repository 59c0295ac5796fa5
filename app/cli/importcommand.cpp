#include "clicommands.h"
#include "clicontext.h"
#include "package/import/packageimport.h"
#include "package/packagediscovery.h"

#include <QFileInfo>

namespace dpa::cli {

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add the rows of your own table (CSV with commas, semicolons or tabs; .xlsx; .ods) to a package's claims, "
        "events or sources. Your column names are matched to ours (--map settles the rest), feature and authority "
        "names to their ids; every row is checked and nothing is written unless all of them are good."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("the package folder (or its id)"));
    parser.addOption({QStringLiteral("claims"), QStringLiteral("a table of claims to add"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("a table of events to add"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sources"), QStringLiteral("a table of sources to add"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sheet"), QStringLiteral("the workbook's sheet to read (default: the first)"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("map"), QStringLiteral("read our COLUMN from your column HEADING (repeat), as --map start=Beginning"), QStringLiteral("COLUMN=HEADING")});
    parser.addOption({QStringLiteral("layer"), QStringLiteral("the layer of every feature named, when your table has no layer column"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("source-pattern"), QStringLiteral("a regular expression finding source ids in free citations; its group (or group 'id') is the id, "
                                                                      "group 'pages' the pages; sources not yet listed are added with the citation text"), QStringLiteral("REGEX")});
    parser.addOption({QStringLiteral("dates"), QStringLiteral("the order of numeric dates such as 25/10/1956: dmy, mdy or ymd"), QStringLiteral("ORDER")});
    parser.addOption({QStringLiteral("replace"), QStringLiteral("replace the table's rows instead of adding to them")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("import needs exactly one package folder"));
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
        return fail(QStringLiteral("import needs one of --claims FILE, --events FILE or --sources FILE"));
    if (!QFileInfo(file).isFile())
        return fail(QStringLiteral("%1: file not found").arg(file));
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.columnMaps = parser.values(QStringLiteral("map"));
    options.layer = parser.value(QStringLiteral("layer"));
    options.sourcePattern = parser.value(QStringLiteral("source-pattern"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    if (parser.isSet(QStringLiteral("dates"))) {
        const auto order = importvalues::dateOrderFromName(parser.value(QStringLiteral("dates")));
        if (!order)
            return fail(QStringLiteral("--dates %1: write dmy (25/10/1956), mdy (10/25/1956) or ymd").arg(parser.value(QStringLiteral("dates"))));
        options.dateOrder = *order;
    }
    QString folder = parser.positionalArguments().first();
    if (!QFileInfo(folder).isDir()) {
        const QString found = PackageDiscovery::resolve(folder);
        if (found.isEmpty() || !QFileInfo(found).isDir())
            return fail(QStringLiteral("%1 is not a package folder or the id of one (see dpatlas-cli list)").arg(folder));
        folder = found;
    }

    const ImportReport report = importIntoPackage(folder, file, options);
    if (!report.fileDescription.isEmpty())
        out() << "Read " << QFileInfo(file).fileName() << ": " << report.fileDescription << Qt::endl;
    if (!report.columns.isEmpty())
        out() << "Columns: " << report.columns << Qt::endl;
    for (const QString &note : report.notes)
        out() << "  " << note << Qt::endl;
    if (!report.written) {
        // Problems in the user's table name it as they typed it; the package's, inside the package.
        for (const Error &problem : report.problems)
            err() << (problem.file == QFileInfo(file).fileName() ? QStringLiteral("%1:%2: %3").arg(file).arg(problem.line).arg(problem.message)
                                                                 : problemLine(folder, problem))
                  << Qt::endl;
        err() << "Nothing was written: " << report.problems.size() << " problem(s) to mend first." << Qt::endl;
        return Invalid;
    }
    out() << "Added " << report.rowsAdded << " row(s) to " << report.tableFile << " (" << report.rowsBefore << " before"
          << (options.replace ? ", replaced" : "") << ", " << report.rowsAfter << " now)." << Qt::endl;
    if (!report.newSources.empty()) {
        out() << "Added " << report.newSources.size() << " source(s) to sources.csv with the citation as your table gives it; "
                 "complete them there:" << Qt::endl;
        for (const Source &s : report.newSources)
            out() << "  " << s.id << ": " << s.citation << Qt::endl;
    }
    return Ok;
}

} // namespace dpa::cli
