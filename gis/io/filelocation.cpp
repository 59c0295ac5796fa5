#include "io/filelocation.h"

#include <QObject>

#include <cmath>

namespace dpa {

FileLocation::FileLocation(const Crs &fileCrs) : m_crs(fileCrs)
{
    if (m_crs.isValid() && !m_crs.isGeographic()) {
        if (auto t = CoordinateTransform::create(m_crs, Crs::wgs84()))
            m_toLonLat = std::make_shared<const CoordinateTransform>(std::move(*t));
    }
}

QString FileLocation::near(QPointF p) const
{
    // Six decimals of a degree and one of a metre are both about 10 cm: as close as anyone
    // can point in QGIS, without digits that only look precise.
    const auto degrees = [](double v) { return QString::number(v, 'f', 6); };
    if (!m_crs.isValid())
        return QObject::tr("near x %1, y %2 in the file's coordinates").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1);
    const QString crsName = m_crs.authorityId().isEmpty() ? m_crs.name() : m_crs.authorityId();
    if (m_crs.isGeographic())
        return QObject::tr("near longitude %1, latitude %2 in the file's CRS (%3)").arg(degrees(p.x()), degrees(p.y()), crsName);
    QString where = QObject::tr("near x %1, y %2 in the file's CRS (%3)")
                        .arg(QString::number(p.x(), 'f', 1), QString::number(p.y(), 'f', 1), crsName);
    if (m_toLonLat) {
        const QPointF lonLat = m_toLonLat->transform(p);
        if (std::isfinite(lonLat.x()) && std::isfinite(lonLat.y()))
            where += QObject::tr(", longitude %1, latitude %2").arg(degrees(lonLat.x()), degrees(lonLat.y()));
    }
    return where;
}

} // namespace dpa
