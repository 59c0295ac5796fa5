#include "analysis/spatialfactsdata.h"
#include "analysis/geodesicmeasure.h"
#include "io/coordinatetransform.h"
#include "io/filelocation.h"

#include <QObject>
#include <QRegularExpression>

#include <boost/geometry/index/rtree.hpp>

#include <cmath>
#include <map>
#include <sstream>
#include <optional>

namespace dpa {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

QString failureName(bg::validity_failure_type f)
{
    switch (f) {
    case bg::failure_few_points: return QObject::tr("too few points");
    case bg::failure_wrong_topological_dimension: return QObject::tr("wrong topological dimension");
    case bg::failure_spikes: return QObject::tr("spikes");
    case bg::failure_duplicate_points: return QObject::tr("duplicate points");
    case bg::failure_not_closed: return QObject::tr("ring not closed");
    case bg::failure_self_intersections: return QObject::tr("self-intersection");
    case bg::failure_wrong_orientation: return QObject::tr("wrong ring orientation");
    case bg::failure_interior_rings_outside: return QObject::tr("hole outside its polygon");
    case bg::failure_nested_interior_rings: return QObject::tr("nested holes");
    case bg::failure_disconnected_interior: return QObject::tr("disconnected interior");
    case bg::failure_intersecting_interiors: return QObject::tr("overlapping polygons");
    case bg::failure_wrong_corner_order: return QObject::tr("wrong corner order");
    case bg::failure_invalid_coordinate: return QObject::tr("invalid coordinate");
    default: return QObject::tr("invalid geometry");
    }
}

// Names places of one layer in its file's own coordinates: the geometry is checked in the case
// study's CRS, which nobody can find in their file, so each place is taken back to the file's.
class LayerPlaces
{
public:
    LayerPlaces(const Crs &caseCrs, const Crs &fileCrs)
        : m_location(fileCrs.isValid() ? fileCrs : caseCrs)
    {
        if (fileCrs.isValid() && !(fileCrs == caseCrs)) {
            if (auto t = CoordinateTransform::create(caseCrs, fileCrs))
                m_toFile.emplace(std::move(*t));
            else
                m_location = FileLocation(caseCrs);   // then at least say the case study's
        }
    }
    QString near(const bgt::XY &inCaseCrs) const
    {
        const QPointF p(inCaseCrs.x(), inCaseCrs.y());
        return m_location.near(m_toFile ? m_toFile->transform(p) : p);
    }

private:
    FileLocation m_location;
    std::optional<CoordinateTransform> m_toFile;
};

// Where Boost.Geometry's fault lies: the point its reason names (a crossing, a spike's apex),
// else a vertex of the ring at fault, since a place to look is what a historian needs first.
std::optional<bgt::XY> faultPoint(bg::validity_failure_type failure, const QString &why, const bgt::MultiPolygonXY &mp)
{
    static const QRegularExpression point(QStringLiteral("\\(([-+0-9.eE]+), ([-+0-9.eE]+)\\)"));
    if (const auto match = point.match(why); match.hasMatch())
        return bgt::XY(match.captured(1).toDouble(), match.captured(2).toDouble());
    for (const bgt::PolygonXY &p : mp) {
        if (failure == bg::failure_few_points && p.outer().size() < 4 && !p.outer().empty())
            return p.outer().front();
        for (const auto &inner : p.inners()) {
            if (failure == bg::failure_few_points && inner.size() < 4 && !inner.empty())
                return inner.front();
            if (failure == bg::failure_interior_rings_outside)
                for (const bgt::XY &v : inner)
                    if (!bg::covered_by(v, p.outer()))
                        return v;
        }
    }
    return std::nullopt;
}

// What is wrong with a polygon, where, and what to do, in words a historian can act on.
QString invalidGeometryText(bg::validity_failure_type failure, const QString &why, const bgt::MultiPolygonXY &mp,
                            const LayerPlaces &places)
{
    QString where;
    if (const auto p = faultPoint(failure, why, mp))
        where = QLatin1Char(' ') + places.near(*p);
    QString what;
    switch (failure) {
    case bg::failure_self_intersections: what = QObject::tr("its outline crosses itself%1").arg(where); break;
    case bg::failure_intersecting_interiors: what = QObject::tr("two of its parts overlap%1").arg(where); break;
    case bg::failure_interior_rings_outside: what = QObject::tr("a hole lies outside its outline%1").arg(where); break;
    case bg::failure_nested_interior_rings: what = QObject::tr("a hole lies inside another hole%1").arg(where); break;
    case bg::failure_few_points: what = QObject::tr("a ring has too few points to enclose an area%1").arg(where); break;
    case bg::failure_spikes: what = QObject::tr("its outline doubles back on itself (a spike)%1").arg(where); break;
    default: what = failureName(failure) + where; break;
    }
    return QObject::tr("%1; it is drawn but left out of areas, fronts and the dual-power index. Fix the outline there "
                       "(dpatlas-cli repair writes a fixed copy; in QGIS: Vector > Geometry Tools > Check Validity, then Fix Geometries)")
        .arg(what);
}

// The first point of a ring that does not return to it, in the case study's CRS.
std::optional<bgt::XY> unclosedRingStart(const Geometry &g)
{
    for (const Polygon &p : g.polygons)
        for (const Ring &r : p.rings)
            if (r.size() >= 2 && r.front() != r.back())
                return bgt::XY(r.front().x(), r.front().y());
    return std::nullopt;
}

// Geodesic length of lines given in the case study's CRS.
double geodesicKm(const bgt::MultiLineXY &lines, const CoordinateTransform &toLonLat)
{
    double metres = 0;
    for (const bgt::LineXY &l : lines) {
        Ring lonLat = bgt::toRing(l);
        toLonLat.transformInPlace(lonLat);
        metres += GeodesicMeasure::lineLengthM(lonLat);
    }
    return metres / 1000;
}

double geodesicAreaKm2(const Geometry &g, const CoordinateTransform &toLonLat)
{
    Geometry lonLat = g;
    toLonLat.transformInPlace(lonLat);
    return GeodesicMeasure::areaM2(lonLat) / 1e6;
}

} // namespace

SpatialFacts SpatialFacts::build(const CaseStudy &study, ErrorList &warnings)
{
    SpatialFacts facts;
    facts.d = std::make_shared<Data>();
    Data &d = *facts.d;
    const size_t n = study.model.features().size();
    d.features.resize(n);
    d.points.resize(n);
    d.crs = study.manifest.crs;
    auto toLonLat = CoordinateTransform::create(study.manifest.crs, Crs::wgs84());
    if (!toLonLat) {
        warnings << toLonLat.error();
        return facts;
    }

    // The areas' bounding boxes, for the neighbours' R-tree below.
    using Entry = std::pair<bgt::BoxXY, int>;
    std::vector<Entry> boxes;
    std::map<QString, LayerPlaces> places;   // per layer id, made when a fault is first found there
    const auto placesOf = [&](const CaseLayer *layer) -> const LayerPlaces & {
        const QString id = layer ? layer->spec.id : QString();
        auto it = places.find(id);
        if (it == places.end())
            it = places.emplace(id, LayerPlaces(study.manifest.crs, layer ? layer->fileCrs : Crs())).first;
        return it->second;
    };
    for (size_t m = 0; m < n; ++m) {
        const CaseFeature *f = study.feature(int(m));
        Feature &out = d.features[m];
        const CaseLayer *layer = study.layer(study.model.features()[m].layerId);
        if (layer && !layer->spec.populationField.isEmpty()) {
            bool ok = false;
            const double p = f->attributes.value(layer->spec.populationField).toDouble(&ok);
            if (ok)
                out.population = p;
        }
        if (!f->geometry.points.empty()) {
            out.isPoint = true;
            d.points[m] = bgt::XY(f->geometry.points.front().x(), f->geometry.points.front().y());
        }
        if (!f->geometry.hasPolygons())
            continue;
        out.isArea = true;
        auto mp = bgt::toMultiPolygon<bgt::XY>(f->geometry);
        bg::validity_failure_type failure;
        if (!bg::is_valid(mp, failure)) {
            // Ring orientation is a convention (GeoJSON's outer rings turn counter-clockwise,
            // shapefiles' clockwise), so turning rings round is silent; an open ring is a
            // real fault, closed and reported. Both repairs move no vertex.
            const bool orientation = failure == bg::failure_wrong_orientation;
            const bool closure = failure == bg::failure_not_closed;
            if (orientation || closure) {
                bg::correct(mp);
                if (bg::is_valid(mp, failure)) {
                    if (closure) {
                        const auto start = unclosedRingStart(f->geometry);
                        warnings << Error::inFeature(layer ? layer->spec.file : QString(), f->id,
                                                     QObject::tr("ring not closed%1: closed for the analyses")
                                                         .arg(start ? QLatin1Char(' ') + placesOf(layer).near(*start) : QString()));
                    }
                } else {
                    out.analysable = false;
                }
            } else {
                out.analysable = false;
            }
            if (!out.analysable) {
                // Boost's own message form prints the place with six significant digits,
                // which is metres off in projected coordinates; the same policy on a stream
                // of full precision keeps it exact.
                std::ostringstream reason;
                reason.precision(17);
                bg::failing_reason_policy<> policy(reason);
                bg::is_valid(mp, policy, bg::default_strategy());
                const std::string why = reason.str();
                warnings << Error::inFeature(layer ? layer->spec.file : QString(), f->id,
                                             invalidGeometryText(failure, QString::fromStdString(why), mp, placesOf(layer)));
                continue;
            }
        }
        if (!mp.empty())
            boxes.emplace_back(bg::return_envelope<bgt::BoxXY>(mp), int(m));
        out.areaKm2 = geodesicAreaKm2(bgt::toGeometry(mp), *toLonLat);
    }

    // Neighbours: candidate pairs from an R-tree of bounding boxes, then the part of one
    // feature's boundary that lies on the other (linear/areal intersection).
    bgi::rtree<Entry, bgi::quadratic<16>> tree(boxes.begin(), boxes.end());
    for (const Entry &e : boxes) {
        std::vector<Entry> candidates;
        tree.query(bgi::intersects(e.first), std::back_inserter(candidates));
        bgt::MultiLineXY boundary;
        for (const Entry &c : candidates) {
            if (c.second <= e.second)
                continue;
            if (boundary.empty())
                for (const bgt::PolygonXY &p : analysedArea(study, d, size_t(e.second))) {
                    boundary.push_back(bgt::LineXY(p.outer().begin(), p.outer().end()));
                    for (const auto &inner : p.inners())
                        boundary.push_back(bgt::LineXY(inner.begin(), inner.end()));
                }
            bgt::MultiLineXY shared;
            bg::intersection(boundary, analysedArea(study, d, size_t(c.second)), shared);
            if (shared.empty())
                continue;
            const double km = geodesicKm(shared, *toLonLat);
            if (km <= 0)
                continue;
            d.neighbours.push_back({e.second, c.second, km, bgt::toGeometry(shared)});
        }
    }

    // Which district each point lies in; a point on a shared edge lies in both.
    for (size_t m = 0; m < n; ++m) {
        if (!d.features[m].isPoint)
            continue;
        std::vector<Entry> candidates;
        tree.query(bgi::intersects(d.points[m]), std::back_inserter(candidates));
        std::sort(candidates.begin(), candidates.end(), [](const Entry &a, const Entry &b) { return a.second < b.second; });
        for (const Entry &c : candidates) {
            const bgt::MultiPolygonXY area = analysedArea(study, d, size_t(c.second));
            if (bg::covered_by(d.points[m], area)) {
                d.features[m].containedIn.push_back(c.second);
                if (!bg::within(d.points[m], area))
                    d.features[m].onBoundary = true;
            }
        }
    }
    return facts;
}

bgt::MultiPolygonXY analysedArea(const CaseStudy &study, const SpatialFacts::Data &d, size_t feature)
{
    bgt::MultiPolygonXY mp;
    if (!d.features[feature].isArea || !d.features[feature].analysable)
        return mp;
    mp = bgt::toMultiPolygon<bgt::XY>(study.feature(int(feature))->geometry);
    // What build() found valid, or valid once turned round or closed: correct() does exactly
    // that and moves no vertex.
    bg::correct(mp);
    return mp;
}

const std::vector<SpatialFacts::Feature> &SpatialFacts::features() const
{
    return d->features;
}

const std::vector<SpatialFacts::Neighbours> &SpatialFacts::neighbours() const
{
    return d->neighbours;
}

double SpatialFacts::totalAreaKm2() const
{
    double total = 0;
    for (const Feature &f : d->features)
        total += f.analysable ? f.areaKm2 : 0;
    return total;
}

double SpatialFacts::totalPopulation() const
{
    double total = 0;
    for (const Feature &f : d->features)
        if (f.analysable && !std::isnan(f.population))
            total += f.population;
    return total;
}

bool SpatialFacts::hasPopulation() const
{
    return std::any_of(d->features.begin(), d->features.end(), [](const Feature &f) { return !std::isnan(f.population); });
}

} // namespace dpa
