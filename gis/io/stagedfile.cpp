#include "io/stagedfile.h"
#include "io/stagingfolders.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

namespace dpa {

StagedFile::StagedFile(const QString &target) : m_target(QFileInfo(target).absoluteFilePath()) {}

StagedFile::~StagedFile()
{
    if (isOpen())
        close();
}

bool StagedFile::open(OpenMode mode)
{
    const QFileInfo target(m_target);
    if (!target.absoluteDir().exists()) {
        setErrorString(tr("folder %1 does not exist").arg(target.absolutePath()));
        return false;
    }
    StagingFolders::removeStale(target.absolutePath());
    m_staging = std::make_unique<QTemporaryDir>(StagingFolders::pattern(target.absolutePath()));
    if (!m_staging->isValid()) {
        setErrorString(m_staging->errorString());
        return false;
    }
    setFileName(m_staging->filePath(target.fileName()));
    return QFile::open(mode | QIODevice::Truncate);
}

bool StagedFile::commit()
{
    if (!isOpen() || m_cancelled) {
        if (isOpen())
            close();
        if (errorString().isEmpty() || m_cancelled)
            setErrorString(tr("writing was cancelled"));
        return false;
    }
    const bool written = flush() && error() == QFileDevice::NoError && ::fsync(handle()) == 0;
    close();
    if (!written) {
        if (errorString().isEmpty())
            setErrorString(tr("cannot write to disk (full?)"));
        return false;
    }
    // The staged file is ordinary output, not private like its folder.
    setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(fileName()).constData(), QFile::encodeName(m_target).constData()) != 0) {
        setErrorString(tr("cannot move the finished file into place"));
        return false;
    }
    return true;
}

} // namespace dpa
