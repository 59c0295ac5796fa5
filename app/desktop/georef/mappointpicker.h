#pragma once

#include <QObject>
#include <QPointF>

namespace dpa {

class GeorefMapOverlay;
class MapCanvas;

// The georeferencer's mouse on the case study's map, as an event filter so the canvas keeps
// its own panning: a click (press and release within a few pixels) places the map half of a
// point; a drag that starts on a point's marker moves that point, and the canvas does not pan.
class MapPointPicker : public QObject
{
    Q_OBJECT
public:
    MapPointPicker(MapCanvas *canvas, GeorefMapOverlay *overlay);
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void mapClicked(QPointF world);
    // The marker of the point at `index` was dragged to `world` (the case study's CRS).
    void pointMoved(int index, QPointF world);

private:
    MapCanvas *m_canvas;
    GeorefMapOverlay *m_overlay;
    QPointF m_press;
    int m_dragIndex = -1;
};

} // namespace dpa
