#include "io/coordinatetransform.h"
#include "io/projcontext.h"

#include <QObject>
#include <proj.h>

#include <cmath>

namespace dpa {

Result<CoordinateTransform> CoordinateTransform::create(const Crs &source, const Crs &target)
{
    if (!source.isValid() || !target.isValid())
        return Error::plain(QObject::tr("cannot transform coordinates: CRS is not set"));
    CoordinateTransform t;
    t.m_source = source;
    t.m_target = target;
    if (source == target)
        return t;

    pj_ctx *ctx = ProjContext::current();
    ProjContext::takeMessages();
    // The same CRS written two ways (a GeoPackage's WKT of EPSG:3857 and the manifest's
    // "EPSG:3857") needs no transformation; PROJ would run the projection's inverse and forward
    // on every vertex (a quarter second for the 5 million of 100,000 villages, at each load).
    // Axis order aside for geographic CRSs: both ends are normalised to lon/lat below.
    // Each CRS parsed once, for the comparison and the operation.
    const ProjHandle from(proj_create(ctx, source.wkt().toUtf8().constData()));
    const ProjHandle to(proj_create(ctx, target.wkt().toUtf8().constData()));
    if (from && to && proj_is_equivalent_to_with_ctx(ctx, from.get(), to.get(), PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS))
        return t;
    ProjHandle raw(from && to ? proj_create_crs_to_crs_from_pj(ctx, from.get(), to.get(), nullptr, nullptr) : nullptr);
    if (!raw) {
        return Error::plain(QObject::tr("no transformation from %1 to %2")
                                .arg(source.name(), target.name()))
            .withCauses(ProjContext::takeMessages());
    }
    // GIS order everywhere in the model: x = longitude/easting, y = latitude/northing.
    t.m_pj.reset(proj_normalize_for_visualization(ctx, raw.get()));
    if (!t.m_pj) {
        return Error::plain(QObject::tr("cannot normalise axis order from %1 to %2")
                                .arg(source.name(), target.name()))
            .withCauses(ProjContext::takeMessages());
    }
    return t;
}

QPointF CoordinateTransform::transform(QPointF p) const
{
    if (!m_pj)
        return p;
    PJ_COORD c = proj_coord(p.x(), p.y(), 0, 0);
    c = proj_trans(m_pj.get(), PJ_FWD, c);
    if (c.v[0] == HUGE_VAL || !std::isfinite(c.v[0]) || !std::isfinite(c.v[1]))
        return {qQNaN(), qQNaN()};
    return {c.v[0], c.v[1]};
}

Result<QPointF> CoordinateTransform::transformChecked(QPointF p) const
{
    ProjContext::takeMessages();
    const QPointF out = transform(p);
    if (std::isnan(out.x())) {
        return Error::plain(QObject::tr("cannot transform point (%1, %2) from %3 to %4")
                                .arg(p.x(), 0, 'g', 12).arg(p.y(), 0, 'g', 12)
                                .arg(m_source.name(), m_target.name()))
            .withCauses(ProjContext::takeMessages());
    }
    return out;
}

QPointF CoordinateTransform::inverse(QPointF p) const
{
    if (!m_pj)
        return p;
    PJ_COORD c = proj_coord(p.x(), p.y(), 0, 0);
    c = proj_trans(m_pj.get(), PJ_INV, c);
    if (c.v[0] == HUGE_VAL || !std::isfinite(c.v[0]) || !std::isfinite(c.v[1]))
        return {qQNaN(), qQNaN()};
    return {c.v[0], c.v[1]};
}

bool CoordinateTransform::transformInPlace(std::vector<QPointF> &points) const
{
    if (!m_pj || points.empty())
        return true;
    // QPointF is two packed doubles, which proj_trans_generic reads with a stride.
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    double *xs = reinterpret_cast<double *>(points.data());
    const size_t n = points.size();
    proj_trans_generic(m_pj.get(), PJ_FWD, xs, sizeof(QPointF), n, xs + 1, sizeof(QPointF), n,
                       nullptr, 0, 0, nullptr, 0, 0);
    bool ok = true;
    for (QPointF &p : points) {
        if (p.x() == HUGE_VAL || !std::isfinite(p.x()) || !std::isfinite(p.y())) {
            p = {qQNaN(), qQNaN()};
            ok = false;
        }
    }
    return ok;
}

bool CoordinateTransform::transformInPlace(Geometry &geometry) const
{
    bool ok = true;
    geometry.forEachRing([&](std::vector<QPointF> &ring) { ok = transformInPlace(ring) && ok; });
    return ok;
}

BoundingBox CoordinateTransform::transformBounds(const BoundingBox &box) const
{
    if (!m_pj || !box.isValid())
        return box;
    BoundingBox out;
    if (proj_trans_bounds(ProjContext::current(), m_pj.get(), PJ_FWD, box.xMin, box.yMin, box.xMax,
                          box.yMax, &out.xMin, &out.yMin, &out.xMax, &out.yMax, 21))
        return out;
    return {};
}

QString CoordinateTransform::operationName() const
{
    if (!m_pj)
        return QObject::tr("identity");
    return QString::fromUtf8(proj_get_name(m_pj.get()));
}

} // namespace dpa
