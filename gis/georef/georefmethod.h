#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dpa {

// The transformations from scan pixels to map coordinates, as QGIS's Georeferencer offers them.
enum class GeorefMethod { Helmert, Polynomial1, Polynomial2, Polynomial3, ThinPlateSpline };

namespace GeorefMethods {
// "helmert", "poly1", "poly2", "poly3", "tps": the names the CLI takes and files record.
QString key(GeorefMethod method);
std::optional<GeorefMethod> fromKey(const QString &key);
QStringList keys();
// "Helmert (similarity)", "Affine (polynomial 1)", …: for menus and reports.
QString displayName(GeorefMethod method);
// Enabled points the method needs. Helmert's 4 parameters take two points; a polynomial of
// order n has (n+1)(n+2)/2 coefficients per axis (3, 6, 10); a thin plate spline carries an
// affine part, so it needs as many as polynomial 1.
int minimumPoints(GeorefMethod method);
} // namespace GeorefMethods

} // namespace dpa
