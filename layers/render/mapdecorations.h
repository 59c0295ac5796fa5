#pragma once

#include "package/casestudy.h"
#include "render/groundscale.h"
#include "render/legendcontents.h"
#include "view/mapview.h"

#include <QFont>
#include <QStringList>

#include <functional>

class QPainter;
class QRectF;

namespace dpa {

// The furniture around the map: title with the date in the package's calendars, the legend of
// authorities and symbology, captions of events in progress, and the data credits.
class MapDecorations
{
public:
    MapDecorations(const CaseStudy &study, const MapView &view, double scale);

    // Returns the title box, which the event captions keep clear of.
    QRectF drawTitle(QPainter &painter) const;
    // The legend of what is in force (LegendContents::at), so a map never lists what it does not show.
    // `coverage` says how much of a rectangle the map's features fill (0 to 1): the legend goes
    // to the free corner that covers the least of them, clear of `avoid` (title, captions).
    void drawLegend(QPainter &painter, const LegendContents &contents,
                    const std::function<double(const QRectF &)> &coverage = {}, const QList<QRectF> &avoid = {}) const;
    // Returns the captions' box (empty when there are none).
    QRectF drawEventCaptions(QPainter &painter, const QRectF &avoid = {}) const;
    void drawAttribution(QPainter &painter) const;
    // Bottom right, above the credits: a bar of a round ground length and an arrow to true
    // north, both for the centre of the map. Nothing is drawn when the scale is unknown.
    void drawScaleBar(QPainter &painter, const GroundScale &ground) const;
    void drawNorthArrow(QPainter &painter, const GroundScale &ground) const;

    // "1 May 1917 O.S. / 14 May 1917 N.S." for the view's time.
    QString dateText() const;

    // The credits wrapped between their parts to the picture's width: never cut, never elided.
    QStringList creditLines() const;

private:
    void drawPanel(QPainter &painter, const QRectF &rect) const;
    // The top of the credits line, which the scale bar and arrow sit above.
    double creditsTop() const;
    QFont creditsFont() const;
    const CaseStudy &m_study;
    const MapView &m_view;
    double m_scale;
};

} // namespace dpa
