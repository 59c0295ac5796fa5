#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

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

// A driver-name list in the null-terminated char* form GDALOpenEx wants; null when empty
// (GDAL then tries every driver).
class GdalDriverList
{
public:
    explicit GdalDriverList(const QStringList &names);
    const char *const *get() const { return m_bytes.isEmpty() ? nullptr : m_pointers.data(); }

private:
    QList<QByteArray> m_bytes;
    std::vector<const char *> m_pointers;
};

} // namespace dpa
