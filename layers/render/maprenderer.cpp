#include "render/maprenderer.h"
#include "render/framecontext.h"
#include "render/mapdecorations.h"
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

void MapRenderer::prepareViewCache(const FrameContext &frame, qreal dpr)
{
    const MapView &view = frame.view;
    ViewKey key{view.worldToPixel(), view.size, dpr, view.layers, view.layerOrder, view.language, view.showLabels};
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
    m_ids.build(*m_scene, m_geometry.areas(), view, dpr);
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

void MapRenderer::render(QPainter &painter, const MapView &view, qreal dpr)
{
    m_errors.clear();
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
    int covered = 0;
    for (int i = 0; i < kSamples; ++i)
        for (int j = 0; j < kSamples; ++j) {
            const QPointF at(rect.left() + rect.width() * (i + 0.5) / kSamples, rect.top() + rect.height() * (j + 0.5) / kSamples);
            if (!frame.view.vectorOutput && m_viewCacheValid) {
                covered += featureAt(at) >= 0;
                continue;
            }
            bool inside = false;
            for (size_t l = 0; l < m_scene->layers().size() && !inside; ++l) {
                if (!frame.isFeatureLayer(int(l)) || !frame.view.layerDisplay(int(l)).visible)
                    continue;
                const auto &areas = m_geometry.areas()[l];
                for (const QPainterPath &area : areas)
                    if (area.controlPointRect().contains(at) && area.contains(at)) {
                        inside = true;
                        break;
                    }
            }
            covered += inside;
        }
    return double(covered) / (kSamples * kSamples);
}

const LegendContents &MapRenderer::legendContents()
{
    // What is in force changes only when some feature's claims do.
    const bool stale = !m_legend || m_styles.allChanged() || !m_styles.changed().empty() ||
                       m_legendGeneration + 1 != m_styles.generation();
    m_inForce.update(m_scene->study(), m_styles);
    if (stale)
        m_legend = m_inForce.contents(m_styles);
    m_legendGeneration = m_styles.generation();
    return *m_legend;
}

void MapRenderer::drawDecorations(QPainter &painter, const FrameContext &frame)
{
    const MapView &view = frame.view;
    MapDecorations decorations(m_scene->study(), view, frame.scale);
    QList<QRectF> taken;
    if (view.showTitle) {
        const QRectF title = decorations.drawTitle(painter);
        taken << title << decorations.drawEventCaptions(painter, title);
    }
    if (view.showLegend)
        decorations.drawLegend(painter, legendContents(),
                               [&](const QRectF &r) { return featureCoverage(frame, r); }, taken);
    if (view.showScaleBar) {
        const GroundScale ground = m_groundScale.measure(view);
        decorations.drawScaleBar(painter, ground);
        decorations.drawNorthArrow(painter, ground);
    }
    decorations.drawAttribution(painter);
}

} // namespace dpa
