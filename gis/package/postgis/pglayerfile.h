#pragma once

#include "core/error.h"
#include "io/handles.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dpa::postgis {

struct PgLayerField
{
    QString name;     // the attribute's name in the file
    QString column;   // its column in the table (PostgreSQL cuts names at 63 bytes)
    int ogrType = 0, ogrSubType = 0, width = 0, precision = 0;
    // boolean, integer, bigint, double precision, bytea or text (dates and lists as OGR writes
    // them, which is what reads back to the same value).
    QString pgType() const;
};

// What turns a layer table back into its file: kept as jsonb in the catalog.
struct PgLayerDefinition
{
    QString driver;          // GDAL's short name of the format the file was read with
    QString layerName;       // the layer's name inside the file
    QString srsWkt;          // the layer's CRS as WKT2; empty when the file states none
    int epsg = 0;            // its EPSG code, when GDAL recognises it
    int ogrGeometryType = 0; // as the layer declares it
    QString geometryType;    // for the column's type: "MultiPolygon", "PointZ", "Geometry"
    QString geometryColumn = QStringLiteral("geom");
    std::vector<PgLayerField> fields;
    QStringList files;       // every file of the dataset (a shapefile's .dbf, .prj…), absolute

    QJsonObject toJson() const;
    static PgLayerDefinition fromJson(const QJsonObject &json);
};

// One layer of a package's layer file, open for pushing: its definition, then its features as
// COPY rows (dpa_fid, geometry as EWKB with the SRID, then each field).
class PgLayerSource
{
public:
    // `path` is resolved inside the package already; `allowedDrivers` the package's formats.
    static Result<std::unique_ptr<PgLayerSource>> open(const QString &path, const QString &displayName,
                                                       const QString &layerName, const QStringList &allowedDrivers);
    ~PgLayerSource();
    const PgLayerDefinition &definition() const { return m_definition; }
    qint64 featureCount() const { return m_count; }
    // Calls put() with chunks of COPY text; put() returning false stops with an error.
    std::optional<Error> copyRows(int srid, const std::function<bool(const QByteArray &)> &put);

private:
    PgLayerSource() = default;
    GdalDatasetHandle m_dataset;
    void *m_layer = nullptr;   // owned by m_dataset
    PgLayerDefinition m_definition;
    QString m_displayName;
    qint64 m_count = 0;
};

// A feature read back from a layer table: values in PostgreSQL's text form (nullopt: NULL).
struct PgFeatureRow
{
    QByteArray wkb;   // empty: no geometry
    std::vector<std::optional<QByteArray>> values;
};

struct PgLayerToWrite
{
    PgLayerDefinition definition;
    std::vector<PgFeatureRow> rows;
};

// Writes a layer file anew from its tables (several layers for a GeoPackage that held several),
// in its own format and CRS, coordinates exactly as stored.
std::optional<Error> writeLayerFile(const QString &path, const std::vector<PgLayerToWrite> &layers);

// geometry as stored (WKB, as OGR writes it) -> EWKB carrying `srid`, as PostGIS reads it.
QByteArray ewkbWithSrid(const QByteArray &wkb, int srid);

} // namespace dpa::postgis
