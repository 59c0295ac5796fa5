#pragma once

#include "georef/groundcontrolpoint.h"

#include <QGraphicsView>

#include <optional>

class QGraphicsPixmapItem;

namespace dpa {

// The scan, zoomed with the wheel around the cursor and panned by dragging; a click (press and
// release without moving) says which scan pixel was clicked. Scene coordinates are the scan's
// own pixels whatever the size of the picture shown, so points are placed at full resolution.
class ScanView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ScanView(QWidget *parent = nullptr);
    // `scale` scan pixels per picture pixel (a large scan is shown shrunk).
    void setScan(const QImage &picture, double scale);
    void setPoints(const GcpSet *set, std::optional<QPointF> pending);
    void fitScan();
    // Where a scan pixel is in the viewport, for tests that click it.
    QPoint viewportPosition(QPointF scanPixel) const;

signals:
    void scanClicked(QPointF pixel);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QGraphicsPixmapItem *m_item = nullptr;
    const GcpSet *m_set = nullptr;
    std::optional<QPointF> m_pending;
    QPoint m_pressPos;
};

} // namespace dpa
