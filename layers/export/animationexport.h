#pragma once

#include "core/error.h"
#include "export/pngframeencoder.h"
#include "render/maprenderer.h"
#include "time/timestep.h"

#include <functional>

namespace dpa {

// An animation over a date range: one frame per step, each drawn by the one MapRenderer with the
// date in the title and the events in progress as captions.
struct AnimationRequest
{
    // .gif, .mp4 or .webm; a path ending in "/" (or an existing folder) gets PNG frames.
    QString path;
    MapView view;            // size, extent, language and layers; the time is set per frame
    TimePoint from = 0, to = 0;
    TimeStep step;
    Calendar calendar = Calendar::Gregorian;   // of month and year steps
    int framesPerSecond = 10;
    // zlib level of PNG frames, 0-9: the default 2 is the fastest that is not larger.
    int pngCompressionLevel = PngFrameEncoder::kDefaultLevel;
};

struct AnimationResult
{
    QString path;
    int frames = 0;
};

namespace animationexport {
constexpr int kMaxFrames = 20000;
// The formats by name, for messages and file dialogs.
QString supportedTargets();
// Checked before any frame is drawn (and before a package is loaded): the path's format, the
// size, the frame rate, and the range and step (at most kMaxFrames frames).
std::optional<Error> checkRequest(const AnimationRequest &request);
// progress(done, total) after each frame; returning false cancels, and then nothing is left at
// the target and the error says "cancelled".
Result<AnimationResult> write(MapRenderer &renderer, const AnimationRequest &request,
                              const std::function<bool(int, int)> &progress = {});
bool isCancellation(const Error &error);
} // namespace animationexport

} // namespace dpa
