#pragma once

#include "casestudy.h"
#include "error.h"

#include <memory>

namespace dpa {

// Loads and validates a case-study package folder (the format is in datasets/README.md).
// Loading never stops at the first problem: every problem is collected with its file and line
// (or feature), and whatever is sound is still loaded, so the app can show a broken package
// with its problem list.
class DatasetPackage
{
public:
    static constexpr qint64 kMaxLayerBytes = 256ll * 1024 * 1024;
    static constexpr qint64 kMaxCsvBytes = 32ll * 1024 * 1024;

    struct LoadResult
    {
        std::shared_ptr<const CaseStudy> study;   // null when the manifest itself is unusable
        ErrorList problems;
        bool isValid() const { return study && problems.isEmpty(); }
    };

    static LoadResult load(const QString &folder);
};

} // namespace dpa
