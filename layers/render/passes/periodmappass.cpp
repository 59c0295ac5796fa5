#include "render/passes/periodmappass.h"
#include "io/gdalenvironment.h"
#include "io/rasterreader.h"

#include <QPainter>

namespace dpa {

void PeriodMapPass::draw(QPainter &painter, const FrameContext &frame, bool useCache, ErrorList &errors)
{
    const MapView &view = frame.view;
    const auto &maps = frame.scene.study().periodMaps;
    if (useCache && m_images.size() != maps.size())
        reset(maps.size());
    for (size_t m = 0; m < maps.size(); ++m) {
        const CasePeriodMap &map = maps[m];
        const bool configured = m < view.periodMaps.size();
        if (!map.spec.valid.contains(view.time) || (configured && !view.periodMaps[m].visible))
            continue;
        QImage image;
        if (useCache && !m_images[m].isNull()) {
            image = m_images[m];
        } else {
            RasterWarpRequest request;
            request.targetCrs = frame.scene.study().manifest.crs;
            request.extent = view.fittedExtent();
            request.size = view.size;
            request.allowedDrivers = GdalEnvironment::packageRasterDrivers();
            request.displayName = map.spec.file;
            auto warped = warpRaster(map.path, request);
            if (!warped) {
                errors << warped.error();
                continue;
            }
            // Copy out of the warp's buffer: the cache outlives it.
            image = QImage(reinterpret_cast<const uchar *>(warped->pixels.constData()), warped->size.width(),
                           warped->size.height(), QImage::Format_ARGB32).copy();
            if (useCache)
                m_images[m] = image;
        }
        painter.save();
        painter.setOpacity(configured ? view.periodMaps[m].opacity : map.spec.opacity);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(view.size)), image);
        painter.restore();
    }
}

} // namespace dpa
