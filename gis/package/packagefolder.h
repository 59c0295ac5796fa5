#pragma once

#include "core/error.h"

#include <QString>

namespace dpa {

// The folder of an untrusted package. Every file a manifest names goes through resolve(), which
// refuses what could reach outside: absolute paths, "..", GDAL's /vsi... and network prefixes,
// and symbolic links pointing out of the folder.
class PackageFolder
{
public:
    explicit PackageFolder(const QString &root);

    const QString &root() const { return m_root; }
    bool exists() const { return !m_root.isEmpty(); }

    // The absolute path of `relative`, or an error message (without location: the caller
    // knows which manifest line named it). Files larger than maxBytes are refused.
    Result<QString> resolve(const QString &relative, qint64 maxBytes) const;
    // Every symbolic link anywhere in the folder whose target lies outside it, as paths relative
    // to the folder. Files no manifest line names (SOURCES.md, a Shapefile's .dbf, a raster's
    // .ovr) are read or packed too, so the whole folder must stay inside itself.
    QStringList linksOutside() const;

private:
    QString m_root;   // canonical, empty when the folder does not exist
};

// Whether `path` is a plain relative path inside a package: "/"-separated parts, none empty,
// "." or "..", and no leading "/", backslash or ":" (a drive or a GDAL /vsi prefix). For a path
// that comes from elsewhere than the folder (a packed .gpkg's rows, a database's), before a
// file is written at it: unpacking and pulling both write such paths, and they must refuse the
// same ones.
bool isPlainRelativePath(const QString &path);

} // namespace dpa
