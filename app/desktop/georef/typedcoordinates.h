#pragma once

#include "core/error.h"
#include "io/coordinatetransform.h"
#include "io/crs.h"

#include <optional>

namespace dpa {

// The CRS in which the historian types (and the table shows) the map coordinates of control
// points. Points are always kept in the case study's CRS, where they are placed and fitted;
// this only converts at the edge, so a historian can type the lon/lat of a gazetteer or the
// Lambert coordinates of an old survey without converting them elsewhere first.
class TypedCoordinates
{
public:
    explicit TypedCoordinates(Crs studyCrs);

    // Takes a CRS PROJ knows ("EPSG:4326", a WKT or PROJ string); for one it does not, returns
    // the error with PROJ's words and keeps the CRS it had.
    std::optional<Error> setCrs(const QString &definition);
    const Crs &crs() const { return m_crs; }
    // "EPSG:4326" where PROJ knows an id, else the definition as typed.
    QString label() const;
    // Decimals that resolve about a centimetre to a metre: 7 for degrees, 2 for metres.
    int decimals() const { return m_crs.isGeographic() ? 7 : 2; }

    // Typed coordinates (x = easting or longitude) into the case study's CRS; the error names
    // a point the transformation cannot reach.
    Result<QPointF> toStudy(QPointF typed) const;
    // A stored point as the table shows it.
    QPointF fromStudy(QPointF study) const;

private:
    Crs m_study, m_crs;
    std::optional<CoordinateTransform> m_transform;   // typed -> study; none when they are one
};

} // namespace dpa
