#pragma once

#include "georef/groundcontrolpoint.h"

#include <QGraphicsView>

#include <optional>

class QGraphicsPixmapItem;

namespace dpa {

// The scan, zoomed with the wheel around the cursor, panned by dragging and turned (R and
// Shift+R by quarter turns, or any angle through setRotation): old sheets are often drawn with
// north anywhere but up. A click (press and release without moving) says which scan pixel was
// clicked; a drag that starts on a point's marker moves that point. Scene coordinates are the
// scan's own pixels whatever the size of the picture shown and however the view is turned, so
// points are placed at full resolution.
class ScanView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ScanView(QWidget *parent = nullptr);
    // `scale` scan pixels per picture pixel (a large scan is shown shrunk).
    void setScan(const QImage &picture, double scale);
    void setPoints(const GcpSet *set, std::optional<QPointF> pending);
    // Fits the whole scan in the view at the current rotation.
    void fitScan();
    // Clockwise degrees, kept in [0, 360); the view turns about its centre.
    double rotation() const { return m_rotation; }
    void setRotation(double degrees);
    void rotateBy(double degrees) { setRotation(m_rotation + degrees); }
    // Where a scan pixel is in the viewport, for tests that click it.
    QPoint viewportPosition(QPointF scanPixel) const;

signals:
    void scanClicked(QPointF pixel);
    // The marker of the point at `index` was dragged to `pixel` and dropped there.
    void pointMoved(int index, QPointF pixel);
    void rotationChanged(double degrees);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // The point whose marker is under a viewport position, or -1.
    int markerAt(QPoint viewportPos) const;

    QGraphicsPixmapItem *m_item = nullptr;
    const GcpSet *m_set = nullptr;
    std::optional<QPointF> m_pending;
    QPoint m_pressPos;
    double m_rotation = 0;
    int m_dragIndex = -1;       // the point being dragged, -1 when none
    QPointF m_dragPixel;        // where it is while dragged
};

} // namespace dpa
