#include "render/featureidbuffer.h"
#include "core/parallelchunks.h"
#include "render/ringdrawing.h"
#include "style/fillpattern.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {

void FeatureIdBuffer::build(const MapScene &scene, const FrameGeometry &pixels, const MapView &view, qreal dpr)
{
    const QSize devicePixels = view.size * dpr;
    m_ids = QImage(devicePixels, QImage::Format_RGB32);
    m_ids.fill(0);
    m_slotModel.clear();
    m_slotOpacity.clear();
    m_modelSlots.clear();
    m_paints.clear();
    m_runs.clear();
    m_runStart.clear();
    m_paintGeneration = 0;
    // The slots in drawing order first; then the areas are drawn, a share of them on each core
    // into an id image of its own, and the images laid one over the other in order: the same
    // picture as drawing them one after another, since every pixel of an id image is opaque
    // or empty (no antialiasing).
    struct Area
    {
        PixelRings rings;
        quint32 slot;
    };
    std::vector<Area> areas;
    const auto &layers = scene.layers();
    for (int l : view.drawOrder(int(layers.size()))) {
        const MapScene::Layer &layer = layers[size_t(l)];
        const LayerDisplay display = view.layerDisplay(l);
        if (layer.source->spec.role != LayerSpec::Role::Features || !display.visible || display.opacity <= 0)
            continue;
        for (size_t i = 0; i < layer.items.size(); ++i) {
            const PixelRings area = pixels.area(l, i);
            if (area.isEmpty() || layer.items[i].modelIndex < 0)
                continue;
            const quint32 slot = quint32(m_slotModel.size()) + 1;   // 24 bits: 16.7 million slots
            m_slotModel.push_back(layer.items[i].modelIndex);
            if (m_modelSlots.size() <= size_t(layer.items[i].modelIndex))
                m_modelSlots.resize(size_t(layer.items[i].modelIndex) + 1);
            m_modelSlots[size_t(layer.items[i].modelIndex)].push_back(int(slot) - 1);
            m_slotOpacity.push_back(float(display.opacity));
            areas.push_back({area, slot});
        }
    }
    std::vector<QImage> shares(size_t(std::max(1, QThread::idealThreadCount())));
    const int used = parallelChunks(areas.size(), 10000, [&](size_t begin, size_t end, int chunk) {
        QImage &image = chunk == 0 ? m_ids : shares[size_t(chunk)];
        if (chunk != 0) {
            image = QImage(devicePixels, QImage::Format_RGB32);
            image.fill(0);
        }
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.scale(dpr, dpr);
        p.setPen(Qt::NoPen);
        for (size_t a = begin; a < end; ++a) {
            p.setBrush(QColor::fromRgb(0xff000000u | areas[a].slot));
            fillRings(p, areas[a].rings);
        }
    });
    for (int c = 1; c < used; ++c) {
        const QImage &share = shares[size_t(c)];
        for (int y = 0; y < m_ids.height(); ++y) {
            const quint32 *from = reinterpret_cast<const quint32 *>(share.constScanLine(y));
            quint32 *to = reinterpret_cast<quint32 *>(m_ids.scanLine(y));
            for (int x = 0; x < m_ids.width(); ++x)
                if (from[x] & 0xffffff)
                    to[x] = from[x];
        }
    }
}

int FeatureIdBuffer::featureAt(QPoint pixel) const
{
    if (!m_ids.valid(pixel))
        return -1;
    const quint32 slot = m_ids.pixel(pixel) & 0xffffff;
    return slot == 0 || slot > m_slotModel.size() ? -1 : m_slotModel[slot - 1];
}

void FeatureIdBuffer::paintSlot(size_t s, const StyleTable &styles, double scale)
{
    const FeatureStyle &style = styles[m_slotModel[s]];
    SlotPaint &paint = m_paints[s];
    paint.pattern = FillPattern(style, scale);
    paint.colours = paint.pattern.premultiply(Symbology::fillOpacity(style) * m_slotOpacity[s]);
}

void FeatureIdBuffer::collectRuns()
{
    // Every row's runs with their slot, then grouped by slot (a counting sort, order kept).
    std::vector<std::pair<quint32, Run>> found;
    const int w = m_ids.width(), h = m_ids.height();
    for (int y = 0; y < h; ++y) {
        const quint32 *ids = reinterpret_cast<const quint32 *>(m_ids.constScanLine(y));
        for (int x = 0; x < w;) {
            const quint32 slot = ids[x] & 0xffffff;
            int end = x + 1;
            while (end < w && (ids[end] & 0xffffff) == slot)
                ++end;
            if (slot)
                found.push_back({slot - 1, Run{y, x, end}});
            x = end;
        }
    }
    m_runStart.assign(m_slotModel.size() + 1, 0);
    for (const auto &f : found)
        ++m_runStart[f.first + 1];
    for (size_t s = 0; s < m_slotModel.size(); ++s)
        m_runStart[s + 1] += m_runStart[s];
    m_runs.resize(found.size());
    std::vector<size_t> next(m_runStart.begin(), m_runStart.end() - 1);
    for (const auto &f : found)
        m_runs[next[f.first]++] = f.second;
}

void FeatureIdBuffer::colouriseAll()
{
    const int w = m_ids.width();
    uchar *bits = m_fill.bits();
    const qsizetype stride = m_fill.bytesPerLine();
    // Rows on every core: each writes only its own rows.
    parallelChunks(size_t(m_ids.height()), 64, [&](size_t begin, size_t end, int) {
        for (int y = int(begin); y < int(end); ++y) {
            const quint32 *ids = reinterpret_cast<const quint32 *>(m_ids.constScanLine(y));
            quint32 *out = reinterpret_cast<quint32 *>(bits + y * stride);
            // A row crosses few features: colour it run by run, so a solid fill is a plain fill
            // and only patterned runs look at each pixel's position.
            for (int x = 0; x < w;) {
                const quint32 slot = ids[x] & 0xffffff;
                int end = x + 1;
                while (end < w && (ids[end] & 0xffffff) == slot)
                    ++end;
                if (!slot) {
                    std::fill(out + x, out + end, 0u);
                } else {
                    const SlotPaint &p = m_paints[slot - 1];
                    p.pattern.fillRun(out, x, end, y, p.colours);
                }
                x = end;
            }
        }
    });
}

const QImage &FeatureIdBuffer::colourise(const StyleTable &styles, double scale)
{
    // Only the features the style table restyled need new paints and pixels, unless this
    // buffer missed a frame of the table, was rebuilt, or the pattern scale changed.
    const bool current = m_paints.size() == m_slotModel.size() && m_paintScale == scale &&
                         m_fill.size() == m_ids.size() && m_runStart.size() == m_slotModel.size() + 1;
    if (current && m_paintGeneration == styles.generation())
        return m_fill;   // this frame's already
    const bool incremental = current && !styles.allChanged() && m_paintGeneration + 1 == styles.generation();
    m_paintGeneration = styles.generation();
    m_paintScale = scale;
    m_fill.setDevicePixelRatio(1);
    if (incremental) {
        uchar *bits = m_fill.bits();
        const qsizetype stride = m_fill.bytesPerLine();
        // A slot that covers no pixel in this view (a village smaller than a pixel, of which a
        // country seen whole has hundreds of thousands) needs no paint.
        std::vector<int> restyled;
        for (int f : styles.changed())
            if (size_t(f) < m_modelSlots.size())
                for (int s : m_modelSlots[size_t(f)])
                    if (hasPixels(size_t(s)))
                        restyled.push_back(s);
        // Slots on every core: no two slots share a pixel, nor a paint.
        parallelChunks(restyled.size(), 2000, [&](size_t begin, size_t end, int) {
            for (size_t k = begin; k < end; ++k) {
                const size_t s = size_t(restyled[k]);
                paintSlot(s, styles, scale);
                const SlotPaint &p = m_paints[s];
                for (size_t r = m_runStart[s]; r < m_runStart[s + 1]; ++r) {
                    const Run &run = m_runs[r];
                    p.pattern.fillRun(reinterpret_cast<quint32 *>(bits + run.y * stride), run.x0, run.x1, run.y, p.colours);
                }
            }
        });
    } else {
        if (m_runStart.size() != m_slotModel.size() + 1)
            collectRuns();
        m_paints.assign(m_slotModel.size(), SlotPaint{FillPattern(FeatureStyle(), scale), {}});
        for (size_t s = 0; s < m_slotModel.size(); ++s)
            if (hasPixels(s))
                paintSlot(s, styles, scale);
        if (m_fill.size() != m_ids.size())
            m_fill = QImage(m_ids.size(), QImage::Format_ARGB32_Premultiplied);
        colouriseAll();
    }
    m_fill.setDevicePixelRatio(m_ids.devicePixelRatio());
    return m_fill;
}

} // namespace dpa
