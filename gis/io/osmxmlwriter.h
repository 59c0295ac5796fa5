#pragma once

#include "core/error.h"
#include "io/geometry.h"

#include <QMap>

#include <vector>

namespace dpa {

// OpenStreetMap's XML (API 0.6), the file JOSM opens and OpenHistoricalMap's contributors
// upload from: each element a node (a point), a way (a line, or an area with one outline) or a
// multipolygon relation (an area with holes or several parts), carrying its tags. New elements
// have negative ids, as the format wants for objects not yet in a database. Written whole or
// not at all.
namespace osmxml {

struct Element
{
    Geometry lonLat;                 // WGS 84, longitude first
    QMap<QString, QString> tags;     // empty values are left out
};

// Returns the number of elements that carry tags (one per Element, or one per point of a
// multi-point).
Result<int> write(const QString &path, const std::vector<Element> &elements);

} // namespace osmxml
} // namespace dpa
