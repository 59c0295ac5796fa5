#pragma once

#include "core/error.h"
#include "io/geometry.h"
#include "io/vectorreader.h"
#include "time/calendar.h"

#include <QStringList>

#include <vector>

namespace dpa {

// One layer of a new case study: a vector file read whole, and how its features are named.
struct NewCaseStudyLayer
{
    QString source;            // the file as the user named it
    VectorLayerData data;      // as readNewCaseStudyLayer() read it
    QString idField, nameField;
    bool approximate = false;  // every feature stands in for the period's (written "approximate": true)
};

struct NewCaseStudyAuthority
{
    QString id, name, color, bloc;   // color "#rrggbb"; bloc may be empty (the authority alone)
};

// What File > New Case Study… and `dpatlas-cli new` ask for. Every field is checked by
// checkNewCaseStudy(); nothing is guessed at write time.
struct NewCaseStudyRequest
{
    QString id, title, attribution;
    QString periodStart, periodEnd;   // EDTF dates in `calendar`
    Calendar calendar = Calendar::Gregorian;
    QString crs;                      // "EPSG:2154", WKT or a PROJ string
    std::vector<NewCaseStudyLayer> layers;
    std::vector<NewCaseStudyAuthority> authorities;
    QString madeBy = QStringLiteral("dpatlas-cli new");   // named in SOURCES.md
};

namespace newcasestudy {

// Okabe and Ito's palette, which readers with colour-blindness can tell apart: the colours given
// to authorities in order.
const QStringList &palette();
// "Paris Commune, 1871" -> "paris-commune-1871": a package id from a title.
QString suggestId(const QString &title);
// "comarques 1936" -> "comarques_1936": an authority or layer id from a name.
QString slug(const QString &text);
bool isValidPackageId(const QString &id);
bool isValidAuthorityId(const QString &id);

// Reads a vector file in any of the package formats (a CSV or a shapefile without .prj is taken
// as longitude and latitude). An error names the file; a file without features is one. A Linked
// Places file is read as `import --places` reads it (linkedplacesfile): ids from the @ids, names
// in every language, approx from the certainty; its manifest entry then names those fields.
Result<VectorLayerData> readLayer(const QString &file);
// The first of the usual id fields (id, code, fid…) whose values are all present and distinct,
// or empty; whether one given field is such a field.
QString guessIdField(const VectorLayerData &data);
bool identifiesEveryFeature(const VectorLayerData &data, const QString &field);
// The first of the usual name fields (name, nom, nombre…), or empty.
QString guessNameField(const VectorLayerData &data);
// The layers' extent in longitude and latitude, for suggesting a CRS; invalid when none reprojects.
BoundingBox lonLatExtent(const std::vector<NewCaseStudyLayer> &layers);

// Every reason the request cannot make a valid package, each naming the field or file.
ErrorList check(const NewCaseStudyRequest &request);

struct WriteResult
{
    QString path;             // the package folder, absolute, when written
    int featureCount = 0;
    ErrorList problems;       // empty when written
    bool refusedByValidator = false;   // problems are the validator's, in the package's files
};
// Writes the package into `output` (which must not exist, or be empty) all at once: into a
// staging folder, validated there, then moved into place. On any problem nothing is left behind.
WriteResult write(const NewCaseStudyRequest &request, const QString &output);

} // namespace newcasestudy
} // namespace dpa
