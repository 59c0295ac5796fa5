#include "time/historicaldate.h"
#include "time/timestep.h"

#include <QTest>

using namespace dpa;

// The steps of animations: what a user types, and the dates the frames get.
class TestTimeStep : public QObject
{
    Q_OBJECT
private slots:
    void parsesWhatUsersType();
    void refusesWithTheFormInTheMessage();
    void daysIncludeBothEnds();
    void monthsKeepTheirDayWithoutDrift();
    void juneHasThirtyDaysInTheJulianCalendarToo();
    void refusesTooManyFrames();
    void refusesAnEndBeforeTheStart();

private:
    static TimePoint day(const char *text, Calendar c = Calendar::Gregorian)
    {
        return HistoricalDate::parse(QString::fromLatin1(text), c)->queryTime();
    }
};

void TestTimeStep::parsesWhatUsersType()
{
    QCOMPARE(TimeStep::parse(QStringLiteral("1d"))->unit, TimeStep::Unit::Day);
    QCOMPARE(TimeStep::parse(QStringLiteral("6h"))->count, 6);
    QCOMPARE(TimeStep::parse(QStringLiteral("2W"))->unit, TimeStep::Unit::Week);
    QCOMPARE(TimeStep::parse(QStringLiteral("1m"))->unit, TimeStep::Unit::Month);
    QCOMPARE(TimeStep::parse(QStringLiteral("1y"))->toString(), QStringLiteral("1y"));
}

void TestTimeStep::refusesWithTheFormInTheMessage()
{
    for (const char *bad : {"", "d", "0d", "1 fortnight", "-1d", "1.5d"}) {
        const auto step = TimeStep::parse(QString::fromLatin1(bad));
        QVERIFY2(!step, bad);
        QVERIFY(step.error().message.contains(QStringLiteral("e.g. 1d")));
    }
}

void TestTimeStep::daysIncludeBothEnds()
{
    const auto times = TimeStep::parse(QStringLiteral("1d"))->times(day("1917-01-01"), day("1917-12-31"), Calendar::Gregorian, 1000);
    QVERIFY(times);
    QCOMPARE(times->size(), size_t(365));
    QCOMPARE(times->back(), day("1917-12-31"));
    const auto weeks = TimeStep::parse(QStringLiteral("1w"))->times(day("1917-01-01"), day("1917-01-28"), Calendar::Gregorian, 1000);
    QCOMPARE(weeks->size(), size_t(4));   // 1, 8, 15, 22: the 29th is past the end
}

void TestTimeStep::monthsKeepTheirDayWithoutDrift()
{
    const auto times = TimeStep::parse(QStringLiteral("1m"))->times(day("1917-01-31"), day("1917-05-31"), Calendar::Gregorian, 100);
    QVERIFY(times);
    QCOMPARE(times->size(), size_t(5));
    QCOMPARE((*times)[1], day("1917-02-28"));
    QCOMPARE((*times)[2], day("1917-03-31"));   // not the 28th carried on from February
    QCOMPARE((*times)[4], day("1917-05-31"));
}

void TestTimeStep::juneHasThirtyDaysInTheJulianCalendarToo()
{
    const auto times = TimeStep::parse(QStringLiteral("1m"))->times(day("1917-05-31", Calendar::Julian),
                                                                   day("1917-07-01", Calendar::Julian), Calendar::Julian, 100);
    QVERIFY(times);
    QCOMPARE(times->size(), size_t(2));
    QCOMPARE((*times)[1], day("1917-06-30", Calendar::Julian));
}

void TestTimeStep::refusesTooManyFrames()
{
    const auto times = TimeStep::parse(QStringLiteral("1h"))->times(day("1917-01-01"), day("1920-01-01"), Calendar::Gregorian, 20000);
    QVERIFY(!times);
    QVERIFY(times.error().message.contains(QStringLiteral("more than 20000 frames")));
}

void TestTimeStep::refusesAnEndBeforeTheStart()
{
    const auto times = TimeStep::parse(QStringLiteral("1d"))->times(day("1917-02-01"), day("1917-01-01"), Calendar::Gregorian, 10);
    QVERIFY(!times);
    QVERIFY(times.error().message.contains(QStringLiteral("before the start")));
}

QTEST_GUILESS_MAIN(TestTimeStep)
#include "testtimestep.moc"
