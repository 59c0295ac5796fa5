#pragma once

#include "export/framequeue.h"
#include "export/framesink.h"
#include "io/stagedfile.h"

#include <memory>

struct AVFormatContext;
struct AVCodecContext;
struct AVStream;
struct AVFrame;
struct AVPacket;
struct SwsContext;

namespace dpa {

// MP4 (H.264, libx264) or WebM (VP9, libvpx) through FFmpeg's libraries, in yuv420p so that
// every player and browser takes it. The container is written through FFmpeg's custom I/O into
// a StagedFile, so the video appears at its name only when complete.
//
// Colour conversion and encoding run on a thread of their own, one frame after another in
// order, while the caller draws the next frame: addFrame() waits only when two frames are
// already queued. An encoding error is reported by a later addFrame() or by finish().
class VideoSink : public FrameSink
{
public:
    enum class Codec { H264Mp4, Vp9WebM };
    static Result<std::unique_ptr<FrameSink>> create(const QString &path, Codec codec, QSize size, int framesPerSecond);
    ~VideoSink() override;
    std::optional<Error> addFrame(const QImage &frame) override;
    Result<QString> finish() override;
    void abandon() override;

private:
    VideoSink(const QString &path, QSize size);
    Error failure(const QString &what, int avError = 0) const;
    std::optional<Error> encode(AVFrame *frame);   // nullptr drains the encoder
    std::optional<Error> convertAndEncode(const QImage &frame);
    void release();
    QString m_path;
    QSize m_size;
    StagedFile m_file;
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVStream *m_stream = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    SwsContext *m_scaler = nullptr;
    unsigned char *m_ioBuffer = nullptr;   // owned by the AVIOContext once created
    qint64 m_frames = 0;
    qint64 m_queued = 0;
    FrameQueue m_encoding{1};   // one thread: the codec's calls stay in order
};

} // namespace dpa
