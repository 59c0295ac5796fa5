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
    // World (the case study's CRS) -> widget position; the inverse of MapCanvas::toWorld.
    QPointF toWidget(QPointF world) const;
    // The world extent the canvas shows now.
    BoundingBox visibleExtent() const;

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
};

} // namespace dpa
