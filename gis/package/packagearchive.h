#pragma once

#include "package/casestudy.h"
#include "core/error.h"
#include "io/vectorwriter.h"

#include <functional>

namespace dpa {

// A whole case study in one GeoPackage, to send by mail or put on a course page:
//  - every file of the package folder, byte for byte, in the table `dpatlas_package_files`
//    (path TEXT, content BLOB): the copy the app opens and `unpack` restores, so nothing is
//    lost or reinterpreted (period maps, SOURCES.md, the manifest's comments);
//  - each layer as a GeoPackage layer named by its id, in the case study's CRS, and the claims,
//    events and sources as attribute tables, so QGIS or ArcGIS show the data as it is.
// The two are written from the same folder in one pass, so they cannot disagree.
namespace packagearchive {

inline constexpr char kFilesTable[] = "dpatlas_package_files";

// Written into the same GeoPackage beside the package: layers for other tools (the timeline as
// QGIS plays it, its layer_styles) and SQL run before the file is closed (its QGIS project).
// Their names must not be the package's tables or layer ids (reservedNames).
struct PackExtras
{
    std::vector<VectorLayerToWrite> layers;
    QStringList sqlAfter;
};

// The table names a packed case study uses itself: its files table, claims, events, sources and
// the ids of its layers.
QStringList reservedNames(const CaseStudy &study);

// progress(done, total) per table; returning false cancels and leaves no file.
Result<int> pack(const CaseStudy &study, const QString &gpkgPath, const std::function<bool(int, int)> &progress = {},
                 PackExtras extras = {});

// True for a GeoPackage holding a packed case study.
bool isPackedPackage(const QString &path);

// Restores the package folder at `folder`, which must not exist or be empty; written beside it
// and renamed, so a failure leaves nothing. Returns the folder.
Result<QString> unpack(const QString &gpkgPath, const QString &folder);

// The folder to load a packed case study from: unpacked once into the user's cache, keyed by the
// file's content, and reused while the file is unchanged.
Result<QString> unpackToCache(const QString &gpkgPath);

} // namespace packagearchive
} // namespace dpa
