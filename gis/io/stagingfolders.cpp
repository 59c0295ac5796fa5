#include "io/stagingfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>

namespace dpa {
namespace {

const QString kPrefix = QStringLiteral(".dpatlas-writing-");

bool processIsGone(qint64 pid)
{
    // Signal 0 checks for existence only; EPERM means it exists under another user.
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QString StagingFolders::pattern(const QString &folder)
{
    return folder + QLatin1Char('/') + kPrefix + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX");
}

int StagingFolders::removeStale(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^\\.dpatlas-writing-(\\d+)-"));
    int removed = 0;
    const QDir dir(folder);
    for (const QFileInfo &entry : dir.entryInfoList({kPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isSymLink())
            continue;   // never follow a link out of the folder to delete things
        const auto match = name.match(entry.fileName());
        if (!match.hasMatch() || !processIsGone(match.captured(1).toLongLong()))
            continue;
        if (QDir(entry.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace dpa
