#pragma once

#include <QByteArray>
#include <QImage>

namespace dpa {

// An opaque frame as an 8-bit RGB PNG, written straight through libpng with the row filter off
// and a chosen zlib level. Qt's PNG writer (QImage::save) always tries every row filter and
// writes RGBA for our premultiplied frames; on 1920x1080 maps that took 80–120 ms a frame. The
// map's large flat areas compress as well without filters, so this takes 20–35 ms at level 2
// and the file is smaller than Qt's (Paris 1871: 534 kB against 735 kB at Qt's quality 80;
// level 6 would save another 10% at twice the time). Safe to call from several threads at once.
// Transparency is dropped (a frame with any is drawn as over black): animation frames are
// opaque.
class PngFrameEncoder
{
public:
    static constexpr int kDefaultLevel = 2;
    // level: zlib's 0 (store) to 9 (smallest). Returns an empty array if libpng fails.
    static QByteArray encode(const QImage &frame, int level = kDefaultLevel);
};

} // namespace dpa
