#pragma once

#include "io/geometry.h"

#include <QByteArray>

#include <optional>

typedef void *OGRGeometryH;

namespace dpa {

// OGR's geometry flattened into the model's Geometry: points, lines and polygons (rings in
// order, outer first), multi-geometries and collections taken apart. Appends to `out`; false
// for a type the model does not hold (curves, surfaces), which readers leave out. One set of
// rules for every reader, so a feature read from a file and one fetched from PostGIS have equal
// coordinates, bit for bit.
bool appendOgrGeometry(OGRGeometryH geometry, Geometry &out);

// WKB (as PostGIS's ST_AsBinary gives it) as the model's Geometry; nullopt for WKB OGR cannot
// read, an empty geometry or a type the model does not hold.
std::optional<Geometry> geometryFromWkb(const QByteArray &wkb);

} // namespace dpa
