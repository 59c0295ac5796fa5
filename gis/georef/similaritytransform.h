#pragma once

#include <QPointF>

#include <optional>
#include <vector>

namespace dpa {

// A Helmert (similarity) transformation from scan pixels to map coordinates: one scale, one
// rotation, one shift, so a sheet keeps its shape. GDAL has no such fit, so it is solved here by
// least squares. Pixels count rows downwards and maps northwards, so the fit is made on
// (pixel, -line): a similarity cannot mirror, and a scan is not a mirror image of its map.
class SimilarityTransform
{
public:
    // Least squares over pairs (pixel position, map position); nullopt when the pixel
    // positions all coincide (no scale can be found).
    static std::optional<SimilarityTransform> fit(const std::vector<QPointF> &pixels, const std::vector<QPointF> &map);

    QPointF toMap(QPointF pixel) const;
    QPointF toPixel(QPointF map) const;
    // GDAL's geotransform of the same mapping: X = g0 + pixel*g1 + line*g2, Y = g3 + pixel*g4 + line*g5.
    void geoTransform(double gt[6]) const;

    double scale() const;            // map units per pixel
    double rotationDegrees() const;  // anticlockwise, of the scan's x axis on the map

private:
    // X = a*u - b*v + tx, Y = b*u + a*v + ty with u = pixel, v = -line.
    double m_a = 1, m_b = 0, m_tx = 0, m_ty = 0;
};

} // namespace dpa
