#include "maprenderer.h"
#include "mapdecorations.h"
#include "symbology.h"
#include "rasterreader.h"
#include "gdalenvironment.h"

#include <algorithm>

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
        symbols.fillArea(p, shape, style);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, pen.widthF() + 1.5));
    p.drawPath(shape);
    p.setPen(pen);
    p.drawPath(shape);
}

} // namespace

MapRenderer::MapRenderer(std::shared_ptr<const MapScene> scene)
    : m_scene(std::move(scene)), m_groundScale(m_scene->study().manifest.crs) {}

bool MapRenderer::ViewKey::operator==(const ViewKey &o) const
{
    auto sameLayers = [](const std::vector<LayerDisplay> &a, const std::vector<LayerDisplay> &b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const LayerDisplay &x, const LayerDisplay &y) {
                   return x.visible == y.visible && x.opacity == y.opacity;
               });
    };
    return transform == o.transform && size == o.size && dpr == o.dpr && sameLayers(layers, o.layers) &&
           order == o.order && language == o.language && labels == o.labels;
}

QImage MapRenderer::renderImage(const MapView &view, qreal devicePixelRatio)
{
    QImage image(view.size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    render(painter, view, devicePixelRatio);
    return image;
}

int MapRenderer::featureAt(QPointF pixel) const
{
    return m_viewCacheValid ? m_ids.featureAt((pixel * m_viewKey.dpr).toPoint()) : -1;
}

void MapRenderer::prepareGeometry(const MapView &view)
{
    const QTransform t = view.worldToPixel();
    if (m_geometryValid && t == m_cachedTransform)
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
    m_geometryValid = true;
}

QImage MapRenderer::newLayerImage(const MapView &view, qreal dpr) const
{
    QImage image(view.size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
}

void MapRenderer::prepareViewCache(const MapView &view, qreal dpr, double scale)
{
    ViewKey key{view.worldToPixel(), view.size, dpr, view.layers, view.layerOrder, view.language, view.showLabels};
    if (m_viewCacheValid && key == m_viewKey)
        return;
    const auto &layers = m_scene->layers();
    const std::vector<int> order = view.drawOrder(int(layers.size()));
    // Context layers drawn before the first feature layer go under the fills, the rest over.
    size_t firstFeature = order.size();
    for (size_t i = 0; i < order.size(); ++i)
        if (layers[size_t(order[i])].source->spec.role == LayerSpec::Role::Features) {
            firstFeature = i;
            break;
        }
    m_underlay = newLayerImage(view, dpr);
    m_overlay = newLayerImage(view, dpr);
    {
        QPainter under(&m_underlay), over(&m_overlay);
        under.setRenderHint(QPainter::Antialiasing);
        over.setRenderHint(QPainter::Antialiasing);
        under.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size)), kLand);
        for (size_t i = 0; i < order.size(); ++i) {
            const int l = order[i];
            const LayerDisplay display = view.layerDisplay(l);
            if (!display.visible || display.opacity <= 0)
                continue;
            if (layers[size_t(l)].source->spec.role == LayerSpec::Role::Features)
                drawOutlines(over, l, display, scale);
            else
                drawContext(i < firstFeature ? under : over, l, display, scale);
        }
    }
    m_ids.build(*m_scene, m_pixelAreas, view, dpr);
    m_labels = newLayerImage(view, dpr);
    if (view.showLabels) {
        QPainter labels(&m_labels);
        labels.setRenderHint(QPainter::Antialiasing);
        drawLabels(labels, view, scale);
    }
    m_periodMapImages.assign(m_scene->study().periodMaps.size(), {});
    m_viewKey = std::move(key);
    m_viewCacheValid = true;
}

void MapRenderer::render(QPainter &painter, const MapView &view, qreal dpr)
{
    m_errors.clear();
    const double scale = std::max(0.5, std::min(view.size.width(), view.size.height()) / 1080.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    m_styles.compute(m_scene->study(), view.time);
    prepareGeometry(view);
    const QRectF frame(QPointF(0, 0), QSizeF(view.size));
    if (view.vectorOutput) {
        painter.fillRect(frame, kLand);
        drawPeriodMaps(painter, view, false);
        const auto &layers = m_scene->layers();
        for (int l : view.drawOrder(int(layers.size()))) {
            const LayerDisplay display = view.layerDisplay(l);
            if (!display.visible || display.opacity <= 0)
                continue;
            if (layers[size_t(l)].source->spec.role == LayerSpec::Role::Features) {
                drawVectorFills(painter, l, display, scale);
                drawOutlines(painter, l, display, scale);
            } else {
                drawContext(painter, l, display, scale);
            }
        }
        drawFrontLines(painter, view, scale);
        drawPoints(painter, view, scale);
        if (view.showLabels)
            drawLabels(painter, view, scale);
    } else {
        prepareViewCache(view, dpr, scale);
        painter.drawImage(frame, m_underlay);
        drawPeriodMaps(painter, view, true);
        painter.drawImage(frame, m_ids.colourise(m_styles, scale * dpr));
        painter.drawImage(frame, m_overlay);
        drawFrontLines(painter, view, scale);
        drawPoints(painter, view, scale);
        painter.drawImage(frame, m_labels);
    }

    MapDecorations decorations(m_scene->study(), view, scale);
    if (view.showTitle) {
        const QRectF title = decorations.drawTitle(painter);
        decorations.drawEventCaptions(painter, title);
    }
    if (view.showLegend)
        decorations.drawLegend(painter);
    if (view.showScaleBar) {
        const GroundScale ground = m_groundScale.measure(view);
        decorations.drawScaleBar(painter, ground);
        decorations.drawNorthArrow(painter, ground);
    }
    decorations.drawAttribution(painter);
    painter.restore();
}

void MapRenderer::drawPeriodMaps(QPainter &painter, const MapView &view, bool useCache)
{
    const auto &maps = m_scene->study().periodMaps;
    for (size_t m = 0; m < maps.size(); ++m) {
        const CasePeriodMap &map = maps[m];
        const bool configured = m < view.periodMaps.size();
        if (!map.spec.valid.contains(view.time) || (configured && !view.periodMaps[m].visible))
            continue;
        QImage image;
        if (useCache && !m_periodMapImages[m].second.isNull()) {
            image = m_periodMapImages[m].second;
        } else {
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
            // Copy out of the warp's buffer: the cache outlives it.
            image = QImage(reinterpret_cast<const uchar *>(warped->pixels.constData()), warped->size.width(),
                           warped->size.height(), QImage::Format_ARGB32).copy();
            if (useCache)
                m_periodMapImages[m] = {request.extent, image};
        }
        painter.save();
        painter.setOpacity(configured ? view.periodMaps[m].opacity : map.spec.opacity);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size)), image);
        painter.restore();
    }
}

void MapRenderer::drawContext(QPainter &painter, int l, const LayerDisplay &display, double scale)
{
    const MapScene::Layer &layer = m_scene->layers()[size_t(l)];
    const QString &kind = layer.source->spec.kind;
    painter.setOpacity(display.opacity);
    for (size_t i = 0; i < layer.items.size(); ++i) {
        const QPainterPath &area = m_pixelAreas[size_t(l)][i];
        const QPainterPath &lines = m_pixelLines[size_t(l)][i];
        if (!area.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kind == QLatin1String("land") ? kLand.darker(104) : kWater);
            painter.drawPath(area);
        }
        if (!lines.isEmpty()) {
            painter.setPen(QPen(kind == QLatin1String("boundary") ? QColor(0x80, 0x80, 0x80) : kRiver, 1.6 * scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(lines);
        }
    }
    painter.setOpacity(1.0);
}

void MapRenderer::drawVectorFills(QPainter &painter, int l, const LayerDisplay &display, double scale)
{
    Symbology symbols(scale);
    const MapScene::Layer &layer = m_scene->layers()[size_t(l)];
    for (size_t i = 0; i < layer.items.size(); ++i) {
        const QPainterPath &area = m_pixelAreas[size_t(l)][i];
        if (area.isEmpty() || layer.items[i].modelIndex < 0)
            continue;
        const FeatureStyle &style = m_styles[layer.items[i].modelIndex];
        painter.setPen(Qt::NoPen);
        painter.setOpacity(Symbology::fillOpacity(style) * display.opacity);
        symbols.fillArea(painter, area, style);
    }
    painter.setOpacity(1.0);
}

void MapRenderer::drawOutlines(QPainter &painter, int l, const LayerDisplay &display, double scale)
{
    Symbology symbols(scale);
    const MapScene::Layer &layer = m_scene->layers()[size_t(l)];
    painter.setOpacity(display.opacity);
    painter.setBrush(Qt::NoBrush);
    for (size_t i = 0; i < layer.items.size(); ++i) {
        const QPainterPath &area = m_pixelAreas[size_t(l)][i];
        const QPainterPath &lines = m_pixelLines[size_t(l)][i];
        if (!area.isEmpty()) {
            QPen pen = symbols.outlinePen(layer.items[i].approximate);
            pen.setWidthF(1.2 * scale);
            painter.setPen(pen);
            painter.drawPath(area);
        }
        if (!lines.isEmpty()) {
            // Line features (a front, a railway) are drawn in the outline colour here; their
            // holder's colour would need a per-frame pass, which lines do not have yet.
            painter.setPen(QPen(Symbology::outlineColor(), 3 * scale));
            painter.drawPath(lines);
        }
    }
    painter.setOpacity(1.0);
}

void MapRenderer::drawFrontLines(QPainter &painter, const MapView &view, double scale)
{
    if (view.frontLines.empty())
        return;
    const QTransform t = view.worldToPixel();
    QPainterPath path;
    for (const Ring &line : view.frontLines) {
        if (line.empty())
            continue;
        path.moveTo(t.map(line.front()));
        for (size_t i = 1; i < line.size(); ++i)
            path.lineTo(t.map(line[i]));
    }
    // A white casing under a dark red line reads on every fill colour.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 6 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(QColor(0xa5, 0x00, 0x26), 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

void MapRenderer::drawPoints(QPainter &painter, const MapView &view, double scale)
{
    // Points last, above every area, so a garrison is never hidden under a district or water.
    Symbology symbols(scale);
    const QTransform t = view.worldToPixel();
    const auto &layers = m_scene->layers();
    for (int l : view.drawOrder(int(layers.size()))) {
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
