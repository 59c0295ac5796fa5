#include "io/coordinatetransform.h"
#include "io/crs.h"

#include <QTest>

using namespace dpa;

class TestCrs : public QObject
{
    Q_OBJECT
private slots:
    void definitions_data();
    void definitions();
    void unknownCrsCarriesProjMessage();
    void fileReferencesRefused();
    void knownProjectionOrigins_data();
    void knownProjectionOrigins();
    void roundTrips_data();
    void roundTrips();
    void lonLatOrderForGeographicCrs();
    void boundsCoverCurvedEdges();
};

void TestCrs::definitions_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<bool>("geographic");
    QTest::addColumn<QString>("authorityId");
    QTest::newRow("EPSG code") << "EPSG:4326" << true << "EPSG:4326";
    QTest::newRow("NTF Paris Lambert I") << "EPSG:27571" << false << "EPSG:27571";
    QTest::newRow("Pulkovo 1942 GK zone 6") << "EPSG:28406" << false << "EPSG:28406";
    QTest::newRow("PROJ string") << "+proj=utm +zone=36 +datum=WGS84 +units=m +type=crs" << false << "";
    QTest::newRow("WKT") << R"(GEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563]],CS[ellipsoidal,2],AXIS["latitude",north,ANGLEUNIT["degree",0.0174532925199433]],AXIS["longitude",east,ANGLEUNIT["degree",0.0174532925199433]]])"
                         << true << "";
}

void TestCrs::definitions()
{
    QFETCH(QString, definition);
    QFETCH(bool, geographic);
    QFETCH(QString, authorityId);
    auto crs = Crs::fromUserInput(definition);
    QVERIFY2(crs.ok(), qPrintable(crs.ok() ? QString() : crs.error().toString()));
    QCOMPARE(crs->isGeographic(), geographic);
    QCOMPARE(crs->authorityId(), authorityId);
    QVERIFY(!crs->wkt().isEmpty());
}

void TestCrs::unknownCrsCarriesProjMessage()
{
    auto crs = Crs::fromUserInput(QStringLiteral("EPSG:999999"));
    QVERIFY(!crs.ok());
    QVERIFY(crs.error().message.contains(QLatin1String("EPSG:999999")));
    // PROJ's own words come along, so the user learns why.
    QVERIFY2(!crs.error().causes.isEmpty(), qPrintable(crs.error().toString()));
    QVERIFY(!Crs::fromUserInput(QStringLiteral("not a crs")).ok());
    QVERIFY(!Crs::fromUserInput(QString()).ok());
}

void TestCrs::fileReferencesRefused()
{
    QVERIFY(!Crs::fromUserInput(QStringLiteral("+init=/etc/passwd:1")).ok());
    QVERIFY(!Crs::fromUserInput(QStringLiteral("https://example.org/crs.wkt")).ok());
}

// Values that follow from the projections' definitions alone, independent of PROJ.
void TestCrs::knownProjectionOrigins_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QPointF>("input");
    QTest::addColumn<QPointF>("expected");
    QTest::addColumn<double>("tolerance");
    // EPSG:27571 (Lambert zone I, "carto" false northing): natural origin on the Paris
    // meridian at 55 grads north, false easting 600 000 m, false northing 1 200 000 m.
    // EPSG:4807 is NTF (Paris) in grads from the Paris meridian.
    QTest::newRow("NTF Paris Lambert I origin") << "EPSG:4807" << "EPSG:27571" << QPointF(0, 55)
                                                << QPointF(600000, 1200000) << 0.01;
    // Pulkovo 1942 Gauss-Kruger zone 6: central meridian 33 E, false easting 6 500 000 m; the
    // equator maps to northing 0.
    QTest::newRow("Pulkovo 1942 GK6 on equator") << "EPSG:4284" << "EPSG:28406" << QPointF(33, 0)
                                                 << QPointF(6500000, 0) << 0.01;
}

void TestCrs::knownProjectionOrigins()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QPointF, input);
    QFETCH(QPointF, expected);
    QFETCH(double, tolerance);
    auto t = CoordinateTransform::create(*Crs::fromUserInput(source), *Crs::fromUserInput(target));
    QVERIFY(t.ok());
    const QPointF out = t->transform(input);
    QVERIFY2(std::abs(out.x() - expected.x()) < tolerance && std::abs(out.y() - expected.y()) < tolerance,
             qPrintable(QStringLiteral("got %1 %2").arg(out.x(), 0, 'f', 4).arg(out.y(), 0, 'f', 4)));
}

void TestCrs::roundTrips_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QPointF>("lonLat");
    QTest::addColumn<double>("metreTolerance");
    // Panthéon, Paris; Winter Palace, Petrograd; Plaça de Catalunya; Qamishli. 1 cm.
    QTest::newRow("WGS84 <-> NTF Paris Lambert I") << "EPSG:27571" << QPointF(2.3461, 48.8462) << 0.01;
    QTest::newRow("WGS84 <-> Pulkovo 1942 GK6") << "EPSG:28406" << QPointF(30.3139, 59.9404) << 0.01;
    QTest::newRow("WGS84 <-> ETRS89 UTM 31N") << "EPSG:25831" << QPointF(2.1700, 41.3870) << 0.01;
    QTest::newRow("WGS84 <-> UTM 37N") << "EPSG:32637" << QPointF(41.2300, 37.0500) << 0.01;
}

void TestCrs::roundTrips()
{
    QFETCH(QString, target);
    QFETCH(QPointF, lonLat);
    QFETCH(double, metreTolerance);
    const Crs wgs = Crs::wgs84();
    const Crs projected = *Crs::fromUserInput(target);
    auto forward = CoordinateTransform::create(wgs, projected);
    auto back = CoordinateTransform::create(projected, wgs);
    QVERIFY(forward.ok() && back.ok());
    const QPointF xy = forward->transform(lonLat);
    QVERIFY(!std::isnan(xy.x()));
    const QPointF again = back->transform(xy);
    // One metre is about 1/111 000 of a degree of latitude.
    const double dLat = (again.y() - lonLat.y()) * 111'000;
    const double dLon = (again.x() - lonLat.x()) * 111'000 * std::cos(qDegreesToRadians(lonLat.y()));
    QVERIFY2(std::hypot(dLat, dLon) < metreTolerance, qPrintable(QString::number(std::hypot(dLat, dLon))));
    // The inverse of the forward transform agrees too.
    const QPointF inv = forward->inverse(xy);
    QVERIFY(std::abs(inv.x() - lonLat.x()) < 1e-7 && std::abs(inv.y() - lonLat.y()) < 1e-7);
}

void TestCrs::lonLatOrderForGeographicCrs()
{
    // EPSG:4326 is officially latitude first; the model always uses lon/lat.
    auto t = CoordinateTransform::create(Crs::wgs84(), *Crs::fromUserInput(QStringLiteral("EPSG:3857")));
    QVERIFY(t.ok());
    const QPointF p = t->transform(QPointF(30, 0));
    QVERIFY(std::abs(p.x() - 3339584.72) < 0.01);
    QVERIFY(std::abs(p.y()) < 0.01);
}

void TestCrs::boundsCoverCurvedEdges()
{
    auto t = CoordinateTransform::create(Crs::wgs84(), *Crs::fromUserInput(QStringLiteral("EPSG:28406")));
    QVERIFY(t.ok());
    const BoundingBox box = t->transformBounds({29.5, 59.7, 30.7, 60.1});
    QVERIFY(box.isValid());
    for (const QPointF corner : {QPointF(29.5, 59.7), QPointF(30.7, 60.1), QPointF(30.1, 60.1), QPointF(29.5, 60.1)})
        QVERIFY(box.contains(t->transform(corner)));
}

QTEST_GUILESS_MAIN(TestCrs)
#include "testcrs.moc"
