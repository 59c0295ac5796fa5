#pragma once

#include "io/crs.h"
#include "core/error.h"
#include "io/geometry.h"
#include "io/handles.h"

namespace dpa {

// A PROJ transformation between two CRSs, in traditional GIS axis order (lon/lat, easting/
// northing) whatever the CRS's official order. Owns one PJ of the calling thread's context, so
// use it on the thread that made it.
class CoordinateTransform
{
public:
    static Result<CoordinateTransform> create(const Crs &source, const Crs &target);

    const Crs &source() const { return m_source; }
    const Crs &target() const { return m_target; }
    // True when source and target are the same CRS (or the same written two ways: PROJ finds them
    // equivalent) and transform() copies coordinates.
    bool isIdentity() const { return !m_pj; }

    // Points that cannot be transformed become NaN; the Result form names the point.
    QPointF transform(QPointF p) const;
    Result<QPointF> transformChecked(QPointF p) const;
    QPointF inverse(QPointF p) const;
    // Transforms in place; returns false if any point failed (those become NaN).
    bool transformInPlace(std::vector<QPointF> &points) const;
    bool transformInPlace(Geometry &geometry) const;
    // The box that contains the transformed box, sampled along its edges (PROJ's
    // proj_trans_bounds), so curved edges of the target are covered.
    BoundingBox transformBounds(const BoundingBox &box) const;

    // PROJ's description of the chosen operation, e.g. "Inverse of NTF (Paris) ... + ...".
    QString operationName() const;

private:
    Crs m_source, m_target;
    ProjHandle m_pj;
};

} // namespace dpa
