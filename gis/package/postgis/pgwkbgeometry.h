#pragma once

#include "io/geometry.h"

#include <QByteArray>

#include <optional>

namespace dpa::postgis {

// A layer table's geometry (WKB, as ST_AsBinary gives it) as the model's Geometry, flattened as
// the vector reader flattens what OGR reads from a file (readVectorLayer): the same points in
// the same order, so a feature fetched from the database and one read from its pulled file have
// equal coordinates, bit for bit. nullopt for WKB OGR cannot read or a type the model does not
// hold (curves, surfaces), which the reader also leaves out.
std::optional<Geometry> geometryFromWkb(const QByteArray &wkb);

} // namespace dpa::postgis
