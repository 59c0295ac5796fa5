#pragma once

#include "style/featurestyle.h"
#include "style/fillpattern.h"

#include <QBrush>
#include <QHash>
#include <QPainterPath>
#include <QPen>

class QPainter;

namespace dpa {

// Brushes, vector fills and pens for the statuses; what each pattern looks like is defined once
// in FillPattern. Brushes are built in device pixels (their size does not change with zoom) and
// cached per pattern, since a frame reuses a handful of them. Fill opacity follows the lowest
// confidence of the claims in force.
class Symbology
{
public:
    explicit Symbology(double pixelScale = 1.0) : m_scale(pixelScale) {}

    QBrush fillBrush(const FeatureStyle &style);
    // Fills `area` in the style. On SVG and PDF painters the patterns are drawn as vector shapes
    // cut to the area, because SVG has no image brushes (Qt's generator would fill black) and a
    // printed PDF should stay sharp at any zoom; elsewhere the cached brush is used. The pattern
    // is anchored at `origin`, as the brush origin is on raster painters.
    void fillArea(QPainter &painter, const QPainterPath &area, const FeatureStyle &style, QPointF origin = {});
    static double fillOpacity(const FeatureStyle &style);
    static QColor unknownColor() { return FillPattern::unknownColor(); }
    static QColor outlineColor() { return FillPattern::outlineColor(); }
    QPen outlinePen(bool approximate) const;

private:
    double m_scale;
    QHash<QString, QBrush> m_cache;
};

} // namespace dpa
