#include "package/datasetpackage.h"
#include "analysis/layerexport.h"
#include "io/vectorreader.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dpa;

// Exported layers read back with GDAL: the right count, fields and CRS, and a timeline that
// gives the model's own state when sampled at a date.
class TestLayerExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stateAtADate_data();
    void stateAtADate();
    void timelineSampledEqualsModel_data();
    void timelineSampledEqualsModel();

private:
    TimePoint julian(const char *date) const { return HistoricalDate::parse(QLatin1String(date), Calendar::JulianRussia)->queryTime(); }
    std::shared_ptr<const CaseStudy> m_study;
    QTemporaryDir m_dir;
};

void TestLayerExport::initTestCase()
{
    auto result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917"));
    QVERIFY(result.isValid());
    m_study = result.study;
}

void TestLayerExport::stateAtADate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("layer");   // empty: all layers
    QTest::newRow("GeoPackage") << "state.gpkg" << "";
    QTest::newRow("GeoJSON") << "state.geojson" << "";
    QTest::newRow("FlatGeobuf") << "state.fgb" << "";
    QTest::newRow("CSV with WKT") << "state.csv" << "";
    QTest::newRow("KML") << "state.kml" << "";
    QTest::newRow("Shapefile, one layer") << "state.shp" << "districts";
}

void TestLayerExport::stateAtADate()
{
    QFETCH(QString, file);
    QFETCH(QString, layer);
    std::vector<VectorRecord> records = layerexport::stateAt(*m_study, julian("1917-05-01"));
    if (!layer.isEmpty())
        std::erase_if(records, [&](const VectorRecord &r) { return r.attributes.value(QStringLiteral("layer")) != layer; });
    VectorWriteRequest request;
    request.path = m_dir.filePath(file);
    request.sourceCrs = m_study->manifest.crs;
    request.fields = layerexport::stateFields();
    auto written = vectorwriter::write(request, records);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

    VectorReadOptions options;
    options.assumedCrs = m_study->manifest.crs;   // CSV carries no CRS
    auto back = readVectorLayer(request.path, options);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->features.size(), records.size());
    const bool wgs84 = file.endsWith(QLatin1String(".geojson")) || file.endsWith(QLatin1String(".kml"));
    QCOMPARE(back->crs.authorityId(), wgs84 ? QStringLiteral("EPSG:4326") : m_study->manifest.crs.authorityId());
    if (file.endsWith(QLatin1String(".kml")))
        return;   // KML keeps names and descriptions only: its layer is for looking at
    for (const QString &field : {QStringLiteral("status"), QStringLiteral("holder"), QStringLiteral("camps"),
                                 QStringLiteral("occupier"), QStringLiteral("outgoing"), QStringLiteral("shares"),
                                 QStringLiteral("in_force"), QStringLiteral("sources")})
        QVERIFY2(back->fieldNames.contains(field), qPrintable(field));
    // Vyborg on 1 May 1917 O.S.: the Soviet holds it de facto under the Provisional Government's title.
    bool vyborgDual = false;
    for (const VectorFeature &f : back->features)
        vyborgDual = vyborgDual || (f.attributes.value(QStringLiteral("id")) == QLatin1String("vyborgskaya") &&
                                    f.attributes.value(QStringLiteral("status")) == QLatin1String("dual") &&
                                    f.attributes.value(QStringLiteral("holder")) == QLatin1String("soviet") &&
                                    f.attributes.value(QStringLiteral("camps")).toString().startsWith(QLatin1String("soviet;")) &&
                                    f.attributes.value(QStringLiteral("in_force")).toString().contains(QLatin1String("soviet:control")));
    QVERIFY(vyborgDual);
}

void TestLayerExport::timelineSampledEqualsModel_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("GeoPackage") << "timeline.gpkg";
    QTest::newRow("FlatGeobuf") << "timeline.fgb";
}

void TestLayerExport::timelineSampledEqualsModel()
{
    QFETCH(QString, file);
    VectorWriteRequest request;
    request.path = m_dir.filePath(file);
    request.sourceCrs = m_study->manifest.crs;
    request.fields = layerexport::timelineFields(false);
    auto written = vectorwriter::write(request, layerexport::timeline(*m_study, false));
    QVERIFY(written.ok());
    QCOMPARE(size_t(*written), m_study->model.claims().size());
    auto back = readVectorLayer(request.path, {});
    QVERIFY(back.ok());

    // What QGIS's Temporal Controller does: keep rows with start <= t < end (empty = open).
    auto parse = [](const QVariant &v) { return QDateTime::fromString(v.toString(), QStringLiteral("yyyy/MM/dd HH:mm:ss")); };
    for (const char *date : {"1917-02-20", "1917-02-27", "1917-05-01", "1917-07-04", "1917-10-25T23:00", "1917-10-26", "1917-11-10"}) {
        const TimePoint t = julian(date);
        const QDateTime when = layerexport::toDateTime(t);
        QSet<QString> fromFile, fromModel;
        for (const VectorFeature &f : back->features) {
            const QDateTime start = parse(f.attributes.value(QStringLiteral("start")));
            const QDateTime end = parse(f.attributes.value(QStringLiteral("end")));
            if ((!start.isValid() || start <= when) && (!end.isValid() || when < end))
                fromFile << f.attributes.value(QStringLiteral("layer")).toString() + QLatin1Char('/') +
                                f.attributes.value(QStringLiteral("id")).toString() + QLatin1Char(':') +
                                f.attributes.value(QStringLiteral("authority")).toString() + QLatin1Char(':') +
                                f.attributes.value(QStringLiteral("role")).toString();
        }
        for (int feature = 0; feature < m_study->index.featureCount(); ++feature)
            for (int c : m_study->index.stateOf(feature, t).claims) {
                const Claim &claim = m_study->model.claims()[size_t(c)];
                fromModel << m_study->model.features()[size_t(feature)].toString() + QLatin1Char(':') +
                                 m_study->model.authorities()[size_t(claim.authority)].id + QLatin1Char(':') + roleName(claim.role);
            }
        QVERIFY2(!fromModel.isEmpty(), date);
        QVERIFY2(fromFile == fromModel, date);
    }
}

QTEST_GUILESS_MAIN(TestLayerExport)
#include "testlayerexport.moc"
