#pragma once

#include "package/postgis/pgviewquery.h"

namespace dpa::postgis {

// What to read from the database for a map view of a case study opened by view, and when a
// view needs another read: worked out here, apart from the window, so the rule is tested alone.
namespace viewplan {

// A case study with more feature rows than this opens by view; fewer are pulled whole (cached,
// editable). At 50,000 features a whole pull takes a few seconds and a couple of hundred
// megabytes, about what a user waits for a study to open; beyond it, waiting for every row
// before the first frame is what the view read avoids.
inline constexpr qint64 kOpenByViewAbove = 50000;
// The margin read around a view, a fraction of its width and height on each side: a pan of up to
// half a window, or a zoom out by up to 2x, shows features already read, without a query.
inline constexpr double kMargin = 0.5;
// A view expected (at the study's mean density) to meet more features than this reads them
// simplified to half a pixel: a whole-extent view of a national study would otherwise send every
// vertex of every feature (50 million at a million villages), most of them closer together than
// the screen can show. Fewer are read exact. Measured on one machine with the server local, the
// whole of 100,000 features read exact (7.4 s) faster than simplified (10.2 s: the server's
// simplifying costs more than the bytes it saves, which count over a network), and features
// under a pixel lose area when simplified (a country of villages seen whole reads paler than the
// folder's picture): so up to 200,000 features a view is read as the folder draws it.
inline constexpr qint64 kExactUpTo = 200000;

// The read for a view showing `extent` at `pixelSize` (CRS units a pixel), of a study whose
// features, `totalFeatures` of them, lie in `whole`.
ViewQuery queryFor(const BoundingBox &extent, double pixelSize, qint64 totalFeatures, const BoundingBox &whole);

// Whether what was read (`read`: its box and tolerance) serves a view of `extent` at
// `pixelSize`: the view lies inside the box, and the geometry is no coarser than a pixel.
bool covers(const ViewQueryResult &read, const BoundingBox &extent, double pixelSize);

} // namespace viewplan
} // namespace dpa::postgis
