#pragma once

#include <QColor>

namespace dpa::basemap {

// The colours of the ground the districts lie on, shared by the frame's underlay and the
// context layers so that land drawn by either matches.
inline QColor land() { return QColor(0xf4, 0xf1, 0xea); }
inline QColor water() { return QColor(0xa9, 0xcf, 0xe6); }
inline QColor river() { return QColor(0x6b, 0xa6, 0xd1); }

} // namespace dpa::basemap
