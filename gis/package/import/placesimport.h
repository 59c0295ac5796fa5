#pragma once

#include "core/error.h"

#include <QStringList>

namespace dpa {

struct PlacesImportOptions
{
    QString layerId;     // empty: from the file's name ("paris-1871.lpf.json" -> paris_1871)
    QString title;       // the layer's English title; empty: "Places from FILE" (or, replacing, the old title)
    bool replace = false;   // replace the package's layer of the same id
};

// What an import of places did, or why it did nothing.
struct PlacesImportReport
{
    QString fileDescription;   // "Linked Places, 72 place(s): 43 area(s), 29 point(s)"
    QStringList notes;         // ids made unique, toponyms without a language, a file left unused
    QString layerId, layerFile;   // "paris_1871", "layers/paris_1871.geojson"
    QStringList fields, languages;
    int featureCount = 0;
    bool replaced = false;            // an existing layer was replaced
    bool manifestRewritten = false;   // manifest.json could not be edited in place and was rewritten whole
    ErrorList problems;               // when not empty, nothing was written
    bool written = false;
};

namespace placesimport {
// The layer id a file's name suggests: "Paris 1871.lpf.json" -> "paris_1871".
QString defaultLayerId(const QString &file);
// Letters, digits, _ and -, starting with a letter or digit: safe in claims.csv and as a file name.
bool isValidLayerId(const QString &id);
} // namespace placesimport

// Imports the places of a Linked Places file (placesimport reads it with linkedplacesfile::read)
// into a package folder as a feature layer: layers/ID.geojson in WGS 84 with the fields id,
// name_en, name_<lang>, approx, kind, uri and when, and its entry appended to manifest.json's
// "layers" (or put in place of the layer it replaces), the rest of the manifest's bytes kept.
// All or nothing: the file is checked feature by feature, then a scratch copy of the package
// with the new layer must load bringing no problem the package did not have; only then are the
// layer file and the manifest replaced, each in one rename (the layer first, and put back if the
// manifest cannot be written).
PlacesImportReport importPlacesIntoPackage(const QString &packageFolder, const QString &file, const PlacesImportOptions &options);

} // namespace dpa
