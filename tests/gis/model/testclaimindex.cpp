#include "model/claimindex.h"
#include "model/statusrule.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace dpa;

namespace {

TimePoint day(int n) { return calendar::timePoint(2420000 + n, 12 * 60); }

DateInterval days(int from, int to)
{
    // Negative numbers are open ends. Day numbers go through fromJulianDay, so the test does not
    // depend on month lengths.
    DateInterval iv;
    if (from >= 0) {
        const CalendarDate d = calendar::fromJulianDay(Calendar::Gregorian, 2420000 + from);
        iv.start = HistoricalDate::fromDay(Calendar::Gregorian, d.year, d.month, d.day);
    }
    if (to >= 0) {
        const CalendarDate d = calendar::fromJulianDay(Calendar::Gregorian, 2420000 + to);
        iv.end = HistoricalDate::fromDay(Calendar::Gregorian, d.year, d.month, d.day);
    }
    return iv;
}

struct Fixture
{
    ControlModel model;
    int a, b, c;
    Fixture()
    {
        a = model.addAuthority({QStringLiteral("a"), MultilingualText(QStringLiteral("A")), 0xff0000ff, {}, {}});
        b = model.addAuthority({QStringLiteral("b"), MultilingualText(QStringLiteral("B")), 0xffff0000, {}, {}});
        c = model.addAuthority({QStringLiteral("c"), MultilingualText(QStringLiteral("C")), 0xff00ff00, {}, {}});
    }
    int feature(const QString &id) { return model.addFeature({QStringLiteral("l"), id}); }
    void claim(int f, int authority, Role role, int from, int to)
    {
        Claim cl;
        cl.feature = f;
        cl.authority = authority;
        cl.role = role;
        cl.interval = days(from, to);
        model.addClaim(cl);
    }
};

} // namespace

class TestClaimIndex : public QObject
{
    Q_OBJECT
private slots:
    void status_data();
    void status();
    void endDayIsIncluded();
    void changePoints();
    void sweepEqualsBinarySearchOnRandomTimelines();
    void sweepReportsChangedFeatures();
    void aNationalStudyIndexedInPartsReadsAsTheRule();
};

void TestClaimIndex::status_data()
{
    QTest::addColumn<int>("at");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("authorities");
    // Timeline of one feature: a claims it throughout from day 0; b controls 10-19; fighting
    // on 20-21; c controls from 22; nothing before day 0.
    QTest::newRow("before any claim") << -5 << "unknown" << "";
    QTest::newRow("one authority") << 5 << "held" << "a";
    QTest::newRow("de facto beside de jure") << 15 << "dual" << "b,a";
    QTest::newRow("open fighting") << 20 << "contested" << "a,c";
    QTest::newRow("new holder beside old claim") << 25 << "dual" << "c,a";
}

void TestClaimIndex::status()
{
    QFETCH(int, at);
    QFETCH(QString, expected);
    QFETCH(QString, authorities);
    Fixture fx;
    const int f = fx.feature(QStringLiteral("x"));
    fx.claim(f, fx.a, Role::Claim, 0, -1);
    fx.claim(f, fx.b, Role::Control, 10, 19);
    fx.claim(f, fx.c, Role::Contested, 20, 21);
    fx.claim(f, fx.c, Role::Control, 22, -1);
    const ClaimIndex index(fx.model);
    const FeatureState s = index.stateOf(f, day(at));
    QCOMPARE(statusName(s.status), expected);
    QStringList ids;
    for (int c : s.claims)
        ids << fx.model.authorities()[size_t(fx.model.claims()[size_t(c)].authority)].id;
    QCOMPARE(ids.join(QLatin1Char(',')), authorities);
}

void TestClaimIndex::endDayIsIncluded()
{
    Fixture fx;
    const int f = fx.feature(QStringLiteral("x"));
    fx.claim(f, fx.a, Role::Control, 0, 10);
    const ClaimIndex index(fx.model);
    QCOMPARE(index.stateOf(f, day(10) + 11 * 60).status, ControlStatus::Held);   // 23:00 on day 10
    QCOMPARE(index.stateOf(f, day(11) - 12 * 60).status, ControlStatus::Unknown); // 00:00 on day 11
    QCOMPARE(index.stateOf(f, day(0) - 12 * 60).status, ControlStatus::Held);     // 00:00 on day 0
}

void TestClaimIndex::changePoints()
{
    Fixture fx;
    const int f = fx.feature(QStringLiteral("x")), g = fx.feature(QStringLiteral("y"));
    fx.claim(f, fx.a, Role::Control, 0, 9);
    fx.claim(g, fx.b, Role::Control, 5, -1);
    const ClaimIndex index(fx.model);
    const TimePoint d0 = day(0) - 12 * 60, d5 = day(5) - 12 * 60, d10 = day(10) - 12 * 60;
    QCOMPARE(index.changePoints(), (std::vector<TimePoint>{d0, d5, d10}));
    QCOMPARE(index.nextChange(d0), std::optional<TimePoint>(d5));
    QCOMPARE(index.nextChange(d10), std::optional<TimePoint>());
    QCOMPARE(index.previousChange(d5), std::optional<TimePoint>(d0));
    QCOMPARE(index.previousChange(d0), std::optional<TimePoint>());
}

void TestClaimIndex::sweepEqualsBinarySearchOnRandomTimelines()
{
    QRandomGenerator rng(1917);
    Fixture fx;
    for (int f = 0; f < 300; ++f) {
        const int feature = fx.feature(QString::number(f));
        const int claims = int(rng.bounded(0, 12));
        for (int i = 0; i < claims; ++i) {
            const int from = rng.bounded(10) == 0 ? -1 : int(rng.bounded(0, 365));
            const int to = rng.bounded(6) == 0 ? -1 : std::max(from, 0) + int(rng.bounded(0, 120));
            fx.claim(feature, int(rng.bounded(3)), Role(rng.bounded(3)), from, to);
        }
    }
    const ClaimIndex index(fx.model);
    TimePoint t = day(-20);
    ClaimSweep sweep(index, t);
    for (int step = 0; step < 400; ++step) {
        // Mostly forward, as when playing; sometimes a jump back, as when scrubbing.
        t += rng.bounded(8) == 0 ? -qint64(rng.bounded(0, 90)) * kMinutesPerDay
                                 : qint64(rng.bounded(0, 5)) * kMinutesPerDay + rng.bounded(0, 1440);
        sweep.moveTo(t);
        for (int f = 0; f < index.featureCount(); ++f) {
            const FeatureState a = sweep.state(f), b = index.stateOf(f, t);
            QCOMPARE(a.status, b.status);
            QVERIFY(std::equal(a.claims.begin(), a.claims.end(), b.claims.begin(), b.claims.end()));
            // And the rule itself: the claims in force are exactly those whose interval holds t.
            int inForce = 0;
            for (const Claim &c : fx.model.claims())
                inForce += c.feature == f && c.interval.contains(t);
            QCOMPARE(int(b.claims.size()), inForce);
        }
    }
}

void TestClaimIndex::sweepReportsChangedFeatures()
{
    Fixture fx;
    const int f = fx.feature(QStringLiteral("x")), g = fx.feature(QStringLiteral("y"));
    fx.claim(f, fx.a, Role::Control, 3, -1);
    fx.claim(g, fx.b, Role::Control, 30, -1);
    const ClaimIndex index(fx.model);
    ClaimSweep sweep(index, day(0));
    sweep.moveTo(day(10));
    QCOMPARE(sweep.changedFeatures(), std::vector<int>{f});
    sweep.moveTo(day(20));
    QVERIFY(sweep.changedFeatures().empty());
    sweep.moveTo(day(0));
    QCOMPARE(sweep.changedFeatures(), std::vector<int>{f});
    QCOMPARE(sweep.state(f).status, ControlStatus::Unknown);
}

// A national case study is indexed in parts, a part per core, joined afterwards (offsets made
// global, the parts' changes merged in time order). Every feature, on either side of the join,
// must read as the rule reads its claims in force, and a sweep over every change must agree.
void TestClaimIndex::aNationalStudyIndexedInPartsReadsAsTheRule()
{
    QRandomGenerator rng(1936);
    Fixture fx;
    const int features = 50000;   // past two parts' minimum of 20,000 each
    for (int f = 0; f < features; ++f) {
        const int feature = fx.feature(QString::number(f));
        for (int i = 0, claims = int(rng.bounded(0, 6)); i < claims; ++i) {
            const int from = rng.bounded(10) == 0 ? -1 : int(rng.bounded(0, 365));
            const int to = rng.bounded(6) == 0 ? -1 : std::max(from, 0) + int(rng.bounded(1, 120));
            fx.claim(feature, int(rng.bounded(3)), Role(rng.bounded(4)), from, to);
        }
    }
    const ClaimIndex index(fx.model);
    std::vector<std::vector<int>> claimsOf{size_t(features)};
    std::vector<TimePoint> bounds;
    for (int c = 0; c < int(fx.model.claims().size()); ++c) {
        const Claim &claim = fx.model.claims()[size_t(c)];
        claimsOf[size_t(claim.feature)].push_back(c);
        if (claim.interval.start)
            bounds.push_back(claim.interval.from());
        if (claim.interval.end)
            bounds.push_back(claim.interval.to());
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    QCOMPARE(index.changePoints(), bounds);

    auto sameAsTheRule = [&](const FeatureState &state, int f, TimePoint t) {
        std::vector<int> inForce;
        for (int c : claimsOf[size_t(f)])
            if (fx.model.claims()[size_t(c)].interval.contains(t))
                inForce.push_back(c);
        const ControlReading expected = readClaimsInForce(fx.model, inForce);
        return state.status == expected.status &&
               std::equal(state.claims.begin(), state.claims.end(), expected.claims.begin(), expected.claims.end()) &&
               std::equal(state.camps.begin(), state.camps.end(), expected.camps.begin(), expected.camps.end());
    };
    for (const int d : {-5, 0, 40, 100, 200, 364, 500}) {
        const TimePoint t = day(d);
        for (int f = 0; f < features; ++f)
            QVERIFY2(sameAsTheRule(index.stateOf(f, t), f, t), qPrintable(QStringLiteral("feature %1 on day %2").arg(f).arg(d)));
    }
    ClaimSweep sweep(index, bounds.front() - 1);
    for (size_t k = 0; k < bounds.size(); ++k) {
        sweep.moveTo(bounds[k]);
        // The features said to change, and now and then every feature (a change the merge lost
        // would leave a feature behind without saying so).
        std::vector<int> checked = sweep.changedFeatures();
        if (k % 60 == 0) {
            checked.resize(size_t(features));
            std::iota(checked.begin(), checked.end(), 0);
        }
        for (int f : checked)
            QVERIFY2(sameAsTheRule(sweep.state(f), f, bounds[k]), qPrintable(QStringLiteral("feature %1 at change %2").arg(f).arg(k)));
    }
}

QTEST_GUILESS_MAIN(TestClaimIndex)
#include "testclaimindex.moc"
