#include "georef/scanview.h"
#include "georef/gcpmarkers.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace dpa {
namespace {

constexpr int kClickSlop = 3;   // screen pixels a click may wander and still be a click

} // namespace

ScanView::ScanView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(0x60, 0x60, 0x60));
    setFocusPolicy(Qt::StrongFocus);   // R / Shift+R turn the view once it was clicked
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
    if (!m_item)
        return;
    // fitInView() assumes an unrotated view; fit the turned scan's bounding box instead.
    const QRectF scan = m_item->sceneBoundingRect();
    const QRectF turned = QTransform().rotate(m_rotation).mapRect(scan);
    const QRectF port = viewport()->rect();
    if (turned.isEmpty() || port.isEmpty())
        return;
    const double s = 0.98 * std::min(port.width() / turned.width(), port.height() / turned.height());
    setTransform(QTransform().rotate(m_rotation).scale(s, s));
    centerOn(scan.center());
}

void ScanView::setRotation(double degrees)
{
    degrees = std::fmod(degrees, 360.0);
    if (degrees < 0)
        degrees += 360;
    if (degrees == m_rotation)
        return;
    // Turn about the middle of the view, keeping the spot there where it is.
    const QPointF centre = mapToScene(viewport()->rect().center());
    rotate(degrees - m_rotation);
    centerOn(centre);
    m_rotation = degrees;
    emit rotationChanged(m_rotation);
}

void ScanView::setPoints(const GcpSet *set, std::optional<QPointF> pending)
{
    m_set = set;
    m_pending = pending;
    viewport()->update();
}

QPoint ScanView::viewportPosition(QPointF scanPixel) const { return mapFromScene(scanPixel); }

int ScanView::markerAt(QPoint viewportPos) const
{
    if (!m_set)
        return -1;
    int best = -1;
    double bestDistance = GcpMarkers::kGrabRadius;
    for (size_t i = 0; i < m_set->points.size(); ++i) {
        const QPointF d = QPointF(mapFromScene(QPointF(m_set->points[i].pixel, m_set->points[i].line))) - viewportPos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

void ScanView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.25, event->angleDelta().y() / 120.0);
    scale(factor, factor);
}

void ScanView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_R && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))) {
        rotateBy(event->modifiers() & Qt::ShiftModifier ? -90 : 90);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ScanView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && m_item) {
        // A press on a marker grabs its point instead of the sheet.
        m_dragIndex = markerAt(m_pressPos);
        if (m_dragIndex >= 0) {
            const GroundControlPoint &p = m_set->points[size_t(m_dragIndex)];
            m_dragPixel = QPointF(p.pixel, p.line);
            viewport()->setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void ScanView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragIndex >= 0) {
        if ((event->position().toPoint() - m_pressPos).manhattanLength() > kClickSlop)
            m_dragPixel = mapToScene(event->position().toPoint());
        viewport()->update();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ScanView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    const bool click = event->button() == Qt::LeftButton && (at - m_pressPos).manhattanLength() <= kClickSlop;
    if (m_dragIndex >= 0 && event->button() == Qt::LeftButton) {
        const int index = m_dragIndex;
        m_dragIndex = -1;
        viewport()->setCursor(Qt::CrossCursor);
        viewport()->update();
        if (click)
            emit scanClicked(mapToScene(at));   // a click on a marker still places a point there
        else
            emit pointMoved(index, mapToScene(at));
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    viewport()->setCursor(Qt::CrossCursor);   // ScrollHandDrag leaves its open hand
    if (click && m_item)
        emit scanClicked(mapToScene(at));
}

void ScanView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_set)
        return;
    painter->save();
    painter->resetTransform();   // markers keep their size and stay upright at any zoom and turn
    for (size_t i = 0; i < m_set->points.size(); ++i) {
        const GroundControlPoint &p = m_set->points[i];
        const bool dragged = int(i) == m_dragIndex;
        GcpMarkers::draw(*painter, mapFromScene(dragged ? m_dragPixel : QPointF(p.pixel, p.line)), p.id, p.enabled, dragged);
    }
    if (m_pending)
        GcpMarkers::draw(*painter, mapFromScene(*m_pending), tr("new"), true, true);
    painter->restore();
}

} // namespace dpa
