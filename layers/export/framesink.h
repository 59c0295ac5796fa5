#pragma once

#include "core/error.h"

#include <QImage>

#include <optional>

namespace dpa {

// Where an animation's frames go: a PNG sequence, a GIF or a video. Frames arrive in order, all
// of the size given at creation; nothing is visible at the target until finish() succeeds, and
// abandon() (or destroying an unfinished sink) leaves no file behind.
class FrameSink
{
public:
    virtual ~FrameSink() = default;
    virtual std::optional<Error> addFrame(const QImage &frame) = 0;
    // Completes the file (or folder) and moves it into place; returns what was written.
    virtual Result<QString> finish() = 0;
    virtual void abandon() = 0;
};

} // namespace dpa
