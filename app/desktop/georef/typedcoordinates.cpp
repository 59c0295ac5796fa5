#include "georef/typedcoordinates.h"

#include <QObject>

namespace dpa {

TypedCoordinates::TypedCoordinates(Crs studyCrs) : m_study(studyCrs), m_crs(std::move(studyCrs)) {}

std::optional<Error> TypedCoordinates::setCrs(const QString &definition)
{
    auto crs = Crs::fromUserInput(definition);
    if (!crs)
        return crs.error();
    std::optional<CoordinateTransform> transform;
    if (!(*crs == m_study)) {
        auto t = CoordinateTransform::create(*crs, m_study);
        if (!t)
            return t.error();
        transform = std::move(*t);
    }
    m_crs = *crs;
    m_transform = std::move(transform);
    return std::nullopt;
}

QString TypedCoordinates::label() const { return m_crs.authorityId().isEmpty() ? m_crs.definition() : m_crs.authorityId(); }

Result<QPointF> TypedCoordinates::toStudy(QPointF typed) const
{
    if (!m_transform)
        return typed;
    auto out = m_transform->transformChecked(typed);
    if (!out)
        return Error::plain(QObject::tr("%1, %2 cannot be taken from %3 into the case study's CRS")
                                .arg(typed.x()).arg(typed.y()).arg(label()))
            .withCauses(out.error().causes);
    return *out;
}

QPointF TypedCoordinates::fromStudy(QPointF study) const { return m_transform ? m_transform->inverse(study) : study; }

} // namespace dpa
