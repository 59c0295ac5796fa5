#pragma once

#include "core/error.h"

#include <QString>

#include <memory>

namespace dpa {

// A coordinate reference system as a value. It keeps the user's definition and PROJ's WKT
// (resolved once, when made), not a PJ handle: PJ objects belong to one thread's context, and a
// Crs travels between threads. CoordinateTransform makes the PJ objects it needs.
class Crs
{
public:
    Crs() = default;

    // "EPSG:28406", "EPSG:4326", a WKT string or a PROJ string ("+proj=lcc ..."). The error
    // carries PROJ's own message.
    static Result<Crs> fromUserInput(const QString &definition);
    static Crs wgs84();

    bool isValid() const { return bool(d); }
    bool isGeographic() const { return d && d->geographic; }
    QString definition() const { return d ? d->definition : QString(); }
    QString name() const { return d ? d->name : QString(); }
    QString wkt() const { return d ? d->wkt : QString(); }
    // "EPSG:27571" when PROJ knows an identifier, else empty.
    QString authorityId() const { return d ? d->authorityId : QString(); }
    // Metres per CRS unit along the axes (1 for metric CRSs; 0 for geographic ones).
    double metresPerUnit() const { return d ? d->metresPerUnit : 0; }

    bool operator==(const Crs &other) const { return wkt() == other.wkt(); }

private:
    struct Data
    {
        QString definition, name, wkt, authorityId;
        bool geographic = false;
        double metresPerUnit = 1;
    };
    std::shared_ptr<const Data> d;
};

} // namespace dpa
