#include "export/gifsink.h"
#include "export/palettequantizer.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

#include <gif_lib.h>

#include <cmath>

namespace dpa {
namespace {

int writeToSaveFile(GifFileType *gif, const GifByteType *bytes, int length)
{
    auto *file = static_cast<StagedFile *>(gif->UserData);
    return int(file->write(reinterpret_cast<const char *>(bytes), length));
}

// The rectangle where two frames differ, or an empty one.
QRect changedRect(const QImage &a, const QImage &b)
{
    int top = -1, bottom = -1, left = a.width(), right = -1;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        if (std::equal(p, p + a.width(), q))
            continue;
        if (top < 0)
            top = y;
        bottom = y;
        int x = 0;
        while (x < left && p[x] == q[x])
            ++x;
        left = std::min(left, x);
        int r = a.width() - 1;
        while (r > right && p[r] == q[r])
            --r;
        right = std::max(right, r);
    }
    return top < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

GifSink::GifSink(const QString &path, QSize size, double fps) : m_path(path), m_size(size), m_fps(fps), m_file(path) {}

GifSink::~GifSink()
{
    abandon();
}

Error GifSink::failure(const QString &what) const
{
    return Error::at(m_path, 0, QObject::tr("cannot write the GIF: %1").arg(what));
}

Result<std::unique_ptr<FrameSink>> GifSink::create(const QString &path, QSize size, double fps)
{
    if (size.width() > 65535 || size.height() > 65535)
        return Error::at(path, 0, QObject::tr("a GIF is at most 65535 pixels wide and high"));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error::at(path, 0, QObject::tr("cannot write the GIF: folder %1 does not exist").arg(target.absolutePath()));
    std::unique_ptr<GifSink> sink(new GifSink(path, size, fps));
    if (!sink->m_file.open(QIODevice::WriteOnly))
        return sink->failure(sink->m_file.errorString());
    int error = 0;
    sink->m_gif = EGifOpen(&sink->m_file, writeToSaveFile, &error);
    if (!sink->m_gif)
        return sink->failure(QString::fromUtf8(GifErrorString(error)));
    EGifSetGifVersion(sink->m_gif, true);
    if (EGifPutScreenDesc(sink->m_gif, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR)
        return sink->failure(QString::fromUtf8(GifErrorString(sink->m_gif->Error)));
    // NETSCAPE2.0 application extension: loop forever.
    static const GifByteType netscape[] = "NETSCAPE2.0";
    static const GifByteType loopForever[] = {1, 0, 0};
    if (EGifPutExtensionLeader(sink->m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(sink->m_gif, 11, netscape) == GIF_ERROR ||
        EGifPutExtensionBlock(sink->m_gif, 3, loopForever) == GIF_ERROR || EGifPutExtensionTrailer(sink->m_gif) == GIF_ERROR)
        return sink->failure(QString::fromUtf8(GifErrorString(sink->m_gif->Error)));
    return std::unique_ptr<FrameSink>(std::move(sink));
}

std::optional<Error> GifSink::writeImage(const QImage &frame, const QRect &rect, int delay)
{
    const IndexedImage indexed = quantizeToPalette(frame, rect);
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;   // the next frame's rectangle paints over this one
    control.DelayTime = delay;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t extensionLength = EGifGCBToExtension(&control, extension);
    // A GIF colour table holds a power of two entries.
    int tableSize = 2;
    while (tableSize < int(indexed.palette.size()))
        tableSize *= 2;
    std::vector<GifColorType> colours(size_t(tableSize), GifColorType{0, 0, 0});
    for (size_t i = 0; i < indexed.palette.size(); ++i)
        colours[i] = GifColorType{GifByteType(qRed(indexed.palette[i])), GifByteType(qGreen(indexed.palette[i])),
                                  GifByteType(qBlue(indexed.palette[i]))};
    ColorMapObject *map = GifMakeMapObject(tableSize, colours.data());
    bool ok = map && EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, int(extensionLength), extension) != GIF_ERROR &&
              EGifPutImageDesc(m_gif, rect.left(), rect.top(), rect.width(), rect.height(), false, map) != GIF_ERROR;
    for (int row = 0; ok && row < rect.height(); ++row)
        ok = EGifPutLine(m_gif, const_cast<GifPixelType *>(indexed.indices.data() + size_t(row) * size_t(rect.width())),
                         rect.width()) != GIF_ERROR;
    GifFreeMapObject(map);
    if (!ok)
        return failure(m_file.error() != QFileDevice::NoError ? m_file.errorString() : QString::fromUtf8(GifErrorString(m_gif->Error)));
    return std::nullopt;
}

std::optional<Error> GifSink::addFrame(const QImage &input)
{
    const QImage frame = input.convertToFormat(QImage::Format_RGB32);
    if (frame.size() != m_size)
        return failure(QObject::tr("frame %1 is %2x%3, not %4x%5").arg(m_frames + 1).arg(frame.width()).arg(frame.height())
                           .arg(m_size.width()).arg(m_size.height()));
    // Delays are whole centiseconds: round the running clock, not each frame, so that 30 fps
    // averages 3.33 cs instead of drifting to 3.
    const double next = m_clock + 1.0 / m_fps;
    const int delay = int(std::lround(next * 100) - std::lround(m_clock * 100));
    m_clock = next;
    QRect rect = m_previous.isNull() ? frame.rect() : changedRect(frame, m_previous);
    if (rect.isEmpty())
        rect = QRect(0, 0, 1, 1);   // nothing changed: a one-pixel frame still carries the delay
    if (auto error = writeImage(frame, rect, delay))
        return error;
    m_previous = frame;
    ++m_frames;
    return std::nullopt;
}

Result<QString> GifSink::finish()
{
    int error = 0;
    const int closed = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    if (closed == GIF_ERROR)
        return failure(QString::fromUtf8(GifErrorString(error)));
    if (!m_file.commit())
        return failure(m_file.errorString());
    return QFileInfo(m_path).absoluteFilePath();
}

void GifSink::abandon()
{
    if (m_gif) {
        int error = 0;
        EGifCloseFile(m_gif, &error);
        m_gif = nullptr;
    }
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit();   // refuses after cancelWriting() and deletes the temporary file now
    }
}

} // namespace dpa
