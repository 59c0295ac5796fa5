#include "io/ogrgeometry.h"

#include <ogr_api.h>

#include <memory>

namespace dpa {
namespace {

struct OgrGeometryDeleter { void operator()(void *g) const { OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(g)); } };

Ring readPoints(OGRGeometryH g)
{
    const int n = OGR_G_GetPointCount(g);
    Ring ring(size_t(std::max(n, 0)));
    if (n > 0)
        OGR_G_GetPoints(g, &ring[0], sizeof(QPointF), reinterpret_cast<double *>(&ring[0]) + 1,
                        sizeof(QPointF), nullptr, 0);
    return ring;
}

} // namespace

bool appendOgrGeometry(OGRGeometryH g, Geometry &out)
{
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbPoint:
        if (!OGR_G_IsEmpty(g))
            out.points.emplace_back(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
        return true;
    case wkbLineString:
        out.lines.push_back(readPoints(g));
        return true;
    case wkbPolygon: {
        Polygon polygon;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            polygon.rings.push_back(readPoints(OGR_G_GetGeometryRef(g, i)));
        if (!polygon.rings.empty())
            out.polygons.push_back(std::move(polygon));
        return true;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            if (!appendOgrGeometry(OGR_G_GetGeometryRef(g, i), out))
                return false;
        return true;
    default:
        return false;
    }
}

std::optional<Geometry> geometryFromWkb(const QByteArray &wkb)
{
    OGRGeometryH raw = nullptr;
    if (wkb.isEmpty() || OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &raw, size_t(wkb.size())) != OGRERR_NONE)
        return std::nullopt;
    const std::unique_ptr<void, OgrGeometryDeleter> owned(raw);
    Geometry geometry;
    if (OGR_G_IsEmpty(raw) || !appendOgrGeometry(raw, geometry))
        return std::nullopt;
    return geometry;
}

} // namespace dpa
