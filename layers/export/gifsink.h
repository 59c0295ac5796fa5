#pragma once

#include "export/framesink.h"

#include "io/stagedfile.h"

#include <memory>

struct GifFileType;

namespace dpa {

// An animated GIF that loops, for browsers, slides and social media. Each frame after the first
// stores only the rectangle that changed since the previous one, with its own palette: a map
// recolours a few districts per step, so a year of days stays a few megabytes.
class GifSink : public FrameSink
{
public:
    static Result<std::unique_ptr<FrameSink>> create(const QString &path, QSize size, double framesPerSecond);
    ~GifSink() override;
    std::optional<Error> addFrame(const QImage &frame) override;
    Result<QString> finish() override;
    void abandon() override;

private:
    GifSink(const QString &path, QSize size, double framesPerSecond);
    Error failure(const QString &what) const;
    std::optional<Error> writeImage(const QImage &frame, const QRect &rect, int delayCentiseconds);
    QString m_path;
    QSize m_size;
    double m_fps;
    StagedFile m_file;
    GifFileType *m_gif = nullptr;
    QImage m_previous;
    int m_frames = 0;
    double m_clock = 0;      // seconds of animation written, to spread rounding of delays
};

} // namespace dpa
