#pragma once

#include "style/featurestyle.h"

#include <QBrush>
#include <QHash>
#include <QPainterPath>
#include <QPen>

class QPainter;

namespace dpa {

// Brushes and pens for the four statuses. Patterns are built in device pixels (their size does
// not change with zoom) and cached per colour pair, since a frame reuses a handful of them.
//  held      solid fill of the holder's colour
//  dual      diagonal stripes: the de facto colour in wide bands, the de jure colour in narrow
//  contested cross-hatch of both colours over pale grey
//  unknown   neutral grey
// Fill opacity follows the lowest confidence of the claims in force.
class Symbology
{
public:
    // Pattern geometry in pixels at scale 1, shared by the brushes and the fast fill path.
    // Stripe period: wide enough to read both colours at a glance, narrow enough that a small
    // district still shows both; 11/16 of it is the de facto colour.
    static constexpr int kStripePeriod = 16;
    static constexpr int kHatchPeriod = 12;
    static constexpr double kHatchWidth = 2.5;

    explicit Symbology(double pixelScale = 1.0) : m_scale(pixelScale) {}

    QBrush fillBrush(const FeatureStyle &style);
    // Fills `area` in the style. On SVG and PDF painters the stripes and hatching are drawn as
    // vector bands cut to the area, because SVG has no image brushes (Qt's generator would fill
    // black) and a printed PDF should stay sharp at any zoom; elsewhere the cached brush is used.
    // The pattern is anchored at `origin`, as the brush origin is on raster painters.
    void fillArea(QPainter &painter, const QPainterPath &area, const FeatureStyle &style, QPointF origin = {});
    static double fillOpacity(const FeatureStyle &style);
    static QColor unknownColor() { return QColor(0xc8, 0xc8, 0xc8); }
    static QColor outlineColor() { return QColor(0x40, 0x40, 0x40); }
    QPen outlinePen(bool approximate) const;

private:
    QBrush stripes(const QColor &wide, const QColor &narrow);
    QBrush crossHatch(const QColor &a, const QColor &b);
    double m_scale;
    QHash<QString, QBrush> m_cache;
};

} // namespace dpa
