#pragma once

#include "core/multilingualtext.h"

#include "time/calendar.h"
#include "io/geometry.h"
#include "io/tilebasemap.h"
#include "view/maplayout.h"

#include <QSize>
#include <QTransform>

#include <vector>

namespace dpa {

// How the user set one layer or period map up in the layers panel.
struct LayerDisplay
{
    bool visible = true;
    double opacity = 1.0;
};

// What one frame shows: a value, copied freely, handed to MapRenderer with the scene.
struct MapView
{
    BoundingBox extent;          // in the case study's CRS; widened to the output's aspect ratio
    QSize size{1920, 1080};      // output in device-independent pixels
    TimePoint time = 0;
    QString language = MultilingualText::preferredLanguage();   // of names and titles
    bool showTitle = true;
    bool showLegend = true;
    bool showLabels = true;
    bool showScaleBar = true;     // with the north arrow
    bool showCredits = true;
    // Title, subtitle, legend placement and inset of a picture.
    MapLayout layout;
    // The user's web-tile basemap under everything; none when its url is empty.
    TileBasemap basemap;
    // Draw feature areas as vector paths (for SVG and PDF output) instead of the fast
    // raster path that screens and PNGs use.
    bool vectorOutput = false;
    // Per scene layer and per period map, by index; missing entries mean visible and opaque
    // (period maps then use their package opacity).
    std::vector<LayerDisplay> layers;
    std::vector<LayerDisplay> periodMaps;
    // Front lines to draw over the map (in the case study's CRS), from the analyses.
    std::vector<Ring> frontLines;
    // Scene layer indices from bottom to top; empty means the manifest's order.
    std::vector<int> layerOrder;
    // The size of text, lines and patterns, 1 being their design size. 0 (pictures and
    // animations): from the output's size, so a 4K export looks like a 1080p one. The window
    // sets 1, so its labels keep their screen size whatever the window's size.
    double textScale = 0;
    // An authority whose territory is outlined over the map (picked in the legend), or -1.
    int highlightAuthority = -1;
    // Features outlined the same way (a search result, an event's features), by model index.
    std::vector<int> highlightFeatures;

    LayerDisplay layerDisplay(int index) const
    {
        return index >= 0 && index < int(layers.size()) ? layers[size_t(index)] : LayerDisplay{};
    }
    std::vector<int> drawOrder(int layerCount) const;

    // The extent grown on one axis so that it has the same aspect ratio as size.
    BoundingBox fittedExtent() const;
    // CRS coordinates -> pixels (y flips: north is up).
    QTransform worldToPixel() const;
    // Map units per pixel.
    double unitsPerPixel() const;
    // textScale, or the output's shorter side over 1080 (at least 0.5).
    double pixelScale() const;
};

} // namespace dpa
