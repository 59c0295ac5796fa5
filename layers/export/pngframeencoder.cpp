#include "export/pngframeencoder.h"

#include <png.h>
#include <zlib.h>

#include <algorithm>

namespace dpa {
namespace {

void appendBytes(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void flushNothing(png_structp) {}

} // namespace

QByteArray PngFrameEncoder::encode(const QImage &input, int level)
{
    // RGB32 and premultiplied ARGB32 hold one 32-bit word a pixel with colour that is already
    // as seen over black; anything else is converted to that first.
    const QImage frame = input.format() == QImage::Format_RGB32 || input.format() == QImage::Format_ARGB32_Premultiplied
                             ? input
                             : input.convertToFormat(QImage::Format_RGB32);
    if (frame.isNull())
        return {};
    QByteArray out;
    out.reserve(qsizetype(frame.width()) * frame.height() / 8);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return {};
    }
    // libpng reports errors by longjmp: nothing with a destructor is created after this point.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return {};
    }
    png_set_write_fn(png, &out, appendBytes, flushNothing);
    png_set_IHDR(png, info, png_uint_32(frame.width()), png_uint_32(frame.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, std::clamp(level, 0, 9));
    png_set_compression_strategy(png, Z_DEFAULT_STRATEGY);
    png_write_info(png, info);
    // The 32-bit word is 0xAARRGGBB: B, G, R, A in memory on little-endian machines, A, R, G, B
    // on big-endian ones. libpng drops the A byte (the filler) and, little-endian, swaps B and R.
    if (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        png_set_filler(png, 0, PNG_FILLER_AFTER);
        png_set_bgr(png);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < frame.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(frame.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return out;
}

} // namespace dpa
