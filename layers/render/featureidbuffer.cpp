#include "render/featureidbuffer.h"
#include "style/fillpattern.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {

void FeatureIdBuffer::build(const MapScene &scene, const std::vector<std::vector<QPainterPath>> &pixelAreas,
                            const MapView &view, qreal dpr)
{
    const QSize devicePixels = view.size * dpr;
    m_ids = QImage(devicePixels, QImage::Format_RGB32);
    m_ids.fill(0);
    m_slotModel.clear();
    m_slotOpacity.clear();
    QPainter p(&m_ids);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.scale(dpr, dpr);
    p.setPen(Qt::NoPen);
    const auto &layers = scene.layers();
    for (int l : view.drawOrder(int(layers.size()))) {
        const MapScene::Layer &layer = layers[size_t(l)];
        const LayerDisplay display = view.layerDisplay(l);
        if (layer.source->spec.role != LayerSpec::Role::Features || !display.visible || display.opacity <= 0)
            continue;
        for (size_t i = 0; i < layer.items.size(); ++i) {
            const QPainterPath &area = pixelAreas[size_t(l)][i];
            if (area.isEmpty() || layer.items[i].modelIndex < 0)
                continue;
            const quint32 slot = quint32(m_slotModel.size()) + 1;   // 24 bits: 16.7 million slots
            m_slotModel.push_back(layer.items[i].modelIndex);
            m_slotOpacity.push_back(float(display.opacity));
            p.setBrush(QColor::fromRgb(0xff000000u | slot));
            p.drawPath(area);
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

const QImage &FeatureIdBuffer::colourise(const StyleTable &styles, double scale)
{
    // What each slot looks like this frame: its pattern and colours, already premultiplied.
    struct SlotPaint
    {
        FillPattern pattern;
        FillPattern::Premultiplied colours;
    };
    std::vector<SlotPaint> paints;
    paints.reserve(m_slotModel.size());
    for (size_t s = 0; s < m_slotModel.size(); ++s) {
        const FeatureStyle &style = styles[m_slotModel[s]];
        FillPattern pattern(style, scale);
        const auto colours = pattern.premultiply(Symbology::fillOpacity(style) * m_slotOpacity[s]);
        paints.push_back({pattern, colours});
    }
    if (m_fill.size() != m_ids.size())
        m_fill = QImage(m_ids.size(), QImage::Format_ARGB32_Premultiplied);
    m_fill.setDevicePixelRatio(1);
    const int w = m_ids.width(), h = m_ids.height();
    for (int y = 0; y < h; ++y) {
        const quint32 *ids = reinterpret_cast<const quint32 *>(m_ids.constScanLine(y));
        quint32 *out = reinterpret_cast<quint32 *>(m_fill.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const quint32 slot = ids[x] & 0xffffff;
            if (!slot) {
                out[x] = 0;
                continue;
            }
            const SlotPaint &p = paints[slot - 1];
            out[x] = p.pattern.pixel(x, y, p.colours);
        }
    }
    m_fill.setDevicePixelRatio(m_ids.devicePixelRatio());
    return m_fill;
}

} // namespace dpa
