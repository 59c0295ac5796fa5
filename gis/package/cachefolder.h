#pragma once

#include "core/error.h"

#include <QString>

#include <optional>

class QLockFile;

namespace dpa {

// The folders where copies made only for reading are kept: a packed .gpkg unpacked, a case
// study pulled from PostgreSQL. Both are made the same way (under one dpatlas/ folder, one
// program at a time), so the rules live here once.
namespace cachefolder {

// `name` under dpatlas/ in the user's cache folder (the temporary folder when there is none).
QString path(const QString &name);

// Creates `root`, then waits up to two minutes for `lock` (a lock file in it; one left by a
// program that died is taken over after ten minutes), so two programs making the same copy
// take turns and the second finds the first one's copy complete. `busy` is the error when the
// wait runs out.
std::optional<Error> takeTurn(QLockFile &lock, const QString &root, const Error &busy);

} // namespace cachefolder
} // namespace dpa
