#include "export/pngsequencesink.h"

#include <QFile>
#include <QObject>
#include <QThread>

#include <algorithm>

namespace dpa {

PngSequenceSink::PngSequenceSink(QString folder, std::shared_ptr<StagedFolder> staging, int compressionLevel)
    : m_folder(std::move(folder)), m_staging(std::move(staging)), m_level(compressionLevel),
      m_frames(std::max(1, QThread::idealThreadCount()))
{
}

PngSequenceSink::~PngSequenceSink()
{
    m_frames.waitForAll();   // the workers write into the staging folder, which goes with this object
}

Result<std::unique_ptr<FrameSink>> PngSequenceSink::create(const QString &folder, int compressionLevel)
{
    auto staging = StagedFolder::create(folder, QObject::tr("cannot write frames"));
    if (!staging)
        return staging.error();
    return std::unique_ptr<FrameSink>(new PngSequenceSink(folder, *staging, compressionLevel));
}

std::optional<Error> PngSequenceSink::addFrame(const QImage &frame)
{
    const int number = m_count + 1;
    const QString path = m_staging->filePath(QStringLiteral("frame-%1.png").arg(number, 5, 10, QLatin1Char('0')));
    // QImage is shared copy-on-write: the worker holds this frame even if the caller reuses
    // its variable for the next one.
    auto error = m_frames.add(
        [frame, path, number, level = m_level, folder = m_folder]() -> std::optional<Error> {
            const QByteArray png = PngFrameEncoder::encode(frame, level);
            QFile file(path);
            if (png.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.flush())
                return Error::at(folder, 0, QObject::tr("cannot write frame %1 (disk full?)").arg(number));
            return std::nullopt;
        },
        size_t(m_frames.threads()));
    if (!error)
        m_count = number;
    return error;
}

Result<QString> PngSequenceSink::finish()
{
    if (auto error = m_frames.finish())
        return *error;
    return m_staging->commit();
}

void PngSequenceSink::abandon()
{
    m_frames.waitForAll();
    m_staging.reset();   // removes the staging folder and the frames in it
}

} // namespace dpa
