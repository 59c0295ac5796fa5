#include "package/postgis/pgviewplan.h"

#include <algorithm>

namespace dpa::postgis::viewplan {

ViewQuery queryFor(const BoundingBox &extent, double pixelSize, qint64 totalFeatures, const BoundingBox &whole)
{
    ViewQuery query;
    query.box = extent.grown(kMargin);
    // The share of the study's extent the box covers, times its features: the features it is
    // expected to meet where they are spread evenly.
    double share = 1;
    if (whole.isValid() && whole.width() > 0 && whole.height() > 0) {
        const double w = std::min(query.box.xMax, whole.xMax) - std::max(query.box.xMin, whole.xMin);
        const double h = std::min(query.box.yMax, whole.yMax) - std::max(query.box.yMin, whole.yMin);
        share = std::clamp(std::max(w, 0.0) * std::max(h, 0.0) / (whole.width() * whole.height()), 0.0, 1.0);
    }
    if (double(totalFeatures) * share > double(kExactUpTo) && pixelSize > 0)
        query.tolerance = pixelSize / 2;
    return query;
}

bool covers(const ViewQueryResult &read, const BoundingBox &extent, double pixelSize)
{
    const BoundingBox &b = read.box;
    const bool inside = b.isValid() && extent.isValid() && b.xMin <= extent.xMin && b.yMin <= extent.yMin
                        && extent.xMax <= b.xMax && extent.yMax <= b.yMax;
    // Read at half a pixel of a coarser view: still under a pixel until zoomed in twice as far.
    return inside && (read.tolerance <= 0 || read.tolerance <= pixelSize);
}

} // namespace dpa::postgis::viewplan
