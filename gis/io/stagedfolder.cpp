#include "io/stagedfolder.h"
#include "io/stagingfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

#include <cstdio>

namespace dpa {

StagedFolder::StagedFolder(QString target, QString what) : m_target(std::move(target)), m_what(std::move(what)) {}

Result<std::shared_ptr<StagedFolder>> StagedFolder::create(const QString &folder, const QString &what)
{
    const QFileInfo target(QDir::cleanPath(folder));
    if (target.exists() && (!target.isDir() || !QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Error::at(folder, 0, QObject::tr("%1: %2 exists and is not an empty folder").arg(what, target.filePath()));
    if (!target.absoluteDir().exists())
        return Error::at(folder, 0, QObject::tr("%1: folder %2 does not exist").arg(what, target.absolutePath()));
    std::shared_ptr<StagedFolder> staged(new StagedFolder(target.absoluteFilePath(), what));
    StagingFolders::removeStale(target.absolutePath());
    staged->m_staging = std::make_unique<QTemporaryDir>(StagingFolders::pattern(target.absolutePath()));
    if (!staged->m_staging->isValid())
        return Error::at(folder, 0, QObject::tr("%1: cannot write in %2 (%3)").arg(what, target.absolutePath(), staged->m_staging->errorString()));
    return staged;
}

Result<QString> StagedFolder::commit()
{
    // rename(2) moves a folder in one step and may replace an empty one.
    if (QFileInfo(m_target).isDir())
        QDir().rmdir(m_target);
    if (std::rename(QFile::encodeName(m_staging->path()).constData(), QFile::encodeName(m_target).constData()) != 0)
        return Error::at(m_target, 0, QObject::tr("%1: cannot move the finished folder into place").arg(m_what));
    m_staging->setAutoRemove(false);
    m_staging.reset();
    // QTemporaryDir made it private (0700); the result is ordinary output.
    QFile::setPermissions(m_target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    return m_target;
}

} // namespace dpa
