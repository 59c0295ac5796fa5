#include "export/palettequantizer.h"

#include <algorithm>
#include <numeric>

namespace dpa {
namespace {

constexpr int kCells = 1 << 15;

inline int cellOf(QRgb c)
{
    return ((qRed(c) >> 3) << 10) | ((qGreen(c) >> 3) << 5) | (qBlue(c) >> 3);
}

} // namespace

IndexedImage quantizeToPalette(const QImage &image, const QRect &rect)
{
    struct Cell { quint32 count = 0; quint64 r = 0, g = 0, b = 0; };
    std::vector<Cell> cells(kCells);
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) {
            Cell &c = cells[size_t(cellOf(line[x]))];
            ++c.count;
            c.r += qRed(line[x]);
            c.g += qGreen(line[x]);
            c.b += qBlue(line[x]);
        }
    }
    std::vector<int> used;
    for (int i = 0; i < kCells; ++i)
        if (cells[size_t(i)].count)
            used.push_back(i);
    std::sort(used.begin(), used.end(), [&](int a, int b) { return cells[size_t(a)].count > cells[size_t(b)].count; });

    IndexedImage out;
    std::vector<quint8> cellIndex(kCells, 0);
    const size_t paletteSize = std::min<size_t>(used.size(), 256);
    for (size_t i = 0; i < paletteSize; ++i) {
        const Cell &c = cells[size_t(used[i])];
        out.palette.push_back(qRgb(int(c.r / c.count), int(c.g / c.count), int(c.b / c.count)));
        cellIndex[size_t(used[i])] = quint8(i);
    }
    for (size_t i = paletteSize; i < used.size(); ++i) {
        const Cell &c = cells[size_t(used[i])];
        const int r = int(c.r / c.count), g = int(c.g / c.count), b = int(c.b / c.count);
        int best = 0, bestDistance = std::numeric_limits<int>::max();
        for (size_t p = 0; p < paletteSize; ++p) {
            const QRgb q = out.palette[p];
            const int d = (qRed(q) - r) * (qRed(q) - r) + (qGreen(q) - g) * (qGreen(q) - g) + (qBlue(q) - b) * (qBlue(q) - b);
            if (d < bestDistance) {
                bestDistance = d;
                best = int(p);
            }
        }
        cellIndex[size_t(used[i])] = quint8(best);
    }
    out.indices.reserve(size_t(rect.width()) * size_t(rect.height()));
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x)
            out.indices.push_back(cellIndex[size_t(cellOf(line[x]))]);
    }
    return out;
}

} // namespace dpa
