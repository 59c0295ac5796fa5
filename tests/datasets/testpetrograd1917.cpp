#include "support/casestudychecks.h"
#include "analysis/spatialanalysis.h"
#include "analysis/spatialfacts.h"
#include "package/datasetpackage.h"

#include <QTest>

using namespace dpa;

// The bundled Petrograd package against the facts it cites (dates Old Style, as the package
// and its sources write them; a date without a time means noon).
class TestPetrograd1917 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validates();
    void keyDates_data();
    void keyDates();
    void claimsSayWhatTheirSourcesSay();
    void districtsAreMarkedApproximate();
    void dualPowerSpreadsAndResolves();
    void mrcHoldsTheCityOnTheNightOf25October();
    void dualPowerIndexMovesWithJulyAndOctober();
    void noKornilovTitle();

private:
    std::shared_ptr<const CaseStudy> m_study;
    DatasetPackage::LoadResult m_result;
};

void TestPetrograd1917::initTestCase()
{
    m_result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917"));
    m_study = m_result.study;
    QVERIFY(m_study);
}

void TestPetrograd1917::validates()
{
    QVERIFY2(m_result.isValid(), qPrintable(test::problemsText(m_result.problems)));
    QCOMPARE(m_study->manifest.calendar, Calendar::JulianRussia);
    QVERIFY(m_study->model.claims().size() >= 25);
    QVERIFY(m_study->model.events().size() >= 8);
}

void TestPetrograd1917::keyDates_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("holders");   // authorities in force, de facto first
    QTest::newRow("before the February days: the old order") << "districts/vyborgskaya" << "1917-02-20" << "held" << "tsarist";
    // 28 Feb (second edition): the insurgent garrison and workers, with the Soviet formed the evening
    // before, hold Vyborg under the rival titles of the Tsar and the Duma Committee (Hasegawa 1981);
    // not a Tsar-Duma split with nobody on the ground.
    QTest::newRow("28 Feb: revolutionary control in Vyborg") << "districts/vyborgskaya" << "1917-02-28" << "dual" << "soviet,tsarist,duma_committee";
    QTest::newRow("28 Feb: revolutionary control in Liteiny") << "districts/liteinaya" << "1917-02-28" << "dual" << "soviet,tsarist,duma_committee";
    QTest::newRow("28 Feb: revolutionary control on the Petrograd Side") << "districts/petrogradskaya" << "1917-02-28" << "dual" << "soviet,tsarist,duma_committee";
    QTest::newRow("28 Feb: Khabalov's last troops in the Admiralty district") << "districts/admiralteiskaya" << "1917-02-28" << "contested" << "tsarist,soviet,duma_committee";
    QTest::newRow("3 Mar: the Tsar's title gone, Soviet beside the government") << "districts/vyborgskaya" << "1917-03-03" << "dual" << "soviet,provgov";
    QTest::newRow("1 May: Vyborg side under dual power") << "districts/vyborgskaya" << "1917-05-01" << "dual" << "soviet,provgov";
    QTest::newRow("1 May: the ministerial centre, government beside the Soviet's garrison") << "districts/kazanskaya" << "1917-05-01" << "dual" << "provgov,soviet";
    QTest::newRow("1 May: the government holds the Winter Palace") << "places/winter_palace" << "1917-05-01" << "held" << "provgov";
    QTest::newRow("10 Jul: after the July Days the government holds the centre alone") << "districts/kazanskaya" << "1917-07-10" << "held" << "provgov";
    QTest::newRow("10 Jul: the workers' districts stay under dual power") << "districts/vyborgskaya" << "1917-07-10" << "dual" << "soviet,provgov";
    QTest::newRow("29 Aug: no Kornilov title over the Narva district") << "districts/narvskaya" << "1917-08-29" << "dual" << "soviet,provgov";
    QTest::newRow("24 Oct: the MRC in Liteiny beside the government's troops") << "districts/liteinaya" << "1917-10-24" << "dual" << "provgov,mrc";
    QTest::newRow("25 Oct 02:30: junkers still on the Nikolaevsky Bridge") << "places/nikolaevsky_bridge" << "1917-10-25T02:30" << "held" << "provgov";
    QTest::newRow("25 Oct 05:00: MRC sailors on the Nikolaevsky Bridge") << "places/nikolaevsky_bridge" << "1917-10-25T05:00" << "dual" << "mrc,provgov";
    QTest::newRow("25 Oct 10:00: the Pre-Parliament still in the Mariinsky Palace") << "places/mariinsky_palace" << "1917-10-25T10:00" << "held" << "provgov";
    QTest::newRow("25 Oct 14:00: the Pre-Parliament dispersed") << "places/mariinsky_palace" << "1917-10-25T14:00" << "dual" << "mrc,provgov";
    QTest::newRow("Winter Palace at 20:00 on 25 Oct: still the government's") << "places/winter_palace" << "1917-10-25T20:00" << "held" << "provgov";
    QTest::newRow("25 Oct 23:00: the MRC holds Vyborg under the government's last title") << "districts/vyborgskaya" << "1917-10-25T23:00" << "dual" << "mrc,provgov";
    QTest::newRow("25 Oct 23:00: the MRC holds Liteiny") << "districts/liteinaya" << "1917-10-25T23:00" << "dual" << "mrc,provgov";
    QTest::newRow("25 Oct 23:00: the palace district fought over") << "districts/admiralteiskaya" << "1917-10-25T23:00" << "contested" << "provgov,mrc";
    QTest::newRow("Winter Palace on 26 Oct: taken by the MRC") << "places/winter_palace" << "1917-10-26" << "held" << "mrc";
    QTest::newRow("27 Oct: the Committee of Salvation's rival claim") << "districts/vyborgskaya" << "1917-10-27" << "dual" << "mrc,salvation_committee";
    QTest::newRow("28 Oct: Smolny, Soviet and Sovnarkom one camp") << "places/smolny_institute" << "1917-10-28" << "held" << "soviet,sovnarkom";
    QTest::newRow("29 Oct: the junker rising on the Petrograd Side") << "districts/petrogradskaya" << "1917-10-29" << "contested" << "mrc,salvation_committee";
    QTest::newRow("5 Nov: the MRC holds the city") << "districts/vyborgskaya" << "1917-11-05" << "held" << "mrc";
}

void TestPetrograd1917::keyDates()
{
    QFETCH(QString, feature);
    QFETCH(QString, date);
    QFETCH(QString, status);
    QFETCH(QString, holders);
    const auto state = test::stateOnDate(*m_study, feature, date, Calendar::JulianRussia);
    QVERIFY2(state.found, qPrintable(feature));
    QCOMPARE(state.status, status);
    QCOMPARE(state.authorities, holders);
}

// Validation already refuses an unsourced claim; this is what it does not check (support/casestudychecks.h).
void TestPetrograd1917::claimsSayWhatTheirSourcesSay()
{
    const QStringList gaps = test::sourcingGaps(*m_study, QStringLiteral(DPATLAS_DATASETS_DIR "/petrograd-1917"));
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
}

void TestPetrograd1917::districtsAreMarkedApproximate()
{
    // No 1917 digitisation exists; the districts are dissolved modern okrugs (SOURCES.md).
    const CaseLayer *districts = m_study->layer(QStringLiteral("districts"));
    QVERIFY(districts && districts->features.size() >= 14);
    for (const CaseFeature &f : districts->features)
        QVERIFY2(f.approximate, qPrintable(f.id));
}

void TestPetrograd1917::dualPowerSpreadsAndResolves()
{
    auto countAt = [&](const char *date, ControlStatus status) {
        FeatureStates states;
        m_study->index.stateAt(HistoricalDate::parse(QString::fromLatin1(date), Calendar::JulianRussia)->queryTime(), states);
        const CaseLayer *districts = m_study->layer(QStringLiteral("districts"));
        int n = 0;
        for (const CaseFeature &f : districts->features)
            n += states[size_t(f.modelIndex)].status == status;
        return n;
    };
    QCOMPARE(countAt("1917-02-20", ControlStatus::Dual), 0);
    QVERIFY(countAt("1917-05-01", ControlStatus::Dual) >= 10);
    QCOMPARE(countAt("1917-11-10", ControlStatus::Dual), 0);
    QCOMPARE(countAt("1917-11-10", ControlStatus::Held), int(m_study->layer(QStringLiteral("districts"))->features.size()));
}

// On the night of 25 Oct the MRC holds the ground of most of the city (de facto holder) while the
// government keeps only its title there; the Winter Palace is under siege.
void TestPetrograd1917::mrcHoldsTheCityOnTheNightOf25October()
{
    FeatureStates states;
    m_study->index.stateAt(HistoricalDate::parse(QStringLiteral("1917-10-25T23:00"), Calendar::JulianRussia)->queryTime(), states);
    const CaseLayer *districts = m_study->layer(QStringLiteral("districts"));
    const int mrc = m_study->model.authorityIndex(QStringLiteral("mrc"));
    int heldByMrc = 0, cityDistricts = 0;
    for (const CaseFeature &f : districts->features) {
        if (f.id == QLatin1String("kronstadt"))
            continue;   // the Kronstadt Soviet's own fortress town
        ++cityDistricts;
        heldByMrc += states[size_t(f.modelIndex)].deFactoHolder() == mrc;
    }
    QVERIFY2(heldByMrc >= cityDistricts - 1, qPrintable(QStringLiteral("%1 of %2").arg(heldByMrc).arg(cityDistricts)));
    // The Winter Palace under siege (rabinowitch1976, trotsky1930, maslov1917: the Aurora's shot
    // about 21:40, shelling from the fortress) with the ministers inside until their arrest at
    // 02:10 (arrest_protocol1917): fought over, so nobody holds it, and the government's control
    // and title still in force. The siege is filed, as every package files a fight, under the side
    // whose hold is attacked; the besieging MRC has no claim on the palace before 02:10, so
    // nothing is asserted about it (the map hatches the palace in the government's colour only:
    // reported).
    const auto palace = test::stateOnDate(*m_study, QStringLiteral("places/winter_palace"), QStringLiteral("1917-10-25T23:00"), Calendar::JulianRussia);
    QCOMPARE(palace.status, QStringLiteral("contested"));
    QCOMPARE(palace.holder, QString());
    QVERIFY2(palace.authorities.split(QLatin1Char(',')).contains(QStringLiteral("provgov")), qPrintable(palace.authorities));
}

// The dual-power index (share of the area under dual power) is not flat: it rises with the
// February days, dips when the government holds the centre alone after the July Days, rises
// again when the MRC takes the centre on 25 Oct, and falls to nothing once the Committee of
// Salvation's rival claim ends in early November.
void TestPetrograd1917::dualPowerIndexMovesWithJulyAndOctober()
{
    ErrorList warnings;
    const SpatialFacts facts = SpatialFacts::build(*m_study, warnings);
    auto index = [&](const char *date) {
        const TimePoint t = HistoricalDate::parse(QString::fromLatin1(date), Calendar::JulianRussia)->queryTime();
        return analysis::timeSeries(*m_study, facts, analysis::Metric::DualIndex, t, t, analysis::Step::Day, Calendar::Julian)
            .front().value;
    };
    const double feb = index("1917-02-20"), may = index("1917-05-01"), aug = index("1917-08-15"),
                 oct25 = index("1917-10-25T14:00"), oct28 = index("1917-10-28"), nov10 = index("1917-11-10");
    qInfo("dual-power index: 20 Feb %.3f, 1 May %.3f, 15 Aug %.3f, 25 Oct 14:00 %.3f, 28 Oct %.3f, 10 Nov %.3f",
          feb, may, aug, oct25, oct28, nov10);
    QCOMPARE(feb, 0.0);
    QVERIFY(may > 0.9);
    QVERIFY(aug < may - 0.01);      // the July Days: the centre held by the government alone
    QVERIFY(oct25 > aug + 0.01);    // the MRC in the centre under the government's last title
    QVERIFY(oct28 > 0.5);           // the Committee of Salvation's claim
    QCOMPARE(nov10, 0.0);
}

// The review of December 2026: Kornilov had no title to Petrograd, and his corps never came near.
void TestPetrograd1917::noKornilovTitle()
{
    QCOMPARE(m_study->model.authorityIndex(QStringLiteral("kornilov")), -1);
}

QTEST_GUILESS_MAIN(TestPetrograd1917)
#include "testpetrograd1917.moc"
