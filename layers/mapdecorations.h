#pragma once

#include "casestudy.h"
#include "mapview.h"

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
    void drawLegend(QPainter &painter) const;
    void drawEventCaptions(QPainter &painter, const QRectF &avoid = {}) const;
    void drawAttribution(QPainter &painter) const;

    // "1 May 1917 O.S. / 14 May 1917 N.S." for the view's time.
    QString dateText() const;

private:
    void drawPanel(QPainter &painter, const QRectF &rect) const;
    const CaseStudy &m_study;
    const MapView &m_view;
    double m_scale;
};

} // namespace dpa
