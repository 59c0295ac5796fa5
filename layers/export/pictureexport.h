#pragma once

#include "core/error.h"
#include "render/maprenderer.h"

#include <optional>

namespace dpa {

// One map picture written to a file: PNG through the renderer's fast path, SVG and PDF through
// its vector path (every area, outline and label is a path a designer can edit).
enum class PictureFormat { Png, Svg, Pdf };

struct PictureRequest
{
    QString path;
    PictureFormat format = PictureFormat::Png;
    MapView view;            // view.size is the picture's size in pixels
    int dpi = 96;            // physical size: pixels / dpi inches (PNG metadata, SVG and PDF page size)
};

namespace pictureexport {
// From the file name's extension; nothing for an extension that is not a picture format.
std::optional<PictureFormat> formatForPath(const QString &path);
// Writes under a temporary name and renames, so a failure leaves no half-written picture.
// Returns the absolute path written.
Result<QString> write(MapRenderer &renderer, const PictureRequest &request);
} // namespace pictureexport

} // namespace dpa
