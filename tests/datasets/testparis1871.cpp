#include "support/casestudychecks.h"
#include "package/datasetpackage.h"

#include <QTest>

using namespace dpa;

// The bundled Paris 1871 package against the facts it cites (Gregorian dates; a date without a
// time means noon). Versailles keeps its de jure claim over Paris throughout, so Commune control
// reads as dual power until the Versailles army takes each arrondissement; the German army's zone
// is an occupation under the French title, not dual power (see the package's SOURCES.md).
class TestParis1871 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validates();
    void keyDates_data();
    void keyDates();
    void claimsSayWhatTheirSourcesSay();
    void approximateGeometryIsMarked();
    void periodMapIsTheOldSheet();
    void bloodyWeekAdvancesArrondissementByArrondissement();
    void germanZoneIsOccupationNotDualPower();

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
    QVERIFY2(m_result.isValid(), qPrintable(test::problemsText(m_result.problems)));
    QCOMPARE(m_study->manifest.calendar, Calendar::Gregorian);
    QVERIFY(m_study->model.claims().size() >= 40);
    QVERIFY(m_study->model.events().size() >= 10);
    for (const char *id : {"versailles", "central_committee", "commune", "mayors", "german_army"})
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
    QTest::addColumn<QString>("holder");    // who holds the ground ("" for none: contested, title only)
    // 18 March: troops on the Butte before dawn; the guardsmen recover the cannon by mid-morning
    // (tombs1999, merriman2014, lissagaray1876).
    QTest::newRow("18 Mar 06:00: the army alone on Montmartre") << "places/butte_montmartre" << "1871-03-18T06:00" << "held" << "versailles" << "versailles";
    // At noon the army's hold is being handed over (its control ends that day): the guardsmen hold
    // the ground, Versailles keeps the title.
    QTest::newRow("18 Mar noon: army and National Guard face off on Montmartre") << "places/butte_montmartre" << "1871-03-18" << "dual" << "versailles,central_committee" << "central_committee";
    // The Central Committee sits at the Hôtel de Ville from 19 March (tombs1999, edwards1971).
    QTest::newRow("20 Mar: Central Committee at the Hotel de Ville, Versailles claims it") << "places/hotel_de_ville" << "1871-03-20" << "dual" << "central_committee,versailles" << "central_committee";
    // 19-25 March: the mayors and deputies of Paris, a third pole between the Central Committee
    // and Versailles, hold the mairie of the 2nd with the 'party of order' battalions (Saisset,
    // named by the government, is present) and claim the municipal authority everywhere
    // (edwards1971, tombs1999, lissagaray1876).
    QTest::newRow("20 Mar: the mayors hold the 2nd, three camps") << "arrondissements/arr02" << "1871-03-20" << "dual" << "mayors,central_committee,versailles" << "mayors";
    QTest::newRow("20 Mar: the 11th, Central Committee against two titles") << "arrondissements/arr11" << "1871-03-20" << "dual" << "central_committee,versailles,mayors" << "central_committee";
    QTest::newRow("26 Mar: the mayors have accepted the elections") << "arrondissements/arr02" << "1871-03-26" << "dual" << "central_committee,versailles" << "central_committee";
    // The Commune governs Paris, Versailles never gives up its title (tombs1999, marx1871).
    QTest::newRow("15 Apr: the Commune holds the 4th, Versailles claims it") << "arrondissements/arr04" << "1871-04-15" << "dual" << "commune,versailles" << "commune";
    QTest::newRow("15 Apr: Neuilly is a battlefield") << "communes/neuilly" << "1871-04-15" << "contested" << "commune,versailles" << "";
    // The German zone is an armistice occupation, not dual power: the German army holds the
    // ground without claiming sovereignty, the French title stays (tombs1999, preliminaries1871).
    QTest::newRow("15 Apr: the Fort de l'Est occupied, French title") << "places/fort_est" << "1871-04-15" << "occupied" << "german_army,versailles" << "german_army";
    QTest::newRow("15 Apr: Saint-Denis occupied, not dual") << "communes/saint_denis" << "1871-04-15" << "occupied" << "german_army,versailles" << "german_army";
    QTest::newRow("15 Apr: Fort de Charenton occupied (low confidence)") << "places/fort_charenton" << "1871-04-15" << "occupied" << "german_army,versailles" << "german_army";
    // The north-western front: Dombrowski in Asnières from the night of 9 April; Bécon stormed on
    // 17 April, Asnières evacuated about a day later (lissagaray1876, fetridge1871).
    QTest::newRow("15 Apr: Asnieres held by the Federes") << "communes/asnieres" << "1871-04-15" << "dual" << "commune,versailles" << "commune";
    QTest::newRow("17 Apr: Becon stormed, Asnieres fought over") << "communes/asnieres" << "1871-04-17" << "contested" << "commune,versailles" << "";
    QTest::newRow("20 Apr: Asnieres held by the army") << "communes/asnieres" << "1871-04-20" << "held" << "versailles" << "versailles";
    QTest::newRow("20 Apr: Levallois still on the Federe side") << "communes/levallois" << "1871-04-20" << "dual" << "commune,versailles" << "commune";
    // Siege of the Fort d'Issy from 26 April; given up on 9 May (tombs1981, lissagaray1876).
    QTest::newRow("1 May: the Fort d'Issy under siege") << "places/fort_issy" << "1871-05-01" << "contested" << "commune,versailles" << "";
    QTest::newRow("10 May: the Fort d'Issy has fallen") << "places/fort_issy" << "1871-05-10" << "held" << "versailles" << "versailles";
    QTest::newRow("14 May: the Fort de Vanves has been evacuated") << "places/fort_vanves" << "1871-05-14" << "held" << "versailles" << "versailles";
    // Bloody Week (tombs1999, merriman2014, lissagaray1871, lissagaray1876). The troops enter at
    // the Porte de Saint-Cloud at about 15:00 on 21 May: the 16th is still the Commune's at noon.
    QTest::newRow("21 May noon: the 16th still the Commune's") << "arrondissements/arr16" << "1871-05-21T12:00" << "dual" << "commune,versailles" << "commune";
    QTest::newRow("21 May noon: the Porte de Saint-Cloud still the Commune's") << "places/porte_saint_cloud" << "1871-05-21T12:00" << "dual" << "commune,versailles" << "commune";
    QTest::newRow("21 May 18:00: the 16th fought over") << "arrondissements/arr16" << "1871-05-21T18:00" << "contested" << "commune,versailles" << "";
    QTest::newRow("22 May: Passy (16th) taken the day after the entry") << "arrondissements/arr16" << "1871-05-22" << "held" << "versailles" << "versailles";
    QTest::newRow("22 May: Montmartre still the Commune's") << "arrondissements/arr18" << "1871-05-22" << "dual" << "commune,versailles" << "commune";
    QTest::newRow("23 May: Montmartre stormed") << "arrondissements/arr18" << "1871-05-23" << "contested" << "commune,versailles" << "";
    QTest::newRow("24 May: Montmartre held by Versailles") << "arrondissements/arr18" << "1871-05-24" << "held" << "versailles" << "versailles";
    // The Commune leaves the Hôtel de Ville, set on fire, on the morning of 24 May; the troops
    // reach the ruins that evening or in the night (tombs1999, merriman2014, lissagaray1876).
    QTest::newRow("24 May 08:00: the Commune still in the Hotel de Ville") << "places/hotel_de_ville" << "1871-05-24T08:00" << "dual" << "commune,versailles" << "commune";
    QTest::newRow("24 May noon: the burning Hotel de Ville held by nobody") << "places/hotel_de_ville" << "1871-05-24T12:00" << "contested" << "versailles,commune" << "";
    QTest::newRow("25 May: the Hotel de Ville held by Versailles") << "places/hotel_de_ville" << "1871-05-25" << "held" << "versailles" << "versailles";
    QTest::newRow("27 May: fighting in the 20th (Pere Lachaise)") << "arrondissements/arr20" << "1871-05-27" << "contested" << "commune,versailles" << "";
    QTest::newRow("29 May: the 20th held by Versailles alone") << "arrondissements/arr20" << "1871-05-29" << "held" << "versailles" << "versailles";
    QTest::newRow("29 May: the Chateau de Vincennes has surrendered") << "places/fort_vincennes" << "1871-05-29" << "held" << "versailles" << "versailles";
    QTest::newRow("29 May: Saint-Denis still occupied") << "communes/saint_denis" << "1871-05-29" << "occupied" << "german_army,versailles" << "german_army";
}

void TestParis1871::keyDates()
{
    QFETCH(QString, feature);
    QFETCH(QString, date);
    QFETCH(QString, status);
    QFETCH(QString, holders);
    QFETCH(QString, holder);
    const auto state = test::stateOnDate(*m_study, feature, date, Calendar::Gregorian);
    QVERIFY2(state.found, qPrintable(feature));
    QCOMPARE(state.status, status);
    QCOMPARE(state.authorities, holders);
    QCOMPARE(state.holder, holder);
}

// Validation already refuses an unsourced claim; this is what it does not check (support/casestudychecks.h).
void TestParis1871::claimsSayWhatTheirSourcesSay()
{
    const QStringList gaps = test::sourcingGaps(*m_study, QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"));
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
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
        FeatureStates states;
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
    // 21 May: the troops enter at about 15:00 (the Versailles control starts "1871-05-21T15:00~"):
    // at noon all twenty are still the Commune's, by the evening the 16th is fought over.
    QCOMPARE(countAt("1871-05-21T12:00").dual, 20);
    QCOMPARE(countAt("1871-05-21T12:00").handOver, 0);
    QCOMPARE(countAt("1871-05-21T18:00").dual, 19);
    QCOMPARE(countAt("1871-05-21T18:00").contested, 1);
    // The Bloody Week: Versailles' share only grows, one wave of arrondissements after another.
    const char *days[] = {"1871-05-21", "1871-05-22", "1871-05-23", "1871-05-24", "1871-05-25",
                          "1871-05-26", "1871-05-27", "1871-05-28", "1871-05-29"};
    int previous = 0;
    for (const char *day : days) {
        const Counts n = countAt(day);
        QVERIFY2(n.heldByVersailles >= previous, day);
        previous = n.heldByVersailles;
    }
    // 22 May: the army, in since the afternoon of the 21st by the Porte de Saint-Cloud, holds
    // Passy (16th) and advances into the west - Grenelle and Vaugirard (15th), the Invalides and
    // the Champ de Mars (7th), the Champs-Elysees (8th), the Batignolles (17th) - while the
    // centre, the east and Montmartre (taken on the 23rd) are the Commune's (tombs1999,
    // merriman2014, lissagaray1876). Whatever the hour of each step, what Versailles holds or
    // fights in lies among those five, and the rest is still the Commune's.
    const QSet<QString> west{"arr07", "arr08", "arr15", "arr16", "arr17"};
    FeatureStates may22;
    m_study->index.stateAt(at("1871-05-22"), may22);
    const int commune = m_study->model.authorityIndex(QStringLiteral("commune"));
    for (const CaseFeature &f : arrondissements->features) {
        const FeatureState &s = may22[size_t(f.modelIndex)];
        if (f.id == QLatin1String("arr16"))
            QCOMPARE(s.deFactoHolder(), versailles);
        else if (!west.contains(f.id))
            QVERIFY2(s.deFactoHolder() == commune, qPrintable(f.id));
        else
            QVERIFY2(s.deFactoHolder() != commune, qPrintable(f.id));
    }
    QVERIFY(countAt("1871-05-24").contested >= 5);            // the centre is fought over
    QVERIFY(countAt("1871-05-27").dual == 0);                 // nowhere is left at peace
    // 29 May: every arrondissement held by Versailles alone.
    const Counts end = countAt("1871-05-29");
    QCOMPARE(end.heldByVersailles, 20);
    QCOMPARE(end.dual, 0);
    QCOMPARE(end.contested, 0);
}

void TestParis1871::germanZoneIsOccupationNotDualPower()
{
    // Under the armistice of 28 January and the preliminary peace the German army holds the
    // northern and eastern forts and the communes around them as a foreign occupier; the French
    // title stays with Versailles (preliminaries1871, tombs1999). None of it is dual power, at
    // any date of the period, and no German claim ever appears inside Paris.
    const int german = m_study->model.authorityIndex(QStringLiteral("german_army"));
    const int versailles = m_study->model.authorityIndex(QStringLiteral("versailles"));
    const QStringList zone = {"communes/saint_denis", "communes/aubervilliers", "communes/lilas",
                              "communes/romainville", "communes/fontenay", "places/fort_briche",
                              "places/fort_double_couronne", "places/fort_est", "places/fort_aubervilliers",
                              "places/fort_romainville", "places/fort_noisy", "places/fort_rosny",
                              "places/fort_nogent", "places/fort_charenton"};
    for (const char *date : {"1871-03-18", "1871-04-15", "1871-05-21T18:00", "1871-05-28"}) {
        for (const QString &f : zone) {
            const FeatureState s = m_study->index.stateOf(featureIndex(f), at(date));
            QVERIFY2(s.status == ControlStatus::Occupied, qPrintable(f + QLatin1Char(' ') + QLatin1String(date)));
            QCOMPARE(s.occupier, german);
            QCOMPARE(s.deFactoHolder(), german);
        }
        FeatureStates states;
        m_study->index.stateAt(at(date), states);
        int occupied = 0;
        for (const FeatureState &s : states)
            occupied += s.status == ControlStatus::Occupied;
        QCOMPARE(occupied, int(zone.size()));
    }
    // Every German claim is an occupation, and every occupied feature keeps a French title.
    for (const Claim &c : m_study->model.claims()) {
        if (c.authority != german)
            continue;
        QCOMPARE(c.role, Role::Occupation);
        bool titled = false;
        for (const Claim &t : m_study->model.claims())
            titled = titled || (t.feature == c.feature && t.authority == versailles && t.role == Role::Claim);
        QVERIFY(titled);
    }
}

QTEST_GUILESS_MAIN(TestParis1871)
#include "testparis1871.moc"
