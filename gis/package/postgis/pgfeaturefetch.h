#pragma once

#include "package/casestudy.h"
#include "package/postgis/pglayerfile.h"
#include "core/error.h"

#include <optional>

namespace dpa::postgis {

class PgConnection;

// The rule a box (dpatlas-cli --bbox) picks features by, on every kind of dataset: a feature is
// in when its bounding box, in the case study's CRS, meets the box (edges included). The
// database finds the same features with its spatial index (geom && envelope), then this rule
// decides, so a study read from a folder and one queried in PostgreSQL give the same features.
inline bool featureMeetsBox(const Geometry &geometry, const BoundingBox &box)
{
    const BoundingBox b = geometry.bounds();
    return b.isValid() && b.xMin <= box.xMax && box.xMin <= b.xMax && b.yMin <= box.yMax && box.yMin <= b.yMax;
}

// One feature layer's table, as the catalog describes it.
struct PgLayerTable
{
    QString table;
    int srid = 0;
    PgLayerDefinition definition;
};

// The CRS of the layer's coordinates in its table: the file's own, which the loader would have
// read them in (the manifest's "crs" of the layer when the file names none); an error when none.
Result<Crs> layerFileCrs(const LayerSpec &spec, const PgLayerTable &table);

// Reads the features of `spec`'s table that DatasetPackage::load would give (same ids, names,
// approximate flag and kind, in the file's order; features without id or geometry, and ids used
// twice, left out with the same problems), and with `box` only those meeting it: the spatial
// index picks candidates in the layer's own coordinates, then their geometry, reprojected into
// the case study's CRS as the loader reprojects it, decides (featureMeetsBox). Without a box no
// geometry is read (what a state at a date needs); with one, each feature has its geometry.
// Each feature's attributes hold only the fields the manifest names for it.
//
// In a layer whose CRS is the case study's the search is exact. In another CRS (a GeoJSON in
// lon/lat under a projected study) the box is carried into the layer's coordinates by PROJ's
// densified bounds (CoordinateTransform::transformBounds) and grown by 1%: a feature whose
// reprojected bounding box reaches the box only through a projection's curvature beyond that,
// at a corner, without its geometry entering the box, could be left out. Keeping each feature's
// bounds in the study's CRS at push, in an indexed column of its own, would make this exact.
// What a box picks: the features meeting it, or every feature with the geometry of only those
// (a picture of the box: its legend and captions speak of the whole study at that date).
enum class BoxUse { Features, GeometryOnly };
// `tolerance` (in the case study's CRS units, with a box): the level of detail of a view, the
// geometry simplified by the server (ST_SimplifyPreserveTopology: a polygon keeps its rings and
// stays valid) so that no vertex closer than this to the outline is sent; 0 reads it exact.
Result<CaseLayer> fetchLayerFeatures(PgConnection &c, const QString &schema, const LayerSpec &spec, const PgLayerTable &table,
                                     const Crs &studyCrs, const std::optional<BoundingBox> &box, ErrorList &problems,
                                     BoxUse use = BoxUse::Features, double tolerance = 0);

} // namespace dpa::postgis
