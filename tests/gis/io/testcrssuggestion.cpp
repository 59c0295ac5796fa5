// The projected CRSs suggested for a new case study's extent, from PROJ's EPSG database. The
// expectations are the EPSG register's own areas of use: RGF93 / CC49 is the conformal conic
// zone for France between 48°N and 50°N (Paris, 48.86°N), Lambert-93 covers all of mainland
// France, and ETRS89 / UTM zone 31N covers Europe between 0°E and 6°E (Catalonia, 0.2–3.3°E).

#include "io/crssuggestion.h"

#include <QTest>

using namespace dpa;

Q_DECLARE_METATYPE(dpa::BoundingBox)

namespace {

BoundingBox box(double west, double south, double east, double north)
{
    BoundingBox b;
    b.extend(QPointF(west, south));
    b.extend(QPointF(east, north));
    return b;
}

QStringList ids(const std::vector<ProjectedCrsInfo> &list)
{
    QStringList out;
    for (const ProjectedCrsInfo &c : list)
        out << c.id;
    return out;
}

} // namespace

class TestCrsSuggestion : public QObject
{
    Q_OBJECT
private slots:
    void bestForPlace_data();
    void bestForPlace();
    void onlyMetricEastingFirstModernDatums();
    void catalogueIsSearchable();
    void utmFallback();
};

void TestCrsSuggestion::bestForPlace_data()
{
    QTest::addColumn<BoundingBox>("extent");
    QTest::addColumn<QString>("best");
    QTest::addColumn<QStringList>("alsoOffered");
    // Paris's arrondissements (the extent of datasets/example-minimal and paris-1871).
    QTest::newRow("Paris") << box(2.25, 48.81, 2.42, 48.91) << "EPSG:3949"
                           << QStringList{"EPSG:2154", "EPSG:25831", "EPSG:32631"};
    // Catalonia's comarques (catalonia-1936): no grid of Spain's on a modern datum is smaller.
    QTest::newRow("Catalonia") << box(0.16, 40.52, 3.33, 42.86) << "EPSG:25831" << QStringList{"EPSG:32631"};
    // Lisbon: Portugal's TM06 grid on ETRS89, not the 19th-century Lisbon-meridian grids.
    QTest::newRow("Lisbon") << box(-9.25, 38.68, -9.08, 38.80) << "EPSG:3763" << QStringList{"EPSG:25829"};
}

void TestCrsSuggestion::bestForPlace()
{
    QFETCH(BoundingBox, extent);
    QFETCH(QString, best);
    QFETCH(QStringList, alsoOffered);
    const QStringList got = ids(suggestProjectedCrs(extent, 8));
    QVERIFY2(!got.isEmpty() && got.first() == best, qPrintable(got.join(QStringLiteral(", "))));
    for (const QString &id : alsoOffered)
        QVERIFY2(got.contains(id), qPrintable(id + QStringLiteral(" not in ") + got.join(QStringLiteral(", "))));
}

// Paris lies in NTF (Paris) / Lambert zone I, a grid in metres whose area is smaller than
// Lambert-93's; it is not offered, being on the Clarke 1880 ellipsoid with longitudes from Paris.
// Axis-swapped variants (ETRS89 / UTM zone 31N (N-E), EPSG:3043) and grids in feet are not
// offered either; nor is one grid under its three RGF93 realisations.
void TestCrsSuggestion::onlyMetricEastingFirstModernDatums()
{
    const QStringList paris = ids(suggestProjectedCrs(box(2.25, 48.81, 2.42, 48.91), 50));
    for (const char *refused : {"EPSG:27571", "EPSG:27572", "EPSG:23031", "EPSG:3043", "EPSG:9829", "EPSG:9849", "EPSG:32600"})
        QVERIFY2(!paris.contains(QLatin1String(refused)), refused);
    // New York's state plane zone is offered once, in metres, not also in US survey feet.
    QStringList newYork;
    for (const ProjectedCrsInfo &c : suggestProjectedCrs(box(-74.05, 40.65, -73.9, 40.85), 50))
        newYork << c.name;
    QCOMPARE(newYork.filter(QStringLiteral("New York Long Island")).size(), 1);
    QVERIFY2(newYork.filter(QStringLiteral("ft")).isEmpty(), qPrintable(newYork.join(QStringLiteral(", "))));
    QVERIFY(suggestProjectedCrs(BoundingBox{}).empty());
}

void TestCrsSuggestion::catalogueIsSearchable()
{
    const auto all = projectedCrsCatalogue();
    QVERIFY(all.size() > 1000);
    const auto lambert93 = std::find_if(all.begin(), all.end(), [](const auto &c) { return c.id == QLatin1String("EPSG:2154"); });
    QVERIFY(lambert93 != all.end());
    QVERIFY(lambert93->name.contains(QStringLiteral("Lambert-93")));
    QVERIFY(lambert93->area.isValid() && lambert93->area.xMin < 2.3 && lambert93->area.xMax > 2.3);
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; }));
}

// Zone 31 runs from 0°E to 6°E; south of the equator the 327xx codes.
void TestCrsSuggestion::utmFallback()
{
    QCOMPARE(utmZoneCrs(box(2.25, 48.81, 2.42, 48.91)), QStringLiteral("EPSG:32631"));
    QCOMPARE(utmZoneCrs(box(-58.5, -34.7, -58.3, -34.5)), QStringLiteral("EPSG:32721"));   // Buenos Aires
}

QTEST_GUILESS_MAIN(TestCrsSuggestion)
#include "testcrssuggestion.moc"
