#pragma once

#include "view/mapview.h"

#include <optional>

class QCommandLineParser;

namespace dpa::cli {

// The picture layout options `render` and `animate` share with File > Export Image: --title,
// --subtitle, --legend PLACEMENT, --inset, --no-scale-bar and the --basemap options. add...() declares them;
// apply...() writes them into `view`, printing what is wrong and returning false on a bad value.
void addLayoutOptions(QCommandLineParser &parser);
bool applyLayoutOptions(const QCommandLineParser &parser, MapView &view);

} // namespace dpa::cli
