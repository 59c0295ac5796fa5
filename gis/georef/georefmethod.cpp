#include "georef/georefmethod.h"

#include <QObject>

namespace dpa::GeorefMethods {

namespace {
constexpr GeorefMethod kAll[] = {GeorefMethod::Helmert, GeorefMethod::Polynomial1, GeorefMethod::Polynomial2,
                                 GeorefMethod::Polynomial3, GeorefMethod::ThinPlateSpline};
}

QString key(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Helmert: return QStringLiteral("helmert");
    case GeorefMethod::Polynomial1: return QStringLiteral("poly1");
    case GeorefMethod::Polynomial2: return QStringLiteral("poly2");
    case GeorefMethod::Polynomial3: return QStringLiteral("poly3");
    case GeorefMethod::ThinPlateSpline: return QStringLiteral("tps");
    }
    return {};
}

std::optional<GeorefMethod> fromKey(const QString &text)
{
    for (GeorefMethod m : kAll)
        if (key(m) == text.trimmed().toLower())
            return m;
    return std::nullopt;
}

QStringList keys()
{
    QStringList out;
    for (GeorefMethod m : kAll)
        out << key(m);
    return out;
}

QString displayName(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Helmert: return QObject::tr("Helmert (similarity)");
    case GeorefMethod::Polynomial1: return QObject::tr("Affine (polynomial 1)");
    case GeorefMethod::Polynomial2: return QObject::tr("Polynomial 2");
    case GeorefMethod::Polynomial3: return QObject::tr("Polynomial 3");
    case GeorefMethod::ThinPlateSpline: return QObject::tr("Thin plate spline");
    }
    return {};
}

int minimumPoints(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Helmert: return 2;
    case GeorefMethod::Polynomial1: return 3;
    case GeorefMethod::Polynomial2: return 6;
    case GeorefMethod::Polynomial3: return 10;
    case GeorefMethod::ThinPlateSpline: return 3;
    }
    return 3;
}

} // namespace dpa::GeorefMethods
