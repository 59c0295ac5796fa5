#include "maprenderer.h"
#include "mapdecorations.h"
#include "symbology.h"
#include "rasterreader.h"
#include "gdalenvironment.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace dpa {
namespace {

const QColor kLand(0xf4, 0xf1, 0xea);
const QColor kWater(0xa9, 0xcf, 0xe6);
const QColor kRiver(0x6b, 0xa6, 0xd1);

void drawPointSymbol(QPainter &p, QPointF c, double r, const QString &kind, const FeatureStyle &style,
                     Symbology &symbols, bool approximate)
{
    QPainterPath shape;
    if (kind == QLatin1String("barracks")) {
        shape.addRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    } else if (kind == QLatin1String("factory")) {
        shape.moveTo(c.x(), c.y() - 1.2 * r);
        shape.lineTo(c.x() + 1.1 * r, c.y() + 0.9 * r);
        shape.lineTo(c.x() - 1.1 * r, c.y() + 0.9 * r);
        shape.closeSubpath();
    } else if (kind == QLatin1String("bridge")) {
        shape.moveTo(c.x(), c.y() - r * 1.15);
        shape.lineTo(c.x() + r * 1.15, c.y());
        shape.lineTo(c.x(), c.y() + r * 1.15);
        shape.lineTo(c.x() - r * 1.15, c.y());
        shape.closeSubpath();
    } else {
        shape.addEllipse(c, r, r);
    }
    QPen pen(QColor(0x20, 0x20, 0x20), std::max(1.0, r / 5));
    if (approximate)
        pen.setStyle(Qt::DashLine);
    p.setPen(Qt::NoPen);
    if (style.status == ControlStatus::Dual && style.secondary.isValid()) {
        // Split symbol: de facto holder on the left, the other claimant on the right.
        const QRectF box = shape.boundingRect();
        QPainterPath left, right;
        left.addRect(QRectF(box.left(), box.top(), box.width() / 2, box.height()));
        right.addRect(QRectF(box.center().x(), box.top(), box.width() / 2, box.height()));
        p.setBrush(style.primary);
        p.drawPath(shape.intersected(left));
        p.setBrush(style.secondary);
        p.drawPath(shape.intersected(right));
    } else {
        p.setBrush(symbols.fillBrush(style));
        p.drawPath(shape);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, pen.widthF() + 1.5));
    p.drawPath(shape);
    p.setPen(pen);
    p.drawPath(shape);
}

} // namespace

MapRenderer::MapRenderer(std::shared_ptr<const MapScene> scene) : m_scene(std::move(scene)) {}

QImage MapRenderer::renderImage(const MapView &view, qreal devicePixelRatio)
{
    QImage image(view.size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    render(painter, view);
    return image;
}

void MapRenderer::prepareGeometry(const MapView &view)
{
    const QTransform t = view.worldToPixel();
    if (m_cacheValid && t == m_cachedTransform)
        return;
    m_pixelAreas.clear();
    m_pixelLines.clear();
    for (const MapScene::Layer &layer : m_scene->layers()) {
        std::vector<QPainterPath> areas, lines;
        areas.reserve(layer.items.size());
        for (const MapScene::Item &item : layer.items) {
            areas.push_back(t.map(item.area));
            lines.push_back(t.map(item.lines));
        }
        m_pixelAreas.push_back(std::move(areas));
        m_pixelLines.push_back(std::move(lines));
    }
    m_cachedTransform = t;
    m_cacheValid = true;
}

void MapRenderer::render(QPainter &painter, const MapView &view)
{
    m_errors.clear();
    const double scale = std::max(0.5, std::min(view.size.width(), view.size.height()) / 1080.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size)), kLand);

    m_styles.compute(m_scene->study(), view.time);
    prepareGeometry(view);
    drawPeriodMaps(painter, view);
    drawLayers(painter, view, scale);
    if (view.showLabels)
        drawLabels(painter, view, scale);

    MapDecorations decorations(m_scene->study(), view, scale);
    if (view.showTitle) {
        decorations.drawTitle(painter);
        decorations.drawEventCaptions(painter);
    }
    if (view.showLegend)
        decorations.drawLegend(painter);
    decorations.drawAttribution(painter);
    painter.restore();
}

void MapRenderer::drawPeriodMaps(QPainter &painter, const MapView &view)
{
    const auto &maps = m_scene->study().periodMaps;
    for (size_t m = 0; m < maps.size(); ++m) {
        const CasePeriodMap &map = maps[m];
        const bool configured = m < view.periodMaps.size();
        if (!map.spec.valid.contains(view.time) || (configured && !view.periodMaps[m].visible))
            continue;
        RasterWarpRequest request;
        request.targetCrs = m_scene->study().manifest.crs;
        request.extent = view.fittedExtent();
        request.size = view.size;
        request.allowedDrivers = GdalEnvironment::packageRasterDrivers();
        request.displayName = map.spec.file;
        auto warped = warpRaster(map.path, request);
        if (!warped) {
            m_errors << warped.error();
            continue;
        }
        const QImage image(reinterpret_cast<const uchar *>(warped->pixels.constData()), warped->size.width(),
                           warped->size.height(), QImage::Format_ARGB32);
        painter.save();
        painter.setOpacity(configured ? view.periodMaps[m].opacity : map.spec.opacity);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size)), image);
        painter.restore();
    }
}

void MapRenderer::drawLayers(QPainter &painter, const MapView &view, double scale)
{
    Symbology symbols(scale);
    const auto &layers = m_scene->layers();
    const std::vector<int> order = view.drawOrder(int(layers.size()));
    for (int l : order) {
        const LayerDisplay display = view.layerDisplay(l);
        if (!display.visible || display.opacity <= 0)
            continue;
        const MapScene::Layer &layer = layers[size_t(l)];
        const bool context = layer.source->spec.role == LayerSpec::Role::Context;
        const QString &kind = layer.source->spec.kind;
        for (size_t i = 0; i < layer.items.size(); ++i) {
            const MapScene::Item &item = layer.items[i];
            const QPainterPath &area = m_pixelAreas[size_t(l)][i];
            const QPainterPath &lines = m_pixelLines[size_t(l)][i];
            painter.setOpacity(display.opacity);
            if (context) {
                if (!area.isEmpty()) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(kind == QLatin1String("land") ? kLand.darker(104) : kWater);
                    painter.drawPath(area);
                }
                if (!lines.isEmpty()) {
                    QPen pen(kind == QLatin1String("boundary") ? QColor(0x80, 0x80, 0x80) : kRiver, 1.6 * scale);
                    painter.setPen(pen);
                    painter.setBrush(Qt::NoBrush);
                    painter.drawPath(lines);
                }
                continue;
            }
            const FeatureStyle &style = m_styles[item.modelIndex];
            if (!area.isEmpty()) {
                painter.setPen(Qt::NoPen);
                painter.setOpacity(Symbology::fillOpacity(style) * display.opacity);
                painter.setBrush(symbols.fillBrush(style));
                painter.drawPath(area);
                painter.setOpacity(display.opacity);
                painter.setBrush(Qt::NoBrush);
                QPen pen = symbols.outlinePen(item.approximate);
                pen.setWidthF(1.2 * scale);
                painter.setPen(pen);
                painter.drawPath(area);
            }
            if (!lines.isEmpty()) {
                QPen pen(style.status == ControlStatus::Unknown ? Symbology::unknownColor() : style.primary, 3 * scale);
                painter.setPen(pen);
                painter.drawPath(lines);
            }
        }
    }
    // Points last, above every area, so a garrison is never hidden under a district or water.
    const QTransform t = view.worldToPixel();
    for (int l : order) {
        const MapScene::Layer &layer = layers[size_t(l)];
        const LayerDisplay display = view.layerDisplay(l);
        if (layer.source->spec.role != LayerSpec::Role::Features || !display.visible || display.opacity <= 0)
            continue;
        painter.setOpacity(display.opacity);
        for (const MapScene::Item &item : layer.items)
            for (const QPointF &p : item.points)
                drawPointSymbol(painter, t.map(p), 6.5 * scale, item.kind, m_styles[item.modelIndex], symbols,
                                item.approximate);
    }
    painter.setOpacity(1.0);
}

void MapRenderer::drawLabels(QPainter &painter, const MapView &view, double scale)
{
    const QTransform t = view.worldToPixel();
    const double pixelArea = 1.0 / (view.unitsPerPixel() * view.unitsPerPixel());
    QFont areaFont = painter.font();
    areaFont.setPixelSize(int(13 * scale));
    areaFont.setBold(true);
    QFont pointFont = painter.font();
    pointFont.setPixelSize(int(11.5 * scale));
    QList<QRectF> taken;
    const QRectF frame(QPointF(0, 0), QSizeF(view.size));

    auto drawHaloText = [&](const QFont &font, QPointF at, const QString &text, const QColor &color) {
        QPainterPath path;
        path.addText(at, font, text);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(path);
    };

    const auto &layers = m_scene->layers();
    for (int l : view.drawOrder(int(layers.size()))) {
        const MapScene::Layer &layer = layers[size_t(l)];
        if (layer.source->spec.role != LayerSpec::Role::Features || !view.layerDisplay(l).visible)
            continue;
        for (const MapScene::Item &item : layer.items) {
            if (!item.feature)
                continue;
            QString text = item.feature->name.text(view.language);
            // "Vyborg district (Vyborgskaya chast)" -> "Vyborg district": the map has no room.
            if (const int paren = text.indexOf(QLatin1String(" (")); paren > 0)
                text.truncate(paren);
            const bool isArea = item.labelArea > 0;
            const QFont &font = isArea ? areaFont : pointFont;
            const QFontMetricsF metrics(font);
            const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
            const QPointF anchor = t.map(item.labelAnchor);
            QRectF box;
            if (isArea) {
                if (item.labelArea * pixelArea < size.width() * size.height() * 1.5)
                    continue;
                box = QRectF(anchor - QPointF(size.width() / 2, size.height() / 2), size);
            } else {
                box = QRectF(anchor + QPointF(9 * scale, -size.height() / 2), size);
            }
            if (!frame.contains(box))
                continue;
            bool clash = false;
            for (const QRectF &r : taken)
                clash = clash || r.intersects(box);
            if (clash)
                continue;
            taken << box.adjusted(-2, -2, 2, 2);
            drawHaloText(font, QPointF(box.left(), box.top() + metrics.ascent()), text,
                         isArea ? QColor(0x22, 0x22, 0x22) : QColor(0x10, 0x10, 0x10));
        }
    }
}

} // namespace dpa
