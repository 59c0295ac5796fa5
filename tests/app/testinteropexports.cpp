// Exports for the tools of the field, read back by independent readers: OpenStreetMap XML for
// OpenHistoricalMap through GDAL's OSM driver, and the timeline's OHM date fields through
// GDAL's GeoJSON driver, both against claims.csv read here as text.

#include "package/csvtable.h"
#include "support/clirun.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

using namespace dpa;

class TestInteropExports : public QObject
{
    Q_OBJECT
private slots:
    void osmXmlHoldsEveryClaimWithItsDates();
    void timelineCarriesOhmDates();
    void osmIsOnlyForTheTimeline();
};

namespace {

const QString kParis = QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871");

std::vector<CsvTable::Row> claimRows(const CsvTable &table) { return table.rows(); }

// "key"=>"value" pairs of GDAL's other_tags.
QString otherTag(const QString &otherTags, const QString &key)
{
    const QRegularExpression pair(QStringLiteral("\"%1\"=>\"([^\"]*)\"").arg(QRegularExpression::escape(key)));
    const auto m = pair.match(otherTags);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

void TestInteropExports::osmXmlHoldsEveryClaimWithItsDates()
{
    QTemporaryDir dir;
    const QString osm = dir.filePath(QStringLiteral("paris.osm"));
    const auto r = test::runCli({QStringLiteral("export"), kParis, QStringLiteral("--timeline"), QStringLiteral("-o"), osm});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto claims = CsvTable::read(kParis + QStringLiteral("/claims.csv"), QStringLiteral("claims.csv"));
    QVERIFY(claims);

    GDALAllRegister();
    // New objects have negative ids, as JOSM writes them; GDAL's index wants to be told.
    CPLSetConfigOption("OSM_USE_CUSTOM_INDEXING", "NO");
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(osm).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    // (feature, authority, role, start_date or start_date:edtf) of every tagged element.
    QMultiHash<QString, QString> seen;
    OGRLayerH layer = nullptr;
    OGRFeatureH f = nullptr;
    int tagged = 0;
    while ((f = GDALDatasetGetNextFeature(ds, &layer, nullptr, nullptr, nullptr))) {
        const int otherIndex = OGR_F_GetFieldIndex(f, "other_tags");
        const QString other = otherIndex >= 0 ? QString::fromUtf8(OGR_F_GetFieldAsString(f, otherIndex)) : QString();
        const QString feature = otherTag(other, QStringLiteral("dpatlas:feature"));
        if (!feature.isEmpty()) {
            ++tagged;
            const QString start = otherTag(other, QStringLiteral("start_date:edtf")).isEmpty() ? otherTag(other, QStringLiteral("start_date"))
                                                                                               : otherTag(other, QStringLiteral("start_date:edtf"));
            seen.insert(feature, otherTag(other, QStringLiteral("dpatlas:authority")) + QLatin1Char('|') +
                                     otherTag(other, QStringLiteral("dpatlas:role")) + QLatin1Char('|') + start);
        }
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    CPLSetConfigOption("OSM_USE_CUSTOM_INDEXING", nullptr);
    QCOMPARE(tagged, int(claims->rows().size()));
    for (const CsvTable::Row &row : claimRows(*claims)) {
        const QString key = claims->cell(row, QStringLiteral("layer")) + QLatin1Char('/') + claims->cell(row, QStringLiteral("feature"));
        QString start = claims->cell(row, QStringLiteral("start"));
        if (start == QLatin1String(".."))
            start.clear();
        start.remove(QRegularExpression(QStringLiteral("T\\d{2}:\\d{2}$")));   // OHM dates are days
        const QString expected = claims->cell(row, QStringLiteral("authority")) + QLatin1Char('|') + claims->cell(row, QStringLiteral("role")) + QLatin1Char('|');
        bool found = false;
        for (const QString &v : seen.values(key))
            found = found || (v.startsWith(expected) && (v.mid(expected.size()) == start || v.mid(expected.size()).startsWith(start)));
        QVERIFY2(found, qPrintable(QStringLiteral("claims.csv:%1 (%2 %3) not in the .osm").arg(row.line).arg(key, expected)));
    }
}

// start_date is OHM's plain form (a year, month or day) or empty where the EDTF says more; the
// EDTF text is beside it, whole.
void TestInteropExports::timelineCarriesOhmDates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.geojson"));
    const auto r = test::runCli({QStringLiteral("export"), kParis, QStringLiteral("--timeline"), QStringLiteral("--layer"),
                                 QStringLiteral("arrondissements"), QStringLiteral("-o"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    const QRegularExpression plain(QStringLiteral("^-?\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?$"));
    int withDate = 0, withMarks = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        const QString edtf = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "start_edtf")));
        const QString ohm = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "start_date")));
        OGR_F_Destroy(f);
        QString day = edtf;
        day.remove(QRegularExpression(QStringLiteral("T\\d{2}:\\d{2}$")));
        if (plain.match(day).hasMatch()) {
            QCOMPARE(ohm, day);
            ++withDate;
        } else {
            QVERIFY2(ohm.isEmpty(), qPrintable(edtf + QStringLiteral(" gave ") + ohm));
            withMarks += edtf.contains(QLatin1Char('~')) || edtf.contains(QLatin1Char('?'));
        }
    }
    GDALClose(ds);
    QVERIFY(withDate > 50);
    QVERIFY(withMarks > 0);   // Paris has approximate starts (the 16th's 1871-05-21T15:00~)
}

void TestInteropExports::osmIsOnlyForTheTimeline()
{
    QTemporaryDir dir;
    const auto r = test::runCli({QStringLiteral("export"), kParis, QStringLiteral("--at"), QStringLiteral("1871-05-01"),
                                 QStringLiteral("-o"), dir.filePath(QStringLiteral("state.osm"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("OpenStreetMap XML is for the timeline (--timeline)")), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestInteropExports)
#include "testinteropexports.moc"
