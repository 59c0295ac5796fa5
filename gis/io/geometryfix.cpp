#include "io/geometryfix.h"
#include "io/gdalerrorcapture.h"

#include <QObject>
#include <QRegularExpression>

#include <ogr_api.h>

#include <cmath>
#include <vector>

namespace dpa {

void OgrGeometryDeleter::operator()(void *geometry) const
{
    OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(geometry));
}

namespace {

OGRwkbGeometryType flatType(OGRGeometryH g)
{
    return wkbFlatten(OGR_G_GetGeometryType(g));
}

bool isPolygonal(OGRGeometryH g)
{
    return flatType(g) == wkbPolygon || flatType(g) == wkbMultiPolygon;
}

// The polygons of a polygon or multipolygon, borrowed from it.
std::vector<OGRGeometryH> polygonsOf(OGRGeometryH g)
{
    if (flatType(g) == wkbPolygon)
        return {g};
    std::vector<OGRGeometryH> polygons;
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        polygons.push_back(OGR_G_GetGeometryRef(g, i));
    return polygons;
}

// What a historian would notice of a shape: parts, holes, points and area (in the file's units;
// only ratios of it are shown, so degrees squared do as well as metres).
struct Shape
{
    int parts = 0, holes = 0, points = 0;
    double area = 0;
};

Shape measure(OGRGeometryH g)
{
    Shape s;
    for (OGRGeometryH polygon : polygonsOf(g)) {
        ++s.parts;
        const int rings = OGR_G_GetGeometryCount(polygon);
        s.holes += std::max(rings - 1, 0);
        for (int r = 0; r < rings; ++r)
            s.points += OGR_G_GetPointCount(OGR_G_GetGeometryRef(polygon, r));
    }
    s.area = OGR_G_Area(g);
    return s;
}

// The first point of each ring whose last point does not return to it: where the ring should
// close, and where a historian looks for the gap.
std::vector<QPointF> unclosedRingStarts(OGRGeometryH g)
{
    std::vector<QPointF> starts;
    for (OGRGeometryH polygon : polygonsOf(g)) {
        for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
            OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
            const int n = OGR_G_GetPointCount(ring);
            if (n < 2)
                continue;
            const QPointF first(OGR_G_GetX(ring, 0), OGR_G_GetY(ring, 0));
            if (first != QPointF(OGR_G_GetX(ring, n - 1), OGR_G_GetY(ring, n - 1)))
                starts.push_back(first);
        }
    }
    return starts;
}

// GEOS's reasons (geos/operation/valid/TopologyValidationError.cpp) in plain words.
QString plainReason(const QString &geos)
{
    static const QList<std::pair<QString, const char *>> reasons{
        {QStringLiteral("Ring Self-intersection"), QT_TR_NOOP("its outline touches itself or doubles back (a spike or a pinched loop)")},
        {QStringLiteral("Self-intersection"), QT_TR_NOOP("its outline crosses itself")},
        {QStringLiteral("Hole lies outside shell"), QT_TR_NOOP("a hole lies outside its outline")},
        {QStringLiteral("Holes are nested"), QT_TR_NOOP("a hole lies inside another hole")},
        {QStringLiteral("Interior is disconnected"), QT_TR_NOOP("its holes cut it into pieces")},
        {QStringLiteral("Nested shells"), QT_TR_NOOP("one of its parts lies inside another")},
        {QStringLiteral("Duplicate Rings"), QT_TR_NOOP("a ring is repeated")},
        {QStringLiteral("Too few distinct points in geometry component"), QT_TR_NOOP("a ring has too few distinct points to enclose an area")},
        {QStringLiteral("Invalid Coordinate"), QT_TR_NOOP("a coordinate is not a number")},
        {QStringLiteral("Ring is not closed"), QT_TR_NOOP("a ring is not closed")},
    };
    for (const auto &[text, plain] : reasons)
        if (geos.compare(text, Qt::CaseInsensitive) == 0)
            return QObject::tr(plain);
    return QObject::tr("GEOS finds it invalid: %1").arg(geos);
}

// GDAL passes GEOS's reason on as "Self-intersection at or near point 651234.5 6862123".
QString describeGeosMessage(const QString &message, const FileLocation &where)
{
    static const QRegularExpression withPoint(QStringLiteral("^(.*?) at or near point ([-+0-9.eE]+) ([-+0-9.eE]+)"));
    if (const auto m = withPoint.match(message); m.hasMatch())
        return plainReason(m.captured(1)) + QLatin1Char(' ') + where.near(QPointF(m.captured(2).toDouble(), m.captured(3).toDouble()));
    return plainReason(message);
}

// MakeValid may give a collection when a part collapses to a line or point; a district is an
// area, so only the polygons are kept and the rest counted.
OgrGeometryHandle keepPolygonal(OgrGeometryHandle made, int &dropped)
{
    auto g = static_cast<OGRGeometryH>(made.get());
    if (isPolygonal(g))
        return made;
    OgrGeometryHandle polygons(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
        OGRGeometryH piece = OGR_G_GetGeometryRef(g, i);
        if (isPolygonal(piece)) {
            for (OGRGeometryH polygon : polygonsOf(piece))
                OGR_G_AddGeometry(static_cast<OGRGeometryH>(polygons.get()), polygon);
        } else {
            ++dropped;
        }
    }
    return polygons;
}

QString areaChange(double before, double after)
{
    if (before <= after * 1e-9 && after > 0)
        return QObject::tr("the areas of its crossing parts, which cancelled out as drawn, now add up");
    if (before <= 0)
        return QObject::tr("it encloses no area");
    const double percent = 100 * (after - before) / before;
    if (std::abs(percent) < 1e-7)
        return QObject::tr("area unchanged");
    if (std::abs(percent) < 0.05)
        return QObject::tr("area changed by less than 0.1 %");
    return QObject::tr("area changed by %1%2 %").arg(percent > 0 ? QStringLiteral("+") : QString()).arg(percent, 0, 'f', 1);
}

QString describeChange(const Shape &before, const Shape &after, int dropped, bool closed)
{
    QStringList what;
    if (closed)
        what << QObject::tr("ring closed (its first point repeated at its end)");
    const int newParts = after.parts - before.parts, lostHoles = before.holes - after.holes;
    if (newParts > 0 && newParts == lostHoles)
        what << QObject::tr("split into %1 parts: %n hole(s) outside the outline became part(s) of their own "
                            "(delete them in QGIS if they were not meant as land)", nullptr, lostHoles).arg(after.parts);
    else if (newParts > 0)
        what << QObject::tr("split into %1 parts").arg(after.parts);
    else if (newParts < 0)
        what << QObject::tr("%1 overlapping parts merged into %2").arg(before.parts).arg(after.parts);
    if (newParts != lostHoles && lostHoles > 0)
        what << QObject::tr("%n hole(s) removed", nullptr, lostHoles);
    else if (lostHoles < 0)
        what << QObject::tr("%n hole(s) added", nullptr, -lostHoles);
    if (newParts == 0 && lostHoles == 0 && after.points < before.points)
        what << QObject::tr("a sliver of %n point(s) that enclosed no area removed", nullptr, before.points - after.points);
    if (dropped > 0)
        what << QObject::tr("%n piece(s) with no area (lines or points) dropped", nullptr, dropped);
    what << areaChange(before.area, after.area);
    return what.join(QStringLiteral("; "));
}

} // namespace

std::optional<GeometryFix> fixGeometry(void *handle, const FileLocation &where)
{
    auto g = static_cast<OGRGeometryH>(handle);
    if (!g || !isPolygonal(g) || OGR_G_IsEmpty(g))
        return std::nullopt;

    GeometryFix fix;
    OgrGeometryHandle work(OGR_G_Clone(g));
    auto w = static_cast<OGRGeometryH>(work.get());
    // GEOS refuses an open ring outright ("Points of LinearRing do not form a closed
    // linestring"), before looking for anything else; closing it first lets GEOS say what else
    // is wrong. Closing moves no point.
    const std::vector<QPointF> open = unclosedRingStarts(g);
    for (const QPointF &p : open)
        fix.problems << QObject::tr("a ring is not closed (its last point does not return to its first) %1").arg(where.near(p));
    if (!open.empty())
        OGR_G_CloseRings(w);

    bool valid = false;
    QStringList reasons;
    {
        GdalErrorCapture capture;   // GDAL raises GEOS's reason as a warning of IsValid
        valid = OGR_G_IsValid(w);
        reasons = capture.warnings() + capture.errors();
    }
    if (valid && open.empty())
        return std::nullopt;
    const Shape before = measure(w);
    if (valid) {
        fix.change = describeChange(before, before, 0, true);
        fix.fixed = std::move(work);
        return fix;
    }
    for (const QString &reason : reasons)
        fix.problems << describeGeosMessage(reason, where);
    if (reasons.isEmpty())
        fix.problems << QObject::tr("GEOS finds it invalid");

    // STRUCTURE (GEOS 3.10) keeps what the rings enclose and drops parts that collapse to lines,
    // so a spike goes; the default LINEWORK method keeps a spike as a loose line.
    OgrGeometryHandle made;
    QStringList causes;
    {
        GdalErrorCapture capture;
        const char *options[] = {"METHOD=STRUCTURE", nullptr};
        made.reset(OGR_G_MakeValidEx(w, const_cast<char **>(options)));
        causes = capture.errors();
    }
    if (!made) {
        fix.failure = QObject::tr("GDAL's MakeValid could not fix it%1; redraw the outline there in QGIS")
                          .arg(causes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(causes.join(QStringLiteral("; "))));
        return fix;
    }
    int dropped = 0;
    OgrGeometryHandle polygonal = keepPolygonal(std::move(made), dropped);
    auto p = static_cast<OGRGeometryH>(polygonal.get());
    if (OGR_G_IsEmpty(p)) {
        fix.failure = QObject::tr("nothing of it encloses an area once fixed; redraw the outline in QGIS");
        return fix;
    }
    // A layer of multipolygons stays one: a reader expecting one type should not meet another.
    if (flatType(g) == wkbMultiPolygon && flatType(p) == wkbPolygon) {
        polygonal.reset(OGR_G_ForceToMultiPolygon(static_cast<OGRGeometryH>(polygonal.release())));
        p = static_cast<OGRGeometryH>(polygonal.get());
    }
    bool fixedIsValid = false;
    {
        GdalErrorCapture capture;   // the reason is not news here; the failure below says it
        fixedIsValid = OGR_G_IsValid(p);
    }
    if (!fixedIsValid) {
        fix.failure = QObject::tr("GDAL's MakeValid gave a shape GEOS still finds invalid; redraw the outline there in QGIS");
        return fix;
    }
    fix.change = describeChange(before, measure(p), dropped, !open.empty());
    fix.fixed = std::move(polygonal);
    return fix;
}

} // namespace dpa
