#pragma once

#include "io/geometry.h"

#include <QString>

#include <vector>

namespace dpa {

// A projected CRS as PROJ's database describes it, for choosing one by name or by place.
struct ProjectedCrsInfo
{
    QString id;          // "EPSG:2154"
    QString name;        // "RGF93 v1 / Lambert-93"
    QString areaName;    // EPSG's description of where it may be used
    BoundingBox area;    // that area's bounds in degrees; xMax > 180 across the antimeridian

    QString label() const { return QStringLiteral("%1 (%2)").arg(id, name); }
};

// Every projected CRS of the EPSG register that is not deprecated, sorted by name: the list a
// user searches when choosing by hand.
std::vector<ProjectedCrsInfo> projectedCrsCatalogue();

// Projected CRSs to draw and measure `lonLatExtent` (degrees) in, best first, at most
// `maxCount`: the national and regional grids whose area of use contains the extent, the
// smallest area first, then the UTM zone and continental ones. Empty when the extent is invalid.
std::vector<ProjectedCrsInfo> suggestProjectedCrs(const BoundingBox &lonLatExtent, int maxCount = 5);

// The WGS 84 UTM zone over the extent's centre ("EPSG:32631"): the fallback when PROJ's
// database offers nothing, as for an extent straddling two zones in the open sea.
QString utmZoneCrs(const BoundingBox &lonLatExtent);

} // namespace dpa
