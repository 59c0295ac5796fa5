#pragma once

#include "analysis/qgisstyle.h"
#include "io/geometry.h"
#include "package/casestudy.h"
#include "package/packagearchive.h"

#include <QDateTime>

#include <optional>

namespace dpa {

// A QGIS project kept inside the GeoPackage it draws, in QGIS's own qgis_projects table: open
// the GeoPackage in QGIS (Project > Open From > GeoPackage) and the layers come up in the case
// study's CRS and extent, in its colours, and a timeline's layers play in the Temporal
// Controller at once. QGIS 3.22 turns temporal control on from a project, not from a stored
// style alone, which is why this exists beside the layer_styles table.
namespace qgisproject {

struct ProjectLayer
{
    QString name;              // the GeoPackage layer
    GeometryKind kind;
    qgisstyle::Content content;
    QString description;
};

struct ProjectSettings
{
    QString title;
    QString gpkgFileName;      // the file's own name: QGIS finds the layers relative to it
    Crs crs;                   // of the layers (and the project)
    BoundingBox extent;        // in that CRS
    std::optional<std::pair<QDateTime, QDateTime>> timeRange;   // the Temporal Controller's
};

// The .qgs document.
QString projectXml(const ControlModel &model, const std::vector<ProjectLayer> &layers, const ProjectSettings &settings);

// The SQL statements that store it, zipped as QGIS's .qgz, as QGIS stores a project in a
// GeoPackage; run on the file being written, before it is closed.
Result<QStringList> storageSql(const ControlModel &model, const std::vector<ProjectLayer> &layers, const ProjectSettings &settings);

// Everything a GeoPackage export carries for QGIS: adds the layer_styles table to `layers` and
// returns the SQL that stores the project (nothing for other formats). `path` is the output.
Result<QStringList> prepareGeoPackage(std::vector<VectorLayerToWrite> &layers, const CaseStudy &study,
                                      qgisstyle::Content content, const QString &path, const QString &driver);

// What a packed case study (packagearchive::pack) carries for QGIS beside the package itself:
// its claims as timeline layers named "<layer>_timeline", styled in layer_styles, and the
// project that plays them, so the one file a historian mails opens in QGIS ready to animate.
Result<packagearchive::PackExtras> packExtras(const CaseStudy &study, const QString &gpkgPath);

} // namespace qgisproject
} // namespace dpa
