#include "package/cachefolder.h"

#include <QDir>
#include <QLockFile>
#include <QObject>
#include <QStandardPaths>

namespace dpa::cachefolder {

QString path(const QString &name)
{
    QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty())
        cache = QDir::tempPath();
    return cache + QStringLiteral("/dpatlas/") + name;
}

std::optional<Error> takeTurn(QLockFile &lock, const QString &root, const Error &busy)
{
    if (!QDir().mkpath(root))
        return Error::at(root, 0, QObject::tr("cannot create the cache folder"));
    lock.setStaleLockTime(10 * 60 * 1000);
    if (!lock.tryLock(2 * 60 * 1000))
        return busy;
    return std::nullopt;
}

} // namespace dpa::cachefolder
