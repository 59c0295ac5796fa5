#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "package/postgis/pgpush.h"

namespace dpa::cli {

int runPush(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Put a case study into a PostgreSQL database with PostGIS, for a team to share: its layers become PostGIS "
           "tables with spatial indexes, its claims, events, sources and manifest tables, all in one schema, written "
           "in one transaction (all or nothing). Open it afterwards as the DATASET pg:CONNINFO#SCHEMA."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("package id, folder, packed .gpkg or pg:CONNINFO#SCHEMA"));
    parser.addOption({QStringLiteral("pg"),
                      tr("the database: libpq's connection string (\"host=db.example.org dbname=atlas user=me\" or "
                         "postgresql://…); keep the password in ~/.pgpass or PGPASSWORD"),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("schema"), tr("the schema to write (default: the package id, '-' as '_')"), QStringLiteral("S")});
    parser.addOption({QStringLiteral("replace"), tr("replace the case study the schema holds already")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("push needs exactly one DATASET"));
    if (!parser.isSet(QStringLiteral("pg")))
        return fail(tr("push needs --pg CONNINFO, the database to write to"));
    auto uri = postgis::PgUri::fromParts(parser.value(QStringLiteral("pg")), parser.value(QStringLiteral("schema")));
    if (!uri)
        return fail(uri.error().toString());
    int exitCode = Ok;
    const auto loaded = loadDataset(parser.positionalArguments().first(), exitCode);
    if (!loaded)
        return exitCode;
    postgis::PushOptions options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    const auto pushed = postgis::push(*loaded->result.study, *uri, options);
    if (!pushed)
        return fail(pushed.error().toString());
    out() << tr("%1: pushed to schema %2 of %3: %n layer(s), %4 features, %5 table rows, %6 other files",
                nullptr, pushed->layers)
                 .arg(loaded->result.study->manifest.id, pushed->schema, pushed->database)
                 .arg(pushed->features).arg(pushed->rows).arg(pushed->files)
          << Qt::endl;
    out() << tr("Open it as %1").arg(uri->withSchema(pushed->schema).redacted()) << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
