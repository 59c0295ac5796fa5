#pragma once

// The Boost.Geometry side of SpatialFacts, shared only by the analysis sources.

#include "analysis/bgtypes.h"
#include "analysis/spatialfacts.h"

namespace dpa {

struct SpatialFacts::Data
{
    std::vector<Feature> features;
    std::vector<Neighbours> neighbours;
    std::vector<bgt::MultiPolygonXY> polygons;   // by model index; corrected; empty if none
    std::vector<bgt::XY> points;                 // by model index: the first point of point features
    Crs crs;                                     // the case study's
};

} // namespace dpa
