#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "package/postgis/pgpull.h"

namespace dpa::cli {

int runPull(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a case study kept in PostgreSQL (by `dpatlas-cli push`) out as a package folder. Files come back byte "
           "for byte; a layer edited in the database (in QGIS, say) is written anew from its table, in its own format."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("pg:CONNINFO#SCHEMA"), tr("the case study in the database (or give --pg and --schema)"));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), tr("a new (or empty) folder to write the package into"));
    parser.addOption({QStringLiteral("pg"), tr("the database: libpq's connection string"), QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("schema"), tr("the case study's schema"), QStringLiteral("S")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const bool byOptions = parser.isSet(QStringLiteral("pg"));
    if (positional.size() != (byOptions ? 1 : 2))
        return fail(tr("pull needs pg:CONNINFO#SCHEMA and FOLDER, or --pg CONNINFO --schema S and FOLDER"));
    auto uri = byOptions ? postgis::PgUri::fromParts(parser.value(QStringLiteral("pg")), parser.value(QStringLiteral("schema")))
                         : postgis::PgUri::parse(positional.first());
    if (!uri)
        return fail(uri.error().toString());
    const auto pulled = postgis::pull(*uri, positional.last());
    if (!pulled)
        return fail(pulled.error().toString());
    out() << tr("%1: %2 at revision %3").arg(pulled->folder, pulled->info.packageId).arg(pulled->info.revision) << Qt::endl;
    if (!pulled->regeneratedFiles.isEmpty())
        out() << tr("written anew from their tables (changed in the database): %1").arg(pulled->regeneratedFiles.join(QStringLiteral(", ")))
              << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
