#pragma once

#include "io/vectorwriter.h"
#include "model/controlmodel.h"

class QXmlStreamWriter;

namespace dpa {

// Default styles QGIS applies when it opens a layer of a GeoPackage we wrote: the layer_styles
// table QGIS itself keeps there, one row per layer with the style as QML (QGIS's own) and SLD
// (other tools'). A state layer is categorized by de facto holder in the authorities' colours,
// with the statuses drawn over as QGIS's line-pattern fills switched on by the status field
// (dual power: diagonal lines in the other camp's colour; divided: vertical; occupied:
// horizontal in the occupier's colour; contested: cross-hatch), labels from the name; a
// timeline layer is categorized by authority and has QGIS's temporal settings on, start and
// end from separate fields ("include start, exclude end"), so the Temporal Controller plays it.
namespace qgisstyle {

// What a layer holds: the state on a date, the timeline of claims, the territory of each
// authority, or the front lines.
enum class Content { State, Timeline, Territories, Fronts };

QString qml(const ControlModel &model, Content content, GeometryKind kind);
// The same style's elements (temporal settings, renderer, labels) into a QGIS document being
// written: a QML file's <qgis>, or a project's <maplayer>.
void writeStyle(QXmlStreamWriter &xml, const ControlModel &model, Content content, GeometryKind kind);
QString sld(const ControlModel &model, Content content, GeometryKind kind, const QString &layerName);

// The layer_styles table for `layers` (their geometry column as GDAL's GeoPackage driver names
// it, "geom"), to be written into the same GeoPackage.
VectorLayerToWrite stylesTable(const ControlModel &model, Content content, const std::vector<VectorLayerToWrite> &layers);
// Adds stylesTable(layers) to `layers` when `driver` writes GeoPackages (nothing else keeps it).
void addStylesTable(std::vector<VectorLayerToWrite> &layers, const ControlModel &model, Content content, const QString &driver);

} // namespace qgisstyle
} // namespace dpa
