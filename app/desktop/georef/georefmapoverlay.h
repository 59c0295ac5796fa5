#pragma once

#include "georef/groundcontrolpoint.h"
#include "io/geometry.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace dpa {

class MapCanvas;

// Drawn over the case study's map canvas without taking its clicks: the warped scan's preview
// at the chosen opacity, and the control points' markers. Positions follow the canvas's own
// widget <-> world mapping (MapCanvas::toWorld), so nothing of the canvas is duplicated.
class GeorefMapOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit GeorefMapOverlay(MapCanvas *canvas);
    void setPoints(const GcpSet *set, std::optional<QPointF> pending);
    void setPreview(QImage image, const BoundingBox &extent);
    void setPreviewOpacity(double opacity);
    bool hasPreview() const { return !m_preview.isNull(); }
    // World (the case study's CRS) -> widget position; the inverse of MapCanvas::toWorld.
    QPointF toWidget(QPointF world) const;
    // The world extent the canvas shows now.
    BoundingBox visibleExtent() const;
    // The point whose marker is under a widget position, or -1.
    int markerAt(QPointF widgetPos) const;
    // Draws the point at `index` at `world` while it is dragged there (-1: none is).
    void setDragged(int index, QPointF world);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MapCanvas *m_canvas;
    const GcpSet *m_set = nullptr;
    std::optional<QPointF> m_pending;
    QImage m_preview;
    BoundingBox m_previewExtent;
    double m_opacity = 0.6;
    int m_dragIndex = -1;
    QPointF m_dragWorld;
};

} // namespace dpa
