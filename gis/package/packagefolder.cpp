#include "package/packagefolder.h"

#include <QDirIterator>

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace dpa {

bool isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char(':')))
        return false;
    for (const QString &part : path.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

PackageFolder::PackageFolder(const QString &root) : m_root(QFileInfo(root).canonicalFilePath()) {}

QStringList PackageFolder::linksOutside() const
{
    QStringList out;
    if (m_root.isEmpty())
        return out;
    QDirIterator it(m_root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!info.isSymLink())
            continue;
        const QString target = info.canonicalFilePath();   // empty for a dangling link
        if (target.isEmpty() || !target.startsWith(m_root + QLatin1Char('/')))
            out << QDir(m_root).relativeFilePath(info.absoluteFilePath());
    }
    out.sort();
    return out;
}

Result<QString> PackageFolder::resolve(const QString &relative, qint64 maxBytes) const
{
    const QString path = relative.trimmed();
    if (path.isEmpty())
        return Error::plain(QObject::tr("no file named"));
    if (path.startsWith(QLatin1String("/vsi")) || path.contains(QLatin1String("://")) ||
        path.contains(QLatin1Char(':')))
        return Error::plain(QObject::tr("\"%1\": network, virtual and driver-prefixed paths are not allowed in a package").arg(path));
    if (QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('~')) || path.contains(QLatin1Char('\\')))
        return Error::plain(QObject::tr("\"%1\": paths must be relative to the package folder").arg(path));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return Error::plain(QObject::tr("\"%1\": paths may not leave the package folder").arg(path));

    const QFileInfo info(QDir(m_root).filePath(path));
    if (!info.exists())
        return Error::plain(QObject::tr("\"%1\": file not found").arg(path));
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + QLatin1Char('/')))
        return Error::plain(QObject::tr("\"%1\": links to a file outside the package folder").arg(path));
    if (!info.isFile())
        return Error::plain(QObject::tr("\"%1\": is not a file").arg(path));
    if (info.size() > maxBytes)
        return Error::plain(QObject::tr("\"%1\": file is %2 MB; at most %3 MB is allowed")
                                .arg(path).arg(info.size() >> 20).arg(maxBytes >> 20));
    return canonical;
}

} // namespace dpa
