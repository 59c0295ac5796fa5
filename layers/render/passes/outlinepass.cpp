#include "render/passes/outlinepass.h"
#include "core/parallelchunks.h"
#include "render/ringdrawing.h"
#include "style/symbology.h"

#include <QPainter>

#include <algorithm>

namespace dpa {

void OutlinePass::draw(QPainter &painter, int l, const LayerDisplay &display) const
{
    const MapScene::Layer &layer = m_frame.scene.layers()[size_t(l)];
    const size_t count = layer.items.size();
    // Tens of thousands of outlines into a picture: a share of the items on each core, each
    // share into a transparent image of its own (a QPainter is not shared between threads),
    // laid over the picture in item order. Each is drawn at the layer's opacity, so where
    // outlines overlap the result is the same as drawing them one after another.
    QImage *target = painter.device() && painter.device()->devType() == QInternal::Image ? static_cast<QImage *>(painter.device()) : nullptr;
    if (!target || count < kParallelFrom) {
        drawItems(painter, l, display, 0, count);
        return;
    }
    const qreal dpr = target->devicePixelRatio();
    std::vector<QImage> shares(size_t(std::max(1, QThread::idealThreadCount())));
    const int used = parallelChunks(count, kParallelFrom / 2, [&](size_t begin, size_t end, int chunk) {
        QImage &image = shares[size_t(chunk)];
        image = QImage(target->size(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHints(painter.renderHints());
        drawItems(p, l, display, begin, end);
    });
    painter.save();
    painter.setOpacity(1.0);
    painter.resetTransform();
    for (int c = 0; c < used; ++c)
        painter.drawImage(QPointF(0, 0), shares[size_t(c)]);
    painter.restore();
}

void OutlinePass::drawItems(QPainter &painter, int l, const LayerDisplay &display, size_t begin, size_t end) const
{
    Symbology symbols(m_frame.scale);
    const MapScene::Layer &layer = m_frame.scene.layers()[size_t(l)];
    painter.setOpacity(display.opacity);
    painter.setBrush(Qt::NoBrush);
    // Level of detail: an outline a few pixels across (a village of a national case study seen
    // whole) is drawn one device pixel wide. Qt's raster engine draws a cosmetic pen of at most
    // one pixel with its line rasteriser, and anything wider by stroking the path into a
    // polygon first, which took two thirds of a new view of 100,000 features (over a second);
    // at that size the difference of a fifth of a pixel cannot be seen.
    constexpr double kSmallPixels = 12;
    // An area under this many pixels across gets no outline: a one-pixel line round a two-pixel
    // village covers it, and a country of such villages seen whole came out as one dark grey
    // (the outline colour) instead of the holders' colours. Its fill says who holds it.
    constexpr double kTinyPixels = 3;
    const QRectF picture = QRectF(QPointF(0, 0), QSizeF(m_frame.view.size)).adjusted(-8, -8, 8, 8);
    QPen pens[2][2];   // [approximate][small]
    for (bool approximate : {false, true})
        for (bool small : {false, true}) {
            pens[approximate][small] = symbols.outlinePen(approximate);
            pens[approximate][small].setWidthF(small ? std::min(1.0, 1.2 * m_frame.scale) : 1.2 * m_frame.scale);
        }
    const QPen *current = nullptr;
    for (size_t i = begin; i < end; ++i) {
        const PixelRings area = m_frame.geometry.area(l, i);
        const QPainterPath &lines = m_frame.geometry.lines(l, i);
        const QRectF box = area.bounds();
        const bool tiny = box.width() < kTinyPixels && box.height() < kTinyPixels;
        if (!area.isEmpty() && !tiny && box.intersects(picture)) {
            const bool small = box.width() < kSmallPixels && box.height() < kSmallPixels;
            const QPen &pen = pens[layer.items[i].approximate][small];
            if (&pen != current) {
                painter.setPen(pen);
                current = &pen;
            }
            strokeRings(painter, area);
        }
        if (!lines.isEmpty()) {
            // Line features (a front, a railway) are drawn in the outline colour here; their
            // holder's colour would need a per-frame pass, which lines do not have yet.
            painter.setPen(QPen(Symbology::outlineColor(), 3 * m_frame.scale));
            current = nullptr;
            painter.drawPath(lines);
        }
    }
    painter.setOpacity(1.0);
}

} // namespace dpa
