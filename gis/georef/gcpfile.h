#pragma once

#include "core/error.h"
#include "georef/groundcontrolpoint.h"

#include <QPointF>

#include <optional>
#include <vector>

namespace dpa {

// Ground control point files, so that work moves between this app and QGIS.
//
// QGIS's Georeferencer writes `.points` (src/app/georeferencer/qgsgcplist.cpp, saveGcps): a
// first line `#CRS: <WKT>` naming the CRS of the map coordinates, the header
// `mapX,mapY,sourceX,sourceY,enable,dX,dY,residual`, then one row per point. For a scan that has
// no georeferencing QGIS's source coordinates are pixels with y pointing up, so sourceY is the
// pixel row negated. Older files (QGIS 2, and the Jacoubet sheet's from the SoDUCo project) have
// no `#CRS:` line and the header `mapX,mapY,sourceX,sourceY,enabled`; the oldest plugin separated
// columns by tabs. dX, dY and residual are QGIS's pixel residuals, written for the reader's
// information and ignored when read (they are recomputed).
//
// The plain CSV is for spreadsheets: `id,pixel,line,map_x,map_y,enabled,crs`, pixel and line
// as GDAL counts them (row down), crs once per row ("EPSG:2154" or WKT, the same on every row).
namespace GcpFile {

// By extension: .csv is the plain CSV, anything else QGIS's .points. `fallbackCrs` is used when
// the file names no CRS (an older .points); a CRS the file names that PROJ does not know is an
// error at its line.
Result<GcpSet> read(const QString &path, const Crs &fallbackCrs = {});
Result<GcpSet> readPoints(const QString &path, const Crs &fallbackCrs = {});
Result<GcpSet> readCsv(const QString &path, const Crs &fallbackCrs = {});

// The file's text. `pixelResiduals` (one per point, x right and y down, as GeorefResiduals
// gives them) fill QGIS's dX, dY and residual columns; without them they are 0.
QByteArray pointsText(const GcpSet &set, const std::vector<QPointF> &pixelResiduals = {});
QByteArray csvText(const GcpSet &set);

// Writes whole or not at all (StagedFile), in the format the extension says.
std::optional<Error> write(const QString &path, const GcpSet &set, const std::vector<QPointF> &pixelResiduals = {});

} // namespace GcpFile

} // namespace dpa
