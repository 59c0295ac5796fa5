#pragma once

#include "package/casestudy.h"
#include "render/groundscale.h"
#include "render/legendcontents.h"
#include "view/mapscene.h"
#include "view/mapview.h"

#include <QFont>
#include <QImage>
#include <QPolygonF>
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
    // The renderer's: what the scene worked out once (whether any outline is approximate) is
    // not looked for again in every frame.
    MapDecorations(const MapScene &scene, const MapView &view, double scale);

    // Returns the title box, which the event captions keep clear of.
    QRectF drawTitle(QPainter &painter) const;
    // The legend of what is in force (LegendContents::at), so a map never lists what it does not show.
    // `coverage` says how much of a rectangle the map's features fill (0 to 1): the legend goes
    // to the corner the view's layout names, or (Auto) the free corner that covers the least
    // of them, clear of `avoid` (title, captions). Returns the legend's box.
    QRectF drawLegend(QPainter &painter, const LegendContents &contents,
                      const std::function<double(const QRectF &)> &coverage = {}, const QList<QRectF> &avoid = {}) const;
    QSizeF legendSize(const LegendContents &contents) const;
    // Where drawLegend would put the legend; for Auto, `covered` gets the share of the box
    // over features (1 and a null box when no corner is clear of `avoid`).
    QRectF legendBox(const LegendContents &contents, LegendPlacement placement,
                     const std::function<double(const QRectF &)> &coverage, const QList<QRectF> &avoid,
                     double *covered = nullptr) const;
    void paintLegend(QPainter &painter, const LegendContents &contents, QPointF topLeft) const;
    // The corner box of `size` clear of `avoid` that covers the fewest features; null if none.
    // `covered` gets its share over features, `corner` which corner it is.
    QRectF freeCorner(QSizeF size, const std::function<double(const QRectF &)> &coverage,
                      const QList<QRectF> &avoid, double *covered = nullptr, LegendPlacement *corner = nullptr) const;
    // A small map in `box` with the picture's extent (`viewOutline`, in the inset's pixels) on it.
    void drawInset(QPainter &painter, const QImage &inset, const QPolygonF &viewOutline, const QRectF &box) const;
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
    struct LegendRow;
    struct LegendMetrics
    {
        QFont font, head;
        double pad = 0, swatch = 0, row = 0, line = 0, textWidth = 0;
        double height(int lines) const;   // of a row whose text takes `lines` lines
    };
    static QStringList wrapped(const QString &text, const QFont &font, double width);
    LegendMetrics legendMetrics() const;
    QList<LegendRow> legendRows(const LegendContents &contents) const;
    // Bottom-left, bottom-right, top-left, top-right boxes of `size` (the top ones below `avoid`).
    QList<QRectF> cornerBoxes(QSizeF size, const QList<QRectF> &avoid) const;
    void drawPanel(QPainter &painter, const QRectF &rect) const;
    // The top of the credits line, which the scale bar and arrow sit above.
    double creditsTop() const;
    QFont creditsFont() const;
    const CaseStudy &m_study;
    bool m_anyApproximate;
    const MapView &m_view;
    double m_scale;
};

} // namespace dpa
