#pragma once

#include "io/crs.h"

#include <QString>

#include <vector>

namespace dpa {

// One spot found on both the scan and the map. Pixel and line are GDAL's: from the top-left
// corner of the scan's top-left pixel, x to the right, y down, in pixels (QGIS's .points
// stores the line negated; gcpfile.cpp converts).
struct GroundControlPoint
{
    QString id;
    double pixel = 0, line = 0;
    double mapX = 0, mapY = 0;      // in the set's CRS
    bool enabled = true;
    int fileLine = 0;               // where it was read from (0: placed in the app), for messages

    bool operator==(const GroundControlPoint &o) const
    {
        return id == o.id && pixel == o.pixel && line == o.line && mapX == o.mapX && mapY == o.mapY
            && enabled == o.enabled;
    }
};

// The points of one scan and the CRS of their map coordinates. `file` names where they came
// from, so that every message can say which file and which point.
struct GcpSet
{
    std::vector<GroundControlPoint> points;
    Crs crs;
    QString file;

    std::vector<GroundControlPoint> enabledPoints() const
    {
        std::vector<GroundControlPoint> out;
        for (const GroundControlPoint &p : points)
            if (p.enabled)
                out.push_back(p);
        return out;
    }
    // "12" when the point has an id, else "3 (line 5)" / "3": how messages name a point.
    static QString describe(const GroundControlPoint &p)
    {
        return p.id.isEmpty() ? QStringLiteral("at pixel %1, %2").arg(p.pixel).arg(p.line) : p.id;
    }
    // A fresh id: one more than the largest numeric id.
    QString nextId() const
    {
        int largest = 0;
        for (const GroundControlPoint &p : points)
            largest = std::max(largest, p.id.toInt());
        return QString::number(largest + 1);
    }
};

} // namespace dpa
