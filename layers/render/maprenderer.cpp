#include "render/maprenderer.h"
#include "render/framecontext.h"
#include "render/mapdecorations.h"
#include "render/passes/basemappass.h"
#include "render/passes/contextlayerpass.h"
#include "render/passes/frontlinepass.h"
#include "render/passes/highlightpass.h"
#include "render/passes/labelpass.h"
#include "render/passes/outlinepass.h"
#include "render/passes/pointsymbolpass.h"
#include "render/passes/presencemarkpass.h"
#include "render/passes/vectorfillpass.h"
#include "style/basemapcolours.h"

#include <algorithm>

#include <QPainter>
#include <QPicture>

namespace dpa {
namespace {

QImage newLayerImage(const MapView &view, qreal dpr)
{
    QImage image(view.size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
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
           order == o.order && language == o.language && labels == o.labels && basemap == o.basemap;
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

void MapRenderer::prepareViewCache(const FrameContext &frame, qreal dpr)
{
    const MapView &view = frame.view;
    ViewKey key{view.worldToPixel(), view.size, dpr, view.layers, view.layerOrder, view.language, view.showLabels, view.basemap};
    if (m_viewCacheValid && key == m_viewKey)
        return;
    const auto &layers = m_scene->layers();
    const std::vector<int> order = view.drawOrder(int(layers.size()));
    // Context layers drawn before the first feature layer go under the fills, the rest over.
    size_t firstFeature = order.size();
    for (size_t i = 0; i < order.size(); ++i)
        if (frame.isFeatureLayer(order[i])) {
            firstFeature = i;
            break;
        }
    m_underlay = newLayerImage(view, dpr);
    m_overlay = newLayerImage(view, dpr);
    {
        QPainter under(&m_underlay), over(&m_overlay);
        under.setRenderHint(QPainter::Antialiasing);
        over.setRenderHint(QPainter::Antialiasing);
        under.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size)), basemap::land());
        BasemapPass(frame).draw(under, m_errors);
        for (size_t i = 0; i < order.size(); ++i) {
            const int l = order[i];
            const LayerDisplay display = view.layerDisplay(l);
            if (!display.visible || display.opacity <= 0)
                continue;
            if (frame.isFeatureLayer(l))
                OutlinePass(frame).draw(over, l, display);
            else
                ContextLayerPass(frame).draw(i < firstFeature ? under : over, l, display);
        }
    }
    m_ids.build(*m_scene, m_geometry, view, dpr);
    m_labels = newLayerImage(view, dpr);
    if (view.showLabels) {
        QPainter labels(&m_labels);
        labels.setRenderHint(QPainter::Antialiasing);
        LabelPass(frame).draw(labels);
    }
    m_periodMaps.reset(m_scene->study().periodMaps.size());
    m_viewKey = std::move(key);
    m_viewCacheValid = true;
}

void MapRenderer::prepareFrame(const MapView &view, qreal dpr)
{
    m_styles.compute(m_scene->study(), view.time);
    m_geometry.prepare(*m_scene, view);
    if (!view.vectorOutput)
        prepareViewCache(FrameContext{*m_scene, view, m_styles, m_geometry, view.pixelScale()}, dpr);
}

LegendPlacement MapRenderer::legendPlacement(const MapView &view, qreal dpr)
{
    if (!view.showLegend || view.layout.legend != LegendPlacement::Auto)
        return view.layout.legend;
    prepareFrame(view, dpr);
    const FrameContext frame{*m_scene, view, m_styles, m_geometry, view.pixelScale()};
    MapDecorations decorations(*m_scene, view, frame.scale);
    // The title and captions are measured by drawing them where nobody sees.
    QPicture scratch;
    QPainter measure(&scratch);
    QList<QRectF> taken;
    if (view.showTitle) {
        const QRectF title = decorations.drawTitle(measure);
        taken << title << decorations.drawEventCaptions(measure, title);
    }
    double covered = 1;
    LegendPlacement corner = LegendPlacement::Beside;
    decorations.freeCorner(decorations.legendSize(legendContents()),
                           [&](const QRectF &r) { return featureCoverage(frame, r); }, taken, &covered, &corner);
    // A corner over no feature, or beside the map: a legend never hides what the map is about.
    return covered > 0 ? LegendPlacement::Beside : corner;
}

void MapRenderer::render(QPainter &painter, const MapView &view, qreal dpr)
{
    m_errors.clear();
    MapView resolved = view;
    resolved.layout.legend = legendPlacement(view, dpr);
    m_legendBox = QRectF();
    if (resolved.showLegend && resolved.layout.legend == LegendPlacement::Beside)
        renderWithLegendBeside(painter, resolved, dpr);
    else
        renderFrame(painter, resolved, dpr);
}

void MapRenderer::renderWithLegendBeside(QPainter &painter, const MapView &view, qreal dpr)
{
    // The map shrinks to make room: on a landscape page the legend is a column on the right,
    // on a portrait page a band under the map. Text keeps the page's size.
    MapView map = view;
    map.showLegend = false;
    map.textScale = view.pixelScale();
    m_styles.compute(m_scene->study(), view.time);
    const LegendContents &contents = legendContents();
    const MapDecorations pageDecorations(m_scene->study(), view, map.textScale);
    const QSizeF legend = pageDecorations.legendSize(contents);
    const double margin = 12 * map.textScale;
    const bool column = view.size.width() >= view.size.height();
    QPointF legendAt;
    if (column) {
        map.size.setWidth(std::max(1, int(view.size.width() - legend.width() - 2 * margin)));
        legendAt = QPointF(map.size.width() + margin, margin);
    } else {
        map.size.setHeight(std::max(1, int(view.size.height() - legend.height() - 2 * margin)));
        legendAt = QPointF(margin, map.size.height() + margin);
    }
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size)), Qt::white);
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(map.size)));
    renderFrame(painter, map, dpr);
    painter.restore();
    // The legend of the map's own styles, which renderFrame has just computed for this date.
    pageDecorations.paintLegend(painter, legendContents(), legendAt);
    m_legendBox = QRectF(legendAt, legend);
}

void MapRenderer::renderFrame(QPainter &painter, const MapView &view, qreal dpr)
{
    m_mapRect = QRectF(QPointF(0, 0), QSizeF(view.size));
    const double scale = view.pixelScale();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    m_styles.compute(m_scene->study(), view.time);
    m_geometry.prepare(*m_scene, view);
    const FrameContext frame{*m_scene, view, m_styles, m_geometry, scale};
    if (view.vectorOutput)
        drawVectorFrame(painter, frame);
    else
        drawRasterFrame(painter, frame, dpr);
    drawDecorations(painter, frame);
    painter.restore();
}

void MapRenderer::drawVectorFrame(QPainter &painter, const FrameContext &frame)
{
    const MapView &view = frame.view;
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size)), basemap::land());
    BasemapPass(frame).draw(painter, m_errors);
    m_periodMaps.draw(painter, frame, false, m_errors);
    for (int l : view.drawOrder(int(m_scene->layers().size()))) {
        const LayerDisplay display = view.layerDisplay(l);
        if (!display.visible || display.opacity <= 0)
            continue;
        if (frame.isFeatureLayer(l)) {
            VectorFillPass(frame).draw(painter, l, display);
            OutlinePass(frame).draw(painter, l, display);
        } else {
            ContextLayerPass(frame).draw(painter, l, display);
        }
    }
    FrontLinePass(frame).draw(painter);
    HighlightPass(frame).draw(painter);
    PointSymbolPass(frame).draw(painter);
    PresenceMarkPass(frame).draw(painter);
    if (view.showLabels)
        LabelPass(frame).draw(painter);
}

void MapRenderer::drawRasterFrame(QPainter &painter, const FrameContext &frame, qreal dpr)
{
    const QRectF rect(QPointF(0, 0), QSizeF(frame.view.size));
    prepareViewCache(frame, dpr);
    painter.drawImage(rect, m_underlay);
    m_periodMaps.draw(painter, frame, true, m_errors);
    painter.drawImage(rect, m_ids.colourise(m_styles, frame.scale * dpr));
    painter.drawImage(rect, m_overlay);
    FrontLinePass(frame).draw(painter);
    HighlightPass(frame).draw(painter);
    PointSymbolPass(frame).draw(painter);
    PresenceMarkPass(frame).draw(painter);
    painter.drawImage(rect, m_labels);
}

double MapRenderer::featureCoverage(const FrameContext &frame, const QRectF &rect) const
{
    // A 16 x 16 grid of samples: enough to tell an empty corner of sea or countryside from
    // one over the districts, at no cost worth measuring.
    constexpr int kSamples = 16;
    std::vector<QPointF> samples;
    for (int i = 0; i < kSamples; ++i)
        for (int j = 0; j < kSamples; ++j)
            samples.emplace_back(rect.left() + rect.width() * (i + 0.5) / kSamples, rect.top() + rect.height() * (j + 0.5) / kSamples);
    std::vector<bool> inside(samples.size(), false);
    if (!frame.view.vectorOutput && m_viewCacheValid) {
        for (size_t s = 0; s < samples.size(); ++s)
            inside[s] = featureAt(samples[s]) >= 0;
    } else {
        // Each area's bounds once, then only the samples inside them.
        for (size_t l = 0; l < m_scene->layers().size(); ++l) {
            if (!frame.isFeatureLayer(int(l)) || !frame.view.layerDisplay(int(l)).visible)
                continue;
            for (size_t i = 0; i < m_scene->layers()[l].items.size(); ++i) {
                const PixelRings area = m_geometry.area(int(l), i);
                const QRectF bounds = area.bounds();
                if (area.isEmpty() || !bounds.intersects(rect))
                    continue;
                for (size_t s = 0; s < samples.size(); ++s)
                    if (!inside[s] && bounds.contains(samples[s]) && area.contains(samples[s]))
                        inside[s] = true;
            }
        }
    }
    const int covered = int(std::count(inside.begin(), inside.end(), true));
    return double(covered) / (kSamples * kSamples);
}

const LegendContents &MapRenderer::legendContents()
{
    // What is in force changes only when some feature's claims do.
    const bool stale = !m_legend || (m_legendGeneration != m_styles.generation() &&
                                     (m_styles.allChanged() || !m_styles.changed().empty() ||
                                      m_legendGeneration + 1 != m_styles.generation()));
    m_inForce.update(m_scene->study(), m_styles);
    if (stale)
        m_legend = m_inForce.contents(m_styles);
    m_legendGeneration = m_styles.generation();
    return *m_legend;
}

void MapRenderer::drawDecorations(QPainter &painter, const FrameContext &frame)
{
    const MapView &view = frame.view;
    MapDecorations decorations(*m_scene, view, frame.scale);
    QList<QRectF> taken;
    if (view.showTitle) {
        const QRectF title = decorations.drawTitle(painter);
        taken << title << decorations.drawEventCaptions(painter, title);
    }
    const auto coverage = [&](const QRectF &r) { return featureCoverage(frame, r); };
    if (view.showLegend) {
        m_legendBox = decorations.drawLegend(painter, legendContents(), coverage, taken);
        taken << m_legendBox;
    }
    if (view.layout.inset)
        drawInset(painter, frame, decorations, coverage, taken);
    if (view.showScaleBar) {
        const GroundScale ground = m_groundScale.measure(view);
        decorations.drawScaleBar(painter, ground);
        decorations.drawNorthArrow(painter, ground);
    }
    if (view.showCredits)
        decorations.drawAttribution(painter);
}

void MapRenderer::drawInset(QPainter &painter, const FrameContext &frame, const MapDecorations &decorations,
                            const std::function<double(const QRectF &)> &coverage, const QList<QRectF> &taken)
{
    const MapView &view = frame.view;
    MapView inset;
    inset.extent = m_scene->extent().grown(0.03);
    // A fifth of the picture's shorter side across, in the case study's own proportions.
    const double side = std::max(60.0, std::min(view.size.width(), view.size.height()) * 0.28);
    const double aspect = inset.extent.width() / std::max(1e-9, inset.extent.height());
    inset.size = aspect >= 1 ? QSize(int(side), std::max(1, int(side / aspect)))
                             : QSize(std::max(1, int(side * aspect)), int(side));
    inset.time = view.time;
    inset.language = view.language;
    inset.layers = view.layers;
    inset.layerOrder = view.layerOrder;
    inset.showTitle = inset.showLegend = inset.showLabels = inset.showScaleBar = inset.showCredits = false;
    inset.textScale = frame.scale * 0.5;
    const QRectF box = decorations.freeCorner(QSizeF(inset.size) + QSizeF(8, 8) * frame.scale, coverage, taken);
    if (box.isNull())
        return;   // nowhere clear of the title and legend: better no inset than one over them
    if (!m_insetRenderer)
        m_insetRenderer = std::make_unique<MapRenderer>(m_scene);
    const QImage image = m_insetRenderer->renderImage(inset);
    const BoundingBox shown = view.fittedExtent();
    const QTransform toInset = inset.worldToPixel();
    // The picture's extent on the inset, unless the picture shows the whole case study anyway.
    const BoundingBox all = inset.fittedExtent();
    const bool showsAll = shown.xMin <= all.xMin && shown.yMin <= all.yMin && shown.xMax >= all.xMax && shown.yMax >= all.yMax;
    const QPolygonF outline = showsAll ? QPolygonF()
                                       : toInset.map(QPolygonF(QRectF(QPointF(shown.xMin, shown.yMin), QPointF(shown.xMax, shown.yMax))));
    decorations.drawInset(painter, image, outline, QRectF(box.topLeft() + QPointF(4, 4) * frame.scale, QSizeF(inset.size)));
}

} // namespace dpa
