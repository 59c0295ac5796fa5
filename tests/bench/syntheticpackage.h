#pragma once

#include <QString>

// Writes a synthetic case study for benchmarks: `features` polygons of about 50 vertices on a
// grid (GeoPackage, EPSG:3857), each with 10 claims over 1900 by four authorities, overlapping
// so that held, dual and contested all occur. Returns an error message, or empty.
QString writeSyntheticPackage(const QString &folder, int features, unsigned seed);
