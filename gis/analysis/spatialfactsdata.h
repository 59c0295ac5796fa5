#pragma once

// The Boost.Geometry side of SpatialFacts, shared only by the analysis sources.

#include "analysis/bgtypes.h"
#include "analysis/spatialfacts.h"

namespace dpa {

struct SpatialFacts::Data
{
    std::vector<Feature> features;
    std::vector<Neighbours> neighbours;
    std::vector<bgt::XY> points;                 // by model index: the first point of point features
    Crs crs;                                     // the case study's
};

// A feature's area as the analyses take it: its polygons in the case study's CRS, with rings
// turned and closed as Boost.Geometry wants them; empty for a feature left out (no area, or an
// outline the checks refused). Made when asked from the case study the facts were built from,
// not kept: a second copy of every outline was 82 MB of a study of 100,000 villages.
bgt::MultiPolygonXY analysedArea(const CaseStudy &study, const SpatialFacts::Data &d, size_t feature);

} // namespace dpa
