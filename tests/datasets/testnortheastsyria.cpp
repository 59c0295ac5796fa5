#include "support/casestudychecks.h"
#include "package/datasetpackage.h"

#include <QTest>

using namespace dpa;

// The bundled northeast-Syria package against the facts it cites (Gregorian dates; a date
// without a time means noon). Each key-date row names the fact and, in the comment, the
// sources the package cites for it (ids in sources.csv).
class TestNortheastSyria : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validates();
    void keyDates_data();
    void keyDates();
    void everyClaimCitesASource();
    void approximateGeometryIsMarked();
    void securitySquaresStayWithTheStateInsideDualCities();
    void dualPowerAndTheIslamicStateOverTime();

private:
    int countUnits(const char *date, ControlStatus status, const QString &onlyAuthority = {}) const;
    std::shared_ptr<const CaseStudy> m_study;
    DatasetPackage::LoadResult m_result;
};

namespace {

TimePoint at(const QString &date)
{
    return HistoricalDate::parse(date, Calendar::Gregorian)->queryTime();
}

} // namespace

void TestNortheastSyria::initTestCase()
{
    m_result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/northeast-syria"));
    m_study = m_result.study;
    QVERIFY(m_study);
}

void TestNortheastSyria::validates()
{
    QStringList problems;
    for (const Error &e : m_result.problems)
        problems << e.toString();
    QVERIFY2(m_result.isValid(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_study->manifest.calendar, Calendar::Gregorian);
    QVERIFY(m_study->model.claims().size() >= 40);
    QVERIFY(m_study->model.events().size() >= 10);
    QVERIFY(m_study->layer(QStringLiteral("units")));
    QVERIFY(m_study->layer(QStringLiteral("places")));
}

void TestNortheastSyria::keyDates_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("holders");   // authorities in force: control first, then claim, then contested

    // allsopp2019, icg2013: the government hands Kobani to the YPG on 19 July 2012
    QTest::newRow("Kobani before the withdrawal: government") << "units/kobani" << "2012-07-10" << "held" << "gov";
    QTest::newRow("Kobani on 20 July 2012: YPG") << "units/kobani" << "2012-07-20" << "held" << "ypg";
    // hrw2014, icg2014: PYD rule beside the government's security square in Qamishli
    QTest::newRow("Qamishli 2014: PYD beside the government") << "units/qamishli" << "2014-06-01" << "dual" << "gov,ypg";
    // lister2015, knights2021: siege of Kobani, Sep 2014 - 26 Jan 2015
    QTest::newRow("Kobani Nov 2014: under siege") << "units/kobani" << "2014-11-15" << "contested" << "ypg,is";
    // lister2015: Raqqa held by IS from Jan 2014 until Oct 2017
    QTest::newRow("Raqqa 2015: Islamic State") << "units/raqqa" << "2015-06-01" << "held" << "is";
    // lister2015, isw: IS siege of the government enclave in Deir ez-Zor, 2014-2017
    QTest::newRow("Deir ez-Zor city 2016: front line through the city") << "units/deir_ez_zor" << "2016-06-01" << "contested" << "gov,is";
    // icg2017, knights2021: the battle of Al-Hasakah, 16-23 Aug 2016
    QTest::newRow("Al-Hasakah 20 Aug 2016: Asayish against the government") << "units/hasakah" << "2016-08-20" << "contested" << "gov,sdf";
    // icg2017: after the August 2016 truce the government keeps only its security square
    QTest::newRow("Hasakah security square 2018: the government's") << "places/security_square_hasakah" << "2018-01-01" << "held" << "gov";
    // knights2021, amnesty2018raqqa: Raqqa taken by the SDF on 17 Oct 2017
    QTest::newRow("Raqqa 2018: SDF") << "units/raqqa" << "2018-01-01" << "held" << "sdf";
    // amnesty2018afrin, hrw2024: Afrin under the Turkish army and the SNA after 18 Mar 2018
    // One camp: the SNA is Turkey's auxiliary, so the two hold Afrin together (bloc "Turkey and its allies").
    QTest::newRow("Afrin 2019: Turkish army and SNA") << "units/afrin" << "2019-01-01" << "held" << "sna,turkey";
    // knights2021: al-Baghuz falls on 23 Mar 2019
    QTest::newRow("Susah and Baghuz after 23 Mar 2019: SDF") << "units/susat" << "2019-04-01" << "held" << "sdf";
    // amnesty2019, hrw2019: Peace Spring takes Tell Abyad on 13 Oct 2019
    QTest::newRow("Tell Abyad Dec 2019: Turkish army and SNA") << "units/tell_abyad" << "2019-12-01" << "held" << "sna,turkey";
    // deal2019, sochi2019: government troops deploy in SDF-run Kobani, Oct 2019
    QTest::newRow("Kobani 2020: SDF rule, government troops") << "units/kobani" << "2020-06-01" << "dual" << "sdf,gov";
    // shafaq2024manbij, bianet2024: the SNA takes Manbij, Dec 2024
    QTest::newRow("Manbij after 11 Dec 2024: SNA") << "units/manbij" << "2024-12-20" << "held" << "sna";
    // aljazeera2024dez: the new authorities take Deir ez-Zor city, 11 Dec 2024
    QTest::newRow("Deir ez-Zor city Jan 2025: new authorities") << "units/deir_ez_zor" << "2025-01-01" << "held" << "transitional";
    // aa2024: the government leaves its Qamishli security square on 7 Dec 2024
    QTest::newRow("Qamishli security square Jan 2025: SDF") << "places/security_square_qamishli" << "2025-01-01" << "held" << "sdf";
    // shafaq2025tishrin, mee2025tishrin: fighting at the Tishrin Dam, Dec 2024 - Apr 2025
    QTest::newRow("Tishrin Dam Jan 2025: fought over") << "places/dam_tishrin" << "2025-01-15" << "contested" << "sdf";
    QTest::newRow("Tishrin Dam May 2025: joint control") << "places/dam_tishrin" << "2025-05-01" << "dual" << "transitional,sdf";
    // agreement2025: Damascus's title recognised, the SDF in control
    QTest::newRow("Qamishli after the 10 Mar 2025 agreement") << "units/qamishli" << "2025-06-01" << "dual" << "sdf,transitional";
}

void TestNortheastSyria::keyDates()
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

void TestNortheastSyria::everyClaimCitesASource()
{
    const QStringList unsourced = test::unsourcedClaims(*m_study);
    QVERIFY2(unsourced.isEmpty(), qPrintable(unsourced.join(QLatin1Char(' '))));
}

void TestNortheastSyria::approximateGeometryIsMarked()
{
    // Every unit is a 2016 OCHA (sub-)district standing in for front lines that cut across it.
    const CaseLayer *units = m_study->layer(QStringLiteral("units"));
    QVERIFY(units && units->features.size() >= 30);
    for (const CaseFeature &f : units->features)
        QVERIFY2(f.approximate, qPrintable(f.id));

    // Proxy points sit on a town's OCHA point; points with their own (Wikipedia) coordinate do not.
    const CaseLayer *places = m_study->layer(QStringLiteral("places"));
    QVERIFY(places);
    const QStringList proxies{QStringLiteral("security_square_qamishli"), QStringLiteral("security_square_hasakah"),
                              QStringLiteral("crossing_nusaybin_qamishli"), QStringLiteral("crossing_tell_abyad_akcakale"),
                              QStringLiteral("crossing_ras_al_ayn_ceylanpinar"), QStringLiteral("crossing_yarubiyah_rabia"),
                              QStringLiteral("camp_al_hol"), QStringLiteral("prison_ghwayran")};
    const QStringList ownCoordinates{QStringLiteral("dam_tabqa"), QStringLiteral("dam_tishrin"),
                                     QStringLiteral("airport_qamishli"), QStringLiteral("crossing_semalka")};
    int seen = 0;
    for (const CaseFeature &f : places->features) {
        if (proxies.contains(f.id)) {
            QVERIFY2(f.approximate, qPrintable(f.id));
            ++seen;
        } else if (ownCoordinates.contains(f.id)) {
            QVERIFY2(!f.approximate, qPrintable(f.id));
            ++seen;
        }
    }
    QCOMPARE(seen, int(proxies.size() + ownCoordinates.size()));
}

void TestNortheastSyria::securitySquaresStayWithTheStateInsideDualCities()
{
    // hrw2014, icg2014, icg2017, aa2024: from 2012 to 2024 the government keeps its security
    // squares while the Kurdish-led administration runs the rest of Qamishli and Al-Hasakah.
    const ControlModel &model = m_study->model;
    const int gov = model.authorityIndex(QStringLiteral("gov"));
    QVERIFY(gov >= 0);
    const struct { const char *city; const char *square; } pairs[] = {
        {"qamishli", "security_square_qamishli"}, {"hasakah", "security_square_hasakah"}};
    for (const auto &p : pairs) {
        const int city = model.featureIndex({QStringLiteral("units"), QString::fromLatin1(p.city)});
        const int square = model.featureIndex({QStringLiteral("places"), QString::fromLatin1(p.square)});
        QVERIFY(city >= 0 && square >= 0);
        for (const char *date : {"2013-06-01", "2015-01-01", "2018-01-01", "2021-06-01", "2024-06-01"}) {
            const TimePoint t = at(QString::fromLatin1(date));
            QCOMPARE(m_study->index.stateOf(city, t).status, ControlStatus::Dual);
            const FeatureState sq = m_study->index.stateOf(square, t);
            QCOMPARE(sq.status, ControlStatus::Held);
            QCOMPARE(model.claims()[size_t(sq.claims.front())].authority, gov);
        }
        // After the government left (7 Dec 2024) the SDF holds both city and square until
        // the March 2025 agreement gives Damascus a recognised claim again.
        QCOMPARE(m_study->index.stateOf(city, at(QStringLiteral("2025-01-01"))).status, ControlStatus::Held);
        QCOMPARE(m_study->index.stateOf(square, at(QStringLiteral("2025-01-01"))).status, ControlStatus::Held);
        QCOMPARE(m_study->index.stateOf(city, at(QStringLiteral("2025-06-01"))).status, ControlStatus::Dual);
    }
}

int TestNortheastSyria::countUnits(const char *date, ControlStatus status, const QString &onlyAuthority) const
{
    std::vector<FeatureState> states;
    m_study->index.stateAt(at(QString::fromLatin1(date)), states);
    const CaseLayer *units = m_study->layer(QStringLiteral("units"));
    int n = 0;
    for (const CaseFeature &f : units->features) {
        const FeatureState &s = states[size_t(f.modelIndex)];
        if (s.status != status)
            continue;
        if (!onlyAuthority.isEmpty()) {
            const int a = s.deFactoHolder();
            if (a < 0 || m_study->model.authorities()[size_t(a)].id != onlyAuthority)
                continue;
        }
        ++n;
    }
    return n;
}

void TestNortheastSyria::dualPowerAndTheIslamicStateOverTime()
{
    // Before the withdrawal only Al-Hasakah, whose Kurdish quarters the package dates to
    // "2012-07~", can be dual; in 2016 the two cities with security squares are; after the
    // October 2019 deployments many more (the Turkish zones are one camp's, so not dual); none of the SDF cities right
    // after the government's exit; almost everything once Damascus's claim is recognised.
    QVERIFY(countUnits("2012-07-10", ControlStatus::Dual) <= 1);
    QCOMPARE(countUnits("2016-01-01", ControlStatus::Dual), 2);
    QVERIFY(countUnits("2020-06-01", ControlStatus::Dual) >= 10);
    // Afrin, Tell Abyad and Ras al-Ayn: held by the Turkish camp, not dual power.
    QVERIFY(countUnits("2020-06-01", ControlStatus::Held, QStringLiteral("turkey")) +
                countUnits("2020-06-01", ControlStatus::Held, QStringLiteral("sna")) >= 3);
    QVERIFY(countUnits("2025-01-01", ControlStatus::Dual) < countUnits("2020-06-01", ControlStatus::Dual));
    QVERIFY(countUnits("2025-06-01", ControlStatus::Dual) >= 30);

    // The Islamic State: no unit before 2014, most of the region in 2015, none after Baghuz.
    QCOMPARE(countUnits("2013-06-01", ControlStatus::Held, QStringLiteral("is")), 0);
    QVERIFY(countUnits("2015-06-01", ControlStatus::Held, QStringLiteral("is")) >= 15);
    QCOMPARE(countUnits("2019-06-01", ControlStatus::Held, QStringLiteral("is")), 0);
    QCOMPARE(countUnits("2019-06-01", ControlStatus::Contested), 0);
}

QTEST_GUILESS_MAIN(TestNortheastSyria)
#include "testnortheastsyria.moc"
