#include "io/sqliteschema.h"

#include <gdal.h>
#include <ogr_api.h>

namespace dpa::sqliteschema {

QString objectType(GDALDatasetH ds, const QString &name)
{
    // The name as an SQL string literal: quotes doubled, so a layer name cannot end the query.
    QString literal = name;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    const QByteArray sql = QStringLiteral("SELECT type FROM sqlite_master WHERE name = '%1'").arg(literal).toUtf8();
    OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, nullptr);
    if (!result)
        return {};
    QString type;
    if (OGRFeatureH row = OGR_L_GetNextFeature(result)) {
        type = QString::fromUtf8(OGR_F_GetFieldAsString(row, 0));
        OGR_F_Destroy(row);
    }
    GDALDatasetReleaseResultSet(ds, result);
    return type;
}

} // namespace dpa::sqliteschema
