#include "support/casestudychecks.h"
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
    void everyClaimCitesASource();
    void districtsAreMarkedApproximate();
    void dualPowerSpreadsAndResolves();

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
    QStringList problems;
    for (const Error &e : m_result.problems)
        problems << e.toString();
    QVERIFY2(m_result.isValid(), qPrintable(problems.join(QLatin1Char('\n'))));
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
    QTest::newRow("1 May: Vyborg side under dual power") << "districts/vyborgskaya" << "1917-05-01" << "dual" << "soviet,provgov";
    QTest::newRow("1 May: the government holds the Winter Palace") << "places/winter_palace" << "1917-05-01" << "held" << "provgov";
    QTest::newRow("Winter Palace at 20:00 on 25 Oct: still the government's") << "places/winter_palace" << "1917-10-25T20:00" << "held" << "provgov";
    QTest::newRow("Winter Palace at 23:00 on 25 Oct: under siege") << "places/winter_palace" << "1917-10-25T23:00" << "contested" << "provgov";
    QTest::newRow("Winter Palace on 26 Oct: taken by the MRC") << "places/winter_palace" << "1917-10-26" << "held" << "mrc";
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

void TestPetrograd1917::everyClaimCitesASource()
{
    const QStringList unsourced = test::unsourcedClaims(*m_study);
    QVERIFY2(unsourced.isEmpty(), qPrintable(unsourced.join(QLatin1Char(' '))));
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
        std::vector<FeatureState> states;
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

QTEST_GUILESS_MAIN(TestPetrograd1917)
#include "testpetrograd1917.moc"
