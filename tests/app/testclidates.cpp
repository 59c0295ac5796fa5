// Dates before year 1 and EDTF level 1 forms through the CLI as a user runs it: `--at` reads
// what `state` prints, and `export --timeline` keeps every date, read back with GDAL. Before
// this, year 0 became the invalid "0000/00/00" in the files' date fields.
#include "support/clirun.h"
#include "support/packagefixture.h"
#include "time/historicaldate.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dpa;
using dpa::test::runCli;

class TestCliDates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void atBeforeYearOne_data();
    void atBeforeYearOne();
    void timelineKeepsEveryDate_data();
    void timelineKeepsEveryDate();

private:
    QTemporaryDir m_dir;
    QString m_package;
};

namespace {

// What a GIS reads from a field: empty when the field is null or unset.
QString fieldText(OGRFeatureH f, const char *name)
{
    const int i = OGR_F_GetFieldIndex(f, name);
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
}

} // namespace

void TestCliDates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_package = m_dir.filePath(QStringLiteral("ancient"));
    QVERIFY(test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), m_package));
    // Three claims of arr18 and arr04 redated: year -44 (45 BC), year 0 (1 BC) and level 1 forms.
    QList<QByteArray> lines = test::readAll(m_package + QStringLiteral("/claims.csv")).split('\n');
    QVERIFY(lines.size() > 4);
    lines[1] = "arrondissements,arr18,versailles,claim,-0044-03-15,-0044-03-15,high,tombs1999,Year -44";
    lines[2] = "arrondissements,arr18,versailles,control,0000-03,0000~,high,tombs1999,Year 0";
    lines.insert(3, "arrondissements,arr04,versailles,presence,1917-21,191X,high,tombs1999,Level 1 forms");
    QVERIFY(test::writeAll(m_package + QStringLiteral("/claims.csv"), lines.join('\n')));
    const auto validate = runCli({QStringLiteral("validate"), m_package});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
}

void TestCliDates::atBeforeYearOne_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("display");
    QTest::newRow("year -44") << "-0044-03-15" << "15 Mar 45 BC";
    QTest::newRow("year 0") << "0000-01-01" << "1 Jan 1 BC";
    QTest::newRow("last minute of year -1") << "-0001-12-31T23:59" << "31 Dec 2 BC, 23:59";
}

// `state` prints the date back in EDTF, and that text is again a good --at.
void TestCliDates::atBeforeYearOne()
{
    QFETCH(QString, at);
    QFETCH(QString, display);
    QString date = at;
    for (int round = 0; round < 2; ++round) {
        const auto r = runCli({QStringLiteral("state"), m_package, QStringLiteral("--at"), date, QStringLiteral("--format"),
                               QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("date")).toString(), at);
        QCOMPARE(doc.value(QStringLiteral("date_display")).toString(), display);
        date = doc.value(QStringLiteral("date")).toString();
    }
}

void TestCliDates::timelineKeepsEveryDate_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("GeoPackage") << "timeline.gpkg";
    QTest::newRow("GeoJSON") << "timeline.geojson";
    QTest::newRow("FlatGeobuf") << "timeline.fgb";
    QTest::newRow("CSV") << "timeline.csv";
    QTest::newRow("Shapefile") << "timeline.shp";
}

// The date fields hold what their format can (years 1 to 9999) and stay empty otherwise; the
// _edtf fields always hold the historian's text, which parses back to the same date.
void TestCliDates::timelineKeepsEveryDate()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    QStringList args{QStringLiteral("export"), m_package, QStringLiteral("--timeline"), QStringLiteral("-o"), path};
    if (!file.endsWith(QLatin1String(".gpkg")))   // a format of one layer a file: one file, one layer
        args << QStringLiteral("--layer") << QStringLiteral("arrondissements");
    const auto r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    struct Expected { QString start, end, startField, endField; };
    const QMap<QString, Expected> expected{
        {QStringLiteral("-0044-03-15"), {QStringLiteral("-0044-03-15"), QStringLiteral("-0044-03-15"), {}, {}}},
        // The end of year 0 is the first moment of year 1, which the date field holds.
        {QStringLiteral("0000-03"), {QStringLiteral("0000-03"), QStringLiteral("0000~"), {}, QStringLiteral("0001/01/01")}},
        {QStringLiteral("1917-21"), {QStringLiteral("1917-21"), QStringLiteral("191X"), QStringLiteral("1917/03/01"), QStringLiteral("1920/01/01")}},
    };
    int found = 0;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        const QString startText = fieldText(f, "start_edtf"), endText = fieldText(f, "end_edtf");
        const QString start = fieldText(f, "start"), end = fieldText(f, "end");
        OGR_F_Destroy(f);
        const auto it = expected.constFind(startText);
        if (it == expected.cend())
            continue;
        ++found;
        QCOMPARE(endText, it->end);
        QVERIFY2(it->startField.isEmpty() ? start.isEmpty() : start.startsWith(it->startField), qPrintable(startText + QLatin1String(": ") + start));
        QVERIFY2(it->endField.isEmpty() ? end.isEmpty() : end.startsWith(it->endField), qPrintable(startText + QLatin1String(": ") + end));
        for (const QString &text : {startText, endText}) {
            const auto d = HistoricalDate::parse(text, Calendar::Gregorian);
            QVERIFY2(d.ok() && d->toEdtf() == text, qPrintable(text));
        }
    }
    GDALClose(ds);
    QCOMPARE(found, expected.size());
}

QTEST_GUILESS_MAIN(TestCliDates)
#include "testclidates.moc"
