#pragma once

#include "io/crs.h"
#include "core/error.h"
#include "io/geometry.h"

#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <vector>

namespace dpa {

struct VectorFeature
{
    qint64 fid = -1;
    QVariantMap attributes;
    Geometry geometry;
};

struct VectorLayerData
{
    QString layerName;
    Crs crs;                 // the CRS the geometry is in (the target CRS when one was given)
    Crs fileCrs;             // the CRS of the file's own coordinates (or the assumed one)
    QStringList fieldNames;
    std::vector<VectorFeature> features;
    // Per-feature problems that did not stop the read (a feature without geometry, a
    // geometry type we cannot draw); each names the feature.
    ErrorList problems;
};

struct VectorReadOptions
{
    QString layerName;           // empty: the first layer
    Crs targetCrs;               // invalid: keep the layer's CRS
    Crs assumedCrs;              // the layer's CRS when the file states none (CSV, some shapefiles)
    QStringList allowedDrivers;  // empty: any driver GDAL has
    qint64 maxFeatures = 1'000'000;
    QString displayName;         // how errors name the file (e.g. "layers/districts.geojson")
    QString idField;             // for naming features in problems; else the OGR FID
    // Polled every few hundred features: a long read stops when the user cancels.
    std::function<bool()> cancelled;
};

// Reads one OGR layer into model features: polygons, multipolygons, lines and points with their
// attributes, reprojected into targetCrs. GDAL's own messages come back in Error::causes.
Result<VectorLayerData> readVectorLayer(const QString &path, const VectorReadOptions &options = {});

} // namespace dpa
