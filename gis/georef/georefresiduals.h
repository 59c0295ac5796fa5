#pragma once

#include "georef/georeftransform.h"

#include <QPointF>

#include <vector>

namespace dpa {

// How far each control point lies from where the fitted transformation puts it, as QGIS's
// Georeferencer shows it: on the ground (the scan position taken onto the map, against the map
// position) and the same misfit in scan pixels, with the root mean square over the enabled points.
// A thin plate spline passes through every point, so its residuals are zero by construction
// and say nothing about accuracy; check it with disabled points, whose residuals are computed
// too but left out of the RMS.
struct GcpResidual
{
    bool enabled = false;
    bool computed = false;    // false when the transformation cannot reach the point
    // Where the map position lies on the scan, minus where the point was placed (x right, y
    // down): the map misfit taken back through the transformation's local scale and turn.
    QPointF pixels;
    double pixelLength = 0;
    double metres = 0;        // |toMap(pixel) - map| on the ground; NaN when the CRS is unknown
    bool outlier = false;
};

struct GeorefResiduals
{
    std::vector<GcpResidual> points;   // one per point of the set, in its order
    double rmsPixels = 0;
    double rmsMetres = 0;
    int outliers = 0;

    // Outlier rule: an enabled point whose pixel residual is more than kOutlierFactor times the
    // median of the enabled points' and more than kOutlierMinPixels (so exact fits, whose
    // residuals are rounding noise, flag nothing). A point clicked on the wrong spot stands out
    // by far more than that; ordinary scatter of hand-picked points stays within about twice the median.
    static constexpr double kOutlierFactor = 3;
    static constexpr double kOutlierMinPixels = 1;

    static GeorefResiduals compute(const GcpSet &set, const GeorefTransform &transform);
    std::vector<QPointF> pixelResiduals() const;
};

} // namespace dpa
