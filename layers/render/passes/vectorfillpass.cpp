#include "render/passes/vectorfillpass.h"
#include "style/symbology.h"

#include <QPainter>

namespace dpa {

void VectorFillPass::draw(QPainter &painter, int l, const LayerDisplay &display) const
{
    Symbology symbols(m_frame.scale);
    const MapScene::Layer &layer = m_frame.scene.layers()[size_t(l)];
    for (size_t i = 0; i < layer.items.size(); ++i) {
        const PixelRings area = m_frame.geometry.area(l, i);
        if (area.isEmpty() || layer.items[i].modelIndex < 0)
            continue;
        const FeatureStyle &style = m_frame.styles[layer.items[i].modelIndex];
        painter.setPen(Qt::NoPen);
        painter.setOpacity(Symbology::fillOpacity(style) * display.opacity);
        symbols.fillArea(painter, area.toPath(), style);
    }
    painter.setOpacity(1.0);
}

} // namespace dpa
