#pragma once

#include <QString>

namespace dpa {

// The hidden folders every writer stages its output in, beside the target, before renaming it
// into place. Their names carry the writing process's id, so a folder left behind by a process
// that was killed (kill -9, a power cut) is recognised and removed by the next write there.
namespace StagingFolders {
// A QTemporaryDir pattern in `folder` for this process.
QString pattern(const QString &folder);
// Removes the staging folders in `folder` whose process is gone; returns how many.
int removeStale(const QString &folder);
} // namespace StagingFolders

} // namespace dpa
