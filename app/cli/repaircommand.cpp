#include "clicommands.h"
#include "clicontext.h"
#include "clitext.h"
#include "analysis/spatialfacts.h"
#include "io/gdalenvironment.h"
#include "io/geometryrepair.h"
#include "io/stagedfolder.h"
#include "package/datasetpackage.h"
#include "package/packagediscovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace dpa::cli {
namespace {

// An absolute path with links resolved as far as it exists, so that a folder named through a
// link or with ".." is still recognised as inside the package.
QString resolvedPath(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    QStringList missing;
    while (!info.exists() && info.filePath() != info.path()) {
        missing.prepend(info.fileName());
        info = QFileInfo(info.path());
    }
    const QString base = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QDir::cleanPath(missing.isEmpty() ? base : base + QLatin1Char('/') + missing.join(QLatin1Char('/')));
}

// Every file of the package, as it is; the staging folders of an interrupted writer are not
// part of it.
bool copyPackage(const QString &from, const QString &to, QString &failed)
{
    const QDir source(from);
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (info.fileName().startsWith(QLatin1String(".dpatlas-writing-")))
            continue;
        const QString target = QDir(to).filePath(info.fileName());
        const bool ok = info.isDir() ? QDir().mkpath(target) && copyPackage(info.filePath(), target, failed)
                                     : QFile::copy(info.filePath(), target);
        if (!ok) {
            if (failed.isEmpty())
                failed = info.filePath();
            return false;
        }
    }
    return true;
}

// What validate counts as a problem: the loader's, and geometry the analyses cannot use.
QStringList validationProblems(const QString &folder)
{
    const auto result = DatasetPackage::load(folder);
    QStringList problems;
    for (const Error &e : result.problems)
        problems << e.toString();
    if (!result.study)
        return problems;
    ErrorList geometry;
    const SpatialFacts facts = SpatialFacts::build(*result.study, geometry);
    QSet<QString> unusable;
    for (size_t m = 0; m < facts.features().size(); ++m)
        if (facts.features()[m].isArea && !facts.features()[m].analysable)
            unusable.insert(result.study->model.features()[m].featureId);
    for (const Error &e : geometry)
        if (unusable.contains(e.featureId))
            problems << e.toString();
    return problems;
}

QString reportLine(const LayerSpec &spec, const GeometryRepair &r)
{
    const QString name = r.featureName.isEmpty() || r.featureName == r.featureId ? QString() : QStringLiteral(" (%1)").arg(r.featureName);
    //: %1 is the layer's file, %4 the feature's name in parentheses or nothing, %5 what was wrong, %6 what the fix changed
    return tr("%1: layer %2, feature %3%4: %5; fixed: %6")
        .arg(spec.file, spec.id, r.featureId, name, r.problems.join(tr("; and ", "between two problems of one geometry")), r.change);
}

} // namespace

int runRepair(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write a copy of a package with every invalid geometry fixed by GDAL's MakeValid, saying per feature what was "
        "wrong and what the fix changed. The package itself is never changed; the copy appears only once it validates."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), tr("package id, folder or packed .gpkg"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("a new (or empty) folder for the fixed copy"),
                      QStringLiteral("OUTDIR")});
    if (const auto exit = parseCommandLine(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output")))
        return fail(tr("repair needs one DATASET and -o OUTDIR (see dpatlas-cli repair --help)"));
    const QString dataset = parser.positionalArguments().constFirst();
    const QString output = parser.value(QStringLiteral("output"));

    // Refused before anything is read: the copy never goes into the package (the package is the
    // historian's original) nor over anything already in OUTDIR.
    int exitCode = Ok;
    const QString packagePath = PackageDiscovery::resolve(dataset);
    if (packagePath.isEmpty()) {
        loadDataset(dataset, exitCode);   // says why: no such folder, file or id
        return exitCode;
    }
    const QString root = resolvedPath(packagePath), target = resolvedPath(output);
    if (target == root || target.startsWith(root + QLatin1Char('/')))
        return fail(tr("%1 is inside the package %2: write the fixed copy to a folder outside it "
                       "(the package itself is never changed)").arg(output, dataset));
    auto staged = StagedFolder::create(output, tr("cannot write the repaired package"));
    if (!staged)
        return fail(staged.error().toString());

    const auto loaded = loadDataset(dataset, exitCode);
    if (!loaded)
        return exitCode;
    const CaseStudy &study = *loaded->result.study;
    const QString folder = staged.value()->path();
    QString failed;
    if (!copyPackage(study.rootPath, folder, failed))
        return fail(tr("cannot copy %1 into %2; nothing written").arg(failed, output));

    int fixedCount = 0, layerCount = 0;
    QSet<QString> done;   // two manifest layers may read one layer of one file
    for (const LayerSpec &spec : study.manifest.layers) {
        if (done.contains(spec.file + QLatin1Char('|') + spec.layerName))
            continue;
        done.insert(spec.file + QLatin1Char('|') + spec.layerName);
        GeometryRepairRequest request;
        request.layerName = spec.layerName;
        request.idField = spec.idField;
        request.nameField = spec.nameField;
        request.displayName = spec.file;
        request.allowedDrivers = GdalEnvironment::packageVectorDrivers();
        request.assumedCrs = spec.crs;
        const auto repairs = repairLayerFile(QDir(folder).filePath(spec.file), request);
        if (!repairs) {
            err() << problemLine(loaded->path, repairs.error()) << Qt::endl;
            err() << "dpatlas-cli: " << tr("%1: nothing written").arg(output) << Qt::endl;
            return Invalid;
        }
        for (const GeometryRepair &r : *repairs)
            out() << reportLine(spec, r) << Qt::endl;
        fixedCount += int(repairs->size());
        layerCount += repairs->empty() ? 0 : 1;
    }
    if (fixedCount == 0) {
        out() << tr("%1: nothing to fix: every geometry in its %n layer(s) is valid; nothing written", nullptr,
                    int(study.manifest.layers.size()))
                     .arg(dataset)
              << Qt::endl;
        return Ok;
    }

    // The validator's word before the folder appears. Problems the package already had (used
    // with --allow-errors) are not the repair's; any other one is.
    QStringList before;
    for (const Error &e : loaded->result.problems)
        before << e.toString();
    QStringList introduced;
    for (const QString &problem : validationProblems(folder))
        if (!before.contains(problem))
            introduced << problem;
    if (!introduced.isEmpty()) {
        for (const QString &problem : introduced)
            err() << output << ": " << problem << Qt::endl;
        err() << "dpatlas-cli: "
              << tr("the repaired copy would not validate (%n problem(s) above); nothing written", nullptr, int(introduced.size()))
              << Qt::endl;
        return Invalid;
    }
    const auto committed = staged.value()->commit();
    if (!committed)
        return fail(committed.error().toString());
    // Two sources so that English says "1 geometry", "2 geometries" (English has no .qm to
    // give the plural forms); each is translated with every plural form of its language.
    //: %1 is the copy's folder, %2 "2 layer(s)", %3 the package
    const QString fixedText = fixedCount == 1 ? tr("%1: %n geometry fixed in %2; the copy validates, and everything else in it is as in %3",
                                                   nullptr, fixedCount)
                                              //: %1 is the copy's folder, %2 "2 layer(s)", %3 the package
                                              : tr("%1: %n geometries fixed in %2; the copy validates, and everything else in it is as in %3",
                                                   nullptr, fixedCount);
    out() << fixedText.arg(*committed, tr("%n layer(s)", nullptr, layerCount), dataset) << Qt::endl;
    return Ok;
}

} // namespace dpa::cli
