#pragma once

#include <QStringList>

namespace dpa {

// One-time GDAL set-up shared by every reader and writer: drivers registered, network access
// closed (the app never needs it and a package must not reach it).
class GdalEnvironment
{
public:
    static void ensureInitialized();

    // Drivers a package may use. VRT and similar formats are excluded because they can name
    // other files or URLs; the list is passed to GDALOpenEx's allowed-driver list.
    static const QStringList &packageVectorDrivers();
    static const QStringList &packageRasterDrivers();
};

} // namespace dpa
