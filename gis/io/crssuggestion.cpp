#include "io/crssuggestion.h"
#include "io/handles.h"
#include "io/projcontext.h"

#include <proj.h>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace dpa {
namespace {

struct InfoListDeleter
{
    void operator()(PROJ_CRS_INFO **list) const { proj_crs_info_list_destroy(list); }
};
struct ParametersDeleter
{
    void operator()(PROJ_CRS_LIST_PARAMETERS *p) const { proj_get_crs_list_parameters_destroy(p); }
};

ProjectedCrsInfo toInfo(const PROJ_CRS_INFO &crs)
{
    ProjectedCrsInfo info;
    info.id = QStringLiteral("%1:%2").arg(QString::fromUtf8(crs.auth_name), QString::fromUtf8(crs.code));
    info.name = QString::fromUtf8(crs.name);
    info.areaName = crs.area_name ? QString::fromUtf8(crs.area_name) : QString();
    if (crs.bbox_valid) {
        const double east = crs.east_lon_degree < crs.west_lon_degree ? crs.east_lon_degree + 360 : crs.east_lon_degree;
        info.area.extend(QPointF(crs.west_lon_degree, crs.south_lat_degree));
        info.area.extend(QPointF(east, crs.north_lat_degree));
    }
    return info;
}

// EPSG projected CRSs that are not deprecated, optionally only those whose area of use
// contains `extent`.
std::vector<PROJ_CRS_INFO *> queryProjected(const BoundingBox *extent, std::unique_ptr<PROJ_CRS_INFO *, InfoListDeleter> &owner)
{
    std::unique_ptr<PROJ_CRS_LIST_PARAMETERS, ParametersDeleter> params(proj_get_crs_list_parameters_create());
    PJ_TYPE types[] = {PJ_TYPE_PROJECTED_CRS};
    params->types = types;
    params->typesCount = 1;
    params->allow_deprecated = 0;
    if (extent) {
        params->bbox_valid = 1;
        params->crs_area_of_use_contains_bbox = 1;
        params->west_lon_degree = extent->xMin;
        params->south_lat_degree = extent->yMin;
        params->east_lon_degree = extent->xMax;
        params->north_lat_degree = extent->yMax;
    }
    int count = 0;
    owner.reset(proj_get_crs_info_list_from_database(ProjContext::current(), "EPSG", params.get(), &count));
    ProjContext::takeMessages();
    std::vector<PROJ_CRS_INFO *> out;
    for (int i = 0; owner && i < count; ++i)
        out.push_back(owner.get()[i]);
    return out;
}

// Whether a CRS suits a new case study: axes in metres with easting first (so lengths and
// areas read true and x is east without swapping), on a satellite-era datum. A datum on the
// GRS 1980 or WGS 84 ellipsoid (ETRS89, RGF93, NAD83, GDA…) is within a metre or so of the
// WGS 84 that GeoJSON and GPS data use, with no grid file to find; the older datums of national
// grids (NTF, ED50, Pulkovo 1942, Madrid 1870…) need grids or fall back to ballpark shifts of up
// to a hundred metres, and several count longitudes from Paris, Madrid or Lisbon.
bool suitsNewCaseStudy(const PROJ_CRS_INFO &info)
{
    if (info.projection_method_name && QByteArray(info.projection_method_name).contains("Zoned Grid System"))
        return false;   // a family of zones (EPSG:32600), not one projection
    pj_ctx *ctx = ProjContext::current();
    ProjHandle crs(proj_create_from_database(ctx, info.auth_name, info.code, PJ_CATEGORY_CRS, 0, nullptr));
    if (!crs)
        return false;
    ProjHandle cs(proj_crs_get_coordinate_system(ctx, crs.get()));
    const char *direction = nullptr;
    double toMetres = 0;
    if (!cs || !proj_cs_get_axis_info(ctx, cs.get(), 0, nullptr, nullptr, &direction, &toMetres, nullptr, nullptr, nullptr))
        return false;
    if (toMetres != 1.0 || !direction || QByteArray(direction).toLower() != "east")
        return false;
    ProjHandle ellipsoid(proj_get_ellipsoid(ctx, crs.get()));
    double semiMajor = 0, inverseFlattening = 0;
    if (!ellipsoid || !proj_ellipsoid_get_parameters(ctx, ellipsoid.get(), &semiMajor, nullptr, nullptr, &inverseFlattening))
        return false;
    // GRS 1980: 298.257222101; WGS 84: 298.257223563.
    return semiMajor == 6378137.0 && std::abs(inverseFlattening - 298.2572) < 1e-3;
}

// How far the extent's centre is from the area's, as a fraction of the area's half-size (0 at
// the centre, 1 on the edge): between equal areas, the zone the place lies in the middle of
// is drawn with less distortion (Paris lies in both Lambert CC48 and CC49; CC49 centres on it).
double offCentre(const BoundingBox &area, const BoundingBox &extent)
{
    const QPointF a = area.center(), e = extent.center();
    return std::max(std::abs(e.x() - a.x()) / std::max(area.width() / 2, 1e-9),
                    std::abs(e.y() - a.y()) / std::max(area.height() / 2, 1e-9));
}

} // namespace

std::vector<ProjectedCrsInfo> projectedCrsCatalogue()
{
    std::unique_ptr<PROJ_CRS_INFO *, InfoListDeleter> owner;
    std::vector<ProjectedCrsInfo> out;
    for (const PROJ_CRS_INFO *info : queryProjected(nullptr, owner))
        out.push_back(toInfo(*info));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::vector<ProjectedCrsInfo> suggestProjectedCrs(const BoundingBox &lonLatExtent, int maxCount)
{
    if (!lonLatExtent.isValid())
        return {};
    std::unique_ptr<PROJ_CRS_INFO *, InfoListDeleter> owner;
    std::vector<ProjectedCrsInfo> candidates;
    // The same grid on successive realisations of one datum (RGF93 v1, v2, v2b / CC49; NAD83 and
    // NAD83(HARN)) differs by centimetres to a metre: offer it once, under its oldest code.
    QHash<QString, int> seen;
    for (const PROJ_CRS_INFO *info : queryProjected(&lonLatExtent, owner)) {
        if (!info->bbox_valid || !suitsNewCaseStudy(*info))
            continue;
        ProjectedCrsInfo crs = toInfo(*info);
        const QString grid = crs.name.section(QStringLiteral(" / "), 1);
        const QString key = QStringLiteral("%1|%2,%3,%4,%5").arg(grid).arg(crs.area.xMin).arg(crs.area.yMin).arg(crs.area.xMax).arg(crs.area.yMax);
        const int code = QString::fromUtf8(info->code).toInt();
        if (auto it = seen.find(key); it != seen.end()) {
            if (code >= *it)
                continue;
            std::erase_if(candidates, [&](const ProjectedCrsInfo &c) { return c.id == QStringLiteral("EPSG:%1").arg(*it); });
        }
        seen.insert(key, code);
        candidates.push_back(std::move(crs));
    }
    std::sort(candidates.begin(), candidates.end(), [&](const ProjectedCrsInfo &a, const ProjectedCrsInfo &b) {
        const double areaA = a.area.width() * a.area.height(), areaB = b.area.width() * b.area.height();
        if (std::abs(areaA - areaB) > 1e-6 * std::max(areaA, areaB))
            return areaA < areaB;
        return offCentre(a.area, lonLatExtent) < offCentre(b.area, lonLatExtent);
    });
    if (int(candidates.size()) > maxCount)
        candidates.resize(size_t(std::max(maxCount, 0)));
    return candidates;
}

QString utmZoneCrs(const BoundingBox &lonLatExtent)
{
    const QPointF c = lonLatExtent.center();
    const int zone = std::clamp(int(std::floor((c.x() + 180) / 6)) + 1, 1, 60);
    return QStringLiteral("EPSG:%1").arg((c.y() >= 0 ? 32600 : 32700) + zone);
}

} // namespace dpa
