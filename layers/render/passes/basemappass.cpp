#include "render/passes/basemappass.h"
#include "io/tilebasemap.h"

#include <QImage>
#include <QPainter>

namespace dpa {

void BasemapPass::draw(QPainter &painter, ErrorList &errors) const
{
    const MapView &view = m_frame.view;
    if (!view.basemap.isSet() || view.basemap.opacity <= 0)
        return;
    RasterWarpRequest request;
    request.targetCrs = m_frame.scene.study().manifest.crs;
    request.extent = view.fittedExtent();
    // At the device's pixels, so tiles stay sharp on a high-density screen.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    request.size = (QSizeF(view.size) * dpr).toSize();
    auto warped = tilebasemap::warp(view.basemap, request);
    if (!warped) {
        errors << warped.error();
        return;
    }
    const QImage image(reinterpret_cast<const uchar *>(warped->pixels.constData()), warped->size.width(),
                       warped->size.height(), QImage::Format_ARGB32);
    painter.save();
    painter.setOpacity(view.basemap.opacity);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size)), image);
    painter.restore();
}

} // namespace dpa
