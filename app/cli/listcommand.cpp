#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "package/packagediscovery.h"

#include <QCommandLineParser>

namespace dpa::cli {

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List every discovered case-study package."));
    parser.addHelpOption();
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const auto entries = PackageDiscovery::discover();
    if (entries.isEmpty()) {
        err() << tr("no packages found in: %1").arg(PackageDiscovery::searchFolders().join(QStringLiteral(", "))) << Qt::endl;
        return Ok;
    }
    for (const auto &e : entries)
        out() << e.id << '\t' << e.title.text() << '\t' << e.period.toDisplayString() << '\t' << e.path << '\n';
    out().flush();
    return Ok;
}

} // namespace dpa::cli
