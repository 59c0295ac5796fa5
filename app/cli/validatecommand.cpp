#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "analysis/spatialfacts.h"
#include "package/datasetpackage.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>

namespace dpa::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check case-study packages; print every problem as file:line: message."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("package folders or packed .gpkg files"), QStringLiteral("PATH..."));
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(tr("validate needs at least one package folder"));
    int exitCode = Ok;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir() && !(info.isFile() && info.suffix().toLower() == QLatin1String("gpkg"))) {
            err() << tr("%1: package folder (or packed .gpkg) not found").arg(path) << Qt::endl;
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
                    err() << tr("warning: %1").arg(problemLine(path, e)) << Qt::endl;
            }
        }
        for (const Error &e : problems)
            err() << problemLine(path, e) << Qt::endl;
        if (!result.study || !problems.isEmpty()) {
            exitCode = Invalid;
            err() << tr("%1: %n problem(s)", nullptr, int(problems.size())).arg(path) << Qt::endl;
        } else {
            const auto &m = result.study->model;
            //: %2 to %5 are "12 features", "40 claims", "7 events", "9 sources"
            out() << tr("%1: valid (%2, %3, %4, %5)")
                         .arg(path, tr("%n features", nullptr, int(m.features().size())),
                              tr("%n claims", nullptr, int(m.claims().size())), tr("%n events", nullptr, int(m.events().size())),
                              tr("%n sources", nullptr, int(m.sources().size())))
                  << Qt::endl;
        }
    }
    return exitCode;
}

} // namespace dpa::cli
