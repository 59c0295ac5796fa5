#pragma once

#include "model/controlmodel.h"
#include "io/crs.h"
#include "time/dateinterval.h"
#include "core/error.h"
#include "core/multilingualtext.h"

#include <QMap>

#include <optional>
#include <vector>

namespace dpa {

struct LayerSpec
{
    enum class Role { Features, Context };
    QString id;
    QString file;
    QString layerName;            // inside multi-layer files (GeoPackage)
    Role role = Role::Features;
    QString kind;                 // context layers: water, river, land, boundary
    Crs crs;                      // for files that state no CRS (CSV); else the file's own
    MultilingualText title;
    QString idField, nameField, approxField, kindField;
    // Every feature of the layer is approximate ("approximate": true), as when modern
    // boundaries stand in for the period's; approxField marks features one by one.
    bool approximate = false;
    QString populationField;      // attribute with each feature's population, for the analyses
    QMap<QString, QString> nameFields;   // language -> attribute
    int line = 0;                 // in manifest.json
};

struct PeriodMapSpec
{
    QString id;
    QString file;
    MultilingualText title;
    DateInterval valid;
    double opacity = 0.7;
    int line = 0;
};

// manifest.json of a package, checked field by field. Problems are collected, not thrown: a
// historian fixing a package wants the whole list at once.
struct PackageManifest
{
    static constexpr const char *kFileName = "manifest.json";
    static constexpr const char *kFormat = "dpatlas-package/1";
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    QString id;
    MultilingualText title;
    MultilingualText description;
    QString attribution;          // one line of data credits, printed on every map
    DateInterval period;
    Calendar calendar = Calendar::Gregorian;
    QList<Calendar> displayCalendars{Calendar::Gregorian};
    Crs crs;
    std::optional<HistoricalDate> defaultDate;
    std::vector<Authority> authorities;
    std::vector<int> authorityLines;
    std::vector<LayerSpec> layers;
    std::vector<PeriodMapSpec> periodMaps;
    QString claimsFile, eventsFile, sourcesFile;
    int claimsLine = 0, eventsLine = 0, sourcesLine = 0;

    // Returns the manifest when it is usable at all (parsable, with an id, calendar and CRS);
    // every problem, fatal or not, is appended to `problems`.
    static std::optional<PackageManifest> parse(const QByteArray &json, ErrorList &problems);
    static std::optional<PackageManifest> read(const QString &path, ErrorList &problems);
};

} // namespace dpa
