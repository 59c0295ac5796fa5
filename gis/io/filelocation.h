#pragma once

#include "io/coordinatetransform.h"
#include "io/crs.h"

#include <QPointF>
#include <QString>

#include <memory>

namespace dpa {

// Names a place in a layer file so that a historian can find it: in the file's own coordinates
// (what QGIS shows for that layer: metres for a projected shapefile, degrees for GeoJSON), with
// longitude and latitude beside projected ones for a web map or a gazetteer.
class FileLocation
{
public:
    // An invalid CRS (a file that states none) names the place in bare x, y.
    explicit FileLocation(const Crs &fileCrs);

    // "near x 651234.5, y 6862123.0 in the file's CRS (EPSG:2154), longitude 2.350000, latitude
    // 48.850000", or "near longitude 2.350000, latitude 48.850000 in the file's CRS (EPSG:4326)".
    QString near(QPointF inFileCrs) const;

private:
    Crs m_crs;
    // Made once per file: creating a PROJ operation costs far more than using it.
    std::shared_ptr<const CoordinateTransform> m_toLonLat;
};

} // namespace dpa
