#pragma once

#include "error.h"
#include "featurestyle.h"
#include "mapscene.h"
#include "mapview.h"

#include <QImage>
#include <QPainterPath>

#include <memory>

class QPainter;

namespace dpa {

// The one renderer: the CLI, the window and every exporter draw a case study through it, so a
// PNG from `dpatlas-cli render` and the map on screen are the same picture. Draws, bottom to
// top: land, period maps valid at the time, the layers in manifest order (features by status,
// context as water/rivers), point symbols, labels, then the title with the date in the
// package's calendars, the legend, event captions and the data credits.
class MapRenderer
{
public:
    explicit MapRenderer(std::shared_ptr<const MapScene> scene);

    // Paints the whole frame onto `painter`, whose device is view.size pixels.
    void render(QPainter &painter, const MapView &view);
    QImage renderImage(const MapView &view, qreal devicePixelRatio = 1.0);

    // Problems met while drawing the last frame (a period map that would not warp); the frame
    // is still drawn without that part.
    const ErrorList &errors() const { return m_errors; }

    const MapScene &scene() const { return *m_scene; }

private:
    void prepareGeometry(const MapView &view);
    void drawPeriodMaps(QPainter &painter, const MapView &view);
    void drawLayers(QPainter &painter, const MapView &view, double scale);
    void drawLabels(QPainter &painter, const MapView &view, double scale);

    std::shared_ptr<const MapScene> m_scene;
    StyleTable m_styles;
    ErrorList m_errors;
    // Geometry mapped to pixels for the current view; rebuilt only when the view moves.
    QTransform m_cachedTransform;
    bool m_cacheValid = false;
    std::vector<std::vector<QPainterPath>> m_pixelAreas, m_pixelLines;
};

} // namespace dpa
