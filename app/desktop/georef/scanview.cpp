#include "georef/scanview.h"
#include "georef/gcpmarkers.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QWheelEvent>

namespace dpa {

ScanView::ScanView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(0x60, 0x60, 0x60));
    viewport()->setCursor(Qt::CrossCursor);
}

void ScanView::setScan(const QImage &picture, double scale)
{
    scene()->clear();
    m_item = scene()->addPixmap(QPixmap::fromImage(picture));
    m_item->setTransformationMode(Qt::SmoothTransformation);
    m_item->setScale(scale);
    scene()->setSceneRect(m_item->sceneBoundingRect());
    fitScan();
}

void ScanView::fitScan()
{
    if (m_item)
        fitInView(m_item, Qt::KeepAspectRatio);
}

void ScanView::setPoints(const GcpSet *set, std::optional<QPointF> pending)
{
    m_set = set;
    m_pending = pending;
    viewport()->update();
}

QPoint ScanView::viewportPosition(QPointF scanPixel) const { return mapFromScene(scanPixel); }

void ScanView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.25, event->angleDelta().y() / 120.0);
    scale(factor, factor);
}

void ScanView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void ScanView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    viewport()->setCursor(Qt::CrossCursor);   // ScrollHandDrag leaves its open hand
    if (event->button() == Qt::LeftButton && (event->position().toPoint() - m_pressPos).manhattanLength() <= 3 && m_item)
        emit scanClicked(mapToScene(event->position().toPoint()));
}

void ScanView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_set)
        return;
    painter->save();
    painter->resetTransform();   // markers keep their size on screen at any zoom
    for (const GroundControlPoint &p : m_set->points)
        GcpMarkers::draw(*painter, mapFromScene(QPointF(p.pixel, p.line)), p.id, p.enabled, false);
    if (m_pending)
        GcpMarkers::draw(*painter, mapFromScene(*m_pending), tr("new"), true, true);
    painter->restore();
}

} // namespace dpa
