// The status rule, table-driven: each row is a small set of claims on one feature, the blocs of
// the authorities, a moment, and what a historian expects the map to say then. Every row is
// also checked with the claims added in reverse order: row order must never change the answer.

#include "model/claimindex.h"
#include "model/statusrule.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace dpa;

namespace {

// "a control 1917-03-01 1917-10-25" plus optional "share=0.6" and "conf=0.4"; ".." is open.
struct ClaimText
{
    QString authority, role, start, end;
    double share = std::numeric_limits<double>::quiet_NaN();
    double confidence = 1.0;
};

ClaimText parseClaim(const QString &text)
{
    const QStringList w = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ClaimText c{w.value(0), w.value(1), w.value(2), w.value(3)};
    for (qsizetype i = 4; i < w.size(); ++i) {
        if (w[i].startsWith(QLatin1String("share=")))
            c.share = w[i].mid(6).toDouble();
        else if (w[i].startsWith(QLatin1String("conf=")))
            c.confidence = w[i].mid(5).toDouble();
    }
    return c;
}

// Authorities a to e; "a=S,b=S" puts a and b in bloc S; others stand alone.
ControlModel modelWith(const QString &blocs, const QStringList &claims, bool reversed)
{
    ControlModel model;
    QHash<QString, QString> blocOf;
    for (const QString &pair : blocs.split(QLatin1Char(','), Qt::SkipEmptyParts))
        blocOf.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    for (const char *id : {"a", "b", "c", "d", "e"}) {
        const QString name = QLatin1String(id);
        model.addAuthority({name, MultilingualText(name.toUpper()), 0xff000000, blocOf.value(name), {}});
    }
    const int f = model.addFeature({QStringLiteral("l"), QStringLiteral("x")});
    QStringList order = claims;
    if (reversed)
        std::reverse(order.begin(), order.end());
    for (const QString &text : order) {
        const ClaimText t = parseClaim(text);
        Claim c;
        c.feature = f;
        c.authority = model.authorityIndex(t.authority);
        c.role = *roleFromName(t.role);
        c.interval = *DateInterval::parse(t.start, t.end, Calendar::Gregorian);
        c.share = t.share;
        c.confidence = t.confidence;
        model.addClaim(c);
    }
    return model;
}

QString ids(const ControlModel &model, std::span<const int> authorities)
{
    QStringList out;
    for (int a : authorities)
        out << model.authorities()[size_t(a)].id;
    return out.join(QLatin1Char(','));
}

} // namespace

class TestStatusRule : public QObject
{
    Q_OBJECT
private slots:
    void status_data();
    void status();
    void handOverNeedsOverlapWithinPrecision_data();
    void handOverNeedsOverlapWithinPrecision();
    void deFactoHolder();
};

void TestStatusRule::status_data()
{
    QTest::addColumn<QString>("blocs");
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("camps");      // lead authority per camp, holder first
    QTest::addColumn<QString>("occupier");
    QTest::addColumn<QString>("outgoing");
    QTest::addColumn<QString>("shares");     // divided only

    const QString noon = QStringLiteral("1917-05-01T12:00");
    QTest::newRow("held") << "" << QStringList{"a control 1917-01-01 .."} << noon << "held" << "a" << "" << "" << "";
    QTest::newRow("dual power: de facto beside de jure")
        << "" << QStringList{"a claim .. ..", "b control 1917-03-01 .."} << noon << "dual" << "b,a" << "" << "" << "";
    QTest::newRow("allies are one camp: held, not dual")
        << "a=Soviet camp,b=Soviet camp" << QStringList{"a control .. ..", "b claim .. .."} << noon << "held" << "a" << "" << "" << "";
    QTest::newRow("allies beside a rival: two camps")
        << "a=S,b=S" << QStringList{"a control .. ..", "b control .. ..", "c claim .. .."} << noon << "dual" << "a,c" << "" << "" << "";
    QTest::newRow("three camps")
        << "" << QStringList{"c claim .. ..", "a control .. ..", "b claim .. .."} << noon << "dual" << "a,b,c" << "" << "" << "";
    QTest::newRow("four camps")
        << "" << QStringList{"d claim .. ..", "a control .. ..", "c claim .. ..", "b claim .. .."} << noon << "dual" << "a,b,c,d" << "" << "" << "";
    QTest::newRow("higher confidence holds the ground")
        << "" << QStringList{"a control .. .. conf=0.4", "b control .. .."} << noon << "dual" << "b,a" << "" << "" << "";
    QTest::newRow("divided by stated shares")
        << "" << QStringList{"a control .. .. share=0.6", "b control .. .. share=0.4"} << noon << "divided" << "a,b" << "" << "" << "0.6,0.4";
    QTest::newRow("divided: the rest goes to the camp without a share")
        << "" << QStringList{"a control .. .. share=0.7", "b control .. .."} << noon << "divided" << "a,b" << "" << "" << "0.7,0.3";
    QTest::newRow("divided, and a title over the whole")
        << "" << QStringList{"a control .. .. share=0.5", "b control .. .. share=0.5", "c claim .. .."} << noon << "divided" << "a,b,c" << "" << "" << "0.5,0.5,0";
    QTest::newRow("a lone share is held")
        << "" << QStringList{"a control .. .. share=0.5"} << noon << "held" << "a" << "" << "" << "";
    QTest::newRow("occupied over the holder of title")
        << "" << QStringList{"a claim .. ..", "e occupation 1871-01-28 .."} << QStringLiteral("1871-04-15") << "occupied" << "a" << "e" << "" << "";
    QTest::newRow("occupied with no title recorded")
        << "" << QStringList{"e occupation .. .."} << noon << "occupied" << "" << "e" << "" << "";
    QTest::newRow("occupation wins over dual power")
        << "" << QStringList{"a claim .. ..", "b control .. ..", "e occupation .. .."} << noon << "occupied" << "b,a" << "e" << "" << "";
    QTest::newRow("open fighting")
        << "" << QStringList{"a control .. ..", "b contested .. .."} << noon << "contested" << "a,b" << "" << "" << "";
    QTest::newRow("presence changes nothing")
        << "" << QStringList{"a control .. ..", "b presence .. .."} << noon << "held" << "a" << "" << "" << "";
    QTest::newRow("presence alone is unknown")
        << "" << QStringList{"b presence .. .."} << noon << "unknown" << "" << "" << "" << "";
    QTest::newRow("nothing in force") << "" << QStringList{"a control 1918-01-01 .."} << noon << "unknown" << "" << "" << "" << "";
    QTest::newRow("a title nobody enforces")
        << "" << QStringList{"a claim .. .."} << noon << "held" << "a" << "" << "" << "";
    // Hand-overs: the day on which one camp's claim ends and a rival's starts.
    const QStringList october{"a control 1917-03-01 1917-10-25", "b control 1917-10-25 .."};
    QTest::newRow("day before the hand-over") << "" << october << "1917-10-24T12:00" << "held" << "a" << "" << "" << "";
    QTest::newRow("hand-over day, no times") << "" << october << "1917-10-25T12:00" << "handover" << "b" << "" << "a" << "";
    QTest::newRow("hand-over day, at dawn") << "" << october << "1917-10-25T00:00" << "handover" << "b" << "" << "a" << "";
    QTest::newRow("day after the hand-over") << "" << october << "1917-10-26T12:00" << "held" << "b" << "" << "" << "";
    QTest::newRow("allies hand over: simply held")
        << "a=S,b=S" << october << "1917-10-25T12:00" << "held" << "a" << "" << "" << "";
    QTest::newRow("hand-over beside a third camp's title: still dual")
        << "" << QStringList{"a control 1917-03-01 1917-10-25", "b control 1917-10-25 ..", "c claim .. .."}
        << "1917-10-25T12:00" << "dual" << "b,c" << "" << "a" << "";
    QTest::newRow("clock times overlap for an hour: dual power")
        << "" << QStringList{"a control 1917-03-01 1917-10-25T02:00", "b control 1917-10-25T01:00 .."}
        << "1917-10-25T01:30" << "dual" << "a,b" << "" << "" << "";
    QTest::newRow("clock times: after the end") << ""
        << QStringList{"a control 1917-03-01 1917-10-25T02:00", "b control 1917-10-25T01:00 .."}
        << "1917-10-25T03:00" << "held" << "b" << "" << "" << "";
    QTest::newRow("an end day and a start time: within the day")
        << "" << QStringList{"a control 1917-03-01 1917-10-25", "b control 1917-10-25T21:40 .."}
        << "1917-10-25T22:00" << "handover" << "b" << "" << "a" << "";
    QTest::newRow("an end day and a start time: before the start")
        << "" << QStringList{"a control 1917-03-01 1917-10-25", "b control 1917-10-25T21:40 .."}
        << "1917-10-25T12:00" << "held" << "a" << "" << "" << "";
    QTest::newRow("months: a hand-over month")
        << "" << QStringList{"a control 1917-03 1917-10", "b control 1917-10 .."} << "1917-10-15" << "handover" << "b" << "" << "a" << "";
    QTest::newRow("two days of overlap are dual power")
        << "" << QStringList{"a control 1917-03-01 1917-10-26", "b control 1917-10-25 .."}
        << "1917-10-25T12:00" << "dual" << "a,b" << "" << "" << "";
    QTest::newRow("title hands over to control")
        << "" << QStringList{"a claim 1917-03-01 1917-10-25", "b control 1917-10-25 .."} << "1917-10-25T12:00" << "handover" << "b" << "" << "a" << "";
}

void TestStatusRule::status()
{
    QFETCH(QString, blocs);
    QFETCH(QStringList, claims);
    QFETCH(QString, at);
    QFETCH(QString, status);
    QFETCH(QString, camps);
    QFETCH(QString, occupier);
    QFETCH(QString, outgoing);
    QFETCH(QString, shares);
    const TimePoint t = HistoricalDate::parse(at, Calendar::Gregorian)->queryTime();
    QString first;
    for (bool reversed : {false, true}) {
        const ControlModel model = modelWith(blocs, claims, reversed);
        const ClaimIndex index(model);
        const FeatureState s = index.stateOf(0, t);
        QCOMPARE(statusName(s.status), status);
        QCOMPARE(ids(model, s.camps), camps);
        QCOMPARE(s.occupier < 0 ? QString() : model.authorities()[size_t(s.occupier)].id, occupier);
        QCOMPARE(s.outgoing < 0 ? QString() : model.authorities()[size_t(s.outgoing)].id, outgoing);
        if (!shares.isEmpty()) {
            QStringList got;
            for (float v : s.shares)
                got << QString::number(std::round(v * 100) / 100);
            QCOMPARE(got.join(QLatin1Char(',')), shares);
        }
        // The claims in force come in the same order whatever the order of the rows.
        QStringList inForce;
        for (int c : s.claims)
            inForce << model.authorities()[size_t(model.claims()[size_t(c)].authority)].id + roleName(model.claims()[size_t(c)].role);
        if (reversed)
            QCOMPARE(inForce.join(QLatin1Char(';')), first);
        first = inForce.join(QLatin1Char(';'));
    }
}

void TestStatusRule::handOverNeedsOverlapWithinPrecision_data()
{
    QTest::addColumn<QString>("outgoingEnd");
    QTest::addColumn<QString>("incomingStart");
    QTest::addColumn<bool>("handOver");
    QTest::newRow("same day") << "1917-10-25" << "1917-10-25" << true;
    QTest::newRow("back to back: no overlap at all") << "1917-10-24" << "1917-10-25" << false;
    QTest::newRow("a day's real overlap") << "1917-10-26" << "1917-10-25" << false;
    QTest::newRow("same minute") << "1917-10-25T02:00" << "1917-10-25T02:00" << true;
    QTest::newRow("an hour's overlap") << "1917-10-25T02:00" << "1917-10-25T01:00" << false;
    QTest::newRow("end day, start time") << "1917-10-25" << "1917-10-25T21:40" << true;
    QTest::newRow("end time, start day") << "1917-10-25T09:00" << "1917-10-25" << true;
    QTest::newRow("same month") << "1917-10" << "1917-10" << true;
    QTest::newRow("a year's end, a day's start in it") << "1917" << "1917-10-25" << true;
}

void TestStatusRule::handOverNeedsOverlapWithinPrecision()
{
    QFETCH(QString, outgoingEnd);
    QFETCH(QString, incomingStart);
    QFETCH(bool, handOver);
    Claim a, b;
    a.interval = *DateInterval::parse(QStringLiteral("1917-03-01"), outgoingEnd, Calendar::Gregorian);
    b.interval = *DateInterval::parse(incomingStart, QStringLiteral(".."), Calendar::Gregorian);
    QCOMPARE(isHandOver(a, b), handOver);
    QVERIFY(!isHandOver(b, a));   // the newcomer never hands over to the one it replaces
}

void TestStatusRule::deFactoHolder()
{
    auto holder = [](const QString &blocs, const QStringList &claims) {
        const ControlModel model = modelWith(blocs, claims, false);
        const ClaimIndex index(model);
        const int a = index.stateOf(0, HistoricalDate::parse(QStringLiteral("1917-05-01"), Calendar::Gregorian)->queryTime())
                          .deFactoHolder();
        return a < 0 ? QString() : model.authorities()[size_t(a)].id;
    };
    QCOMPARE(holder({}, {"a control .. .."}), QStringLiteral("a"));
    QCOMPARE(holder({}, {"a claim .. ..", "b control .. .."}), QStringLiteral("b"));     // dual: who holds the ground
    QCOMPARE(holder({}, {"a claim .. .."}), QString());                                   // a title alone holds nothing
    QCOMPARE(holder({}, {"a claim .. ..", "e occupation .. .."}), QStringLiteral("e"));  // the occupier
    QCOMPARE(holder({}, {"a control .. .. share=0.5", "b control .. .. share=0.5"}), QString());   // divided
    QCOMPARE(holder({}, {"a control .. ..", "b contested .. .."}), QString());
}

QTEST_GUILESS_MAIN(TestStatusRule)
#include "teststatusrule.moc"
