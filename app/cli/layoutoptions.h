#pragma once

#include "view/mapview.h"

#include <optional>

class QCommandLineParser;

namespace dpa::cli {

// The picture layout options `render` and `animate` share with File > Export Image: --title,
// --subtitle, --legend PLACEMENT, --inset and --no-scale-bar. add...() declares them;
// apply...() writes them into `view`, printing what is wrong and returning false on a bad value.
void addLayoutOptions(QCommandLineParser &parser);
bool applyLayoutOptions(const QCommandLineParser &parser, MapView &view);

} // namespace dpa::cli
