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

private:
    QString m_root;   // canonical, empty when the folder does not exist
};

} // namespace dpa
