#pragma once

#include "view/mapscene.h"

namespace dpa {

// Where the action is on a date: the extent of the features under dual power, divided,
// occupied, fought over or changing hands, grown by a margin; where there are none, of the
// features someone holds or claims; else the whole scene. A case study opens framed on this,
// not on its whole extent (mostly sea in Petrograd, mostly Aragon in Catalonia).
BoundingBox actionExtent(const MapScene &scene, TimePoint t);

} // namespace dpa
