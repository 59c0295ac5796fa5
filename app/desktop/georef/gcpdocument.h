#pragma once

#include "georef/georefmethod.h"
#include "georef/georefresiduals.h"
#include "georef/groundcontrolpoint.h"

#include <QObject>

#include <optional>

namespace dpa {

// The georeferencer's working state: the control points (in the case study's CRS), the chosen
// method, and the fit and residuals that follow from them, recomputed on every change. Edits
// come through the undo commands (gcpcommands.h), which call the three mutators below.
class GcpDocument : public QObject
{
    Q_OBJECT
public:
    explicit GcpDocument(Crs crs, QObject *parent = nullptr);

    const GcpSet &set() const { return m_set; }
    void setSet(GcpSet set);   // a file opened: not an undoable edit
    GeorefMethod method() const { return m_method; }
    void setMethod(GeorefMethod method);

    void insert(int index, const GroundControlPoint &point);
    void remove(int index);
    void replace(int index, const GroundControlPoint &point);

    // The fit of the enabled points, or why there is none ("needs at least 3 …").
    const std::optional<GeorefTransform> &transform() const { return m_transform; }
    const GeorefResiduals &residuals() const { return m_residuals; }
    QString fitProblem() const { return m_fitProblem; }

signals:
    void changed();

private:
    void refit();
    GcpSet m_set;
    GeorefMethod m_method = GeorefMethod::Polynomial1;
    std::optional<GeorefTransform> m_transform;
    GeorefResiduals m_residuals;
    QString m_fitProblem;
};

} // namespace dpa
