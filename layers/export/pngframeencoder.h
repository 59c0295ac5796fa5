#pragma once

#include <QByteArray>
#include <QImage>

namespace dpa {

// An opaque frame as an 8-bit RGB PNG, the rows unfiltered and compressed by libdeflate at a
// chosen level. Qt's PNG writer (QImage::save) always tries every row filter and writes RGBA for
// our premultiplied frames: 80–120 ms a 1920x1080 map. The maps' flat areas compress as well
// without filters (tried: Sub and Up make them larger and slower), and libdeflate compresses the
// same rows about twice as fast as zlib at a like size: a 100,000-village frame (the worst case,
// a pixel-sized mosaic) takes about 30 ms at level 1 where zlib took 60–70 ms at its level 2 for
// a file a fifth smaller; Paris 1871 takes about 17 ms for 570 kB. Safe to call from several
// threads at once. Transparency is dropped (a frame with any is drawn as over black):
// animation frames are opaque.
class PngFrameEncoder
{
public:
    static constexpr int kDefaultLevel = 1;
    static constexpr int kMaxLevel = 12;
    // level: libdeflate's 0 (stored) to 12 (smallest). Returns an empty array if memory runs out.
    static QByteArray encode(const QImage &frame, int level = kDefaultLevel);
};

} // namespace dpa
