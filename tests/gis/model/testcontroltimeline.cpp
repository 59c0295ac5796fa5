#include "model/controltimeline.h"
#include "time/historicaldate.h"

#include <QSignalSpy>
#include <QTest>

using namespace dpa;

class TestControlTimeline : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void stepsFollowTheCalendar_data();
    void stepsFollowTheCalendar();
    void clampsToThePeriod();
    void jumpsBetweenChanges();
    void playsAndStopsAtTheEnd();
    void loops();
    void pauseLandsOnNoon();
    void pauseAtHourSpeedLandsOnTheHour();

private:
    TimePoint julian(const char *date) { return HistoricalDate::parse(QString::fromLatin1(date), Calendar::Julian)->queryTime(); }
    std::unique_ptr<ControlTimeline> m_timeline;
};

void TestControlTimeline::init()
{
    m_timeline = std::make_unique<ControlTimeline>();
    m_timeline->setCalendar(Calendar::Julian);
    m_timeline->setPeriod(julian("1917-02-23"), julian("1917-11-15"));
    m_timeline->setTime(julian("1917-10-25"));
}

void TestControlTimeline::stepsFollowTheCalendar_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an hour (the October night)") << int(ControlTimeline::Step::Hour) << 11 << "1917-10-25T23:00";
    QTest::newRow("a day") << int(ControlTimeline::Step::Day) << 1 << "1917-10-26";
    QTest::newRow("a week back") << int(ControlTimeline::Step::Week) << -1 << "1917-10-18";
    // Julian months: 25 Oct O.S. + 1 month = 25 Nov O.S. would leave the period; clamp.
    QTest::newRow("a month forward is clamped") << int(ControlTimeline::Step::Month) << 1 << "1917-11-15";
    QTest::newRow("a month back") << int(ControlTimeline::Step::Month) << -1 << "1917-09-25";
    QTest::newRow("eight months back: 25 Feb") << int(ControlTimeline::Step::Month) << -8 << "1917-02-25";
    QTest::newRow("nine months back is clamped to the start") << int(ControlTimeline::Step::Month) << -9 << "1917-02-23";
}

void TestControlTimeline::stepsFollowTheCalendar()
{
    QFETCH(int, unit);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QSignalSpy spy(m_timeline.get(), &ControlTimeline::timeChanged);
    m_timeline->step(ControlTimeline::Step(unit), n);
    QCOMPARE(m_timeline->time(), julian(expected.toLatin1().constData()));
    QCOMPARE(spy.count(), 1);
}

void TestControlTimeline::clampsToThePeriod()
{
    m_timeline->setTime(julian("1918-01-01"));
    QCOMPARE(m_timeline->time(), m_timeline->end());
    m_timeline->setTime(0);
    QCOMPARE(m_timeline->time(), m_timeline->start());
}

void TestControlTimeline::jumpsBetweenChanges()
{
    m_timeline->setChangePoints({julian("1917-03-01"), julian("1917-07-03"), julian("1917-10-25")});
    m_timeline->nextChange();   // from 25 Oct noon: none left after it
    QCOMPARE(m_timeline->time(), julian("1917-10-25"));
    m_timeline->previousChange();
    QCOMPARE(m_timeline->time(), julian("1917-07-03"));
    m_timeline->previousChange();
    QCOMPARE(m_timeline->time(), julian("1917-03-01"));
    m_timeline->nextChange();
    QCOMPARE(m_timeline->time(), julian("1917-07-03"));
}

void TestControlTimeline::playsAndStopsAtTheEnd()
{
    m_timeline->setTime(julian("1917-11-10"));
    m_timeline->setDaysPerSecond(30);
    QSignalSpy playing(m_timeline.get(), &ControlTimeline::playingChanged);
    m_timeline->play();
    QVERIFY(m_timeline->isPlaying());
    // Five days at 30 days a second: about a sixth of a second.
    QTRY_VERIFY_WITH_TIMEOUT(!m_timeline->isPlaying(), 3000);
    QCOMPARE(m_timeline->time(), m_timeline->end());
    QCOMPARE(playing.count(), 2);
}

void TestControlTimeline::loops()
{
    m_timeline->setTime(julian("1917-11-14"));
    m_timeline->setDaysPerSecond(30);
    m_timeline->setLoop(true);
    QSignalSpy spy(m_timeline.get(), &ControlTimeline::timeChanged);
    m_timeline->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_timeline->time() < julian("1917-03-01"), 3000);
    QVERIFY(m_timeline->isPlaying());
    m_timeline->pause();
}

// Playback moves by fractions of a day; paused, the map must show a whole day (the desktop
// review found "26 Mar 1871, 18:38" after a pause, kept by every arrow key after it).
void TestControlTimeline::pauseLandsOnNoon()
{
    m_timeline->setTime(julian("1917-03-01"));
    m_timeline->setDaysPerSecond(7);
    m_timeline->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_timeline->time() > julian("1917-03-02") && calendar::minuteOfDay(m_timeline->time()) != 12 * 60, 3000);
    const qint64 day = calendar::julianDayOf(m_timeline->time());
    m_timeline->pause();
    QCOMPARE(m_timeline->time(), calendar::timePoint(day, 12 * 60));
    m_timeline->step(ControlTimeline::Step::Day, 1);
    QCOMPARE(calendar::minuteOfDay(m_timeline->time()), 12 * 60);
}

void TestControlTimeline::pauseAtHourSpeedLandsOnTheHour()
{
    m_timeline->setTime(julian("1917-10-24T20:00"));
    m_timeline->setDaysPerSecond(1.0 / 24);
    m_timeline->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_timeline->time() > julian("1917-10-24T20:00") && m_timeline->time() % 60 != 0, 3000);
    const TimePoint before = m_timeline->time();
    m_timeline->pause();
    QCOMPARE(m_timeline->time(), before - before % 60);
}

QTEST_GUILESS_MAIN(TestControlTimeline)
#include "testcontroltimeline.moc"
