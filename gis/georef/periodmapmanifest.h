#pragma once

#include "core/error.h"

#include <QString>

#include <optional>

namespace dpa {

// A period map's entry in a package's manifest.json (datasets/README.md, "Period maps").
struct PeriodMapEntry
{
    QString id;
    QString file;            // relative to the package: "maps/scan.tif"
    QString language = QStringLiteral("en");
    QString title;
    QString validStart, validEnd;   // EDTF dates, as the manifest takes them
    double opacity = 0.7;
};

// Adds the entry to manifest.json's "period_maps", or replaces the entry of the same id (a
// revised georeferencing). The manifest is a historian's file: a new entry is inserted into the
// text so the rest keeps its order, spacing and comments-by-convention; only a replacement (or a
// manifest the insertion cannot find its way in) is rewritten through QJsonDocument. The result
// is parsed back before it replaces the file, and written whole or not at all (StagedFile).
std::optional<Error> addPeriodMapToManifest(const QString &manifestPath, const PeriodMapEntry &entry);

} // namespace dpa
