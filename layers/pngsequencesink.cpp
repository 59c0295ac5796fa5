#include "pngsequencesink.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

#include <cstdio>

namespace dpa {

PngSequenceSink::PngSequenceSink(QString folder) : m_folder(std::move(folder)) {}

Result<std::unique_ptr<FrameSink>> PngSequenceSink::create(const QString &folder)
{
    const QFileInfo target(QDir::cleanPath(folder));
    if (target.exists() && (!target.isDir() || !QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Error::at(folder, 0, QObject::tr("cannot write frames: %1 exists and is not an empty folder").arg(target.filePath()));
    if (!target.absoluteDir().exists())
        return Error::at(folder, 0, QObject::tr("cannot write frames: folder %1 does not exist").arg(target.absolutePath()));
    std::unique_ptr<PngSequenceSink> sink(new PngSequenceSink(target.absoluteFilePath()));
    sink->m_staging = std::make_unique<QTemporaryDir>(target.absolutePath() + QStringLiteral("/.dpatlas-writing-XXXXXX"));
    if (!sink->m_staging->isValid())
        return Error::at(folder, 0, QObject::tr("cannot write in %1 (%2)").arg(target.absolutePath(), sink->m_staging->errorString()));
    return std::unique_ptr<FrameSink>(std::move(sink));
}

std::optional<Error> PngSequenceSink::addFrame(const QImage &frame)
{
    const QString name = QStringLiteral("frame-%1.png").arg(++m_count, 5, 10, QLatin1Char('0'));
    // Quality 80 is zlib level 2: a fifth of the time of the default for files 15% larger.
    if (!frame.save(m_staging->filePath(name), "PNG", 80))
        return Error::at(m_folder, 0, QObject::tr("cannot write frame %1 (disk full?)").arg(m_count));
    return std::nullopt;
}

Result<QString> PngSequenceSink::finish()
{
    // rename(2) moves a folder in one step and may replace an empty one.
    QFileInfo target(m_folder);
    if (target.exists())
        QDir().rmdir(m_folder);
    if (std::rename(QFile::encodeName(m_staging->path()).constData(), QFile::encodeName(m_folder).constData()) != 0)
        return Error::at(m_folder, 0, QObject::tr("cannot move the finished frames into place"));
    m_staging->setAutoRemove(false);
    // QTemporaryDir made it private (0700); the frames are ordinary output.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    m_staging.reset();
    return m_folder;
}

void PngSequenceSink::abandon()
{
    m_staging.reset();   // removes the staging folder and the frames in it
}

} // namespace dpa
