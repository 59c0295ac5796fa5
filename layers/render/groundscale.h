#pragma once

#include "io/coordinatetransform.h"
#include "view/mapview.h"

#include <optional>

namespace dpa {

// How a view's pixels relate to the ground at its centre: what the scale bar and the north
// arrow show. Measured, not assumed: a projected CRS's units are only metres on the ground
// where its scale factor is 1, and its grid north is true north only on its central meridian
// (Petrograd lies 2.7 degrees west of its Gauss-Kruger zone's, so north leans 2.3 degrees).
struct GroundScale
{
    double metresPerPixel = 0;       // along the parallel through the centre, on the WGS 84 ellipsoid
    double northDegrees = 0;         // true north, clockwise from straight up
    bool isValid() const { return metresPerPixel > 0; }
};

// Keeps the PROJ transformation to WGS 84 between frames; like CoordinateTransform, use it on
// one thread.
class GroundScaleMeter
{
public:
    explicit GroundScaleMeter(Crs crs) : m_crs(std::move(crs)) {}
    // Invalid (and no scale bar is drawn) when the CRS cannot reach WGS 84.
    GroundScale measure(const MapView &view);

private:
    Crs m_crs;
    std::optional<CoordinateTransform> m_toLonLat;
    bool m_unavailable = false;
};

} // namespace dpa
