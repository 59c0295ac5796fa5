#pragma once

#include "package/casestudy.h"
#include "core/error.h"

#include <memory>
#include <vector>

namespace dpa {

// What does not change with time, computed once per loaded case study so that a time series
// over a year of days only sums numbers: each feature's area on the ellipsoid and population,
// which features are neighbours and how long their shared boundary is, and which district each
// point lies in. Invalid geometry is checked here with Boost.Geometry's reasons: ring orientation
// and closure are repaired (the repair is exact); anything else excludes the feature from the
// analyses with a warning.
class SpatialFacts
{
public:
    struct Feature
    {
        bool isArea = false;
        bool isPoint = false;
        bool analysable = true;      // false: invalid geometry, excluded (see warnings)
        double areaKm2 = 0;          // on the WGS 84 ellipsoid
        double population = qQNaN(); // from the layer's population attribute, if declared
        std::vector<int> containedIn;   // points: the area features covering it (two on a shared edge)
        bool onBoundary = false;        // points: lies on the boundary of a containing area
    };
    struct Neighbours
    {
        int a = -1, b = -1;          // model indices, a < b
        double sharedKm = 0;         // length of the shared boundary on the ellipsoid
        Geometry shared;             // the shared boundary, lines in the case study's CRS
    };

    static SpatialFacts build(const CaseStudy &study, ErrorList &warnings);

    const std::vector<Feature> &features() const;
    const std::vector<Neighbours> &neighbours() const;
    double totalAreaKm2() const;
    double totalPopulation() const;
    bool hasPopulation() const;

    struct Data;   // with the Boost.Geometry polygons; see spatialfactsdata.h
    const Data &data() const { return *d; }

private:
    std::shared_ptr<Data> d;
};

} // namespace dpa
