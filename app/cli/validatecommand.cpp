#include "clicommands.h"
#include "clicontext.h"
#include "package/datasetpackage.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace dpa::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check case-study packages; print every problem as file:line: message."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("package folders or packed .gpkg files"), QStringLiteral("PATH..."));
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(QStringLiteral("validate needs at least one package folder"));
    int exitCode = Ok;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir() && !(info.isFile() && info.suffix().toLower() == QLatin1String("gpkg"))) {
            err() << path << ": package folder (or packed .gpkg) not found" << Qt::endl;
            exitCode = Invalid;
            continue;
        }
        const auto result = DatasetPackage::load(path);
        for (const Error &e : result.problems)
            err() << problemLine(path, e) << Qt::endl;
        if (!result.isValid()) {
            exitCode = Invalid;
            err() << path << ": " << result.problems.size() << " problem(s)" << Qt::endl;
        } else {
            const auto &m = result.study->model;
            out() << path << ": valid (" << m.features().size() << " features, " << m.claims().size()
                  << " claims, " << m.events().size() << " events, " << m.sources().size() << " sources)" << Qt::endl;
        }
    }
    return exitCode;
}

} // namespace dpa::cli
