#pragma once

#include <QImage>
#include <QRect>

#include <vector>

namespace dpa {

// Reduces part of an RGB32 image to at most 256 colours for GIF. Maps are flat colours plus
// antialiased edges, so no dithering: the most frequent colours (on a 15-bit grid, each the
// mean of the exact colours that fell in it) become the palette, and every other colour takes
// its nearest entry. Two passes over the pixels; the nearest-entry search runs once per grid
// cell in use, not per pixel.
struct IndexedImage
{
    std::vector<QRgb> palette;          // at most 256
    std::vector<quint8> indices;        // rect.width() * rect.height(), row by row
};

IndexedImage quantizeToPalette(const QImage &image, const QRect &rect);

} // namespace dpa
