#include "georef/gcpdocument.h"

namespace dpa {

GcpDocument::GcpDocument(Crs crs, QObject *parent) : QObject(parent)
{
    m_set.crs = std::move(crs);
    refit();
}

void GcpDocument::setSet(GcpSet set)
{
    m_set = std::move(set);
    refit();
}

void GcpDocument::setMethod(GeorefMethod method)
{
    m_method = method;
    refit();
}

void GcpDocument::insert(int index, const GroundControlPoint &point)
{
    m_set.points.insert(m_set.points.begin() + index, point);
    refit();
}

void GcpDocument::remove(int index)
{
    m_set.points.erase(m_set.points.begin() + index);
    refit();
}

void GcpDocument::replace(int index, const GroundControlPoint &point)
{
    m_set.points[size_t(index)] = point;
    refit();
}

void GcpDocument::refit()
{
    m_transform.reset();
    m_residuals = {};
    m_fitProblem.clear();
    auto fitted = GeorefTransform::fit(m_set, m_method);
    if (fitted) {
        m_transform = *fitted;
        m_residuals = GeorefResiduals::compute(m_set, *fitted);
    } else {
        m_fitProblem = fitted.error().message;
    }
    emit changed();
}

} // namespace dpa
