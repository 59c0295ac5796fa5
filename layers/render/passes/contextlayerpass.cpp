#include "render/passes/contextlayerpass.h"
#include "style/basemapcolours.h"

#include <QPainter>

namespace dpa {

void ContextLayerPass::draw(QPainter &painter, int l, const LayerDisplay &display) const
{
    const MapScene::Layer &layer = m_frame.scene.layers()[size_t(l)];
    const QString &kind = layer.source->spec.kind;
    // Over a basemap the package's land and water are a tint, so the tiles read through them;
    // rivers and boundaries stay as they are.
    const bool overBasemap = m_frame.view.basemap.isSet();
    const double areaOpacity = overBasemap ? (kind == QLatin1String("land") ? 0.3 : 0.6) : 1.0;
    for (size_t i = 0; i < layer.items.size(); ++i) {
        const PixelRings area = m_frame.geometry.area(l, i);
        const QPainterPath &lines = m_frame.geometry.lines(l, i);
        if (!area.isEmpty()) {
            painter.setOpacity(display.opacity * areaOpacity);
            painter.setPen(Qt::NoPen);
            painter.setBrush(kind == QLatin1String("land") ? basemap::land().darker(104) : basemap::water());
            // As a path, not fillRings: land and water are a few polygons of thousands of rings
            // (islands, lakes), and antialiased, the edges that join the rings of one polygon
            // cost Qt's rasterizer seconds. The path is made here and dropped with its cache.
            painter.drawPath(area.toPath());
        }
        if (!lines.isEmpty()) {
            painter.setOpacity(display.opacity);
            painter.setPen(QPen(kind == QLatin1String("boundary") ? QColor(0x80, 0x80, 0x80) : basemap::river(),
                                1.6 * m_frame.scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(lines);
        }
    }
    painter.setOpacity(1.0);
}

} // namespace dpa
