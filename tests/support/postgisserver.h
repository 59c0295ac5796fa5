#pragma once

// A PostgreSQL server with PostGIS of the test's own: initdb into a temporary folder, started by
// pg_ctl listening only on a Unix socket in that folder (so nothing on the machine can reach it
// and no TCP port can clash), stopped and removed with the object. From Debian's packages
// (postgresql-15-postgis-3, which `make test` installs); a test skips, naming the package, only
// when the server or PostGIS is not installed.
//
// initdb and postgres refuse to run as root, and CI runs the tests as root: the server then
// runs as the unprivileged user "nobody", owning the folder.

#include "package/postgis/pgconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace dpa::test {

class PostgisServer
{
public:
    static constexpr char kRole[] = "dpatlas";   // the superuser, trusted on the socket
    static constexpr char kPasswordRole[] = "atlas_reader";
    static constexpr char kPassword[] = "right-password";

    ~PostgisServer() { stop(); }

    // False with skipReason() set when the packages are missing, else with error() set.
    bool start()
    {
        m_bin = findBin();
        if (m_bin.isEmpty()) {
            m_skip = QStringLiteral("no PostgreSQL server (/usr/lib/postgresql/*/bin/initdb): install postgresql-15-postgis-3");
            return false;
        }
        const QString version = QDir(m_bin).absolutePath().section(QLatin1Char('/'), -2, -2);
        if (!QFileInfo::exists(QStringLiteral("/usr/share/postgresql/%1/extension/postgis.control").arg(version))) {
            m_skip = QStringLiteral("PostgreSQL %1 has no PostGIS: install postgresql-%1-postgis-3").arg(version);
            return false;
        }
        stopOrphans();
        // A short path: a Unix socket's path may not exceed 107 bytes.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/dpatlas-pg-XXXXXX"));
        if (!m_dir->isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(qint64(::getpid())));
        owner.close();
        m_asNobody = ::geteuid() == 0;
        if (m_asNobody) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
                return fail(QStringLiteral("cannot give the temporary folder to user nobody"));
        }
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QLatin1String(kRole),
                                            QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                                            QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
            return false;
        // The superuser is trusted; every other role needs its password (the wrong-password test).
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write pg_hba.conf"));
        hba.write(QByteArray("local all ") + kRole + " trust\nlocal all all scram-sha-256\n");
        hba.close();
        m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses= -c fsync=off -c synchronous_commit=off "
                                               "-c full_page_writes=off -c shared_buffers=32MB -c max_connections=30")
                                    .arg(m_dir->path()).arg(m_port);
        if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
                                            QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                                            QStringLiteral("start")})) {
            QFile log(m_dir->filePath(QStringLiteral("log")));
            if (log.open(QIODevice::ReadOnly))
                m_error += QStringLiteral("\n") + QString::fromUtf8(log.readAll());
            return false;
        }
        m_running = true;
        return sql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(QLatin1String(kPasswordRole), QLatin1String(kPassword)));
    }

    void stop()
    {
        if (m_running)
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        m_running = false;
    }

    const QString &skipReason() const { return m_skip; }
    const QString &error() const { return m_error; }
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    int port() const { return m_port; }

    // The connection string for `database` as the trusted superuser.
    QString conninfo(const QString &database) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(socketDir()).arg(m_port).arg(database, QLatin1String(kRole));
    }

    // A new database, with PostGIS or without.
    bool createDatabase(const QString &name, bool postgis)
    {
        return sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name))
               && (!postgis || sql(name, QStringLiteral("CREATE EXTENSION postgis")));
    }

    bool sql(const QString &database, const QString &statement)
    {
        auto uri = postgis::PgUri::fromParts(conninfo(database), {});
        auto c = postgis::PgConnection::open(*uri);
        if (!c)
            return fail(c.error().toString());
        if (auto e = (*c)->execute(statement))
            return fail(e->toString());
        return true;
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    // Servers of test programs that crashed (their destructor never ran) are stopped and their
    // folders removed, so none outlives a crashed run for long.
    void stopOrphans()
    {
        const QDir tmp(QStringLiteral("/tmp"));
        for (const QString &name : tmp.entryList({QStringLiteral("dpatlas-pg-*")}, QDir::Dirs)) {
            const QString folder = tmp.filePath(name);
            QFile owner(folder + QStringLiteral("/owner.pid"));
            if (!owner.open(QIODevice::ReadOnly))
                continue;
            const qint64 pid = owner.readAll().toLongLong();
            if (pid <= 0 || QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
                continue;
            QStringList args{QStringLiteral("-D"), folder + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
                             QStringLiteral("stop")};
            const QString pgCtl = m_bin + QStringLiteral("/pg_ctl");
            QProcess p;
            p.setWorkingDirectory(folder);
            if (::geteuid() == 0)
                p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), pgCtl} + args);
            else
                p.start(pgCtl, args);
            p.waitForFinished(30000);
            QDir(folder).removeRecursively();
        }
    }

    static QString findBin()
    {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && QFileInfo::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    bool run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());   // nobody may not read the test's own folder
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_asNobody)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("%1 failed: %2 %3").arg(tool, QString::fromUtf8(p.readAllStandardError()),
                                                               QString::fromUtf8(p.readAllStandardOutput())));
        return true;
    }

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QString m_bin, m_skip, m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_asNobody = false, m_running = false;
    int m_port = 0;
};

} // namespace dpa::test

// Starts `server` in a test's initTestCase: the suite is skipped, naming the package to install,
// when PostgreSQL or PostGIS is not installed, and fails with the server's error otherwise. A
// macro because QSKIP and QFAIL must return from the test function itself; every suite that
// needs a server starts it so.
#define DPATLAS_START_POSTGIS_SERVER(server)                   \
    do {                                                       \
        if (!(server).start()) {                               \
            if (!(server).skipReason().isEmpty())              \
                QSKIP(qPrintable((server).skipReason()));      \
            QFAIL(qPrintable((server).error()));               \
        }                                                      \
    } while (false)
