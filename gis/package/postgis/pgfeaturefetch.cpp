#include "package/postgis/pgfeaturefetch.h"
#include "package/postgis/pgconnection.h"
#include "package/layerfeaturerules.h"
#include "io/ogrgeometry.h"
#include "io/coordinatetransform.h"

#include <QObject>
#include <QSet>

#include <ogr_core.h>

namespace dpa::postgis {
namespace {

// A cell as the vector reader gives the attribute (readVectorLayer's fieldValue): booleans,
// integers and reals as numbers, everything else as OGR's text, which is what the table holds.
QVariant attributeValue(const PgLayerField &field, const PgResult &rows, int row, int column)
{
    if (rows.isNull(row, column))
        return {};
    const QByteArray raw = rows.raw(row, column);
    switch (field.ogrType) {
    case OFTInteger:
        if (field.ogrSubType == OFSTBoolean)
            return raw == "t" || raw == "true" || raw == "1";
        return raw.toInt();
    case OFTInteger64: return raw.toLongLong();
    case OFTReal: return raw.toDouble();
    default: return QString::fromUtf8(raw);
    }
}

} // namespace

Result<Crs> layerFileCrs(const LayerSpec &spec, const PgLayerTable &table)
{
    Crs fileCrs = spec.crs;
    if (!table.definition.srsWkt.isEmpty()) {
        auto crs = Crs::fromUserInput(table.definition.srsWkt);
        if (!crs)
            return Error::at(spec.file, 0, QObject::tr("layer CRS not understood")).withCauses({crs.error().toString()});
        fileCrs = *crs;
    }
    if (!fileCrs.isValid())
        return Error::at(spec.file, 0, QObject::tr("layer has no CRS, so it cannot be placed on the map "
                                                   "(give one in the manifest's \"crs\" of this layer)"));
    return fileCrs;
}

Result<CaseLayer> fetchLayerFeatures(PgConnection &c, const QString &schema, const LayerSpec &spec, const PgLayerTable &table,
                                     const Crs &studyCrs, const std::optional<BoundingBox> &box, ErrorList &problems,
                                     BoxUse use, double tolerance)
{
    const PgLayerDefinition &d = table.definition;
    CaseLayer layer;
    layer.spec = spec;

    // Only the fields the manifest names are read: what a feature of the model is made of.
    QStringList wanted{spec.idField, spec.nameField, spec.approxField, spec.kindField};
    for (const QString &field : spec.nameFields)
        wanted << field;
    QStringList names;
    for (const PgLayerField &f : d.fields)
        names << f.name;
    for (const QString &field : {spec.idField, spec.nameField, spec.approxField, spec.kindField, spec.populationField})
        if (!field.isEmpty() && !names.contains(field))
            problems << Error::at(spec.file, 0, QObject::tr("attribute \"%1\" named in manifest.json is not in the layer (it has: %2)")
                                                    .arg(field, names.join(QStringLiteral(", "))));
    std::vector<const PgLayerField *> fields;
    QStringList columns{QStringLiteral("dpa_fid"),
                        QStringLiteral("%1 IS NULL OR ST_IsEmpty(%1)").arg(c.ident(d.geometryColumn)),
                        QStringLiteral("NULL")};
    for (const PgLayerField &f : d.fields)
        if (wanted.contains(f.name)) {
            fields.push_back(&f);
            columns << c.ident(f.column);
        }

    auto crs = layerFileCrs(spec, table);
    if (!crs)
        return crs.error();
    const Crs fileCrs = *crs;
    layer.fileCrs = fileCrs;
    std::optional<CoordinateTransform> toStudy;
    QString where;
    QList<PgParam> params;
    if (box) {
        auto forward = CoordinateTransform::create(fileCrs, studyCrs);
        if (!forward)
            return Error::at(spec.file, 0, forward.error().message).withCauses(forward.error().causes);
        toStudy.emplace(std::move(*forward));
        // The box in the layer's coordinates for the index, grown a little: the exact test is
        // made afterwards on the reprojected geometry, so a wider search costs only a few rows.
        std::optional<BoundingBox> search = *box;
        if (!toStudy->isIdentity()) {
            auto backward = CoordinateTransform::create(studyCrs, fileCrs);
            const BoundingBox b = backward ? backward->transformBounds(*box) : BoundingBox();
            search = b.isValid() && std::isfinite(b.width()) && std::isfinite(b.height())
                         ? std::optional<BoundingBox>(b.grown(0.01)) : std::nullopt;
        }
        const QString geom = c.ident(d.geometryColumn);
        columns[2] = QStringLiteral("ST_AsBinary(%1)").arg(geom);
        if (tolerance > 0 && search && use == BoxUse::Features) {
            // The tolerance in the layer's units: the study's, scaled as the box is by the
            // reprojection (near enough for a level of detail, which only has to stay under a pixel).
            const double layerTolerance = tolerance * search->width() / std::max(box->width(), 1e-300);
            columns[2] = QStringLiteral("ST_AsBinary(ST_SimplifyPreserveTopology(%1, %2))").arg(geom).arg(layerTolerance, 0, 'g', 17);
        }
        if (search) {
            const QString inSearch = QStringLiteral("%1 && ST_MakeEnvelope($1::float8, $2::float8, $3::float8, $4::float8, %2)")
                                         .arg(geom).arg(table.srid);
            for (double v : {search->xMin, search->yMin, search->xMax, search->yMax})
                params << PgParam::text(QByteArray::number(v, 'g', 17));
            // Every feature, its geometry only when the index finds it near the box.
            if (use == BoxUse::GeometryOnly)
                columns[2] = QStringLiteral("CASE WHEN %1 THEN ST_AsBinary(%2) END").arg(inSearch, geom);
            else
                where = QStringLiteral(" WHERE ") + inSearch;
        }
    }
    auto rows = c.query(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY dpa_fid")
                            .arg(columns.join(QStringLiteral(", ")), c.qualified(schema, table.table), where),
                        params);
    if (!rows)
        return Error::at(spec.file, 0, rows.error().message).withCauses(rows.error().causes);

    // The file reader's rules (layerfeaturerules.h), feature by feature.
    QSet<QString> seen;
    for (int r = 0; r < rows->rowCount(); ++r) {
        QVariantMap attributes;
        for (size_t i = 0; i < fields.size(); ++i)
            attributes.insert(fields[i]->name, attributeValue(*fields[i], *rows, r, 3 + int(i)));
        const qint64 fid = rows->integer(r, 0);
        CaseFeature f;
        f.id = layerfeatures::idOf(spec, fid, attributes);
        if (rows->boolean(r, 1)) {
            problems << Error::inFeature(spec.file, f.id.isEmpty() ? QStringLiteral("#%1").arg(fid) : f.id,
                                         QObject::tr("feature has no geometry"));
        }
        if (!layerfeatures::admit(spec, f.id, fid, seen, problems))
            continue;
        if (rows->boolean(r, 1))
            continue;
        if (box && !(use == BoxUse::GeometryOnly && rows->isNull(r, 2))) {
            auto geometry = geometryFromWkb(rows->bytea(r, 2));
            if (!geometry) {
                problems << Error::inFeature(spec.file, f.id, QObject::tr("unsupported geometry type"));
                continue;
            }
            if (!toStudy->isIdentity() && !toStudy->transformInPlace(*geometry))
                problems << Error::inFeature(spec.file, f.id, QObject::tr("some coordinates cannot be transformed to %1").arg(studyCrs.name()));
            if (featureMeetsBox(*geometry, *box)) {
                f.geometry = std::move(*geometry);
                layer.bounds.extend(f.geometry.bounds());
            } else if (use == BoxUse::Features) {
                continue;
            }
        }
        layerfeatures::describe(f, spec, std::move(attributes));
        layer.features.push_back(std::move(f));
    }
    return layer;
}

} // namespace dpa::postgis
