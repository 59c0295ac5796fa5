#include "io/tilebasemap.h"
#include "io/gdalenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <cpl_conv.h>

namespace dpa {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("TileBasemap", text); }

// Half the Web Mercator world's width in metres: the tile grid spans ±this on both axes.
constexpr double kMercatorHalfWorld = 20037508.342789244;

bool isWmts(const QString &url) { return url.startsWith(QLatin1String("WMTS:"), Qt::CaseInsensitive); }

// GDAL's network access is closed for the whole process (GdalEnvironment); while a basemap the
// user asked for is read, this thread may reach the network: no dead proxy, a real timeout, and
// a User-Agent, as tile servers' usage policies require.
class NetworkOpenForThisThread
{
public:
    NetworkOpenForThisThread()
    {
        CPLSetThreadLocalConfigOption("GDAL_HTTP_PROXY", "");
        CPLSetThreadLocalConfigOption("GDAL_HTTP_TIMEOUT", "15");
        CPLSetThreadLocalConfigOption("GDAL_HTTP_USERAGENT", "DualPowerAtlas (desktop historical GIS)");
        CPLSetThreadLocalConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", nullptr);
    }
    ~NetworkOpenForThisThread()
    {
        for (const char *key : {"GDAL_HTTP_PROXY", "GDAL_HTTP_TIMEOUT", "GDAL_HTTP_USERAGENT"})
            CPLSetThreadLocalConfigOption(key, nullptr);
    }
    NetworkOpenForThisThread(const NetworkOpenForThisThread &) = delete;
    NetworkOpenForThisThread &operator=(const NetworkOpenForThisThread &) = delete;
};

} // namespace

std::optional<QString> tilebasemap::checkUrl(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return tr("no address given");
    if (isWmts(url)) {
        const QUrl service(url.mid(5).section(QLatin1Char(','), 0, 0));
        if (!service.isValid() || !QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")}.contains(service.scheme()))
            return tr("\"%1\": after WMTS: give the http(s) address of the service's capabilities").arg(url);
        return std::nullopt;
    }
    const QString scheme = QUrl(url).scheme();
    if (!QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")}.contains(scheme))
        return tr("\"%1\": a tile address starts with https://, http:// or file://").arg(url);
    for (const char *part : {"{z}", "{x}", "{y}"})
        if (!url.contains(QLatin1String(part)))
            return tr("\"%1\" has no %2: write the tile address with {z}, {x} and {y}, as in "
                      "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
                .arg(url, QLatin1String(part));
    return std::nullopt;
}

QString tilebasemap::gdalWmsDescription(const TileBasemap &basemap)
{
    // GDAL writes ${z}; users and every tile service's documentation write {z}.
    QString url = basemap.url.trimmed();
    url.replace(QLatin1String("${"), QLatin1String("{")).replace(QLatin1String("{"), QLatin1String("${"));
    const QString cache = basemap.cacheFolder.isEmpty()
                              ? QString()
                              : QStringLiteral("<Cache><Path>%1</Path></Cache>").arg(basemap.cacheFolder.toHtmlEscaped());
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>"
               "<DataWindow><UpperLeftX>%2</UpperLeftX><UpperLeftY>%3</UpperLeftY>"
               "<LowerRightX>%3</LowerRightX><LowerRightY>%2</LowerRightY>"
               "<TileLevel>%4</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
               "<YOrigin>top</YOrigin></DataWindow>"
               "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
               "<BandsCount>4</BandsCount>%5"
               // A tile the service does not have is transparent, not an error.
               "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes><ZeroBlockOnServerException>true</ZeroBlockOnServerException>"
               "</GDAL_WMS>")
        .arg(url.toHtmlEscaped())
        .arg(-kMercatorHalfWorld, 0, 'f', 6)
        .arg(kMercatorHalfWorld, 0, 'f', 6)
        .arg(std::clamp(basemap.maxZoom, 0, 24))
        .arg(cache);
}

Result<ArgbImage> tilebasemap::warp(const TileBasemap &basemap, RasterWarpRequest request)
{
    if (const auto problem = checkUrl(basemap.url))
        return Error::at(tr("basemap"), 0, *problem);
    GdalEnvironment::ensureInitialized();
    if (!basemap.cacheFolder.isEmpty())
        QDir().mkpath(basemap.cacheFolder);
    request.connectionString = true;
    request.displayName = tr("basemap %1").arg(basemap.url);
    request.allowedDrivers = {QStringLiteral("WMS"), QStringLiteral("WMTS")};
    const QString source = isWmts(basemap.url) ? basemap.url.trimmed() : gdalWmsDescription(basemap);
    NetworkOpenForThisThread network;
    return warpRaster(source, request);
}

} // namespace dpa
