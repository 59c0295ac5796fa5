#pragma once

#include "io/crs.h"
#include "io/geometry.h"
#include "package/casestudy.h"

#include <optional>

class QCommandLineParser;

namespace dpa::cli {

// --bbox XMIN,YMIN,XMAX,YMAX and --bbox-crs CRS, which `state` and `render` share: a box in the
// case study's CRS, or in the CRS --bbox-crs names (EPSG:4326 for longitude and latitude, in
// that order whatever the CRS's own axis order; any CRS PROJ knows), turned into the case
// study's once that is known.
struct BoxOption
{
    BoundingBox box;
    std::optional<Crs> crs;   // none: the box is in the case study's CRS
};

// `bboxHelp` says what the command does with the box.
void addBoxOptions(QCommandLineParser &parser, const QString &bboxHelp);
// False, after printing why, when either option is malformed (an unknown CRS included); `box`
// stays empty without --bbox, and --bbox-crs alone is refused.
bool takeBoxOptions(const QCommandLineParser &parser, std::optional<BoxOption> &box);
// The box in `studyCrs`: the box that contains the given one transformed, its edges sampled so
// that a curved edge is covered. Prints why and returns nothing when PROJ cannot transform it.
std::optional<BoundingBox> boxInStudyCrs(const BoxOption &box, const Crs &studyCrs);
// The same for a pg: dataset, whose CRS is asked of the database first (nothing of it is read
// but its manifest and the planner's counts); exitCode is set on a failure.
std::optional<BoundingBox> boxInDatabaseStudyCrs(const BoxOption &box, const QString &dataset, int &exitCode);
// When `box` (in the case study's CRS) meets none of its features, says so on stderr with where
// they are, in longitude and latitude, so that a box written latitude first or in another CRS
// is noticed and can be written again. A study read from the database in the box (`queried`)
// holds only what is in it: its extent is then asked of the database.
void warnIfBoxMissesStudy(const BoundingBox &box, const CaseStudy &study, const QString &dataset, bool queried);

} // namespace dpa::cli
