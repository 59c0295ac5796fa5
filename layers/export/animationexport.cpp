#include "export/animationexport.h"
#include "export/gifsink.h"
#include "export/pngsequencesink.h"
#include "export/videosink.h"

#include <QFileInfo>
#include <QObject>

namespace dpa::animationexport {
namespace {

enum class Target { Frames, Gif, Mp4, WebM, Unknown };

Target targetOf(const QString &path)
{
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return Target::Frames;
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("gif"))
        return Target::Gif;
    if (ext == QLatin1String("mp4"))
        return Target::Mp4;
    if (ext == QLatin1String("webm"))
        return Target::WebM;
    return Target::Unknown;
}

QString cancelledText() { return QObject::tr("cancelled"); }

} // namespace

QString supportedTargets()
{
    return QObject::tr(".gif, .mp4 (H.264), .webm (VP9), or a folder ending in / for PNG frames");
}

std::optional<Error> checkRequest(const AnimationRequest &request)
{
    const Target target = targetOf(request.path);
    if (target == Target::Unknown)
        return Error::at(request.path, 0, QObject::tr("name the animation %1").arg(supportedTargets()));
    const QSize size = request.view.size;
    if (size.width() < 64 || size.height() < 64 || size.width() > 7680 || size.height() > 4320)
        return Error::at(request.path, 0, QObject::tr("a frame size of %1x%2 is outside 64x64 to 7680x4320").arg(size.width()).arg(size.height()));
    if ((target == Target::Mp4 || target == Target::WebM) && (size.width() % 2 || size.height() % 2))
        return Error::at(request.path, 0, QObject::tr("a video's width and height must be even, not %1x%2").arg(size.width()).arg(size.height()));
    if (request.framesPerSecond < 1 || request.framesPerSecond > 60)
        return Error::at(request.path, 0, QObject::tr("a frame rate of %1 is outside 1 to 60").arg(request.framesPerSecond));
    if (auto times = request.step.times(request.from, request.to, request.calendar, kMaxFrames); !times)
        return Error::at(request.path, 0, times.error().message);
    return std::nullopt;
}

bool isCancellation(const Error &error)
{
    return error.message == cancelledText();
}

Result<AnimationResult> write(MapRenderer &renderer, const AnimationRequest &request, const std::function<bool(int, int)> &progress)
{
    if (auto problem = checkRequest(request))
        return *problem;
    auto times = request.step.times(request.from, request.to, request.calendar, kMaxFrames);
    if (!times)
        return Error::at(request.path, 0, times.error().message);

    Result<std::unique_ptr<FrameSink>> sink = Error::plain(QString());
    switch (targetOf(request.path)) {
    case Target::Frames: sink = PngSequenceSink::create(request.path, request.pngCompressionLevel); break;
    case Target::Gif: sink = GifSink::create(request.path, request.view.size, request.framesPerSecond); break;
    case Target::Mp4: sink = VideoSink::create(request.path, VideoSink::Codec::H264Mp4, request.view.size, request.framesPerSecond); break;
    case Target::WebM: sink = VideoSink::create(request.path, VideoSink::Codec::Vp9WebM, request.view.size, request.framesPerSecond); break;
    case Target::Unknown: break;
    }
    if (!sink)
        return sink.error();

    MapView view = request.view;
    // The legend's place is chosen on the first frame and kept, so it does not jump about.
    view.time = times->front();
    view.layout.legend = renderer.legendPlacement(view);
    const int total = int(times->size());
    for (int i = 0; i < total; ++i) {
        view.time = (*times)[size_t(i)];
        if (auto error = (*sink)->addFrame(renderer.renderImage(view))) {
            (*sink)->abandon();
            return *error;
        }
        if (progress && !progress(i + 1, total)) {
            (*sink)->abandon();
            return Error::at(request.path, 0, cancelledText());
        }
    }
    auto written = (*sink)->finish();
    if (!written) {
        (*sink)->abandon();
        return written.error();
    }
    return AnimationResult{*written, total};
}

} // namespace dpa::animationexport
