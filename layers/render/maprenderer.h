#pragma once

#include "core/error.h"
#include "render/featureidbuffer.h"
#include "render/framegeometry.h"
#include "render/groundscale.h"
#include "render/inforcetally.h"
#include "render/legendcontents.h"
#include "render/passes/periodmappass.h"
#include "style/featurestyle.h"
#include "view/mapscene.h"
#include "view/mapview.h"

#include <QImage>

#include <functional>
#include <memory>
#include <optional>

class QPainter;

namespace dpa {

struct FrameContext;
class MapDecorations;

// The one renderer: the CLI, the window and every exporter draw a case study through it, so a
// PNG from `dpatlas-cli render` and the map on screen are the same picture. Draws, bottom to
// top: land and the context layers listed before the first feature layer, period maps valid at
// the time, feature areas by status, outlines and the remaining context layers (water, rivers),
// front lines, point symbols, labels, then the title with the date in the package's calendars,
// the legend, event captions and the data credits. Each of those is a pass in render/passes/;
// the renderer keeps their order and the caches.
//
// Everything that does not change with time is drawn once per view into cached images (land,
// water, outlines, labels, the feature id buffer, warped period maps); a new date only recolours
// the id buffer and redraws the point symbols and the title. MapView::vectorOutput draws every
// path instead, for SVG and PDF.
class MapRenderer
{
public:
    explicit MapRenderer(std::shared_ptr<const MapScene> scene);

    // Paints the whole frame onto `painter`, whose device is view.size logical pixels.
    void render(QPainter &painter, const MapView &view, qreal devicePixelRatio = 1.0);
    // Where the legend of `view` goes: its layout's placement, or for Auto the corner free of
    // features, Beside when there is none. An animation asks once, so its legend stays put.
    LegendPlacement legendPlacement(const MapView &view, qreal devicePixelRatio = 1.0);
    QImage renderImage(const MapView &view, qreal devicePixelRatio = 1.0);

    // Problems met while drawing the last frame (a period map that would not warp); the frame
    // is still drawn without that part.
    const ErrorList &errors() const { return m_errors; }

    const MapScene &scene() const { return *m_scene; }
    // Where the last frame put its map (less than the picture when the legend is beside it)
    // and its legend (null when none), in logical pixels.
    QRectF mapRect() const { return m_mapRect; }
    QRectF legendBox() const { return m_legendBox; }
    // The feature drawn at a logical pixel of the last frame's map, or -1 (areas only).
    int featureAt(QPointF pixel) const;

private:
    struct ViewKey
    {
        QTransform transform;
        QSize size;
        qreal dpr = 0;
        std::vector<LayerDisplay> layers;
        std::vector<int> order;
        QString language;
        bool labels = true;
        TileBasemap basemap;
        bool operator==(const ViewKey &o) const;
    };

    void prepareViewCache(const FrameContext &frame, qreal dpr);
    void prepareFrame(const MapView &view, qreal dpr);
    void renderFrame(QPainter &painter, const MapView &view, qreal dpr);
    void renderWithLegendBeside(QPainter &painter, const MapView &view, qreal dpr);
    // The whole case study, small, in the corner that covers the fewest features.
    void drawInset(QPainter &painter, const FrameContext &frame, const MapDecorations &decorations,
                   const std::function<double(const QRectF &)> &coverage, const QList<QRectF> &taken);
    void drawVectorFrame(QPainter &painter, const FrameContext &frame);
    void drawRasterFrame(QPainter &painter, const FrameContext &frame, qreal dpr);
    void drawDecorations(QPainter &painter, const FrameContext &frame);
    const LegendContents &legendContents();
    // The share of `rect` (logical pixels) that feature areas fill in this frame.
    double featureCoverage(const FrameContext &frame, const QRectF &rect) const;

    std::shared_ptr<const MapScene> m_scene;
    StyleTable m_styles;
    ErrorList m_errors;
    GroundScaleMeter m_groundScale;
    FrameGeometry m_geometry;
    // Per-view images for the raster path.
    ViewKey m_viewKey;
    bool m_viewCacheValid = false;
    QImage m_underlay, m_overlay, m_labels;
    FeatureIdBuffer m_ids;
    PeriodMapPass m_periodMaps;
    std::optional<LegendContents> m_legend;
    InForceTally m_inForce;
    quint64 m_legendGeneration = 0;
    QRectF m_mapRect, m_legendBox;
    std::unique_ptr<MapRenderer> m_insetRenderer;   // draws the whole case study for the inset
};

} // namespace dpa
