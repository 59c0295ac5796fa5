#include "clicommands.h"
#include "clicontext.h"
#include "analysis/spatialfacts.h"
#include "package/datasetpackage.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>

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
        ErrorList problems = result.problems;
        // Geometry the analyses cannot use (an outline that crosses itself…) is a problem to
        // fix; what they repair exactly (an unclosed ring) is a warning.
        if (result.study) {
            ErrorList geometry;
            const SpatialFacts facts = SpatialFacts::build(*result.study, geometry);
            QSet<QString> unusable;
            for (size_t m = 0; m < facts.features().size(); ++m)
                if (facts.features()[m].isArea && !facts.features()[m].analysable)
                    unusable.insert(result.study->model.features()[m].featureId);
            for (const Error &e : geometry) {
                if (unusable.contains(e.featureId))
                    problems << e;
                else
                    err() << "warning: " << problemLine(path, e) << Qt::endl;
            }
        }
        for (const Error &e : problems)
            err() << problemLine(path, e) << Qt::endl;
        if (!result.study || !problems.isEmpty()) {
            exitCode = Invalid;
            err() << path << ": " << problems.size() << " problem(s)" << Qt::endl;
        } else {
            const auto &m = result.study->model;
            out() << path << ": valid (" << m.features().size() << " features, " << m.claims().size()
                  << " claims, " << m.events().size() << " events, " << m.sources().size() << " sources)" << Qt::endl;
        }
    }
    return exitCode;
}

} // namespace dpa::cli
