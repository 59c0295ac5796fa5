#include "export/pngframeencoder.h"

#include <libdeflate.h>

#include <QtEndian>

#include <algorithm>
#include <memory>
#include <vector>

namespace dpa {
namespace {

// A PNG file is its signature and chunks: length, type, data, and a CRC-32 of type and data
// (ISO/IEC 15948, 5.3), the same CRC as zlib's.
void appendChunk(QByteArray &out, const char type[4], const uchar *data, size_t size)
{
    uchar length[4];
    qToBigEndian(quint32(size), length);
    out.append(reinterpret_cast<const char *>(length), 4);
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(reinterpret_cast<const char *>(data), qsizetype(size));
    const quint32 crc = libdeflate_crc32(0, out.constData() + start, size + 4);
    uchar crcBytes[4];
    qToBigEndian(crc, crcBytes);
    out.append(reinterpret_cast<const char *>(crcBytes), 4);
}

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

} // namespace

QByteArray PngFrameEncoder::encode(const QImage &input, int level)
{
    // RGB32 and premultiplied ARGB32 hold one 32-bit word a pixel, 0xAARRGGBB, with colour that
    // is already as seen over black; anything else is converted to that first.
    const QImage frame = input.format() == QImage::Format_RGB32 || input.format() == QImage::Format_ARGB32_Premultiplied
                             ? input
                             : input.convertToFormat(QImage::Format_RGB32);
    if (frame.isNull())
        return {};
    const std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(std::clamp(level, 0, kMaxLevel)));
    if (!compressor)
        return {};
    const size_t w = size_t(frame.width()), h = size_t(frame.height());

    // The image data: each row a filter byte (0, none) and its pixels as R, G, B.
    const size_t rowBytes = 1 + 3 * w;
    std::vector<uchar> rows(rowBytes * h);
    for (size_t y = 0; y < h; ++y) {
        uchar *out = rows.data() + y * rowBytes;
        *out++ = 0;
        const quint32 *pixels = reinterpret_cast<const quint32 *>(frame.constScanLine(int(y)));
        for (size_t x = 0; x < w; ++x) {
            const quint32 p = pixels[x];
            *out++ = uchar(p >> 16);
            *out++ = uchar(p >> 8);
            *out++ = uchar(p);
        }
    }
    std::vector<uchar> compressed(libdeflate_zlib_compress_bound(compressor.get(), rows.size()));
    const size_t compressedSize =
        libdeflate_zlib_compress(compressor.get(), rows.data(), rows.size(), compressed.data(), compressed.size());
    if (compressedSize == 0)
        return {};

    QByteArray out;
    out.reserve(qsizetype(compressedSize + 64));
    out.append("\x89PNG\r\n\x1a\n", 8);
    uchar header[13];
    qToBigEndian(quint32(w), header);
    qToBigEndian(quint32(h), header + 4);
    header[8] = 8;    // bits a sample
    header[9] = 2;    // colour type: RGB
    header[10] = 0;   // compression: deflate
    header[11] = 0;   // filter method: adaptive (each row says its filter; ours say none)
    header[12] = 0;   // not interlaced
    appendChunk(out, "IHDR", header, sizeof header);
    // The compressed stream in chunks of a megabyte, as encoders usually write it (one chunk
    // could hold it all; some readers handle smaller ones better).
    constexpr size_t kChunk = size_t(1) << 20;
    for (size_t at = 0; at < compressedSize; at += kChunk)
        appendChunk(out, "IDAT", compressed.data() + at, std::min(kChunk, compressedSize - at));
    appendChunk(out, "IEND", nullptr, 0);
    return out;
}

} // namespace dpa
