#include "package/import/packageimport.h"
#include "io/stagedfile.h"
#include "package/datasetpackage.h"
#include "package/import/tablemerge.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>

namespace dpa {
namespace {

QString manifestTable(const PackageManifest &m, ImportKind kind)
{
    switch (kind) {
    case ImportKind::Claims: return m.claimsFile;
    case ImportKind::Events: return m.eventsFile;
    case ImportKind::Sources: return m.sourcesFile;
    }
    return {};
}

RowsToAdd rowsToAdd(const ConvertedRows &converted)
{
    RowsToAdd add;
    add.columns = converted.columns;
    for (const ConvertedRows::Row &r : converted.rows)
        add.rows.emplace_back(r.line, r.cells);
    return add;
}

RowsToAdd sourceRows(const std::vector<Source> &sources)
{
    RowsToAdd add;
    add.columns = QStringList{QStringLiteral("id"), QStringLiteral("citation"), QStringLiteral("url")};
    for (const Source &s : sources)
        add.rows.emplace_back(0, QHash<QString, QString>{{QStringLiteral("id"), s.id}, {QStringLiteral("citation"), s.citation},
                                                         {QStringLiteral("url"), s.url}});
    return add;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *why)
{
    StagedFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

ImportReport importIntoPackage(const QString &packageFolder, const QString &file, const ImportOptions &options)
{
    ImportReport report;
    const QString userFile = QFileInfo(file).fileName();
    if (!QFileInfo(packageFolder).isDir()) {
        report.problems << Error::plain(QObject::tr("%1 is not a package folder: import into a folder (a packed .gpkg can be "
                                                    "unpacked with `dpatlas-cli unpack`)").arg(packageFolder));
        return report;
    }
    const DatasetPackage::LoadResult before = DatasetPackage::load(packageFolder);
    if (!before.study) {
        report.problems << before.problems;
        return report;
    }
    const CaseStudy &study = *before.study;
    report.tableFile = manifestTable(study.manifest, options.kind);
    if (report.tableFile.isEmpty()) {
        report.problems << Error::at(QStringLiteral("manifest.json"), 0,
                                     QObject::tr("the manifest names no %1 table: add \"%1\": \"%1.csv\" to it")
                                         .arg(importKindTable(options.kind)));
        return report;
    }

    auto table = ImportTable::read(file, options.sheet);
    if (!table) {
        report.problems << table.error();
        return report;
    }
    report.fileDescription = QObject::tr("%1, %n row(s)", nullptr, int(table->rows.size())).arg(table->description);
    auto mapping = mapColumns(table->header, options.kind, options.columnMaps, userFile);
    if (!mapping) {
        report.problems << mapping.error();
        return report;
    }
    report.columns = mapping->describe(table->header);
    ConvertedRows converted = convertRows(*table, *mapping, study, options);
    report.notes = converted.notes;
    report.problems << table->problems << converted.problems;
    if (table->rows.empty() && report.problems.isEmpty())
        report.problems << Error::at(userFile, 2, QObject::tr("the file has a header but no rows to import"));
    // The rows that converted are still checked with the package, so one run lists every
    // problem of the file rather than one kind at a time.
    if (converted.rows.empty())
        return report;

    // The tables as they would be, checked by loading the package with them.
    const QDir root(packageFolder);
    const bool importingSources = options.kind == ImportKind::Sources;
    auto main = mergeTable(root.filePath(report.tableFile), report.tableFile, rowsToAdd(converted), options.replace);
    if (!main) {
        report.problems << main.error();
        return report;
    }
    std::optional<MergedTable> sources;
    if (!importingSources && !converted.newSources.empty()) {
        if (study.manifest.sourcesFile.isEmpty()) {
            report.problems << Error::at(QStringLiteral("manifest.json"), 0, QObject::tr("the manifest names no sources table for the "
                                                                                         "sources cited: add \"sources\": \"sources.csv\""));
            return report;
        }
        auto merged = mergeTable(root.filePath(study.manifest.sourcesFile), study.manifest.sourcesFile, sourceRows(converted.newSources), false);
        if (!merged) {
            report.problems << merged.error();
            return report;
        }
        sources = *merged;
    }
    QTemporaryDir scratch;
    QString why;
    DatasetPackage::LoadControl control;
    const QString kindName = importKindTable(options.kind);
    if (!scratch.isValid() || !writeFile(scratch.filePath(kindName + QStringLiteral(".csv")), main->text, &why)
        || (sources && !writeFile(scratch.filePath(QStringLiteral("sources.csv")), sources->text, &why))) {
        report.problems << Error::plain(QObject::tr("cannot write a scratch copy of the tables to check them: %1").arg(why));
        return report;
    }
    control.tableOverrides.insert(kindName, scratch.filePath(kindName + QStringLiteral(".csv")));
    if (sources)
        control.tableOverrides.insert(QStringLiteral("sources"), scratch.filePath(QStringLiteral("sources.csv")));
    const DatasetPackage::LoadResult after = DatasetPackage::load(packageFolder, control);
    ErrorList found;
    QSet<QString> known;
    for (const Error &e : before.problems)
        known.insert(e.toString());
    for (const Error &e : after.problems) {
        if (known.contains(e.toString()))
            continue;
        // A problem on an imported row is told at its line in the user's file.
        if (e.file == report.tableFile && main->sourceLineOf.contains(e.line))
            found << Error::at(userFile, main->sourceLineOf.value(e.line), e.message);
        else
            found << e;
    }
    report.problems << found;
    // In the order of the user's file, as they will mend it.
    std::stable_sort(report.problems.begin(), report.problems.end(), [&](const Error &a, const Error &b) {
        const bool aOurs = a.file == userFile, bOurs = b.file == userFile;
        return aOurs != bOurs ? aOurs : (aOurs && a.line < b.line);
    });
    if (!report.problems.isEmpty())
        return report;

    if (sources && !writeFile(root.filePath(study.manifest.sourcesFile), sources->text, &why)) {
        report.problems << Error::at(study.manifest.sourcesFile, 0, QObject::tr("cannot write: %1 (nothing was changed)").arg(why));
        return report;
    }
    if (!writeFile(root.filePath(report.tableFile), main->text, &why)) {
        report.problems << Error::at(report.tableFile, 0, QObject::tr("cannot write: %1%2").arg(why,
                                         sources ? QObject::tr(" (the cited sources were added to %1)").arg(study.manifest.sourcesFile)
                                                 : QObject::tr(" (nothing was changed)")));
        return report;
    }
    report.written = true;
    report.rowsAdded = int(converted.rows.size());
    report.rowsBefore = main->rowsBefore;
    report.rowsAfter = main->rowsAfter;
    report.newSources = converted.newSources;
    return report;
}

} // namespace dpa
