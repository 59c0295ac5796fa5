#include "package/postgis/pgclaimfeatures.h"
#include "package/postgis/pgconnection.h"

namespace dpa::postgis::claimfeatures {

QString createIndex(PgConnection &c, const QString &schema)
{
    return QStringLiteral("CREATE INDEX %1 ON %2 %3")
        .arg(QLatin1String(kIndex), c.qualified(schema, QStringLiteral("claims")), QLatin1String(kKey));
}

QString matching(int first)
{
    QString key = QLatin1String(kKey);
    key.replace(QLatin1String("(layer"), QLatin1String("(t.layer")).replace(QLatin1String("(feature"), QLatin1String("(t.feature"));
    return QStringLiteral("%1 IN (SELECT * FROM unnest($%2::text[], $%3::text[]))").arg(key).arg(first).arg(first + 1);
}

} // namespace dpa::postgis::claimfeatures
