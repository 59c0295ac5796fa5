#pragma once

#include "core/error.h"
#include "render/framecontext.h"

#include <QImage>

#include <vector>

class QPainter;

namespace dpa {

// Period maps (georeferenced scans) valid at the frame's time, warped by GDAL into the view and
// drawn under the fills. Warping is the slow part, so each map's warped image is kept for the
// view until reset() (a new view) unless the frame is drawn uncached (vector output).
class PeriodMapPass
{
public:
    void reset(size_t periodMapCount) { m_images.assign(periodMapCount, {}); }
    // Problems (a map that would not warp) are appended to `errors`; the rest is still drawn.
    void draw(QPainter &painter, const FrameContext &frame, bool useCache, ErrorList &errors);

private:
    std::vector<QImage> m_images;   // per period map, warped for the current view
};

} // namespace dpa
