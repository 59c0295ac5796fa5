#include "io/gdalenvironment.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

#include <mutex>

namespace dpa {

void GdalEnvironment::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // GDAL 3.6 has no single "no network" switch (TOOLCHAIN.md): a dummy allow-list closes
        // /vsicurl/, /vsis3/, /vsigs/, /vsiaz/, and a dead proxy makes every other curl
        // request (WMS, /vsicurl_streaming/) fail locally at once.
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", "dpatlas-network-disabled");
        CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        // A GeoPackage is an SQLite file, and a view or trigger in it can call any SQL function
        // loaded into the connection, SpatiaLite's SqlProc_Execute included, which runs
        // arbitrary SQL such as VACUUM INTO a file anywhere the user can write (issue 19, S1).
        // With trusted_schema off, SQLite refuses functions not marked innocuous inside views
        // and triggers; GDAL's own guard only looks for its ogr_* functions.
        CPLSetConfigOption("OGR_SQLITE_PRAGMA", "trusted_schema=OFF");
        GDALAllRegister();
    });
}

const QStringList &GdalEnvironment::packageVectorDrivers()
{
    static const QStringList drivers{QStringLiteral("GeoJSON"), QStringLiteral("GPKG"),
                                     QStringLiteral("ESRI Shapefile"), QStringLiteral("FlatGeobuf"),
                                     QStringLiteral("KML"), QStringLiteral("LIBKML"),
                                     QStringLiteral("CSV")};
    return drivers;
}

const QStringList &GdalEnvironment::packageRasterDrivers()
{
    static const QStringList drivers{QStringLiteral("GTiff"), QStringLiteral("COG"),
                                     QStringLiteral("PNG"), QStringLiteral("JPEG"),
                                     QStringLiteral("GPKG")};
    return drivers;
}

GdalDriverList::GdalDriverList(const QStringList &names)
{
    for (const QString &n : names)
        m_bytes << n.toUtf8();
    for (const QByteArray &b : m_bytes)
        m_pointers.push_back(b.constData());
    m_pointers.push_back(nullptr);
}

} // namespace dpa
