#include "export/videosink.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace dpa {
namespace {

constexpr int kIoBufferSize = 1 << 16;

int writePacket(void *opaque, uint8_t *buffer, int size)
{
    auto *file = static_cast<StagedFile *>(opaque);
    return file->write(reinterpret_cast<const char *>(buffer), size) == size ? size : AVERROR(EIO);
}

// The MP4 muxer seeks back to fill in box sizes, and asks for the file size with AVSEEK_SIZE.
int64_t seekFile(void *opaque, int64_t offset, int whence)
{
    auto *file = static_cast<StagedFile *>(opaque);
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE: return file->size();
    case SEEK_SET: break;
    case SEEK_CUR: offset += file->pos(); break;
    case SEEK_END: offset += file->size(); break;
    default: return AVERROR(EINVAL);
    }
    return file->seek(offset) ? offset : AVERROR(EIO);
}

QString avErrorText(int error)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

VideoSink::VideoSink(const QString &path, QSize size) : m_path(path), m_size(size), m_file(path)
{
}

VideoSink::~VideoSink()
{
    abandon();
}

Error VideoSink::failure(const QString &what, int avError) const
{
    QString message = QObject::tr("cannot write the video: %1").arg(what);
    if (avError)
        message += QStringLiteral(" (%1)").arg(avErrorText(avError));
    return Error::at(m_path, 0, message);
}

Result<std::unique_ptr<FrameSink>> VideoSink::create(const QString &path, Codec codec, QSize size, int fps)
{
    // yuv420p stores colour for 2x2 blocks: both sides must be even.
    if (size.width() % 2 || size.height() % 2)
        return Error::at(path, 0, QObject::tr("a video's width and height must be even, not %1x%2").arg(size.width()).arg(size.height()));
    if (fps < 1 || fps > 120)
        return Error::at(path, 0, QObject::tr("a frame rate of %1 is outside 1 to 120").arg(fps));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error::at(path, 0, QObject::tr("cannot write the video: folder %1 does not exist").arg(target.absolutePath()));
    av_log_set_level(AV_LOG_ERROR);

    std::unique_ptr<VideoSink> sink(new VideoSink(path, size));
    const bool h264 = codec == Codec::H264Mp4;
    const AVCodec *encoder = avcodec_find_encoder_by_name(h264 ? "libx264" : "libvpx-vp9");
    if (!encoder)
        return sink->failure(QObject::tr("FFmpeg has no %1 encoder").arg(QLatin1String(h264 ? "libx264" : "libvpx-vp9")));
    int error = avformat_alloc_output_context2(&sink->m_format, nullptr, h264 ? "mp4" : "webm", nullptr);
    if (error < 0)
        return sink->failure(QObject::tr("no container"), error);
    sink->m_stream = avformat_new_stream(sink->m_format, nullptr);
    sink->m_codec = avcodec_alloc_context3(encoder);
    if (!sink->m_stream || !sink->m_codec)
        return sink->failure(QObject::tr("out of memory"));
    AVCodecContext *c = sink->m_codec;
    c->width = size.width();
    c->height = size.height();
    c->time_base = AVRational{1, fps};
    c->framerate = AVRational{fps, 1};
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->gop_size = fps * 2;
    c->thread_count = 0;   // as many as the machine has
    if (sink->m_format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    if (h264) {
        // veryfast: a year of daily frames encodes in seconds; maps compress well at CRF 20.
        av_dict_set(&options, "preset", "veryfast", 0);
        av_dict_set(&options, "crf", "20", 0);
    } else {
        av_dict_set(&options, "deadline", "realtime", 0);
        av_dict_set(&options, "cpu-used", "8", 0);
        av_dict_set(&options, "row-mt", "1", 0);
        av_dict_set(&options, "crf", "30", 0);
        c->bit_rate = 0;   // constant quality
    }
    error = avcodec_open2(c, encoder, &options);
    av_dict_free(&options);
    if (error < 0)
        return sink->failure(QObject::tr("cannot open the encoder"), error);
    if ((error = avcodec_parameters_from_context(sink->m_stream->codecpar, c)) < 0)
        return sink->failure(QObject::tr("encoder parameters"), error);
    sink->m_stream->time_base = c->time_base;
    sink->m_stream->avg_frame_rate = c->framerate;

    if (!sink->m_file.open(QIODevice::WriteOnly))
        return sink->failure(sink->m_file.errorString());
    sink->m_ioBuffer = static_cast<unsigned char *>(av_malloc(kIoBufferSize));
    sink->m_format->pb = avio_alloc_context(sink->m_ioBuffer, kIoBufferSize, 1, &sink->m_file, nullptr, writePacket, seekFile);
    if (!sink->m_format->pb)
        return sink->failure(QObject::tr("out of memory"));
    sink->m_format->flags |= AVFMT_FLAG_CUSTOM_IO;
    if ((error = avformat_write_header(sink->m_format, nullptr)) < 0)
        return sink->failure(QObject::tr("cannot write the header"), error);

    sink->m_frame = av_frame_alloc();
    sink->m_packet = av_packet_alloc();
    if (!sink->m_frame || !sink->m_packet)
        return sink->failure(QObject::tr("out of memory"));
    sink->m_frame->format = c->pix_fmt;
    sink->m_frame->width = c->width;
    sink->m_frame->height = c->height;
    if ((error = av_frame_get_buffer(sink->m_frame, 0)) < 0)
        return sink->failure(QObject::tr("out of memory"), error);
    // QImage::Format_RGB32 is 0xffRRGGBB per pixel: B, G, R, X bytes on little-endian machines.
    sink->m_scaler = sws_getContext(c->width, c->height, Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? AV_PIX_FMT_BGR0 : AV_PIX_FMT_0RGB,
                                    c->width, c->height, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!sink->m_scaler)
        return sink->failure(QObject::tr("no colour conversion to yuv420p"));
    return std::unique_ptr<FrameSink>(std::move(sink));
}

std::optional<Error> VideoSink::encode(AVFrame *frame)
{
    int error = avcodec_send_frame(m_codec, frame);
    if (error < 0)
        return failure(QObject::tr("encoding frame %1").arg(m_frames + 1), error);
    while ((error = avcodec_receive_packet(m_codec, m_packet)) >= 0) {
        // Every frame lasts one tick; without a duration the MP4 edit list ends before the last
        // frame and players drop it.
        if (m_packet->duration <= 0)
            m_packet->duration = 1;
        av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        error = av_interleaved_write_frame(m_format, m_packet);   // takes the packet's data
        if (error < 0)
            return failure(m_file.error() != QFileDevice::NoError ? m_file.errorString() : QObject::tr("writing"), error);
    }
    if (error != AVERROR(EAGAIN) && error != AVERROR_EOF)
        return failure(QObject::tr("encoding"), error);
    return std::nullopt;
}

std::optional<Error> VideoSink::addFrame(const QImage &input)
{
    if (input.size() != m_size)
        return failure(QObject::tr("frame %1 is %2x%3, not %4x%5").arg(m_queued + 1).arg(input.width()).arg(input.height())
                           .arg(m_size.width()).arg(m_size.height()));
    // The frame is shared copy-on-write, so the caller may draw the next one at once.
    auto error = m_encoding.add([this, input] { return convertAndEncode(input); }, 2);
    if (!error)
        ++m_queued;
    return error;
}

std::optional<Error> VideoSink::convertAndEncode(const QImage &input)
{
    const QImage image = input.convertToFormat(QImage::Format_RGB32);
    const int error = av_frame_make_writable(m_frame);
    if (error < 0)
        return failure(QObject::tr("out of memory"), error);
    const uint8_t *planes[] = {image.constBits()};
    const int strides[] = {int(image.bytesPerLine())};
    sws_scale(m_scaler, planes, strides, 0, image.height(), m_frame->data, m_frame->linesize);
    m_frame->pts = m_frames++;
    return encode(m_frame);
}

Result<QString> VideoSink::finish()
{
    if (auto error = m_encoding.finish())
        return *error;
    if (auto error = encode(nullptr))
        return *error;
    const int error = av_write_trailer(m_format);
    if (error < 0)
        return failure(QObject::tr("cannot finish the file"), error);
    avio_flush(m_format->pb);
    release();
    if (!m_file.commit())
        return failure(m_file.errorString());
    return QFileInfo(m_path).absoluteFilePath();
}

void VideoSink::release()
{
    sws_freeContext(m_scaler);
    m_scaler = nullptr;
    av_packet_free(&m_packet);
    av_frame_free(&m_frame);
    avcodec_free_context(&m_codec);
    if (m_format) {
        if (m_format->pb) {
            av_freep(&m_format->pb->buffer);   // may have been reallocated: free the context's own
            avio_context_free(&m_format->pb);
        } else {
            av_free(m_ioBuffer);
        }
        m_ioBuffer = nullptr;
        avformat_free_context(m_format);
        m_format = nullptr;
    } else {
        av_free(m_ioBuffer);
        m_ioBuffer = nullptr;
    }
}

void VideoSink::abandon()
{
    m_encoding.waitForAll();   // the encoder thread uses the codec until its queue is empty
    release();
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit();   // refuses after cancelWriting() and deletes the temporary file now
    }
}

} // namespace dpa
