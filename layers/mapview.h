#pragma once

#include "calendar.h"
#include "geometry.h"

#include <QSize>
#include <QTransform>

namespace dpa {

// What one frame shows: a value, copied freely, handed to MapRenderer with the scene.
struct MapView
{
    BoundingBox extent;          // in the case study's CRS; widened to the output's aspect ratio
    QSize size{1920, 1080};      // output in device-independent pixels
    TimePoint time = 0;
    QString language = QStringLiteral("en");
    bool showTitle = true;
    bool showLegend = true;
    bool showLabels = true;

    // The extent grown on one axis so that it has the same aspect ratio as size.
    BoundingBox fittedExtent() const;
    // CRS coordinates -> pixels (y flips: north is up).
    QTransform worldToPixel() const;
    // Map units per pixel.
    double unitsPerPixel() const;
};

} // namespace dpa
