#include "io/vectorreader.h"
#include "io/vectorwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace dpa;

class TestVectorWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void unwritableTargetLeavesNothing();
    void unknownFormat();

private:
    std::vector<VectorRecord> records() const;
    QTemporaryDir m_dir;
};

std::vector<VectorRecord> TestVectorWriter::records() const
{
    // Two districts in UTM 31N metres, as the analyses produce them.
    std::vector<VectorRecord> out;
    for (int i = 0; i < 2; ++i) {
        Geometry g;
        const double x = 500000 + i * 1000, y = 4980000;
        g.polygons.push_back({{{{x, y}, {x + 1000, y}, {x + 1000, y + 1000}, {x, y + 1000}, {x, y}}}});
        out.push_back({g, QVariantMap{{QStringLiteral("authority"), i ? QStringLiteral("b") : QStringLiteral("a")},
                                      {QStringLiteral("area_km2"), 1.0 + i}}});
    }
    return out;
}

void TestVectorWriter::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("wgs84");   // formats that are WGS 84 by definition
    QTest::newRow("GeoPackage") << "t.gpkg" << false;
    QTest::newRow("GeoJSON") << "t.geojson" << true;
    QTest::newRow("Shapefile") << "t.shp" << false;
    QTest::newRow("FlatGeobuf") << "t.fgb" << false;
    QTest::newRow("KML") << "t.kml" << true;
}

void TestVectorWriter::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(bool, wgs84);
    const Crs utm = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    VectorWriteRequest request;
    request.path = m_dir.filePath(file);
    request.sourceCrs = utm;
    request.fields = {{QStringLiteral("authority"), QMetaType::QString}, {QStringLiteral("area_km2"), QMetaType::Double}};
    auto written = vectorwriter::write(request, records());
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QCOMPARE(*written, 2);
    // Nothing but the output (and a shapefile's companions) is left in the folder.
    QVERIFY(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".dpatlas")).isEmpty());

    VectorReadOptions options;
    options.targetCrs = utm;
    auto back = readVectorLayer(request.path, options);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(int(back->features.size()), 2);
    // FlatGeobuf reorders features by its spatial index: find B by its attribute.
    if (!file.endsWith(QLatin1String(".kml"))) {   // KML keeps only name/description fields
        const auto b = std::find_if(back->features.begin(), back->features.end(), [](const VectorFeature &f) {
            return f.attributes.value(QStringLiteral("authority")).toString() == QLatin1String("b");
        });
        QVERIFY(b != back->features.end());
        QCOMPARE(b->attributes.value(QStringLiteral("area_km2")).toDouble(), 2.0);
    }
    // Coordinates come back where they were (through WGS 84 for GeoJSON and KML: to 1 cm).
    const double tolerance = wgs84 ? 0.01 : 1e-6;
    bool found = false;
    for (const VectorFeature &f : back->features)
        for (const QPointF &p : f.geometry.polygons[0].rings[0])
            found = found || (std::abs(p.x() - 500000) < tolerance && std::abs(p.y() - 4980000) < tolerance);
    QVERIFY(found);
}

void TestVectorWriter::unwritableTargetLeavesNothing()
{
    VectorWriteRequest request;
    request.path = m_dir.filePath(QStringLiteral("missing/folder/t.gpkg"));
    request.sourceCrs = *Crs::fromUserInput(QStringLiteral("EPSG:32631"));
    auto written = vectorwriter::write(request, records());
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(request.path));
}

void TestVectorWriter::unknownFormat()
{
    VectorWriteRequest request;
    request.path = m_dir.filePath(QStringLiteral("t.docx"));
    auto written = vectorwriter::write(request, records());
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String("unknown format")));
}

QTEST_GUILESS_MAIN(TestVectorWriter)
#include "testvectorwriter.moc"
