#pragma once

#include "core/error.h"
#include "render/framecontext.h"

class QPainter;

namespace dpa {

// The user's web-tile basemap (MapView::basemap), warped by GDAL into the view and drawn at
// the very bottom, under the context layers. Drawn only when the view changes (the renderer
// keeps it in its underlay). A service that cannot be reached adds one error and the frame is
// drawn without it.
class BasemapPass
{
public:
    explicit BasemapPass(const FrameContext &frame) : m_frame(frame) {}
    void draw(QPainter &painter, ErrorList &errors) const;

private:
    const FrameContext &m_frame;
};

} // namespace dpa
