#include "support/casestudychecks.h"
#include "package/datasetpackage.h"

#include <QTest>

using namespace dpa;

// The bundled Paris 1871 package against the facts it cites (Gregorian dates; a date without a
// time means noon). Versailles keeps its de jure claim over Paris throughout, so Commune control
// reads as dual power until the Versailles army takes each arrondissement (see the package's
// SOURCES.md).
class TestParis1871 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validates();
    void keyDates_data();
    void keyDates();
    void everyClaimCitesASource();
    void approximateGeometryIsMarked();
    void periodMapIsTheOldSheet();
    void bloodyWeekAdvancesArrondissementByArrondissement();

private:
    int featureIndex(const QString &layerSlashId) const;
    TimePoint at(const char *date) const;

    std::shared_ptr<const CaseStudy> m_study;
    DatasetPackage::LoadResult m_result;
};

void TestParis1871::initTestCase()
{
    m_result = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"));
    m_study = m_result.study;
    QVERIFY(m_study);
}

int TestParis1871::featureIndex(const QString &layerSlashId) const
{
    const int slash = layerSlashId.indexOf(QLatin1Char('/'));
    return m_study->model.featureIndex({layerSlashId.left(slash), layerSlashId.mid(slash + 1)});
}

TimePoint TestParis1871::at(const char *date) const
{
    return HistoricalDate::parse(QString::fromLatin1(date), Calendar::Gregorian)->queryTime();
}

void TestParis1871::validates()
{
    QStringList problems;
    for (const Error &e : m_result.problems)
        problems << e.toString();
    QVERIFY2(m_result.isValid(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_study->manifest.calendar, Calendar::Gregorian);
    QVERIFY(m_study->model.claims().size() >= 40);
    QVERIFY(m_study->model.events().size() >= 10);
    for (const char *id : {"versailles", "central_committee", "commune", "german_army"})
        QVERIFY2(m_study->model.authorityIndex(QString::fromLatin1(id)) >= 0, id);
    const CaseLayer *arrondissements = m_study->layer(QStringLiteral("arrondissements"));
    QVERIFY(arrondissements);
    QCOMPARE(int(arrondissements->features.size()), 20);
}

void TestParis1871::keyDates_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("holders");   // authorities in force, de facto first
    // 18 March: troops on the Butte before dawn; the guardsmen recover the cannon by mid-morning
    // (tombs1999, merriman2014, lissagaray1876).
    QTest::newRow("18 Mar 06:00: the army alone on Montmartre") << "places/butte_montmartre" << "1871-03-18T06:00" << "held" << "versailles";
    QTest::newRow("18 Mar noon: army and National Guard face off on Montmartre") << "places/butte_montmartre" << "1871-03-18" << "dual" << "versailles,central_committee";
    // The Central Committee sits at the Hôtel de Ville from 19 March (tombs1999, edwards1971).
    QTest::newRow("20 Mar: Central Committee at the Hotel de Ville, Versailles claims it") << "places/hotel_de_ville" << "1871-03-20" << "dual" << "central_committee,versailles";
    // Mayors and 'party of order' battalions hold the mairie of the 2nd until 24-25 March (edwards1971).
    QTest::newRow("20 Mar: party of order holds out in the 2nd") << "arrondissements/arr02" << "1871-03-20" << "dual" << "versailles,central_committee";
    // The Commune governs Paris, Versailles never gives up its title (tombs1999, marx1871).
    QTest::newRow("15 Apr: the Commune holds the 4th, Versailles claims it") << "arrondissements/arr04" << "1871-04-15" << "dual" << "commune,versailles";
    QTest::newRow("15 Apr: Neuilly is a battlefield") << "communes/neuilly" << "1871-04-15" << "contested" << "commune,versailles";
    // The German army keeps the northern and eastern forts (tombs1999, preliminaries1871).
    QTest::newRow("15 Apr: the German army holds the Fort de l'Est") << "places/fort_est" << "1871-04-15" << "held" << "german_army";
    QTest::newRow("15 Apr: Saint-Denis occupied, French civil administration") << "communes/saint_denis" << "1871-04-15" << "dual" << "german_army,versailles";
    // Siege of the Fort d'Issy from 26 April; given up on 9 May (tombs1981, lissagaray1876).
    QTest::newRow("1 May: the Fort d'Issy under siege") << "places/fort_issy" << "1871-05-01" << "contested" << "commune,versailles";
    QTest::newRow("10 May: the Fort d'Issy has fallen") << "places/fort_issy" << "1871-05-10" << "held" << "versailles";
    QTest::newRow("14 May: the Fort de Vanves has been evacuated") << "places/fort_vanves" << "1871-05-14" << "held" << "versailles";
    // Bloody Week (tombs1999, merriman2014, lissagaray1871, lissagaray1876).
    QTest::newRow("22 May: Passy (16th) taken the day after the entry") << "arrondissements/arr16" << "1871-05-22" << "held" << "versailles";
    QTest::newRow("22 May: Montmartre still the Commune's") << "arrondissements/arr18" << "1871-05-22" << "dual" << "commune,versailles";
    QTest::newRow("23 May: Montmartre stormed") << "arrondissements/arr18" << "1871-05-23" << "contested" << "commune,versailles";
    QTest::newRow("24 May: Montmartre held by Versailles") << "arrondissements/arr18" << "1871-05-24" << "held" << "versailles";
    QTest::newRow("27 May: fighting in the 20th (Pere Lachaise)") << "arrondissements/arr20" << "1871-05-27" << "contested" << "commune,versailles";
    QTest::newRow("29 May: the 20th held by Versailles alone") << "arrondissements/arr20" << "1871-05-29" << "held" << "versailles";
    QTest::newRow("29 May: the Chateau de Vincennes has surrendered") << "places/fort_vincennes" << "1871-05-29" << "held" << "versailles";
}

void TestParis1871::keyDates()
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

void TestParis1871::everyClaimCitesASource()
{
    const QStringList unsourced = test::unsourcedClaims(*m_study);
    QVERIFY2(unsourced.isEmpty(), qPrintable(unsourced.join(QLatin1Char(' '))));
}

void TestParis1871::approximateGeometryIsMarked()
{
    // The arrondissements are a period digitisation (SoDUCo, 1860-1919): not approximate.
    const CaseLayer *arrondissements = m_study->layer(QStringLiteral("arrondissements"));
    QVERIFY(arrondissements);
    for (const CaseFeature &f : arrondissements->features)
        QVERIFY2(!f.approximate, qPrintable(f.id));
    // The communes are 2018 IGN outlines standing in for those of 1871.
    const CaseLayer *communes = m_study->layer(QStringLiteral("communes"));
    QVERIFY(communes && communes->features.size() >= 7);
    for (const CaseFeature &f : communes->features)
        QVERIFY2(f.approximate, qPrintable(f.id));
    // Proxy points: the Montmartre infobox point stands for the cannon park, the razed
    // Double-Couronne for its former site.
    const CaseLayer *places = m_study->layer(QStringLiteral("places"));
    QVERIFY(places);
    for (const CaseFeature &f : places->features) {
        if (f.id == QLatin1String("butte_montmartre") || f.id == QLatin1String("fort_double_couronne")
            || f.id == QLatin1String("belleville"))
            QVERIFY2(f.approximate, qPrintable(f.id));
    }
}

void TestParis1871::periodMapIsTheOldSheet()
{
    // Jacoubet's sheet of 1836 is a pre-Haussmann backdrop: its title must say 1836, never 1871,
    // and it is shown only from 18 March to 28 May 1871.
    QCOMPARE(m_study->periodMaps.size(), size_t(1));
    const CasePeriodMap &map = m_study->periodMaps.front();
    QCOMPARE(map.spec.id, QStringLiteral("jacoubet1836"));
    for (const QString &title : map.spec.title.all()) {
        QVERIFY2(title.contains(QLatin1String("1836")), qPrintable(title));
        QVERIFY2(!title.contains(QLatin1String("1871")), qPrintable(title));
    }
    QVERIFY(map.spec.valid.contains(at("1871-04-15")));
    QVERIFY(map.spec.valid.contains(at("1871-05-28")));
    QVERIFY(!map.spec.valid.contains(at("1871-05-29")));
}

void TestParis1871::bloodyWeekAdvancesArrondissementByArrondissement()
{
    const CaseLayer *arrondissements = m_study->layer(QStringLiteral("arrondissements"));
    QVERIFY(arrondissements);
    const int versailles = m_study->model.authorityIndex(QStringLiteral("versailles"));
    struct Counts { int held = 0, heldByVersailles = 0, dual = 0, contested = 0, handOver = 0; };
    auto countAt = [&](const char *date) {
        std::vector<FeatureState> states;
        m_study->index.stateAt(at(date), states);
        Counts n;
        for (const CaseFeature &f : arrondissements->features) {
            const FeatureState &s = states[size_t(f.modelIndex)];
            n.held += s.status == ControlStatus::Held;
            n.dual += s.status == ControlStatus::Dual;
            n.contested += s.status == ControlStatus::Contested;
            n.handOver += s.status == ControlStatus::HandOver;
            if (s.status == ControlStatus::Held && s.deFactoHolder() == versailles)
                ++n.heldByVersailles;
        }
        return n;
    };
    // Dawn of 18 March: the government still holds the whole city.
    QCOMPARE(countAt("1871-03-18T06:00").heldByVersailles, 20);
    // Mid-April: dual power everywhere in Paris.
    QCOMPARE(countAt("1871-04-15").dual, 20);
    // 21 May: the Commune's control of the 16th ends that day and Versailles' starts that day,
    // neither with a time: a hand-over day, not a day of dual power.
    QCOMPARE(countAt("1871-05-21T12:00").dual, 19);
    QCOMPARE(countAt("1871-05-21T12:00").handOver, 1);
    // The Bloody Week: Versailles' share only grows, one wave of arrondissements after another.
    const char *days[] = {"1871-05-21", "1871-05-22", "1871-05-23", "1871-05-24", "1871-05-25",
                          "1871-05-26", "1871-05-27", "1871-05-28", "1871-05-29"};
    int previous = 0;
    for (const char *day : days) {
        const Counts n = countAt(day);
        QVERIFY2(n.heldByVersailles >= previous, day);
        previous = n.heldByVersailles;
    }
    QCOMPARE(countAt("1871-05-22").heldByVersailles, 1);     // Passy (16th)
    QVERIFY(countAt("1871-05-24").contested >= 5);            // the centre is fought over
    QVERIFY(countAt("1871-05-27").dual == 0);                 // nowhere is left at peace
    // 29 May: every arrondissement held by Versailles alone.
    const Counts end = countAt("1871-05-29");
    QCOMPARE(end.heldByVersailles, 20);
    QCOMPARE(end.dual, 0);
    QCOMPARE(end.contested, 0);
}

QTEST_GUILESS_MAIN(TestParis1871)
#include "testparis1871.moc"
