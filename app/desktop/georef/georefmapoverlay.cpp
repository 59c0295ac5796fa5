#include "georef/georefmapoverlay.h"
#include "georef/gcpmarkers.h"
#include "map/mapcanvas.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace dpa {

GeorefMapOverlay::GeorefMapOverlay(MapCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    resize(canvas->size());
    canvas->installEventFilter(this);
}

bool GeorefMapOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        resize(m_canvas->size());
    return false;
}

void GeorefMapOverlay::setPoints(const GcpSet *set, std::optional<QPointF> pending)
{
    m_set = set;
    m_pending = pending;
    update();
}

void GeorefMapOverlay::setPreview(QImage image, const BoundingBox &extent)
{
    m_preview = std::move(image);
    m_previewExtent = extent;
    update();
}

void GeorefMapOverlay::setPreviewOpacity(double opacity)
{
    m_opacity = opacity;
    update();
}

QPointF GeorefMapOverlay::toWidget(QPointF world) const
{
    // The canvas maps linearly: two of its points give scale and origin.
    const QPointF o = m_canvas->toWorld({0, 0}), e = m_canvas->toWorld({1000, 1000});
    return {(world.x() - o.x()) / (e.x() - o.x()) * 1000, (world.y() - o.y()) / (e.y() - o.y()) * 1000};
}

BoundingBox GeorefMapOverlay::visibleExtent() const
{
    const QPointF a = m_canvas->toWorld({0, 0}), b = m_canvas->toWorld(QPointF(m_canvas->width(), m_canvas->height()));
    return {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())};
}

int GeorefMapOverlay::markerAt(QPointF widgetPos) const
{
    if (!m_set)
        return -1;
    int best = -1;
    double bestDistance = GcpMarkers::kGrabRadius;
    for (size_t i = 0; i < m_set->points.size(); ++i) {
        const QPointF d = toWidget({m_set->points[i].mapX, m_set->points[i].mapY}) - widgetPos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

void GeorefMapOverlay::setDragged(int index, QPointF world)
{
    m_dragIndex = index;
    m_dragWorld = world;
    update();
}

void GeorefMapOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_preview.isNull() && m_previewExtent.isValid()) {
        painter.setOpacity(m_opacity);
        const QRectF target(toWidget({m_previewExtent.xMin, m_previewExtent.yMax}), toWidget({m_previewExtent.xMax, m_previewExtent.yMin}));
        painter.drawImage(target, m_preview);
        painter.setOpacity(1);
    }
    if (m_set)
        for (size_t i = 0; i < m_set->points.size(); ++i) {
            const GroundControlPoint &p = m_set->points[i];
            const bool dragged = int(i) == m_dragIndex;
            GcpMarkers::draw(painter, toWidget(dragged ? m_dragWorld : QPointF(p.mapX, p.mapY)), p.id, p.enabled, dragged);
        }
    if (m_pending)
        GcpMarkers::draw(painter, toWidget(*m_pending), tr("new"), true, true);
}

} // namespace dpa
