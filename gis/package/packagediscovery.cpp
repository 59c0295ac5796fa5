#include "package/packagediscovery.h"
#include "package/packagemanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#ifndef DPATLAS_SOURCE_DATASETS
#define DPATLAS_SOURCE_DATASETS ""
#endif
#ifndef DPATLAS_INSTALLED_DATASETS
#define DPATLAS_INSTALLED_DATASETS ""
#endif

namespace dpa {

QStringList PackageDiscovery::searchFolders()
{
    QStringList folders;
    // The source tree only when running from a build of it (not from an installed package).
    const QString source = QStringLiteral(DPATLAS_SOURCE_DATASETS);
    if (!source.isEmpty() && QFileInfo(source).isDir())
        folders << source;
    if (QCoreApplication::instance()) {
        // Relocatable installs: <prefix>/bin/dpatlas -> <prefix>/share/dpatlas/datasets. Before
        // the compiled-in prefix, so that an unpacked .tar.gz uses its own case studies even on
        // a machine where the .deb is installed too.
        folders << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/dpatlas/datasets"));
    }
    const QString installed = QStringLiteral(DPATLAS_INSTALLED_DATASETS);
    if (!installed.isEmpty())
        folders << installed;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        folders << QDir(data).filePath(QStringLiteral("dpatlas/datasets"));
    for (const QString &f : qEnvironmentVariable("DPATLAS_DATASETS").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << f;
    QStringList unique;
    QSet<QString> seen;
    for (const QString &f : folders) {
        const QString canonical = QFileInfo(f).canonicalFilePath();
        const QString key = canonical.isEmpty() ? QDir::cleanPath(f) : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique << f;
        }
    }
    return unique;
}

QList<PackageDiscovery::Entry> PackageDiscovery::discover()
{
    return discover(searchFolders());
}

QList<PackageDiscovery::Entry> PackageDiscovery::discover(const QStringList &folders)
{
    QList<Entry> entries;
    QSet<QString> ids;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString manifestPath = dir.filePath(sub + QLatin1Char('/') + QLatin1String(PackageManifest::kFileName));
            if (!QFileInfo::exists(manifestPath))
                continue;
            ErrorList ignored;   // `dpatlas-cli validate` reports them; listing stays quiet
            const auto m = PackageManifest::read(manifestPath, ignored);
            if (!m || ids.contains(m->id))
                continue;
            ids.insert(m->id);
            entries << Entry{m->id, m->title, m->description, m->period, QFileInfo(dir.filePath(sub)).absoluteFilePath()};
        }
    }
    return entries;
}

QString PackageDiscovery::resolve(const QString &idOrPath)
{
    if (idOrPath.startsWith(QLatin1String("pg:")))
        return idOrPath;   // a case study in PostgreSQL; DatasetPackage::load pulls it
    const QFileInfo asPath(idOrPath);
    if (asPath.isDir() && QFileInfo::exists(QDir(idOrPath).filePath(QLatin1String(PackageManifest::kFileName))))
        return asPath.absoluteFilePath();
    if (asPath.isFile() && asPath.suffix().toLower() == QLatin1String("gpkg"))
        return asPath.absoluteFilePath();   // a packed case study; DatasetPackage::load unpacks it
    for (const Entry &e : discover())
        if (e.id == idOrPath)
            return e.path;
    return {};
}

} // namespace dpa
