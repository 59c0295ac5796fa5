#pragma once

#include "core/error.h"
#include "georef/georefmethod.h"
#include "georef/groundcontrolpoint.h"
#include "georef/similaritytransform.h"

#include <QPointF>

#include <memory>
#include <optional>
#include <vector>

namespace dpa {

// The mapping from scan pixels to map coordinates (the set's CRS) fitted to the enabled
// points. Helmert is our own least squares (SimilarityTransform); polynomials are GDAL's
// GDALCreateGCPTransformer, the thin plate spline GDALCreateTPSTransformer, the same fits
// GDALWarp applies with -order N and -tps, so what the residuals say is what the warp does.
// Copies share the GDAL transformer, which only computes and keeps no state between calls.
class GeorefTransform
{
public:
    // Errors, each naming the file and the points: fewer enabled points than the method needs
    // (GeorefMethods::minimumPoints), two points on the same pixel or the same map position,
    // points on one line (for every method but Helmert, which needs no spread across), a
    // configuration GDAL cannot solve.
    static Result<GeorefTransform> fit(const GcpSet &set, GeorefMethod method);

    GeorefMethod method() const { return m_method; }
    std::optional<QPointF> toMap(QPointF pixel) const;
    std::optional<QPointF> toPixel(QPointF map) const;
    // The Helmert fit, for the warp (it becomes a geotransform); nullopt for the others.
    const std::optional<SimilarityTransform> &similarity() const { return m_similarity; }

private:
    GeorefMethod m_method = GeorefMethod::Polynomial1;
    std::optional<SimilarityTransform> m_similarity;
    std::shared_ptr<void> m_gdal;   // GDAL transformer; GDALDestroyTransformer frees it
    bool m_tps = false;
};

} // namespace dpa
