#pragma once

#include "render/maprenderer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

namespace dpa {

// The map on screen. Draws through the same MapRenderer as the CLI into a cached frame; the
// frame is redrawn when the time, the view or the layer settings change, and while dragging the
// cached frame is only shifted, so panning never waits for a render.
//
// A new date only restyles the renderer's per-view caches, which takes milliseconds, so it is
// drawn on the UI thread. A new view (pan, zoom, resize, layers, language, basemap) rebuilds
// those caches, which takes seconds at 100,000 features: the renderer is handed to a worker
// thread with the view and comes back with the frame, and meanwhile the last frame is shown
// moved and scaled to where the new view puts it. Views asked for while a worker draws are not
// queued: when it is done, the latest view is drawn next, and the frames in between are
// dropped, so the window always follows the user's last move.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    void setScene(std::shared_ptr<const MapScene> scene);
    // Another scene of the same case study and layers (a case study opened by view, read again
    // for a new view): the view, the layer settings and the frame shown stay, and the new scene
    // is drawn on a worker while the old frame is shown, as for a pan. Highlighted features are
    // the old scene's model indices: the caller sets them again.
    void replaceScene(std::shared_ptr<const MapScene> scene);
    const MapScene *scene() const { return m_scene.get(); }
    const MapView &view() const { return m_view; }

    void setTime(TimePoint t);
    void setLayerDisplay(std::vector<LayerDisplay> layers, std::vector<int> order);
    // Outlines the territory of one authority (-1: none).
    void setHighlightAuthority(int authority);
    // Outlines these features and frames them (with room around); empty clears.
    void showFeatures(const std::vector<int> &modelIndices);
    void setPeriodMapDisplay(std::vector<LayerDisplay> maps);
    void setLanguage(const QString &language);
    // The user's web-tile basemap under the map; one with an empty url shows none.
    void setBasemap(const TileBasemap &basemap);
    void setFrontLines(std::vector<Ring> lines);

    // The feature under a widget position (model index), or -1: points first, then areas
    // from the top layer down.
    int featureAt(QPointF widgetPos) const;
    QPointF toWorld(QPointF widgetPos) const;
    double lastFrameMilliseconds() const { return m_lastFrameMs; }
    // Scale as 1:N for a 0.28 mm pixel (the OGC standard rendering pixel).
    double scaleDenominator() const;
    // The current frame as drawn (for tests and screenshots); waits for a view being drawn.
    QImage frame();
    // True while a worker draws a new view.
    bool isDrawingView() const { return m_jobRunning; }

public slots:
    void zoomToExtent();
    // Shows `extent` (in the case study's CRS), widened to the window's shape.
    void setExtent(const dpa::BoundingBox &extent);
    void zoomBy(double factor);
    void zoomAt(double factor, QPointF widgetPos);

signals:
    void cursorMoved(QPointF world);
    void featureHovered(int modelIndex);
    void featureClicked(int modelIndex);
    void viewChanged();
    void frameRendered(double milliseconds);
    // A part of the frame could not be drawn (a basemap out of reach, a period map that would
    // not warp); the rest was.
    void renderProblem(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct ViewJob
    {
        std::shared_ptr<MapRenderer> renderer;
        MapView view;
        QImage image;
        double milliseconds = 0;
        ErrorList errors;
        quint64 sceneGeneration = 0;
    };
    // synchronous: draw a new view here too (frame()), instead of on a worker.
    void renderFrame(bool synchronous = false);
    void invalidate();
    // The view changed: its caches are stale and the next frame is drawn on a worker.
    void invalidateView();
    void startViewJob(qreal dpr);
    void finishViewJob();
    void showFrame(const QImage &image, const MapView &view, double milliseconds, const ErrorList &errors);

    std::shared_ptr<const MapScene> m_scene;
    quint64 m_sceneGeneration = 0;
    std::shared_ptr<MapRenderer> m_renderer;   // null while a worker draws with it
    MapView m_view;
    QImage m_frame;
    MapView m_frameView;   // the view m_frame shows
    bool m_dirty = true;
    bool m_viewStale = true;
    bool m_jobRunning = false;
    QFutureWatcher<ViewJob> m_job;
    double m_lastFrameMs = 0;
    // Dragging: where the press was, and the offset by which the cached frame is shifted.
    bool m_dragging = false;
    bool m_moved = false;
    QPointF m_pressPos;
    QPointF m_dragOffset;
    int m_hovered = -1;
};

} // namespace dpa
