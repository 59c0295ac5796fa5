#include "layoutoptions.h"
#include "clicontext.h"
#include "clitext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace dpa::cli {

void addLayoutOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("title"), tr("title on the picture instead of the case study's"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("subtitle"), tr("a line under the title"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("legend"),
                      tr("where the legend goes: %1 (default auto: a corner over no feature, else beside the map)")
                          .arg(maplayout::legendPlacementNames().join(QStringLiteral(", "))),
                      QStringLiteral("PLACE"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("no-legend"), tr("no legend")});
    parser.addOption({QStringLiteral("inset"), tr("a small map of the whole case study with the picture's extent on it")});
    parser.addOption({QStringLiteral("no-scale-bar"), tr("no scale bar and north arrow")});
    parser.addOption({QStringLiteral("basemap"),
                      tr("web tiles under the map: an XYZ address with {z}, {x} and {y} (https:// or file://), "
                         "or WMTS:CAPABILITIES-URL"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("basemap-credit"), tr("the basemap's attribution, added to the credits"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("basemap-max-zoom"), tr("the deepest zoom level the tile service has (default 19)"),
                      QStringLiteral("N"), QStringLiteral("19")});
}

bool applyLayoutOptions(const QCommandLineParser &parser, MapView &view)
{
    const QString placement = parser.value(QStringLiteral("legend"));
    const auto legend = maplayout::legendPlacementFromName(placement);
    if (!legend) {
        fail(tr("bad --legend \"%1\": write one of %2")
                 .arg(placement, maplayout::legendPlacementNames().join(QStringLiteral(", "))));
        return false;
    }
    view.layout.legend = *legend;
    view.layout.title = parser.value(QStringLiteral("title"));
    view.layout.subtitle = parser.value(QStringLiteral("subtitle"));
    view.layout.inset = parser.isSet(QStringLiteral("inset"));
    view.showLegend = !parser.isSet(QStringLiteral("no-legend"));
    view.showScaleBar = !parser.isSet(QStringLiteral("no-scale-bar"));
    if (parser.isSet(QStringLiteral("basemap"))) {
        view.basemap.url = parser.value(QStringLiteral("basemap"));
        if (const auto problem = tilebasemap::checkUrl(view.basemap.url)) {
            fail(tr("bad --basemap: %1").arg(*problem));
            return false;
        }
        bool ok = false;
        view.basemap.maxZoom = parser.value(QStringLiteral("basemap-max-zoom")).toInt(&ok);
        if (!ok || view.basemap.maxZoom < 0 || view.basemap.maxZoom > 24) {
            fail(tr("bad --basemap-max-zoom \"%1\": give a whole number from 0 to 24")
                     .arg(parser.value(QStringLiteral("basemap-max-zoom"))));
            return false;
        }
        view.basemap.attribution = parser.value(QStringLiteral("basemap-credit"));
        view.basemap.cacheFolder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/dpatlas/tiles");
    }
    return true;
}

} // namespace dpa::cli
