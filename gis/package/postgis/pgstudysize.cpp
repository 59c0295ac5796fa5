#include "package/postgis/pgstudysize.h"
#include "package/postgis/pgcasestudyschema.h"
#include "package/postgis/pgclaimtimes.h"
#include "package/postgis/pgconnection.h"
#include "package/postgis/pgstudytables.h"

namespace dpa::postgis {

Result<StudySize> studySize(const PgUri &uri)
{
    auto connection = PgConnection::openWithPostgis(uri);
    if (!connection)
        return connection.error();
    PgConnection &c = **connection;
    const QString &schema = uri.schema();
    PgTransaction transaction(c);
    auto info = pgschema::beginSnapshot(transaction, c, schema);
    if (!info)
        return info.error();
    ErrorList problems;   // the manifest's are reported by whichever read follows
    auto study = studytables::beginStudy(c, schema, uri.displayName(), problems);
    if (!study)
        return study.error();
    auto catalog = studytables::readCatalog(c, schema);
    if (!catalog)
        return catalog.error();
    StudySize size;
    auto indexed = claimtimes::available(c, schema, (*study)->manifest.calendar);
    if (!indexed)
        return indexed.error();
    size.timeIndexed = *indexed;
    for (const LayerSpec &spec : (*study)->manifest.layers) {
        const auto table = catalog->layers.constFind(spec.id);
        if (spec.role != LayerSpec::Role::Features || table == catalog->layers.cend())
            continue;
        auto rows = c.query(QStringLiteral("SELECT count(*) FROM %1").arg(c.qualified(schema, table->table)));
        if (!rows)
            return rows.error();
        size.featureRows += rows->integer(0, 0);
    }
    if (auto error = transaction.commit())
        return *error;
    return size;
}

} // namespace dpa::postgis
