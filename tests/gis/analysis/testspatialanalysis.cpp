#include "package/datasetpackage.h"
#include "support/karneyreference.h"
#include "support/packagefixture.h"
#include "analysis/spatialanalysis.h"
#include "io/coordinatetransform.h"

#include <QDir>
#include <QMap>
#include <QTest>

#include <geodesic.h>

#include <map>
#include <utility>

using namespace dpa;
using namespace dpa::test;

namespace {

// Squares of 0.01 degrees near 45 N. The shared edge of "west" and "east" is the meridian 3 E,
// the central meridian of UTM zone 31, so it is straight in the package's CRS as well. West and
// east carry kVerticesPerSide vertices on each side, 8 to 11 m apart as in a detailed survey,
// on the geodesics between the corners: the same squares with the short edges that Boost
// 1.74's area strategy got wrong (0.04% too large here, several percent on finer outlines).
constexpr int kVerticesPerSide = 100;

// The vertices strictly between two corners, on the geodesic that joins them. A meridian is a
// geodesic: there the vertices go by equal steps of latitude from its southern end, so that the
// two squares that share one have the very same vertices along it.
QStringList between(QPointF from, QPointF to)
{
    geod_geodesic wgs84;
    geod_init(&wgs84, 6378137, 1 / 298.257223563);
    geod_geodesicline line;
    geod_inverseline(&line, &wgs84, from.y(), from.x(), to.y(), to.x(), GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
    const double south = std::min(from.y(), to.y()), north = std::max(from.y(), to.y());
    QStringList out;
    for (int k = 1; k < kVerticesPerSide; ++k) {
        double lat = 0, lon = from.x();
        if (from.x() == to.x())
            lat = south + (north - south) * (from.y() < to.y() ? k : kVerticesPerSide - k) / kVerticesPerSide;
        else
            geod_position(&line, line.s13 * k / kVerticesPerSide, &lat, &lon, nullptr);
        out << QStringLiteral("[%1,%2]").arg(lon, 0, 'g', 17).arg(lat, 0, 'g', 17);
    }
    return out;
}

// A closed GeoJSON ring through the corners, kVerticesPerSide vertices on each side.
QString densifiedRing(const std::vector<QPointF> &corners)
{
    QStringList out;
    for (size_t c = 0; c + 1 < corners.size(); ++c)
        out << QStringLiteral("[%1,%2]").arg(corners[c].x(), 0, 'g', 17).arg(corners[c].y(), 0, 'g', 17)
            << between(corners[c], corners[c + 1]);
    out << QStringLiteral("[%1,%2]").arg(corners.back().x(), 0, 'g', 17).arg(corners.back().y(), 0, 'g', 17);
    return out.join(QLatin1Char(','));
}

QByteArray cellsGeoJson()
{
    const QString west = densifiedRing({{2.99, 45.0}, {3.0, 45.0}, {3.0, 45.01}, {2.99, 45.01}, {2.99, 45.0}});
    const QString east = densifiedRing({{3.0, 45.0}, {3.01, 45.0}, {3.01, 45.01}, {3.0, 45.01}, {3.0, 45.0}});
    return QStringLiteral(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"west","pop":1000},"geometry":{"type":"Polygon","coordinates":[[%1]]}},
{"type":"Feature","properties":{"id":"east","pop":3000},"geometry":{"type":"Polygon","coordinates":[[%2]]}},
{"type":"Feature","properties":{"id":"clockwise","pop":500},"geometry":{"type":"Polygon","coordinates":[[[3.2,45.0],[3.2,45.01],[3.21,45.01],[3.21,45.0],[3.2,45.0]]]}},
{"type":"Feature","properties":{"id":"bowtie","pop":99},"geometry":{"type":"Polygon","coordinates":[[[3.05,45.0],[3.06,45.01],[3.06,45.0],[3.05,45.01],[3.05,45.0]]]}},
{"type":"Feature","properties":{"id":"spike","pop":99},"geometry":{"type":"Polygon","coordinates":[[[3.1,45.0],[3.11,45.0],[3.11,45.01],[3.105,45.01],[3.105,45.03],[3.105,45.01],[3.1,45.01],[3.1,45.0]]]}}]})")
        .arg(west, east)
        .toUtf8();
}

const char *kPoints = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"on_edge"},"geometry":{"type":"Point","coordinates":[3.0,45.005]}},
{"type":"Feature","properties":{"id":"inside_west"},"geometry":{"type":"Point","coordinates":[2.995,45.005]}}]})";

const char *kManifest = R"({"format": "dpatlas-package/1", "id": "fixture", "title": {"en": "Fixture"},
 "period": {"start": "1900-01-01", "end": "1900-12-31"}, "calendar": "gregorian", "crs": "EPSG:32631",
 "authorities": [{"id": "a", "name": {"en": "A"}, "color": "#0072b2"}, {"id": "b", "name": {"en": "B"}, "color": "#d55e00"}],
 "layers": [{"id": "cells", "file": "cells.geojson", "role": "features", "id_field": "id", "population_field": "pop"},
            {"id": "points", "file": "points.geojson", "role": "features", "id_field": "id"}],
 "claims": "claims.csv", "sources": "sources.csv"})";

// West is dual for exactly 10 days (1-10 March), under A's control and B's claim.
const char *kClaims = "layer,feature,authority,role,start,end,confidence,sources,note\n"
                      "cells,west,a,control,1900-01-01,1900-12-31,high,s,\n"
                      "cells,west,b,claim,1900-03-01,1900-03-10,high,s,\n"
                      "cells,east,b,control,1900-01-01,1900-12-31,high,s,\n"
                      "cells,clockwise,a,control,1900-01-01,1900-12-31,high,s,\n"
                      "cells,bowtie,a,control,1900-01-01,1900-12-31,high,s,\n"
                      "cells,spike,a,control,1900-01-01,1900-12-31,high,s,\n"
                      "points,on_edge,a,control,1900-01-01,1900-12-31,high,s,\n"
                      "points,inside_west,a,control,1900-01-01,1900-12-31,high,s,\n";

// Areas within 1e-6 of Karney's geodesics. Issue 11 asks for 0.01%; the atlas measures the same
// vertices by the same algorithm, so only the trip through the case study's CRS and back (a few
// nanometres) separates the two, and 1e-6 sits far below every plausible wrong method: the
// plane of UTM 31N near its central meridian (k0^2 = 0.9992, 8e-4 too small), Boost 1.74's
// geographic strategy on short edges (4e-4 too large here), a sphere of the same area (2e-3).
constexpr double kAreaTolerance = 1e-6;
// Lengths are held tighter: Boost 1.74's Vincenty distances, which the atlas used before, are
// off by up to 3e-6 on segments shorter than 2 m, and measuring in the projected plane
// instead of on the ellipsoid would be off by 4e-4 (UTM's scale factor) or more.
constexpr double kLengthTolerance = 1e-7;

// The reference the fixture's shapes are measured against in every run: Karney's algorithms as
// PROJ ships them (geodesic.h), called here on the very vertices the test writes, not through
// the atlas's code. GeographicLib's Python implementation (KarneyReference) checks the same
// shapes again where it is installed.
const geod_geodesic &wgs84Geodesic()
{
    static const geod_geodesic g = [] {
        geod_geodesic e;
        geod_init(&e, 6378137, 1 / 298.257223563);
        return e;
    }();
    return g;
}

// m2; orientation and a repeated closing vertex do not matter.
double karneyArea(const std::vector<QPointF> &ring)
{
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    const size_t n = ring.front() == ring.back() ? ring.size() - 1 : ring.size();
    for (size_t i = 0; i < n; ++i)
        geod_polygon_addpoint(&wgs84Geodesic(), &polygon, ring[i].y(), ring[i].x());
    double area = 0;
    geod_polygon_compute(&wgs84Geodesic(), &polygon, 0, 1, &area, nullptr);
    return std::abs(area);
}

// m, along the geodesics between consecutive vertices.
double karneyLength(const std::vector<QPointF> &line)
{
    double metres = 0;
    for (size_t i = 1; i < line.size(); ++i) {
        double s12 = 0;
        geod_inverse(&wgs84Geodesic(), line[i - 1].y(), line[i - 1].x(), line[i].y(), line[i].x(), &s12, nullptr, nullptr);
        metres += s12;
    }
    return metres;
}

// The vertices from a to b (both included), n steps, straight in lon/lat. They are computed from
// the south-western end whichever way the edge runs, so that two rings sharing an edge share
// its vertices to the last bit.
std::vector<QPointF> edge(QPointF a, QPointF b, int n)
{
    const bool reversed = std::pair(b.x(), b.y()) < std::pair(a.x(), a.y());
    const QPointF from = reversed ? b : a, to = reversed ? a : b;
    std::vector<QPointF> out;
    for (int k = 0; k <= n; ++k)
        out.emplace_back(from.x() + (to.x() - from.x()) * k / n, from.y() + (to.y() - from.y()) * k / n);
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

// A closed lon/lat rectangle, n vertices a side, counter-clockwise (clockwise: a GeoJSON hole).
std::vector<QPointF> rectangle(double west, double south, double east, double north, int n, bool clockwise = false)
{
    std::vector<QPointF> corners{{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
    if (clockwise)
        std::reverse(corners.begin(), corners.end());
    std::vector<QPointF> ring;
    for (size_t c = 0; c + 1 < corners.size(); ++c) {
        const auto side = edge(corners[c], corners[c + 1], n);
        ring.insert(ring.end(), side.begin(), side.end() - 1);
    }
    ring.push_back(ring.front());
    return ring;
}

QString ringJson(const std::vector<QPointF> &ring)
{
    QStringList out;
    for (const QPointF &p : ring)
        out << QStringLiteral("[%1,%2]").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
    return QLatin1Char('[') + out.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The second fixture, for measuring: shapes that a planar or short-edged method gets wrong, in
// the same CRS (UTM 31N) and on both sides of its central meridian (3 E).
// - fine: a 0.01-degree square with 1,000 vertices a side, 0.8 to 1.1 m apart, a boundary traced
//   at full resolution;
// - large: 0.5 x 0.4 degrees (39.5 x 44.5 km), 100 vertices a side, with a hole of 0.1 x 0.1
//   degrees (7.9 x 11.1 km) in its middle;
// - enclave: exactly the hole, held by the other side, so the hole's edge is a front;
// - south: 0.5 x 0.3 degrees south of large, sharing its southern edge vertex for vertex.
struct MeasureFixture
{
    std::vector<QPointF> fine = rectangle(2.95, 45.30, 2.96, 45.31, 1000);
    std::vector<QPointF> largeOuter = rectangle(2.75, 44.60, 3.25, 45.00, 100);
    std::vector<QPointF> largeHole = rectangle(2.95, 44.75, 3.05, 44.85, 25, true);
    std::vector<QPointF> enclave = rectangle(2.95, 44.75, 3.05, 44.85, 25);
    std::vector<QPointF> south = rectangle(2.75, 44.30, 3.25, 44.60, 100);
    std::vector<QPointF> sharedEdge = edge({2.75, 44.60}, {3.25, 44.60}, 100);

    QByteArray geoJson() const
    {
        auto feature = [](const char *id, const QString &rings) {
            return QStringLiteral(R"({"type":"Feature","properties":{"id":"%1"},"geometry":{"type":"Polygon","coordinates":[%2]}})")
                .arg(QLatin1String(id), rings);
        };
        return (QStringLiteral(R"({"type":"FeatureCollection","features":[)")
                + QStringList{feature("fine", ringJson(fine)),
                              feature("large", ringJson(largeOuter) + QLatin1Char(',') + ringJson(largeHole)),
                              feature("enclave", ringJson(enclave)), feature("south", ringJson(south))}
                      .join(QLatin1Char(','))
                + QStringLiteral("]}"))
            .toUtf8();
    }
};

const char *kMeasureManifest = R"({"format": "dpatlas-package/1", "id": "measure", "title": {"en": "Measure"},
 "period": {"start": "1900-01-01", "end": "1900-12-31"}, "calendar": "gregorian", "crs": "EPSG:32631",
 "authorities": [{"id": "a", "name": {"en": "A"}, "color": "#0072b2"}, {"id": "b", "name": {"en": "B"}, "color": "#d55e00"}],
 "layers": [{"id": "regions", "file": "regions.geojson", "role": "features", "id_field": "id"}],
 "claims": "claims.csv", "sources": "sources.csv"})";

const char *kMeasureClaims = "layer,feature,authority,role,start,end,confidence,sources,note\n"
                             "regions,fine,a,control,1900-01-01,1900-12-31,high,s,\n"
                             "regions,large,a,control,1900-01-01,1900-12-31,high,s,\n"
                             "regions,enclave,b,control,1900-01-01,1900-12-31,high,s,\n"
                             "regions,south,b,control,1900-01-01,1900-12-31,high,s,\n";

double relative(double got, double expected)
{
    return std::abs(got - expected) / std::abs(expected);
}

std::vector<QPointF> square(double lon, double lat)
{
    return {{lon, lat}, {lon + 0.01, lat}, {lon + 0.01, lat + 0.01}, {lon, lat + 0.01}, {lon, lat}};
}

} // namespace

class TestSpatialAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void areasMatchKarneyGeodesics();
    void invalidGeometryIsReportedWithItsReason();
    void frontLengthOfTwoSquares();
    void pointInPolygonAndOnTheBoundary();
    void dualPowerIndexAndDays();
    void territoriesChangesAndNearness();
    void populationPerAuthority();
    void bundledCaseStudies_data();
    void bundledCaseStudies();
    void bundledAreasAndBordersMatchGeographicLib();

private:
    int feature(const char *layer, const char *id) const
    {
        return m_study->model.featureIndex({QLatin1String(layer), QLatin1String(id)});
    }
    TimePoint day(const char *date) const { return HistoricalDate::parse(QLatin1String(date), Calendar::Gregorian)->queryTime(); }
    // A bundled case study and its spatial facts, loaded once for all the functions that use it.
    struct Bundled
    {
        std::shared_ptr<const CaseStudy> study;
        std::shared_ptr<const SpatialFacts> facts;
        bool yearChecked = false;
    };
    Bundled &bundled(const QString &id)
    {
        Bundled &b = m_bundled[id];
        if (!b.study) {
            auto result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/") + id);
            if (!result.isValid())
                return b;
            b.study = result.study;
            ErrorList warnings;
            b.facts = std::make_shared<const SpatialFacts>(SpatialFacts::build(*b.study, warnings));
            for (const Error &w : warnings)
                qInfo("%s", qPrintable(w.toString()));
        }
        return b;
    }
    std::map<QString, Bundled> m_bundled;
    int measureFeature(const char *id) const
    {
        return m_measure->model.featureIndex({QStringLiteral("regions"), QLatin1String(id)});
    }
    QTemporaryDir m_dir;
    std::shared_ptr<const CaseStudy> m_study;
    std::optional<SpatialFacts> m_facts;
    ErrorList m_warnings;
    KarneyReference m_reference;   // of both fixtures' shapes (the squares undensified)
    QTemporaryDir m_measureDir;
    const MeasureFixture m_shapes;
    std::shared_ptr<const CaseStudy> m_measure;
    std::optional<SpatialFacts> m_measureFacts;
};

void TestSpatialAnalysis::initTestCase()
{
    const QString pkg = m_dir.path();
    QVERIFY(writeAll(pkg + QStringLiteral("/cells.geojson"), cellsGeoJson()));
    QVERIFY(writeAll(pkg + QStringLiteral("/points.geojson"), kPoints));
    QVERIFY(writeAll(pkg + QStringLiteral("/manifest.json"), kManifest));
    QVERIFY(writeAll(pkg + QStringLiteral("/claims.csv"), kClaims));
    QVERIFY(writeAll(pkg + QStringLiteral("/sources.csv"), "id,citation,url\ns,Test fixture,\n"));
    QVERIFY(writeAll(pkg + QStringLiteral("/SOURCES.md"), "Test fixture.\n"));
    auto result = DatasetPackage::load(pkg);
    QVERIFY2(result.isValid(), qPrintable(result.problems.value(0).toString()));
    m_study = result.study;
    m_facts = SpatialFacts::build(*m_study, m_warnings);

    const QString measure = m_measureDir.path();
    QVERIFY(writeAll(measure + QStringLiteral("/regions.geojson"), m_shapes.geoJson()));
    QVERIFY(writeAll(measure + QStringLiteral("/manifest.json"), kMeasureManifest));
    QVERIFY(writeAll(measure + QStringLiteral("/claims.csv"), kMeasureClaims));
    QVERIFY(writeAll(measure + QStringLiteral("/sources.csv"), "id,citation,url\ns,Test fixture,\n"));
    QVERIFY(writeAll(measure + QStringLiteral("/SOURCES.md"), "Test fixture.\n"));
    auto measured = DatasetPackage::load(measure);
    QVERIFY2(measured.isValid(), qPrintable(measured.problems.value(0).toString()));
    m_measure = measured.study;
    ErrorList measureWarnings;
    m_measureFacts = SpatialFacts::build(*m_measure, measureWarnings);
    QVERIFY2(measureWarnings.isEmpty(), qPrintable(measureWarnings.value(0).toString()));

    for (const auto &[id, lon] : {std::pair{"west", 2.99}, std::pair{"east", 3.0}, std::pair{"clockwise", 3.2}})
        m_reference.addArea(QLatin1String(id), {Polygon{{square(lon, 45.0)}}});
    m_reference.addLength(QStringLiteral("shared edge"), {QPointF(3.0, 45.0), QPointF(3.0, 45.01)});
    m_reference.addArea(QStringLiteral("fine"), {Polygon{{m_shapes.fine}}});
    m_reference.addArea(QStringLiteral("large"), {Polygon{{m_shapes.largeOuter, m_shapes.largeHole}}});
    m_reference.addArea(QStringLiteral("enclave"), {Polygon{{m_shapes.enclave}}});
    m_reference.addArea(QStringLiteral("south"), {Polygon{{m_shapes.south}}});
    m_reference.addLength(QStringLiteral("large|south"), m_shapes.sharedEdge);
    m_reference.addLength(QStringLiteral("large|enclave"), m_shapes.enclave);
    m_reference.run();
}

void TestSpatialAnalysis::areasMatchKarneyGeodesics()
{
    const auto &f = m_facts->features();
    // A clockwise ring is the same square: orientation is repaired, silently and exactly.
    QVERIFY(f[size_t(feature("cells", "clockwise"))].analysable);
    struct Case
    {
        const char *id;
        double got, expectedM2;
    };
    const auto &m = m_measureFacts->features();
    auto measured = [&](const char *id) { return m[size_t(measureFeature(id))].areaKm2; };
    const Case cases[] = {
        // West and east are the plain squares, densified along their geodesics (110 m a side,
        // 100 vertices); the reference is the undensified square.
        {"west", f[size_t(feature("cells", "west"))].areaKm2, karneyArea(square(2.99, 45.0))},
        {"east", f[size_t(feature("cells", "east"))].areaKm2, karneyArea(square(3.0, 45.0))},
        {"clockwise", f[size_t(feature("cells", "clockwise"))].areaKm2, karneyArea(square(3.2, 45.0))},
        {"fine", measured("fine"), karneyArea(m_shapes.fine)},
        // The hole is subtracted, not added and not ignored.
        {"large", measured("large"), karneyArea(m_shapes.largeOuter) - karneyArea(m_shapes.largeHole)},
        {"enclave", measured("enclave"), karneyArea(m_shapes.enclave)},
        {"south", measured("south"), karneyArea(m_shapes.south)},
    };
    // Every shape is checked and every one that is off named (one line each).
    QStringList wrong;
    for (const Case &c : cases) {
        const double expected = c.expectedM2 / 1e6;
        if (!(relative(c.got, expected) < kAreaTolerance))
            wrong << QStringLiteral("%1: %2 vs %3 km2 (%4)").arg(QLatin1String(c.id)).arg(c.got, 0, 'f', 9)
                         .arg(expected, 0, 'f', 9).arg((c.got - expected) / expected, 0, 'e', 2);
    }
    for (const QString &w : wrong)
        qWarning("%s", qPrintable(w));
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 of %2 areas off (listed above)").arg(wrong.size()).arg(std::size(cases))));
    // The shapes are what they claim to be: the hole is a twentieth of the large polygon's outline
    // (0.1 x 0.1 of 0.5 x 0.4 degrees), not a sliver, and the large polygon over 1,500 km2.
    QVERIFY(karneyArea(m_shapes.largeHole) > 0.04 * karneyArea(m_shapes.largeOuter));
    QVERIFY(measured("large") > 1500);

    // GeographicLib's own implementation, where it is installed, on the same shapes.
    REQUIRE_KARNEY_REFERENCE(m_reference);
    for (const Case &c : cases) {
        const double expected = m_reference.areaM2(QLatin1String(c.id)) / 1e6;
        QVERIFY2(relative(c.got, expected) < kAreaTolerance,
                 qPrintable(QStringLiteral("%1: %2 vs GeographicLib's %3 km2").arg(QLatin1String(c.id)).arg(c.got, 0, 'f', 9).arg(expected, 0, 'f', 9)));
    }
}

void TestSpatialAnalysis::invalidGeometryIsReportedWithItsReason()
{
    QVERIFY(!m_facts->features()[size_t(feature("cells", "bowtie"))].analysable);
    QVERIFY(!m_facts->features()[size_t(feature("cells", "spike"))].analysable);
    QCOMPARE(m_warnings.size(), 2);
    QStringList text;
    for (const Error &e : m_warnings)
        text << e.toString();
    // What is wrong, where in longitude and latitude, and that the feature is left out.
    QVERIFY2(text.filter(QStringLiteral("cells.geojson: feature bowtie: its outline crosses itself near longitude")).size() == 1, qPrintable(text.join('\n')));
    QVERIFY2(text.filter(QStringLiteral("cells.geojson: feature spike: its outline doubles back on itself")).size() == 1, qPrintable(text.join('\n')));
    for (const QString &t : text)
        QVERIFY2(t.contains(QStringLiteral("left out of areas, fronts and the dual-power index")), qPrintable(t));
}

void TestSpatialAnalysis::frontLengthOfTwoSquares()
{
    const auto fronts = analysis::fronts(*m_study, *m_facts, day("1900-06-01"));
    QCOMPARE(fronts.size(), size_t(1));
    QCOMPARE(fronts[0].key, QStringLiteral("a|b"));
    const auto rows = analysis::timeSeries(*m_study, *m_facts, analysis::Metric::FrontLength, day("1900-06-01"),
                                           day("1900-06-01"), analysis::Step::Day, Calendar::Gregorian);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].key, QStringLiteral("a|b"));
    QCOMPARE(rows[0].unit, QStringLiteral("km"));
    // During 1-10 March the west square is dual but A still holds it de facto: same front.
    QCOMPARE(analysis::fronts(*m_study, *m_facts, day("1900-03-05")).size(), size_t(1));
    // The shared edge, a meridian of 0.01 degrees with 101 vertices (11 m apart).
    const double edgeKm = karneyLength({QPointF(3.0, 45.0), QPointF(3.0, 45.01)}) / 1000;
    QVERIFY2(relative(fronts[0].value, edgeKm) < kLengthTolerance,
             qPrintable(QStringLiteral("%1 vs %2 km").arg(fronts[0].value, 0, 'f', 9).arg(edgeKm, 0, 'f', 9)));
    QVERIFY2(relative(rows[0].value, edgeKm) < kLengthTolerance, qPrintable(QString::number(rows[0].value, 'f', 9)));

    // Long borders: large (A) meets south (B) along 44.6 N over 39.7 km of 100 segments, across
    // the central meridian, and the enclave (B) all round its hole, 38.0 km. The front of A and
    // B is both, and each pair of neighbours measures its own.
    const double southKm = karneyLength(m_shapes.sharedEdge) / 1000;
    const double holeKm = karneyLength(m_shapes.enclave) / 1000;
    QVERIFY(southKm > 39 && holeKm > 37);
    auto shared = [&](const char *x, const char *y) {
        const int i = measureFeature(x), j = measureFeature(y);
        for (const SpatialFacts::Neighbours &n : m_measureFacts->neighbours())
            if ((n.a == i && n.b == j) || (n.a == j && n.b == i))
                return n.sharedKm;
        return qQNaN();
    };
    QCOMPARE(m_measureFacts->neighbours().size(), size_t(2));
    struct Case
    {
        const char *what;
        double got, expected;
    };
    const auto measuredFronts = analysis::fronts(*m_measure, *m_measureFacts, day("1900-06-01"));
    QCOMPARE(measuredFronts.size(), size_t(1));
    const Case cases[] = {
        {"large|south", shared("large", "south"), southKm},
        {"large|enclave", shared("large", "enclave"), holeKm},
        {"front a|b", measuredFronts[0].value, southKm + holeKm},
    };
    QStringList wrong;
    for (const Case &c : cases)
        if (!(relative(c.got, c.expected) < kLengthTolerance))
            wrong << QStringLiteral("%1: %2 vs %3 km (%4)").arg(QLatin1String(c.what)).arg(c.got, 0, 'f', 9)
                         .arg(c.expected, 0, 'f', 9).arg((c.got - c.expected) / c.expected, 0, 'e', 2);
    for (const QString &w : wrong)
        qWarning("%s", qPrintable(w));
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 of %2 lengths off (listed above)").arg(wrong.size()).arg(std::size(cases))));

    // GeographicLib's own implementation, where it is installed.
    REQUIRE_KARNEY_REFERENCE(m_reference);
    QVERIFY(relative(fronts[0].value, m_reference.lengthM(QStringLiteral("shared edge")) / 1000) < kLengthTolerance);
    QVERIFY(relative(shared("large", "south"), m_reference.lengthM(QStringLiteral("large|south")) / 1000) < kLengthTolerance);
    QVERIFY(relative(shared("large", "enclave"), m_reference.lengthM(QStringLiteral("large|enclave")) / 1000) < kLengthTolerance);
}

void TestSpatialAnalysis::pointInPolygonAndOnTheBoundary()
{
    const auto &onEdge = m_facts->features()[size_t(feature("points", "on_edge"))];
    QCOMPARE(onEdge.containedIn, (std::vector<int>{feature("cells", "west"), feature("cells", "east")}));
    QVERIFY(onEdge.onBoundary);
    const auto &inside = m_facts->features()[size_t(feature("points", "inside_west"))];
    QCOMPARE(inside.containedIn, std::vector<int>{feature("cells", "west")});
    QVERIFY(!inside.onBoundary);
}

void TestSpatialAnalysis::dualPowerIndexAndDays()
{
    const auto &f = m_facts->features();
    const double west = f[size_t(feature("cells", "west"))].areaKm2;
    const double total = west + f[size_t(feature("cells", "east"))].areaKm2 + f[size_t(feature("cells", "clockwise"))].areaKm2;
    auto all = analysis::timeSeries(*m_study, *m_facts, analysis::Metric::DualIndex, day("1900-02-28"),
                                    day("1900-03-12"), analysis::Step::Day, Calendar::Gregorian);
    std::vector<analysis::Row> rows;
    std::copy_if(all.begin(), all.end(), std::back_inserter(rows),
                 [](const analysis::Row &r) { return r.unit == QLatin1String("share of area"); });
    QCOMPARE(rows.size(), size_t(13));
    for (const analysis::Row &r : rows) {
        const bool dual = r.date >= QLatin1String("1900-03-01") && r.date <= QLatin1String("1900-03-10");
        QVERIFY2(std::abs(r.value - (dual ? west / total : 0)) < 1e-9, qPrintable(r.date));
    }
    const auto days = analysis::timeSeries(*m_study, *m_facts, analysis::Metric::DualDays, day("1900-01-01") - 12 * 60,
                                           day("1900-12-31") + 12 * 60, analysis::Step::Day, Calendar::Gregorian);
    for (const analysis::Row &r : days)
        QCOMPARE(r.value, r.key == QLatin1String("cells/west") ? 10.0 : 0.0);
    // Areas per authority: on 5 March the dual west square counts for both A and B.
    const auto areas = analysis::timeSeries(*m_study, *m_facts, analysis::Metric::Area, day("1900-03-05"),
                                            day("1900-03-05"), analysis::Step::Day, Calendar::Gregorian);
    auto value = [&](const char *key, const char *status) {
        for (const analysis::Row &r : areas)
            if (r.key == QLatin1String(key) && r.status == QLatin1String(status))
                return r.value;
        return 0.0;
    };
    QVERIFY(std::abs(value("all", "dual") - west) < 1e-9);
    QVERIFY(std::abs(value("b", "dual") - west) < 1e-9);
    QVERIFY(std::abs(value("a", "dual") - west) < 1e-9);
    QVERIFY(std::abs(value("all", "held") + value("all", "dual") - total) < 1e-9);
}

void TestSpatialAnalysis::territoriesChangesAndNearness()
{
    const auto t = analysis::territories(*m_study, *m_facts, day("1900-06-01"));
    QCOMPARE(t.size(), size_t(2));
    const auto &f = m_facts->features();
    QCOMPARE(t[0].key, QStringLiteral("a"));
    QCOMPARE(t[0].features, 2);   // west and clockwise; the invalid ones are left out
    QVERIFY(std::abs(t[0].value - f[size_t(feature("cells", "west"))].areaKm2 - f[size_t(feature("cells", "clockwise"))].areaKm2) < 1e-9);
    QCOMPARE(t[0].geometry.polygons.size(), size_t(2));   // two separate squares stay two parts

    const auto changed = analysis::changes(*m_study, day("1900-02-01"), day("1900-03-05"));
    QCOMPARE(changed.size(), size_t(1));
    QCOMPARE(changed[0].feature, feature("cells", "west"));
    QCOMPARE(changed[0].fromStatus, ControlStatus::Held);
    QCOMPARE(changed[0].toStatus, ControlStatus::Dual);
    QCOMPARE(changed[0].toHolders, QStringLiteral("a:control;b:claim"));

    std::vector<int> near = analysis::nearFront(*m_study, *m_facts, day("1900-06-01"), 10);
    std::sort(near.begin(), near.end());
    QCOMPARE(near, (std::vector<int>{feature("cells", "west"), feature("cells", "east"), feature("points", "on_edge")}));
    near = analysis::nearFeature(*m_study, *m_facts, feature("cells", "west"), 1);
    std::sort(near.begin(), near.end());
    QCOMPARE(near, (std::vector<int>{feature("cells", "east"), feature("points", "on_edge"), feature("points", "inside_west")}));
}

void TestSpatialAnalysis::populationPerAuthority()
{
    QVERIFY(m_facts->hasPopulation());
    // The invalid bowtie and spike (99 people each) are out of the analyses, with their people.
    QCOMPARE(m_facts->totalPopulation(), 4500.0);
    const auto rows = analysis::timeSeries(*m_study, *m_facts, analysis::Metric::Population, day("1900-03-05"),
                                           day("1900-03-05"), analysis::Step::Day, Calendar::Gregorian);
    auto value = [&](const char *key, const char *status) {
        for (const analysis::Row &r : rows)
            if (r.key == QLatin1String(key) && r.status == QLatin1String(status))
                return r.value;
        return 0.0;
    };
    QCOMPARE(value("all", "dual"), 1000.0);
    QCOMPARE(value("all", "held"), 3500.0);
    QCOMPARE(value("b", "held"), 3000.0);
    QCOMPARE(value("b", "dual"), 1000.0);
    QCOMPARE(value("a", "held"), 500.0);
    const auto index = analysis::timeSeries(*m_study, *m_facts, analysis::Metric::DualIndex, day("1900-03-05"),
                                            day("1900-03-05"), analysis::Step::Day, Calendar::Gregorian);
    QCOMPARE(index.size(), size_t(2));
    QCOMPARE(index[1].unit, QStringLiteral("share of population"));
    QVERIFY(std::abs(index[1].value - 1000.0 / 4500.0) < 1e-12);
}

// The dual-power index on dates whose dual areas a historian can name from the package's claims
// and their sources: it must be exactly those features' share of the analysable area, with the
// features named in full, so that an index counting contested, divided or occupied areas, a
// count of features in place of their area, or a date read in the wrong calendar all fail.
// Dates are in the package's calendar (Petrograd: Old Style). "layer/*" is every area feature of
// the layer, "-layer/id" leaves one out.
void TestSpatialAnalysis::bundledCaseStudies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("dual");
    // Women's Day, the first day of the February Revolution: the old order still holds every
    // district; the Soviet is formed on the 27th.
    QTest::newRow("petrograd 23 Feb 1917 O.S.") << "petrograd-1917" << "1917-02-23" << QStringList{};
    // The day after the Soviet's formation, under the Duma Committee's claim to power: dual
    // everywhere but the Admiralty district, where Khabalov's last troops hold out until that day,
    // and Kronstadt, where the sailors rise that night (both contested; claims.csv lines 38 and
    // 138). Read as New Style, 28 Feb would be 15 Feb O.S., before the period: nothing dual.
    QTest::newRow("petrograd 28 Feb 1917 O.S.") << "petrograd-1917" << "1917-02-28"
                                                << QStringList{"districts/*", "-districts/admiralteiskaya", "-districts/kronstadt"};
    // May: the Provisional Government's title beside the Soviet's hold on every district, the
    // Kronstadt Soviet's on Kronstadt. The index is 1.
    QTest::newRow("petrograd 1 May 1917 O.S.") << "petrograd-1917" << "1917-05-01" << QStringList{"districts/*"};
    // After the July Days the government alone holds the two central districts, the ministerial
    // centre, with troops brought from the front (claims.csv lines 93-96).
    QTest::newRow("petrograd 15 Aug 1917 O.S.") << "petrograd-1917" << "1917-08-15"
                                                << QStringList{"districts/*", "-districts/admiralteiskaya", "-districts/kazanskaya"};
    // A fortnight after October the Soviet camp holds every district: no dual power.
    QTest::newRow("petrograd 10 Nov 1917 O.S.") << "petrograd-1917" << "1917-11-10" << QStringList{};

    // Before dawn on 18 March the government holds Paris; the Germans occupy the northern and
    // eastern communes (occupation, not dual power).
    QTest::newRow("paris 18 Mar 1871, 05:00") << "paris-1871" << "1871-03-18T05:00" << QStringList{};
    // Noon on 18 March: the cannon of Montmartre. Only the 18th arrondissement is dual.
    QTest::newRow("paris 18 Mar 1871, noon") << "paris-1871" << "1871-03-18" << QStringList{"arrondissements/arr18"};
    // Mid-April: the Commune governs all twenty arrondissements under Versailles's title, and
    // the Fédérés hold the southern forts' communes, Vincennes, and Asnières, Levallois and
    // Clichy in the north-west (claims.csv, communes, with their sources); Neuilly is fought
    // over (contested), Courbevoie, Meudon and Châtillon are Versailles's.
    QTest::newRow("paris 15 Apr 1871") << "paris-1871" << "1871-04-15"
                                       << QStringList{"arrondissements/*", "communes/asnieres", "communes/levallois", "communes/clichy",
                                                      "communes/boulogne", "communes/issy", "communes/vanves", "communes/montrouge",
                                                      "communes/arcueil", "communes/gentilly", "communes/villejuif", "communes/ivry",
                                                      "communes/vitry", "communes/vincennes"};
    // The day after the last barricade: Versailles holds everything again.
    QTest::newRow("paris 29 May 1871") << "paris-1871" << "1871-05-29" << QStringList{};

    // The eve of the rising: the Generalitat and the Republic hold everything.
    QTest::newRow("catalonia 17 Jul 1936") << "catalonia-1936" << "1936-07-17" << QStringList{};
    // September 1936: committees in every comarca and the Militia Committee and patrols in every
    // district of Barcelona beside the Generalitat's title; Aragon is divided by the front.
    QTest::newRow("catalonia 1 Sep 1936") << "catalonia-1936" << "1936-09-01" << QStringList{"comarques/*", "districts/*"};
    // The May Days: the Generalitat has its comarques back; street fighting in Ciutat Vella and
    // the Eixample (contested); the other eight districts stay dual.
    QTest::newRow("catalonia 5 May 1937") << "catalonia-1936" << "1937-05-05"
                                          << QStringList{"districts/*", "-districts/ciutat_vella", "-districts/eixample"};

    // Before the government's withdrawal from Kobani (19 July 2012) it holds the northeast; only
    // Tell Rifaat, north of Aleppo, is held by the rebels under the state's title.
    QTest::newRow("syria 10 Jul 2012") << "northeast-syria" << "2012-07-10" << QStringList{"units/tell_rifaat"};
    // After Operation Peace Spring: the SDF's administration under the state's title everywhere
    // but the zones Turkey and the SNA occupy (Afrin, Jarablus, al-Bab, Tell Abyad, Ras al-Ayn,
    // Suluk) and the right bank and Aleppo, held by the government.
    QTest::newRow("syria 1 Jan 2020") << "northeast-syria" << "2020-01-01"
                                      << QStringList{"units/*", "-units/afrin", "-units/jarablus", "-units/al_bab",
                                                     "-units/tell_abyad", "-units/ras_al_ayn", "-units/suluk",
                                                     "-units/east_aleppo", "-units/raqqa_south", "-units/deir_ez_zor",
                                                     "-units/dez_villages", "-units/dez_shamiya", "-units/mayadin",
                                                     "-units/abu_kamal"};
}

void TestSpatialAnalysis::bundledCaseStudies()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QStringList, dual);
    Bundled &loaded = bundled(id);
    QVERIFY2(loaded.study, qPrintable(id));
    const CaseStudy &study = *loaded.study;
    const SpatialFacts &facts = *loaded.facts;
    const auto &features = facts.features();
    auto name = [&](size_t f) { return study.model.features()[f].toString(); };

    QStringList expected;
    for (const QString &pattern : dual) {
        if (pattern.startsWith(QLatin1Char('-'))) {
            QVERIFY2(expected.removeAll(pattern.mid(1)) == 1, qPrintable(pattern));
        } else if (pattern.endsWith(QLatin1String("/*"))) {
            const QString layer = pattern.chopped(2);
            for (size_t f = 0; f < features.size(); ++f)
                if (features[f].isArea && features[f].analysable && study.model.features()[f].layerId == layer)
                    expected << name(f);
        } else {
            expected << pattern;
        }
    }
    expected.sort();

    const auto when = HistoricalDate::parse(date, study.manifest.calendar);
    QVERIFY(when);
    const TimePoint t = when->queryTime();
    QStringList got;
    double dualKm2 = 0;
    for (size_t f = 0; f < features.size(); ++f) {
        if (!features[f].isArea || !features[f].analysable || study.index.stateOf(int(f), t).status != ControlStatus::Dual)
            continue;
        got << name(f);
        dualKm2 += features[f].areaKm2;
    }
    got.sort();
    QCOMPARE(got, expected);

    const auto rows = analysis::timeSeries(study, facts, analysis::Metric::DualIndex, t, t, analysis::Step::Day, study.manifest.calendar);
    QVERIFY(!rows.empty());
    QCOMPARE(rows.front().unit, QStringLiteral("share of area"));
    const double index = dualKm2 / facts.totalAreaKm2();
    QVERIFY2(std::abs(rows.front().value - index) < 1e-12,
             qPrintable(QStringLiteral("index %1, the named features' share %2").arg(rows.front().value, 0, 'f', 12).arg(index, 0, 'f', 12)));

    // A year of days from the period's start, once per case study (how long it takes is the
    // benchmark's business, `dpatlas-bench`): every day's areas by status add up to the whole
    // analysable area, once.
    if (std::exchange(loaded.yearChecked, true))
        return;
    const TimePoint from = study.manifest.period.from() + 12 * 60;
    const auto year = analysis::timeSeries(study, facts, analysis::Metric::Area, from, from + 365 * kMinutesPerDay,
                                           analysis::Step::Day, study.manifest.calendar);
    QMap<QString, double> byDay;
    for (const analysis::Row &r : year)
        if (r.key == QLatin1String("all"))
            byDay[r.date] += r.value;
    QCOMPARE(byDay.size(), 366);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        QVERIFY2(relative(it.value(), facts.totalAreaKm2()) < 1e-12, qPrintable(it.key()));
}

// Every area feature and every shared border of every bundled package, against GeographicLib on
// the same WGS 84 vertices. Detailed boundaries are where the short edges are: Les Corts came
// out 15% too large with Boost 1.74's area strategy.
void TestSpatialAnalysis::bundledAreasAndBordersMatchGeographicLib()
{
    struct Measured
    {
        QString name;
        double value;
        int lines = 0;   // borders: how many lines the reference measured, named name#i
    };
    std::vector<Measured> areas, borders;
    KarneyReference reference;
    const QDir datasets(QStringLiteral(DPATLAS_DATASETS_DIR));
    for (const QString &id : datasets.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!datasets.exists(id + QStringLiteral("/manifest.json")))
            continue;
        const Bundled &loaded = bundled(id);
        QVERIFY2(loaded.study, qPrintable(id));
        const CaseStudy &study = *loaded.study;
        const SpatialFacts &facts = *loaded.facts;
        auto toLonLat = CoordinateTransform::create(study.manifest.crs, Crs::wgs84());
        QVERIFY2(toLonLat, qPrintable(id));
        for (size_t m = 0; m < facts.features().size(); ++m) {
            if (!facts.features()[m].isArea || !facts.features()[m].analysable)
                continue;
            const QString name = id + QLatin1Char('/') + study.model.features()[m].toString();
            Geometry lonLat = study.feature(int(m))->geometry;
            QVERIFY(toLonLat->transformInPlace(lonLat));
            reference.addArea(name, lonLat.polygons);
            areas.push_back({name, facts.features()[m].areaKm2});
        }
        for (const SpatialFacts::Neighbours &n : facts.neighbours()) {
            const QString name = QStringLiteral("%1/%2|%3").arg(id, study.model.features()[size_t(n.a)].toString(),
                                                                study.model.features()[size_t(n.b)].toString());
            Geometry lonLat = n.shared;
            QVERIFY(toLonLat->transformInPlace(lonLat));
            for (size_t i = 0; i < lonLat.lines.size(); ++i)
                reference.addLength(name + QLatin1Char('#') + QString::number(i), lonLat.lines[i]);
            borders.push_back({name, n.sharedKm, int(lonLat.lines.size())});
        }
    }
    QVERIFY(areas.size() > 100 && borders.size() > 100);
    reference.run();
    REQUIRE_KARNEY_REFERENCE(reference);

    // Every feature is checked and every failure named, with the worst of each kind shown.
    QStringList wrong;
    auto check = [&](const char *what, const std::vector<Measured> &measured, double tolerance, auto expectedOf) {
        double worst = 0;
        QString worstName;
        for (const Measured &m : measured) {
            const double expected = expectedOf(m);
            const double error = (m.value - expected) / expected;
            if (!(std::abs(error) < tolerance))
                wrong << QStringLiteral("%1 %2: %3 vs %4 (%5%)").arg(QLatin1String(what), m.name).arg(m.value, 0, 'f', 6)
                             .arg(expected, 0, 'f', 6).arg(error * 100, 0, 'f', 4);
            if (!(std::abs(error) <= std::abs(worst)))
                worst = error, worstName = m.name;
        }
        qInfo("%zu %ss, worst %s: %+.2e", measured.size(), what, qPrintable(worstName), worst);
    };
    check("area", areas, kAreaTolerance, [&](const Measured &m) { return reference.areaM2(m.name) / 1e6; });
    check("border", borders, kLengthTolerance, [&](const Measured &m) {
        double metres = 0;
        for (int i = 0; i < m.lines; ++i)
            metres += reference.lengthM(m.name + QLatin1Char('#') + QString::number(i));
        return metres / 1000;
    });
    for (const QString &w : wrong)   // one line each: QTest cuts a long failure message short
        qWarning("%s", qPrintable(w));
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 of %2 measures off (listed above)").arg(wrong.size()).arg(areas.size() + borders.size())));
}

QTEST_GUILESS_MAIN(TestSpatialAnalysis)
#include "testspatialanalysis.moc"
