#include "render/featureidbuffer.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {
namespace {

quint32 premultiplied(const QColor &c, double alpha)
{
    const int a = std::clamp(int(std::lround(alpha * 255)), 0, 255);
    return qPremultiply(qRgba(c.red(), c.green(), c.blue(), a));
}

// What one slot looks like this frame: the pattern and its colours, already premultiplied.
struct SlotPaint
{
    ControlStatus status;
    quint32 a, b, ground;
};

} // namespace

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
    std::vector<SlotPaint> paints(m_slotModel.size());
    for (size_t s = 0; s < m_slotModel.size(); ++s) {
        const FeatureStyle &style = styles[m_slotModel[s]];
        const double alpha = Symbology::fillOpacity(style) * m_slotOpacity[s];
        SlotPaint &p = paints[s];
        p.status = style.status;
        switch (style.status) {
        case ControlStatus::Held:
            p.a = premultiplied(style.primary, alpha);
            break;
        case ControlStatus::Dual:
            p.a = premultiplied(style.primary, alpha);
            p.b = premultiplied(style.secondary.isValid() ? style.secondary : Symbology::unknownColor(), alpha);
            break;
        case ControlStatus::Contested:
            p.a = premultiplied(style.primary.isValid() ? style.primary : Symbology::outlineColor(), alpha);
            p.b = premultiplied(style.secondary.isValid() ? style.secondary : Symbology::outlineColor(), alpha);
            p.ground = premultiplied(QColor(0xee, 0xee, 0xee), alpha);
            break;
        case ControlStatus::Unknown:
            p.a = premultiplied(Symbology::unknownColor(), alpha);
            break;
        }
    }
    if (m_fill.size() != m_ids.size())
        m_fill = QImage(m_ids.size(), QImage::Format_ARGB32_Premultiplied);
    m_fill.setDevicePixelRatio(1);
    // The same pattern geometry as Symbology's brushes (period, band widths), in device pixels.
    const int stripe = std::max(4, int(std::lround(Symbology::kStripePeriod * scale)));
    const int wideBand = stripe * 11;   // compared with phase * 16
    const int hatch = std::max(6, int(std::lround(Symbology::kHatchPeriod * scale)));
    const int hatchWidth = std::max(2, int(std::lround(Symbology::kHatchWidth * scale)));
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
            switch (p.status) {
            case ControlStatus::Held:
            case ControlStatus::Unknown:
                out[x] = p.a;
                break;
            case ControlStatus::Dual:
                out[x] = ((x + y) % stripe) * 16 < wideBand ? p.a : p.b;
                break;
            case ControlStatus::Contested: {
                const bool onA = (x + y) % hatch < hatchWidth;
                const bool onB = ((x - y) % hatch + hatch) % hatch < hatchWidth;
                out[x] = onA ? p.a : onB ? p.b : p.ground;
                break;
            }
            }
        }
    }
    m_fill.setDevicePixelRatio(m_ids.devicePixelRatio());
    return m_fill;
}

} // namespace dpa
