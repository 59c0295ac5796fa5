#include "model/claimindex.h"

#include <QRandomGenerator>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestClaimIndex)
#include "testclaimindex.moc"
