#include "package/postgis/pgcache.h"
#include "package/postgis/pgconnection.h"
#include "package/cachefolder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sys/time.h>

namespace dpa::postgis::pgcache {
namespace {

constexpr char kOrigin[] = "origin.json";
constexpr char kPackage[] = "package";
// Pulled copies kept; older ones are removed as new ones arrive (each save makes a revision).
constexpr int kCachedCopies = 8;

QString keyOf(PgConnection &c, const pgschema::CaseStudyInfo &info)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {c.serverId(), info.schema, info.pushId, QString::number(info.revision)})
        hash.addData((part + QLatin1Char('\n')).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(24));
}

void prune(const QString &cacheRoot, const QString &keep)
{
    // Pulls a killed program left unfinished.
    for (const QFileInfo &entry : QDir(cacheRoot).entryInfoList({QStringLiteral(".incoming-*")}, QDir::Dirs | QDir::Hidden))
        if (!entry.isSymLink() && entry.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QDir(entry.absoluteFilePath()).removeRecursively();
    int kept = 0;
    for (const QFileInfo &entry : QDir(cacheRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time)) {
        if (entry.isSymLink() || !QFileInfo::exists(entry.filePath() + QLatin1Char('/') + QLatin1String(kOrigin)))
            continue;
        if (entry.absoluteFilePath() == keep || ++kept < kCachedCopies)
            continue;
        QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

QJsonObject originJson(const PullResult &pulled)
{
    QJsonObject tables;
    for (auto it = pulled.tables.begin(); it != pulled.tables.end(); ++it) {
        QJsonArray rows;
        for (const PulledTable::Row &row : it->rows)
            rows.append(QJsonArray{double(row.id), double(row.version), row.ord});
        tables.insert(it.key(), QJsonObject{{QStringLiteral("file"), it->file}, {QStringLiteral("rows"), rows}});
    }
    return {{QStringLiteral("schema"), pulled.info.schema},
            {QStringLiteral("push_id"), pulled.info.pushId},
            {QStringLiteral("revision"), QString::number(pulled.info.revision)},
            {QStringLiteral("tables"), tables}};
}

} // namespace

QString root()
{
    return cachefolder::path(QStringLiteral("postgis"));
}

Result<QString> pullToCache(const PgUri &uri, const std::function<bool()> &cancelled)
{
    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    PgConnection &c = **connection;
    auto info = pgschema::info(c, uri.schema());
    if (!info)
        return info.error();
    const QString cacheRoot = root();
    // One pull at a time on this machine: a second program opening the same case study finds
    // the first one's copy complete.
    QLockFile lock(cacheRoot + QStringLiteral("/.lock"));
    const Error busy = Error::at(cacheRoot, 0, QObject::tr("another program has been pulling a case study for two minutes; try again"));
    if (auto error = cachefolder::takeTurn(lock, cacheRoot, busy))
        return *error;
    auto ready = [&](const QString &key) {
        const QString folder = cacheRoot + QLatin1Char('/') + key;
        if (!QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(kOrigin)))
            return QString();
        ::utimes(QFile::encodeName(folder).constData(), nullptr);   // most recently used first
        prune(cacheRoot, folder);
        return folder + QLatin1Char('/') + QLatin1String(kPackage);
    };
    if (const QString folder = ready(keyOf(c, *info)); !folder.isEmpty())
        return folder;

    // Pulled beside the copies, then renamed to the key of the snapshot actually pulled (a save
    // may come between the question above and the pull).
    QTemporaryDir incoming(cacheRoot + QStringLiteral("/.incoming-XXXXXX"));
    if (!incoming.isValid())
        return Error::at(cacheRoot, 0, QObject::tr("cannot write in the cache folder: %1").arg(incoming.errorString()));
    PullOptions options;
    options.cancelled = cancelled;
    auto pulled = pull(c, uri.schema(), incoming.filePath(QLatin1String(kPackage)), options);
    if (!pulled)
        return pulled.error();
    QSaveFile origin(incoming.filePath(QLatin1String(kOrigin)));
    const QByteArray json = QJsonDocument(originJson(*pulled)).toJson(QJsonDocument::Compact);
    if (!origin.open(QIODevice::WriteOnly) || origin.write(json) != json.size() || !origin.commit())
        return Error::at(cacheRoot, 0, QObject::tr("cannot write in the cache folder: %1").arg(origin.errorString()));
    const QString key = keyOf(c, pulled->info);
    const QString target = cacheRoot + QLatin1Char('/') + key;
    if (QFileInfo::exists(target))
        QDir(target).removeRecursively();   // an unfinished copy: complete ones were found above
    if (!QDir().rename(incoming.path(), target))
        return Error::at(target, 0, QObject::tr("cannot move the pulled copy into the cache"));
    incoming.setAutoRemove(false);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return ready(key);
}

Result<Origin> origin(const QString &packageFolder)
{
    const QString path = QFileInfo(packageFolder).absolutePath() + QLatin1Char('/') + QLatin1String(kOrigin);
    QFile file(path);
    if (QFileInfo(packageFolder).fileName() != QLatin1String(kPackage) || !file.open(QIODevice::ReadOnly))
        return Error::at(packageFolder, 0, QObject::tr("not a case study pulled from a database"));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Origin o;
    o.schema = json.value(QStringLiteral("schema")).toString();
    o.pushId = json.value(QStringLiteral("push_id")).toString();
    o.revision = json.value(QStringLiteral("revision")).toString().toLongLong();
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        PulledTable t;
        t.file = it->toObject().value(QStringLiteral("file")).toString();
        for (const QJsonValue &row : it->toObject().value(QStringLiteral("rows")).toArray()) {
            const QJsonArray r = row.toArray();
            t.rows.push_back({qint64(r.at(0).toDouble()), qint64(r.at(1).toDouble()), r.at(2).toString()});
        }
        o.tables.insert(it.key(), t);
    }
    if (o.pushId.isEmpty())
        return Error::at(path, 0, QObject::tr("the record of where this copy was pulled from is damaged; open it from the database again"));
    return o;
}

bool isPulledCopy(const QString &packageFolder)
{
    return QFileInfo(packageFolder).fileName() == QLatin1String(kPackage)
           && QFileInfo::exists(QFileInfo(packageFolder).absolutePath() + QLatin1Char('/') + QLatin1String(kOrigin));
}

} // namespace dpa::postgis::pgcache
