#include "support/casestudychecks.h"
#include "package/datasetpackage.h"
#include "analysis/spatialanalysis.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <QTest>

#include <cmath>

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
    void aragonIsSplitAsTheSourcesSay();
    void claimsSayWhatTheirSourcesSay();
    void modernBoundariesAreMarkedApproximate();
    void revolutionaryPowerRisesAndIsWoundUp();
    void dualPowerIsHighestInSummerAndAutumn1936();

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
    QVERIFY2(m_result.isValid(), qPrintable(test::problemsText(m_result.problems)));
    QCOMPARE(m_study->manifest.calendar, Calendar::Gregorian);
    QVERIFY(m_study->model.claims().size() >= 40);
    QVERIFY(m_study->model.events().size() >= 10);
    for (const char *id : {"generalitat", "repgov", "ccma", "cnt_committees", "poum", "council_aragon", "patrols", "nationalists"})
        QVERIFY2(m_study->model.authorityIndex(QString::fromLatin1(id)) >= 0, id);
}

void TestCatalonia1936::keyDates_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("holders");   // authorities in force, by precedence, each once;
                                            // braced: a set (test::sameAuthorities)
    QTest::addColumn<QString>("holder");    // who holds the ground (deFactoHolder), "-" for none
    // Barcelona, July 1936 (Ealham 2010; Preston 2006; Thomas 2003; Peirats). Contested rows
    // are filed under the authority whose hold is attacked, as in the other packages.
    QTest::newRow("15 Jul 1936: the Generalitat governs the old city")
        << "districts/ciutat_vella" << "1936-07-15" << "held" << "generalitat" << "generalitat";
    QTest::newRow("19 Jul 1936: the rising fought in the old city")
        << "districts/ciutat_vella" << "1936-07-19" << "contested" << "generalitat" << "-";
    QTest::newRow("19 Jul 1936: rebels seize the Telefonica and are driven out")
        << "places/telefonica" << "1936-07-19" << "contested" << "repgov,nationalists" << "-";
    QTest::newRow("20 Jul 1936: the CNT storms the Drassanes barracks")
        << "places/drassanes" << "1936-07-20" << "contested" << "nationalists" << "-";
    // The rising holds Zaragoza province under the Republic's title before the columns arrive.
    QTest::newRow("22 Jul 1936: Zaragoza province held by the rising against the Republic's title")
        << "aragon/zaragoza" << "1936-07-22" << "dual" << "nationalists,repgov" << "nationalists";
    // Dual power, summer 1936 (Bolloten 1991; Peirats; Casanova 2005; Graham 2002; Alba 1988)
    QTest::newRow("1 Sep 1936: the Militia Committee beside the Generalitat in the Eixample")
        << "districts/eixample" << "1936-09-01" << "dual" << "ccma,patrols,generalitat" << "ccma";
    QTest::newRow("1 Sep 1936: local committees beside the Generalitat in Osona")
        << "comarques/osona" << "1936-09-01" << "dual" << "cnt_committees,generalitat" << "cnt_committees";
    QTest::newRow("1 Sep 1936: the CNT runs the Telefonica under the Republic's title")
        << "places/telefonica" << "1936-09-01" << "dual" << "cnt_committees,repgov" << "cnt_committees";
    QTest::newRow("1 Sep 1936: the POUM leads Lleida's committee")
        << "places/lleida" << "1936-09-01" << "dual" << "poum,generalitat" << "poum";
    QTest::newRow("1 Sep 1936: the Generalitat keeps its palace")
        << "places/generalitat_palace" << "1936-09-01" << "held" << "generalitat" << "generalitat";
    // Aragon split by the front (shares approximate), the Republic's title from July 1936
    // (Casanova 2005; Thomas 2003; Bolloten 1991)
    QTest::newRow("1 Sep 1936: Huesca province divided by the front")
        << "aragon/huesca" << "1936-09-01" << "divided" << "{nationalists,cnt_committees,ccma,repgov}" << "-";
    QTest::newRow("1 Nov 1936: the unrecognised Council of Aragon at Caspe against the Republic's title")
        << "places/caspe" << "1936-11-01" << "dual" << "council_aragon,repgov" << "council_aragon";
    QTest::newRow("1 Nov 1936: Zaragoza province divided, the Council in the east")
        << "aragon/zaragoza" << "1936-11-01" << "divided" << "{nationalists,council_aragon,repgov}" << "-";
    // Barcelona after the Militia Committee: the Patrols and the committees beside the
    // Generalitat's returning power (Ealham 2010; Guillamon 2014; Graham 2002)
    QTest::newRow("1 Nov 1936: the Patrols and committees beside a weak Generalitat in the old city")
        << "districts/ciutat_vella" << "1936-11-01" << "dual" << "patrols,cnt_committees,generalitat" << "patrols";
    // The Generalitat's reassertion (decrees of 9 Oct 1936 and March 1937) and its limits
    QTest::newRow("1 Mar 1937: municipal councils under the Generalitat in Osona")
        << "comarques/osona" << "1937-03-01" << "held" << "generalitat" << "generalitat";
    QTest::newRow("1 Mar 1937: the Puigcerda committee still rules the Cerdanya")
        << "comarques/cerdanya" << "1937-03-01" << "dual" << "cnt_committees,generalitat" << "cnt_committees";
    QTest::newRow("15 Mar 1937: the Patrols and the Generalitat's guards face each other in the old city")
        << "districts/ciutat_vella" << "1937-03-15" << "dual" << "patrols,cnt_committees,generalitat" << "patrols";
    QTest::newRow("15 Mar 1937: the CNT still armed in Tarragona under the council")
        << "comarques/tarragones" << "1937-03-15" << "dual" << "generalitat,cnt_committees" << "generalitat";
    // The May Days (Orwell 1938; Bolloten 1991; Graham 2002)
    QTest::newRow("3 May 1937 14:00: the Telefonica not yet attacked")
        << "places/telefonica" << "1937-05-03T14:00" << "dual" << "cnt_committees,repgov" << "cnt_committees";
    QTest::newRow("4 May 1937: the Generalitat's guards and the CNT fight for the Telefonica")
        << "places/telefonica" << "1937-05-04" << "contested" << "cnt_committees,repgov" << "-";
    QTest::newRow("4 May 1937: Barcelona contested")
        << "comarques/barcelones" << "1937-05-04" << "contested" << "patrols,cnt_committees,generalitat" << "-";
    QTest::newRow("4 May 1937: the old city contested")
        << "districts/ciutat_vella" << "1937-05-04" << "contested" << "patrols,cnt_committees,generalitat" << "-";
    QTest::newRow("4 May 1937: Huesca province divided, not dual")
        << "aragon/huesca" << "1937-05-04" << "divided" << "{nationalists,council_aragon,repgov}" << "-";
    QTest::newRow("4 May 1937: Teruel province divided, not dual")
        << "aragon/teruel" << "1937-05-04" << "divided" << "{nationalists,council_aragon,repgov}" << "-";
    QTest::newRow("6 May 1937: fighting in Tortosa")
        << "comarques/baix_ebre" << "1937-05-06" << "contested" << "generalitat,cnt_committees" << "-";
    // After the May Days: public order to the Republic, one camp with the Generalitat
    QTest::newRow("1 Jun 1937: the Telefonica held by the Republic's forces")
        << "places/telefonica" << "1937-06-01" << "held" << "repgov" << "repgov";
    QTest::newRow("1 Jun 1937: the old city held by the Republican governments")
        << "districts/ciutat_vella" << "1937-06-01" << "held" << "generalitat,repgov" << "generalitat";
    QTest::newRow("1 Jun 1937: Osona held, the Republic's public order no second holder")
        << "comarques/osona" << "1937-06-01" << "held" << "generalitat,repgov" << "generalitat";
    QTest::newRow("1 Mar 1937: Huesca held by the Nationalists")
        << "places/huesca_town" << "1937-03-01" << "held" << "nationalists" << "nationalists";
    QTest::newRow("1 Jun 1937: the recognised Council still rules Caspe in fact")
        << "places/caspe" << "1937-06-01" << "dual" << "council_aragon,repgov" << "council_aragon";
    QTest::newRow("15 Aug 1937: the Council dissolved, Caspe under the Republic")
        << "places/caspe" << "1937-08-15" << "held" << "repgov" << "repgov";
    QTest::newRow("15 Aug 1937: Huesca province divided between the Nationalists and the Republic")
        << "aragon/huesca" << "1937-08-15" << "divided" << "{nationalists,repgov}" << "-";
}

void TestCatalonia1936::keyDates()
{
    QFETCH(QString, feature);
    QFETCH(QString, date);
    QFETCH(QString, status);
    QFETCH(QString, holders);
    QFETCH(QString, holder);
    const auto state = test::stateOnDate(*m_study, feature, date, Calendar::Gregorian);
    QVERIFY2(state.found, qPrintable(feature));
    QCOMPARE(state.status, status);
    QVERIFY2(test::sameAuthorities(state.authorities, holders), qPrintable(state.authorities + QStringLiteral(" vs ") + holders));
    QCOMPARE(state.holder.isEmpty() ? QStringLiteral("-") : state.holder, holder);
}

// The Aragon provinces split by the front: each camp's part is what the claims' notes read from
// the cited works (Casanova 2005; Thomas 2003; Bolloten 1991): the rising holds about two fifths
// of Huesca, four fifths of Zaragoza and half of Teruel, the Council of Aragon (then, from
// 11 Aug 1937, the Republic's governor-general) the rest. Compared per camp, whatever the order.
void TestCatalonia1936::aragonIsSplitAsTheSourcesSay()
{
    const struct { const char *province, *date, *east; double rising; } rows[] = {
        {"huesca", "1937-05-04", "council_aragon", 0.4}, {"zaragoza", "1937-05-04", "council_aragon", 0.8},
        {"teruel", "1937-05-04", "council_aragon", 0.5}, {"huesca", "1937-08-15", "repgov", 0.4},
        {"zaragoza", "1937-08-15", "repgov", 0.8}, {"teruel", "1937-08-15", "repgov", 0.5},
    };
    for (const auto &r : rows) {
        const int f = m_study->model.featureIndex({QStringLiteral("aragon"), QString::fromLatin1(r.province)});
        QVERIFY(f >= 0);
        const FeatureState s = m_study->index.stateOf(f, at(r.date));
        QCOMPARE(s.status, ControlStatus::Divided);
        QHash<QString, double> shares;
        for (size_t c = 0; c < s.camps.size(); ++c)
            if (s.shares[c] > 0)   // a camp with the title only holds no part (share 0)
                shares.insert(m_study->model.authorities()[size_t(s.camps[c])].id, s.shares[c]);
        const QString where = QStringLiteral("%1 on %2").arg(QLatin1String(r.province), QLatin1String(r.date));
        QCOMPARE(shares.size(), 2);
        QVERIFY2(std::abs(shares.value(QStringLiteral("nationalists"), -1) - r.rising) < 1e-6, qPrintable(where));
        QVERIFY2(std::abs(shares.value(QString::fromLatin1(r.east), -1) - (1 - r.rising)) < 1e-6, qPrintable(where));
    }
}

// Validation already refuses an unsourced claim; this is what it does not check (support/casestudychecks.h).
void TestCatalonia1936::claimsSayWhatTheirSourcesSay()
{
    const QStringList gaps = test::sourcingGaps(*m_study, QStringLiteral(DPATLAS_DATASETS_DIR "/catalonia-1936"));
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
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
    FeatureStates states;
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
    // Barcelona, the Cerdanya and the three comarques where the CNT was still armed in May
    // (Tarragones, Baix Camp, Baix Ebre).
    QCOMPARE(revolutionaryAt("1937-03-01"), 15);
    QCOMPARE(countAt("1937-03-01", "comarques", ControlStatus::Held), 33);
    // During the May Days the centre of Barcelona is fought over, and from about 5 May
    // Tarragona, Reus and Tortosa too.
    QVERIFY(countAt("1937-05-04", "districts", ControlStatus::Contested) >= 2);
    QCOMPARE(countAt("1937-05-06", "comarques", ControlStatus::Contested), 4);
    // After the May Days: no revolutionary authority left in Catalonia's comarques and districts.
    QCOMPARE(revolutionaryAt("1937-06-01"), 0);
    QCOMPARE(countAt("1937-06-01", "districts", ControlStatus::Contested), 0);
    // Aragon stays divided by the front throughout: divided, never dual.
    for (const char *date : {"1936-09-01", "1936-11-01", "1937-03-01", "1937-05-04", "1937-08-15"}) {
        QCOMPARE(countAt(date, "aragon", ControlStatus::Divided), 3);
        QCOMPARE(countAt(date, "aragon", ControlStatus::Dual), 0);
    }
    // One camp: after the May Days the Republic's public order makes nothing dual in Catalonia.
    QCOMPARE(countAt("1937-06-01", "comarques", ControlStatus::Held), 38);
    QCOMPARE(countAt("1937-06-01", "districts", ControlStatus::Held), 10);
}

void TestCatalonia1936::dualPowerIsHighestInSummerAndAutumn1936()
{
    // The dual-power index (share of the area under dual power) on the first of each month.
    // The Aragon front is divided, not dual, and the Generalitat and the Republic are one camp,
    // so the index follows the revolution: about 0.4 (all of Catalonia) from August to December
    // 1936, a few per cent (Barcelona, the Cerdanya, three southern comarques) in the spring of
    // 1937, nothing after the May Days.
    ErrorList warnings;
    const SpatialFacts facts = SpatialFacts::build(*m_study, warnings);
    const auto rows = analysis::timeSeries(*m_study, facts, analysis::Metric::DualIndex, at("1936-07-01"),
                                           at("1937-08-01"), analysis::Step::Month, Calendar::Gregorian);
    QMap<QString, double> index;
    for (const analysis::Row &r : rows)
        if (r.unit == QLatin1String("share of area"))
            index[r.date.left(7)] = r.value;
    QCOMPARE(index.size(), 14);
    QCOMPARE(index.value(QStringLiteral("1936-07")), 0.0);
    double autumn = 1, spring = 0, summer1937 = 0;
    for (const char *m : {"1936-08", "1936-09", "1936-10", "1936-11", "1936-12"})
        autumn = std::min(autumn, index.value(QString::fromLatin1(m)));
    for (const char *m : {"1937-01", "1937-02", "1937-03", "1937-04", "1937-05"})
        spring = std::max(spring, index.value(QString::fromLatin1(m)));
    for (const char *m : {"1937-06", "1937-07", "1937-08"})
        summer1937 = std::max(summer1937, index.value(QString::fromLatin1(m)));
    QVERIFY2(autumn > 0.3, qPrintable(QString::number(autumn)));
    QVERIFY2(spring > 0 && spring < 0.1, qPrintable(QString::number(spring)));
    QCOMPARE(summer1937, 0.0);
}

QTEST_GUILESS_MAIN(TestCatalonia1936)
#include "testcatalonia1936.moc"
