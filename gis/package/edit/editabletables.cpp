#include "package/edit/editabletables.h"
#include "package/edit/tablesave.h"
#include "io/stagedfile.h"
#include "package/packagefolder.h"
#include "package/packagemanifest.h"

#include <QDir>
#include <QFile>
#include <QObject>

#include <limits>

namespace dpa {
namespace {

QStringList defaultHeader(EditableTables::Kind kind)
{
    // The columns datasets/README.md asks for, for a table the manifest names but that does not
    // exist yet.
    switch (kind) {
    case EditableTables::Sources:
        return {QStringLiteral("id"), QStringLiteral("citation"), QStringLiteral("url")};
    case EditableTables::Claims:
        return {QStringLiteral("layer"), QStringLiteral("feature"), QStringLiteral("authority"), QStringLiteral("role"),
                QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("confidence"), QStringLiteral("sources"),
                QStringLiteral("note")};
    case EditableTables::Events:
        return {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("text"),
                QStringLiteral("features"), QStringLiteral("sources")};
    }
    return {};
}

} // namespace

QString EditableTables::kindName(Kind kind)
{
    switch (kind) {
    case Sources: return QStringLiteral("sources");
    case Claims: return QStringLiteral("claims");
    case Events: return QStringLiteral("events");
    }
    return {};
}

Result<EditableTables> EditableTables::load(const QString &packageFolder)
{
    EditableTables tables;
    tables.m_folder = QDir(packageFolder).absolutePath();
    ErrorList problems;
    const auto manifest = PackageManifest::read(QDir(tables.m_folder).filePath(QLatin1String(PackageManifest::kFileName)), problems);
    if (!manifest)
        return problems.isEmpty() ? Error::at(QLatin1String(PackageManifest::kFileName), 0, QObject::tr("cannot read the manifest"))
                                  : problems.first();
    const PackageFolder folder(tables.m_folder);
    const QString files[kKinds] = {manifest->sourcesFile, manifest->claimsFile, manifest->eventsFile};
    for (int k = 0; k < kKinds; ++k) {
        if (files[k].isEmpty())
            continue;
        // A table may not exist yet, so its path is checked for staying inside the package the
        // way every file the manifest names is, but not for existing.
        const QString path = QDir::cleanPath(QDir(tables.m_folder).filePath(files[k]));
        if (!path.startsWith(tables.m_folder + QLatin1Char('/')))
            return Error::at(QLatin1String(PackageManifest::kFileName), 0,
                             QObject::tr("%1: the table \"%2\" is outside the package").arg(kindName(Kind(k)), files[k]));
        if (QFile::exists(path)) {
            auto resolved = folder.resolve(files[k], std::numeric_limits<qint64>::max());
            if (!resolved)
                return Error::at(QLatin1String(PackageManifest::kFileName), 0, resolved.error().message);
        }
        auto table = EditableTable::read(path, files[k], defaultHeader(Kind(k)));
        if (!table)
            return table.error();
        tables.m_tables[k] = std::make_shared<EditableTable>(std::move(*table));
    }
    return tables;
}

std::optional<EditableTables::Kind> EditableTables::kindOfFile(const QString &fileName) const
{
    for (int k = 0; k < kKinds; ++k)
        if (m_tables[k] && m_tables[k]->fileName() == fileName)
            return Kind(k);
    return std::nullopt;
}

bool EditableTables::isModified() const
{
    for (const auto &t : m_tables)
        if (t && t->isModified())
            return true;
    return false;
}

Result<EditableTables::Scratch> EditableTables::writeScratch(const QString &folder) const
{
    Scratch scratch;
    for (int k = 0; k < kKinds; ++k) {
        if (!m_tables[k])
            continue;
        scratch.texts[k] = m_tables[k]->text();
        const QString path = QDir(folder).filePath(kindName(Kind(k)) + QLatin1String(".csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(scratch.texts[k].bytes) != scratch.texts[k].bytes.size())
            return Error::at(path, 0, QObject::tr("cannot write the table to check it: %1").arg(file.errorString()));
        scratch.overrides.insert(kindName(Kind(k)), path);
    }
    return scratch;
}

std::optional<Error> EditableTables::save()
{
    auto pending = TableSave::prepare(*this);
    if (!pending)
        return pending.error();
    return (*pending)->commit();
}

} // namespace dpa
