#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace dpa {

// Where a picture's legend goes. Auto takes the free corner, the one that covers no feature;
// when every corner would cover some, the legend goes in a column beside the map, so a legend
// never hides ground the map is about.
enum class LegendPlacement { Auto, TopLeft, TopRight, BottomLeft, BottomRight, Beside };

// The furniture of an exported picture the user can set (File > Export Image, `render`):
// what the title says, where the legend goes, whether an inset shows the whole case study.
struct MapLayout
{
    QString title;      // replaces the case study's title when not empty
    QString subtitle;   // a line under the title, none when empty
    LegendPlacement legend = LegendPlacement::Auto;
    // A small map of the whole case study in a free corner, with the picture's extent on it.
    bool inset = false;
};

namespace maplayout {
// The names the CLI and settings use: auto, top-left, top-right, bottom-left, bottom-right, beside.
QStringList legendPlacementNames();
QString legendPlacementName(LegendPlacement placement);
std::optional<LegendPlacement> legendPlacementFromName(const QString &name);
} // namespace maplayout

// A page a picture is made for. Its size in pixels follows the resolution: an A4 page is
// 1240 x 1754 pixels at 150 dpi and 2480 x 3508 at 300.
struct PagePreset
{
    QString id;       // a4, a4-landscape, slide
    QString name;     // shown in the export dialog
    double widthMm = 0, heightMm = 0;
    QSize pixels;     // a fixed pixel size (a slide), instead of millimetres

    QSize sizeAt(int dpi) const;
    static QList<PagePreset> all();   // names in the interface language
    static std::optional<PagePreset> byId(const QString &id);
};

} // namespace dpa
