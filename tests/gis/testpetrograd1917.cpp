#include "datasetpackage.h"

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
    const int slash = feature.indexOf(QLatin1Char('/'));
    const int f = m_study->model.featureIndex({feature.left(slash), feature.mid(slash + 1)});
    QVERIFY(f >= 0);
    const TimePoint t = HistoricalDate::parse(date, Calendar::JulianRussia)->queryTime();
    const FeatureState s = m_study->index.stateOf(f, t);
    QStringList ids;
    for (int c : s.claims) {
        const QString id = m_study->model.authorities()[size_t(m_study->model.claims()[size_t(c)].authority)].id;
        if (!ids.contains(id))
            ids << id;
    }
    QCOMPARE(statusName(s.status), status);
    QCOMPARE(ids.join(QLatin1Char(',')), holders);
}

void TestPetrograd1917::everyClaimCitesASource()
{
    for (const Claim &c : m_study->model.claims()) {
        QVERIFY2(!c.sources.isEmpty(), qPrintable(QStringLiteral("claims.csv:%1").arg(c.line)));
        for (const SourceRef &r : c.sources)
            QVERIFY(!m_study->model.source(r.sourceId)->citation.isEmpty());
    }
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
