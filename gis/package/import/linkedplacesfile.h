#pragma once

#include "core/error.h"
#include "io/geometry.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <vector>

namespace dpa {

// One place of a Linked Places file, as a feature of a layer.
struct LinkedPlace
{
    int index = 0;                 // in the file's "features", from 0
    int line = 0;                  // where the feature starts in the file
    QString uri;                   // its "@id"
    QString id;                    // the feature id made from it: unique in the file, safe in claims.csv
    QString title;                 // properties.title
    QMap<QString, QString> names;  // language -> the first toponym in it
    QJsonObject geometry;          // GeoJSON in WGS 84, checked; LPF's own members (certainty…) dropped
    Geometry parts;                // the same, as the model holds it
    bool approximate = false;      // certainty "less-certain" or "uncertain" (or "approximate": true)
    QString when;                  // its timespans as EDTF intervals, "1871-03-18/1871-05-31"
    QString kind;                  // the label of its first type
    QString englishName() const;   // the English toponym, else the title
};

struct LinkedPlacesFile
{
    std::vector<LinkedPlace> places;
    QStringList languages;         // every language with a toponym, in the order first met
    QStringList notes;             // ids made unique, toponyms without a language
    ErrorList problems;            // each with the file, the feature's line, index and @id
    int points = 0, lines = 0, areas = 0;   // parts, by kind

    // "72 place(s): 43 area(s), 29 point(s)"
    QString describe() const;
};

namespace linkedplacesfile {

// Reads a Linked Places Format file (LPF 1.2, the World Historical Gazetteer's GeoJSON-LD
// FeatureCollection; what `export --linked-places` writes): each feature's @id, title, names
// with their languages, geometry (a Point, LineString, Polygon, their Multi- forms, or a
// GeometryCollection of them, with its certainty), when and first type. Every feature is
// checked and every problem listed, naming `displayName`, the feature's line, its index and
// @id: a feature without @id or geometry, an unknown geometry type, coordinates that are not
// longitude and latitude. Ids come from the last segment of each @id
// ("urn:dpatlas:paris-1871:places:fort_issy" -> fort_issy), made unique where two clash.
LinkedPlacesFile read(const QString &path, const QString &displayName);

// Whether the file is a FeatureCollection whose first feature has an "@id" of its own (a Linked
// Places file rather than plain GeoJSON, which may hold "@id"s among its properties).
bool looksLikeLinkedPlaces(const QString &path);

// The field a language's names go in: "fr" -> "name_fr", "zh-Hant" -> "name_zh_hant".
QString nameField(const QString &language);

// The fields of the places as a layer, in order: id, name_en, name_<lang> for each other
// language, approx, kind (when any place has a type), uri (the @id) and when (when any place
// has one).
QStringList layerFields(const LinkedPlacesFile &file);

// The places as a GeoJSON layer file (RFC 7946, WGS 84), one feature a line, with the
// layerFields(); `fields` receives them.
QByteArray layerGeoJson(const LinkedPlacesFile &file, const QString &layerName, QStringList *fields = nullptr);

} // namespace linkedplacesfile
} // namespace dpa
