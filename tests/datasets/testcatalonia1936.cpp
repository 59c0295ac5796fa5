#include "support/casestudychecks.h"
#include "package/datasetpackage.h"

#include <QSet>
#include <QTest>

using namespace dpa;

// The bundled Catalonia 1936-37 package against the facts it cites (Gregorian dates; a date
// without a time means noon). Sources of each row are the ones cited in claims.csv for it.
class TestCatalonia1936 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validates();
    void keyDates_data();
    void keyDates();
    void everyClaimCitesASource();
    void modernBoundariesAreMarkedApproximate();
    void revolutionaryPowerRisesAndIsWoundUp();

private:
    TimePoint at(const char *date) const;
    std::shared_ptr<const CaseStudy> m_study;
    DatasetPackage::LoadResult m_result;
};

void TestCatalonia1936::initTestCase()
{
    m_result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/catalonia-1936"));
    m_study = m_result.study;
    QVERIFY(m_study);
}

TimePoint TestCatalonia1936::at(const char *date) const
{
    return HistoricalDate::parse(QString::fromLatin1(date), Calendar::Gregorian)->queryTime();
}

void TestCatalonia1936::validates()
{
    QStringList problems;
    for (const Error &e : m_result.problems)
        problems << e.toString();
    QVERIFY2(m_result.isValid(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_study->manifest.calendar, Calendar::Gregorian);
    QVERIFY(m_study->model.claims().size() >= 40);
    QVERIFY(m_study->model.events().size() >= 10);
    for (const char *id : {"generalitat", "repgov", "ccma", "cnt_committees", "poum", "council_aragon", "nationalists"})
        QVERIFY2(m_study->model.authorityIndex(QString::fromLatin1(id)) >= 0, id);
}

void TestCatalonia1936::keyDates_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("holders");   // authorities in force: control, then claim, then contested
    // Barcelona, July 1936 (Ealham 2010; Preston 2006; Thomas 2003; Peirats)
    QTest::newRow("15 Jul 1936: the Generalitat governs the old city")
        << "districts/ciutat_vella" << "1936-07-15" << "held" << "generalitat";
    QTest::newRow("19 Jul 1936: the rising fought in the old city")
        << "districts/ciutat_vella" << "1936-07-19" << "contested" << "generalitat,nationalists";
    QTest::newRow("19 Jul 1936: rebels seize the Telefonica and are driven out")
        << "places/telefonica" << "1936-07-19" << "contested" << "repgov,nationalists";
    QTest::newRow("20 Jul 1936: the CNT storms the Drassanes barracks")
        << "places/drassanes" << "1936-07-20" << "contested" << "nationalists,cnt_committees";
    // Dual power, summer 1936 (Bolloten 1991; Peirats; Casanova 2005; Graham 2002; Alba 1988)
    QTest::newRow("1 Sep 1936: the Militia Committee beside the Generalitat in the Eixample")
        << "districts/eixample" << "1936-09-01" << "dual" << "ccma,generalitat";
    QTest::newRow("1 Sep 1936: local committees beside the Generalitat in Osona")
        << "comarques/osona" << "1936-09-01" << "dual" << "cnt_committees,generalitat";
    QTest::newRow("1 Sep 1936: the CNT runs the Telefonica under the Republic's title")
        << "places/telefonica" << "1936-09-01" << "dual" << "cnt_committees,repgov";
    QTest::newRow("1 Sep 1936: the POUM leads Lleida's committee")
        << "places/lleida" << "1936-09-01" << "dual" << "poum,generalitat";
    QTest::newRow("1 Sep 1936: the Generalitat keeps its palace")
        << "places/generalitat_palace" << "1936-09-01" << "held" << "generalitat";
    // The Generalitat's reassertion (decree of 9 Oct 1936) and its limits (Bolloten 1991)
    QTest::newRow("1 Mar 1937: municipal councils under the Generalitat in Osona")
        << "comarques/osona" << "1937-03-01" << "held" << "generalitat";
    QTest::newRow("1 Mar 1937: the Puigcerda committee still rules the Cerdanya")
        << "comarques/cerdanya" << "1937-03-01" << "dual" << "cnt_committees,generalitat";
    QTest::newRow("1 Mar 1937: CNT committees and patrols still armed in the old city")
        << "districts/ciutat_vella" << "1937-03-01" << "dual" << "cnt_committees,generalitat";
    // The May Days (Orwell 1938; Bolloten 1991; Graham 2002)
    QTest::newRow("3 May 1937 14:00: the Telefonica not yet attacked")
        << "places/telefonica" << "1937-05-03T14:00" << "dual" << "cnt_committees,repgov";
    QTest::newRow("4 May 1937: the Generalitat's guards and the CNT fight for the Telefonica")
        << "places/telefonica" << "1937-05-04" << "contested" << "cnt_committees,repgov,generalitat";
    QTest::newRow("1 Jun 1937: the Telefonica held by the Republic's forces")
        << "places/telefonica" << "1937-06-01" << "held" << "repgov";
    QTest::newRow("1 Jun 1937: the Republic keeps public order in the old city")
        << "districts/ciutat_vella" << "1937-06-01" << "held" << "repgov,generalitat";
    // Aragon (Casanova 2005; Bolloten 1991; Graham 2002; Preston 2006)
    QTest::newRow("1 Mar 1937: Huesca held by the Nationalists")
        << "places/huesca_town" << "1937-03-01" << "held" << "nationalists";
    QTest::newRow("1 Mar 1937: Huesca province divided by the front")
        << "aragon/huesca" << "1937-03-01" << "dual" << "nationalists,council_aragon,repgov";
    QTest::newRow("1 Mar 1937: the Council of Aragon, recognised by the Republic, at Caspe")
        << "places/caspe" << "1937-03-01" << "dual" << "council_aragon,repgov";
    QTest::newRow("15 Aug 1937: the Council dissolved, Caspe under the Republic")
        << "places/caspe" << "1937-08-15" << "held" << "repgov";
}

void TestCatalonia1936::keyDates()
{
    QFETCH(QString, feature);
    QFETCH(QString, date);
    QFETCH(QString, status);
    QFETCH(QString, holders);
    const auto state = test::stateOnDate(*m_study, feature, date, Calendar::Gregorian);
    QVERIFY2(state.found, qPrintable(feature));
    QCOMPARE(state.status, status);
    QCOMPARE(state.authorities, holders);
}

void TestCatalonia1936::everyClaimCitesASource()
{
    const QStringList unsourced = test::unsourcedClaims(*m_study);
    QVERIFY2(unsourced.isEmpty(), qPrintable(unsourced.join(QLatin1Char(' '))));
}

void TestCatalonia1936::modernBoundariesAreMarkedApproximate()
{
    // The 38 comarques of 1936 are dissolved modern municipalities, Barcelona's districts are
    // the 1984 ones, Aragon's inner province borders are coarse (SOURCES.md).
    const struct { const char *layer; size_t count; } layers[] = {{"comarques", 38}, {"districts", 10}, {"aragon", 3}};
    for (const auto &l : layers) {
        const CaseLayer *layer = m_study->layer(QString::fromLatin1(l.layer));
        QVERIFY2(layer, l.layer);
        QCOMPARE(layer->features.size(), l.count);
        for (const CaseFeature &f : layer->features)
            QVERIFY2(f.approximate, qPrintable(f.id));
    }
    // Square-centre proxies for the two buildings.
    const CaseLayer *places = m_study->layer(QStringLiteral("places"));
    QVERIFY(places);
    for (const CaseFeature &f : places->features) {
        if (f.id == QLatin1String("telefonica") || f.id == QLatin1String("generalitat_palace"))
            QVERIFY2(f.approximate, qPrintable(f.id));
    }
}

void TestCatalonia1936::revolutionaryPowerRisesAndIsWoundUp()
{
    const QSet<QString> revolutionary = {QStringLiteral("ccma"), QStringLiteral("cnt_committees"),
                                         QStringLiteral("poum"), QStringLiteral("council_aragon")};
    std::vector<FeatureState> states;
    // Comarques and Barcelona districts where a revolutionary authority's claim is in force.
    auto revolutionaryAt = [&](const char *date) {
        m_study->index.stateAt(at(date), states);
        int n = 0;
        for (const char *layerId : {"comarques", "districts"}) {
            for (const CaseFeature &f : m_study->layer(QString::fromLatin1(layerId))->features) {
                bool any = false;
                for (int c : states[size_t(f.modelIndex)].claims)
                    any = any || revolutionary.contains(m_study->model.authorities()[size_t(m_study->model.claims()[size_t(c)].authority)].id);
                n += any;
            }
        }
        return n;
    };
    auto countAt = [&](const char *date, const char *layerId, ControlStatus status) {
        m_study->index.stateAt(at(date), states);
        int n = 0;
        for (const CaseFeature &f : m_study->layer(QString::fromLatin1(layerId))->features)
            n += states[size_t(f.modelIndex)].status == status;
        return n;
    };
    // Before the rising: the Generalitat alone, no dual power anywhere in Catalonia.
    QCOMPARE(revolutionaryAt("1936-07-15"), 0);
    QCOMPARE(countAt("1936-07-15", "comarques", ControlStatus::Held), 38);
    QCOMPARE(countAt("1936-07-15", "aragon", ControlStatus::Held), 3);
    // Summer 1936: committees or the Militia Committee beside the Generalitat everywhere.
    QCOMPARE(revolutionaryAt("1936-09-01"), 48);
    QCOMPARE(countAt("1936-09-01", "comarques", ControlStatus::Dual), 38);
    QCOMPARE(countAt("1936-09-01", "districts", ControlStatus::Dual), 10);
    // March 1937: the councils of the October decrees have replaced the committees outside
    // Barcelona and the Cerdanya.
    QCOMPARE(revolutionaryAt("1937-03-01"), 12);
    QCOMPARE(countAt("1937-03-01", "comarques", ControlStatus::Held), 36);
    // During the May Days the centre of Barcelona is fought over.
    QVERIFY(countAt("1937-05-04", "districts", ControlStatus::Contested) >= 2);
    // After the May Days: no revolutionary authority left in Catalonia's comarques and districts.
    QCOMPARE(revolutionaryAt("1937-06-01"), 0);
    QCOMPARE(countAt("1937-06-01", "districts", ControlStatus::Contested), 0);
    // Aragon stays divided by the front throughout.
    QCOMPARE(countAt("1936-09-01", "aragon", ControlStatus::Dual), 3);
    QCOMPARE(countAt("1937-08-15", "aragon", ControlStatus::Dual), 3);
}

QTEST_GUILESS_MAIN(TestCatalonia1936)
#include "testcatalonia1936.moc"
