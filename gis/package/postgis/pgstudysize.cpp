#include "package/postgis/pgstudysize.h"
#include "package/postgis/pgstudytables.h"

namespace dpa::postgis {

Result<StudySize> studySize(const PgUri &uri)
{
    ErrorList problems;   // the manifest's are reported by whichever read follows
    auto reading = studytables::beginReading(uri, problems);
    if (!reading)
        return reading.error();
    PgConnection &c = reading->connection();
    const QString &schema = uri.schema();
    StudySize size;
    size.timeIndexed = reading->indexed;
    size.crs = reading->study->manifest.crs;
    const std::shared_ptr<CaseStudy> &study = reading->study;
    const studytables::Catalog *catalog = &reading->catalog;
    for (const LayerSpec &spec : study->manifest.layers) {
        const auto table = catalog->layers.constFind(spec.id);
        if (spec.role != LayerSpec::Role::Features || table == catalog->layers.cend())
            continue;
        // The planner's count, which the push's ANALYZE (and autovacuum since) keeps: counting
        // rows would read the whole table on the server, what a view read is there to avoid.
        // A table never analysed (-1) is counted.
        const QString qualified = c.qualified(schema, table->table);
        auto rows = c.query(QStringLiteral("SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint ELSE (SELECT count(*) FROM %1) END "
                                           "FROM pg_class c WHERE c.oid = $1::regclass").arg(qualified),
                            {PgParam::text(qualified)});
        if (!rows)
            return rows.error();
        size.featureRows += rows->integer(0, 0);
        if (auto crs = layerFileCrs(spec, *table))
            size.extent.extend(studytables::estimatedExtent(c, schema, *table, *crs, study->manifest.crs));
    }
    if (auto error = reading->snapshot.transaction->commit())
        return *error;
    return size;
}

} // namespace dpa::postgis
