#pragma once

#include "model/claimindex.h"
#include "model/controlmodel.h"
#include "io/geometry.h"
#include "package/packagemanifest.h"

#include <QVariantMap>

#include <vector>

namespace dpa {

struct CaseFeature
{
    QString id;
    MultilingualText name;
    bool approximate = false;
    QString kind;
    QVariantMap attributes; // as read from the layer file
    Geometry geometry;      // in the case study's CRS
    int modelIndex = -1;    // index in ControlModel::features(); -1 for context layers
};

struct CaseLayer
{
    LayerSpec spec;
    std::vector<CaseFeature> features;
    BoundingBox bounds;
    // The CRS of the layer file's own coordinates: places in it are named in these, the way
    // QGIS shows the file, not in the case study's CRS, which nobody can find in their file.
    Crs fileCrs;
};

struct CasePeriodMap
{
    PeriodMapSpec spec;
    QString path;           // absolute, inside the package
};

// A loaded case study: the manifest, its layers reprojected to the case study's CRS, the
// control model and its time index. Immutable once loaded, so a renderer on another thread
// can read it without locks.
class CaseStudy
{
public:
    QString rootPath;
    PackageManifest manifest;
    std::vector<CaseLayer> layers;
    std::vector<CasePeriodMap> periodMaps;
    ControlModel model;
    ClaimIndex index;

    const CaseLayer *layer(const QString &id) const;
    const CaseFeature *feature(int modelIndex) const;
    // Fills feature()'s look-up from the layers' features (their modelIndex), once they are all
    // in place: whoever builds a study (the package loader, a query of the database) calls it,
    // since moving a layer's features would leave the look-up pointing at the old places.
    void indexFeatures();
    // Extent of the feature layers, in the case study's CRS.
    BoundingBox featureBounds() const;
    TimePoint defaultTime() const;

private:
    std::vector<std::pair<int, int>> m_featureLocation;   // model index -> (layer, feature)
};

} // namespace dpa
