#pragma once

#include "render/pixelrings.h"

#include <QPainter>

namespace dpa {

// QPainter::drawPath keeps a converted copy of every path it draws inside the path (Qt's
// vector-path cache, about 3 kB for a 50-vertex village), for as long as the path lives: the
// paths of a view of 100,000 features held 320 MB of it. The view's rings are drawn through here
// instead, as polygons, and nothing is kept.

// Fills the rings even-odd with the painter's brush (and pen: set none): one polygon that returns to its
// first vertex after each ring, so the joining edges run there and back and cancel out.
void fillRings(QPainter &painter, const PixelRings &rings);
// Strokes each ring with the painter's pen (and brush: set none), closed where the ring closes.
void strokeRings(QPainter &painter, const PixelRings &rings);

} // namespace dpa
