#pragma once

#include "package/casestudy.h"
#include "core/error.h"

#include <QHash>

#include <functional>
#include <memory>

namespace dpa {

// Loads and validates a case-study package folder (the format is in datasets/README.md).
// Loading never stops at the first problem: every problem is collected with its file and line
// (or feature), and whatever is sound is still loaded, so the app can show a broken package
// with its problem list.
class DatasetPackage
{
public:
    // A layer is read feature by feature (GDAL): a million villages of 50 vertices is a 1.1 GB
    // GeoPackage, and 2 GB leaves room; a bigger file is refused with its size, before reading.
    static constexpr qint64 kMaxLayerBytes = 2048ll * 1024 * 1024;
    // 100,000 features with 10 claims each is about 70 MB of CSV; a quarter gigabyte leaves room.
    static constexpr qint64 kMaxCsvBytes = 256ll * 1024 * 1024;
    // claims.csv is read row by row, never held whole: a million features with ten claims each
    // is about 650 MB, and 2 GB leaves room for long notes.
    static constexpr qint64 kMaxClaimsBytes = 2048ll * 1024 * 1024;

    struct LoadResult
    {
        std::shared_ptr<const CaseStudy> study;   // null when the manifest itself is unusable
        ErrorList problems;
        bool isValid() const { return study && problems.isEmpty(); }
    };

    // Optional hooks for long loads: progress(done, total) after each step (a layer, a table),
    // and cancelled(), polled between steps. They may be called from the loading thread only.
    struct LoadControl
    {
        std::function<void(int done, int total)> progress;
        std::function<bool()> cancelled;
        // "sources", "claims", "events" -> a file read instead of the package's own table (an
        // import checks the tables it is about to write before replacing anything). Messages
        // still name the package's file.
        QHash<QString, QString> tableOverrides;
    };

    // A cancelled load returns no study and the single problem "loading cancelled". `folder`
    // may also be a .gpkg made by packagearchive::pack, opened from its unpacked copy, or
    // pg:CONNINFO#SCHEMA, a case study in PostgreSQL, opened from its pulled copy (pgcache).
    static LoadResult load(const QString &folder, const LoadControl &control = {});
};

} // namespace dpa
