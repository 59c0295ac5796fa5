#pragma once

#include "core/error.h"
#include "io/rasterreader.h"

#include <QString>

namespace dpa {

// A basemap of web tiles the user chose (never a package: a package cannot make the app go
// online). `url` is an XYZ template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png or
// file:///home/me/tiles/{z}/{x}/{y}.png (Web Mercator tiles, 256 pixels, y from the top), or a
// WMTS service as "WMTS:https://…/WMTSCapabilities.xml[,layer=…]". GDAL's WMS and WMTS drivers
// fetch, cache and warp the tiles; this is the only place the app opens a network connection.
struct TileBasemap
{
    QString url;
    QString attribution;   // added to the credits of every map drawn with it
    int maxZoom = 19;      // the deepest zoom level the service has
    double opacity = 1.0;
    QString cacheFolder;   // where GDAL keeps fetched tiles; empty: no disk cache

    bool isSet() const { return !url.trimmed().isEmpty(); }
    bool operator==(const TileBasemap &o) const
    {
        return url == o.url && attribution == o.attribution && maxZoom == o.maxZoom && opacity == o.opacity &&
               cacheFolder == o.cacheFolder;
    }
};

namespace tilebasemap {
// What is wrong with a URL the user typed (no {z}, {x} and {y}; an unknown scheme), or nothing.
std::optional<QString> checkUrl(const QString &url);
// The GDAL_WMS description GDAL opens for an XYZ template.
QString gdalWmsDescription(const TileBasemap &basemap);
// The tiles under `request`'s extent warped into its CRS and size; transparent where the
// service has no tile. An unreachable service is an error naming it.
Result<ArgbImage> warp(const TileBasemap &basemap, RasterWarpRequest request);
} // namespace tilebasemap

} // namespace dpa
