#include "georef/mappointpicker.h"
#include "georef/georefmapoverlay.h"
#include "map/mapcanvas.h"

#include <QMouseEvent>

namespace dpa {
namespace {

constexpr int kClickSlop = 3;   // screen pixels a click may wander and still be a click

} // namespace

MapPointPicker::MapPointPicker(MapCanvas *canvas, GeorefMapOverlay *overlay) : QObject(canvas), m_canvas(canvas), m_overlay(overlay)
{
    canvas->installEventFilter(this);
}

bool MapPointPicker::eventFilter(QObject *, QEvent *event)
{
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return false;
    auto *e = static_cast<QMouseEvent *>(event);
    const QPointF at = e->position();
    const bool moved = (at - m_press).manhattanLength() > kClickSlop;
    if (type == QEvent::MouseButtonPress && e->button() == Qt::LeftButton) {
        m_press = at;
        m_dragIndex = m_overlay->markerAt(at);
        if (m_dragIndex >= 0) {
            m_canvas->setCursor(Qt::ClosedHandCursor);
            return true;   // the canvas must not start a pan under the dragged marker
        }
        return false;
    }
    if (m_dragIndex >= 0 && type == QEvent::MouseMove) {
        m_overlay->setDragged(m_dragIndex, m_canvas->toWorld(moved ? at : m_press));
        return true;
    }
    if (type == QEvent::MouseButtonRelease && e->button() == Qt::LeftButton) {
        const int index = m_dragIndex;
        m_dragIndex = -1;
        if (index >= 0) {
            m_canvas->unsetCursor();
            m_overlay->setDragged(-1, {});
        }
        if (!moved)
            emit mapClicked(m_canvas->toWorld(at));   // a click on a marker still places there
        else if (index >= 0)
            emit pointMoved(index, m_canvas->toWorld(at));
        return index >= 0;
    }
    return false;
}

} // namespace dpa
