#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "package/packagearchive.h"

namespace dpa::cli {

int runUnpack(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Turn a case study packed by `dpatlas-cli export --package` back into a package folder, file for file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PACKAGE.gpkg"), tr("the packed case study"));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), tr("a new (or empty) folder to unpack into"));
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("unpack needs PACKAGE.gpkg and FOLDER"));
    const auto folder = packagearchive::unpack(parser.positionalArguments()[0], parser.positionalArguments()[1]);
    if (!folder)
        return fail(folder.error().toString());
    out() << *folder << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
