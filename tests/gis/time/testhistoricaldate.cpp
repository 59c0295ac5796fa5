#include "time/dateinterval.h"
#include "time/historicaldate.h"

#include <QTest>

using namespace dpa;
using P = HistoricalDate::Precision;

class TestHistoricalDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void julianGregorian_data();
    void julianGregorian();
    void russianSwitch1918();
    void knownJulianDays();
    void spans();
    void displayKeepsMarks();
    void momentInBothCalendars();
    void intervalsMeetWithoutGap();
};

void TestHistoricalDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("day") << "1917-10-25" << int(P::Day) << false << false << "1917-10-25";
    QTest::newRow("month") << "1917-10" << int(P::Month) << false << false << "1917-10";
    QTest::newRow("year") << "1917" << int(P::Year) << false << false << "1917";
    QTest::newRow("minute") << "1917-10-26T02:10" << int(P::Minute) << false << false << "1917-10-26T02:10";
    QTest::newRow("approximate month") << "1917-07~" << int(P::Month) << true << false << "1917-07~";
    QTest::newRow("uncertain year") << "1917?" << int(P::Year) << false << true << "1917?";
    QTest::newRow("both") << "1936-07-19%" << int(P::Day) << true << true << "1936-07-19%";
    QTest::newRow("spaces trimmed") << " 1871-03-18 " << int(P::Day) << false << false << "1871-03-18";
}

void TestHistoricalDate::parse()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(bool, approximate);
    QFETCH(bool, uncertain);
    QFETCH(QString, edtf);
    auto d = HistoricalDate::parse(text, Calendar::Gregorian);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
    QCOMPARE(int(d->precision()), precision);
    QCOMPARE(d->isApproximate(), approximate);
    QCOMPARE(d->isUncertain(), uncertain);
    QCOMPARE(d->toEdtf(), edtf);
}

void TestHistoricalDate::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("calendar");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("words") << "October 1917" << int(Calendar::Gregorian) << "is not a date";
    QTest::newRow("month 13") << "1917-13" << int(Calendar::Gregorian) << "month 13";
    QTest::newRow("31 Sep") << "1917-09-31" << int(Calendar::Gregorian) << "no day 31";
    QTest::newRow("29 Feb 1900 Gregorian") << "1900-02-29" << int(Calendar::Gregorian) << "no day 29";
    QTest::newRow("hour 25") << "1917-10-25T25:00" << int(Calendar::Gregorian) << "time";
    QTest::newRow("lost Russian days") << "1918-02-05" << int(Calendar::JulianRussia) << "did not exist in Russia";
    QTest::newRow("two-digit year") << "17-10-25" << int(Calendar::Gregorian) << "is not a date";
}

void TestHistoricalDate::rejects()
{
    QFETCH(QString, text);
    QFETCH(int, calendar);
    QFETCH(QString, messagePart);
    auto d = HistoricalDate::parse(text, Calendar(calendar));
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.contains(messagePart), qPrintable(d.error().message));
}

// Conversions checked against the dates Russian and Western sources print side by side.
void TestHistoricalDate::julianGregorian_data()
{
    QTest::addColumn<QString>("julian");
    QTest::addColumn<QString>("gregorian");
    QTest::newRow("October Revolution") << "1917-10-25" << "1917-11-07";
    QTest::newRow("February Revolution begins") << "1917-02-23" << "1917-03-08";
    QTest::newRow("Order No. 1") << "1917-03-01" << "1917-03-14";
    QTest::newRow("Lenin's return") << "1917-04-03" << "1917-04-16";
    QTest::newRow("29 Feb 1900 exists in Julian") << "1900-02-29" << "1900-03-13";
    QTest::newRow("Gregorian reform 1582") << "1582-10-04" << "1582-10-14";
}

void TestHistoricalDate::julianGregorian()
{
    QFETCH(QString, julian);
    QFETCH(QString, gregorian);
    auto j = HistoricalDate::parse(julian, Calendar::Julian);
    auto g = HistoricalDate::parse(gregorian, Calendar::Gregorian);
    QVERIFY(j.ok() && g.ok());
    QCOMPARE(j->earliest(), g->earliest());
    QCOMPARE(j->toDisplayString(Calendar::Gregorian), g->toDisplayString());
    QCOMPARE(g->toDisplayString(Calendar::Julian), j->toDisplayString());
}

void TestHistoricalDate::russianSwitch1918()
{
    // Russia: 31 Jan 1918 (Julian) was followed by 14 Feb 1918 (Gregorian).
    auto lastJulian = HistoricalDate::parse(QStringLiteral("1918-01-31"), Calendar::JulianRussia);
    auto firstGregorian = HistoricalDate::parse(QStringLiteral("1918-02-14"), Calendar::JulianRussia);
    QVERIFY(lastJulian.ok() && firstGregorian.ok());
    QCOMPARE(firstGregorian->earliest() - lastJulian->earliest(), kMinutesPerDay);
    QCOMPARE(lastJulian->toDisplayString(Calendar::Gregorian), QStringLiteral("13 Feb 1918"));
    // February 1918 in Russia: 14 to 28 Feb N.S., fifteen days.
    auto february = HistoricalDate::parse(QStringLiteral("1918-02"), Calendar::JulianRussia);
    QVERIFY(february.ok());
    QCOMPARE(february->earliest(), firstGregorian->earliest());
    QCOMPARE((february->latestExclusive() - february->earliest()) / kMinutesPerDay, 15);
    // Before the switch, Russian dates are Julian; after it, Gregorian.
    QCOMPARE(calendar::styleMark(Calendar::JulianRussia, calendar::julianDayOf(lastJulian->earliest())), QStringLiteral("O.S."));
    QCOMPARE(calendar::styleMark(Calendar::JulianRussia, calendar::julianDayOf(firstGregorian->earliest())), QStringLiteral("N.S."));
    QCOMPARE(HistoricalDate::parse(QStringLiteral("1917-10-25"), Calendar::JulianRussia)->earliest(),
             HistoricalDate::parse(QStringLiteral("1917-10-25"), Calendar::Julian)->earliest());
}

void TestHistoricalDate::knownJulianDays()
{
    // Explanatory Supplement to the Astronomical Almanac: JD 2451545.0 is 2000-01-01 12:00 TT,
    // so the civil day 1 Jan 2000 has JDN 2451545; JDN 0 is 1 Jan 4713 BC (Julian) = year -4712.
    QCOMPARE(calendar::julianDay(Calendar::Gregorian, {2000, 1, 1}), qint64(2451545));
    QCOMPARE(calendar::julianDay(Calendar::Julian, {-4712, 1, 1}), qint64(0));
    QCOMPARE(calendar::fromJulianDay(Calendar::Gregorian, 2451545), (CalendarDate{2000, 1, 1}));
    for (qint64 jdn = 2400000; jdn < 2440000; jdn += 97) {
        QCOMPARE(calendar::julianDay(Calendar::Gregorian, calendar::fromJulianDay(Calendar::Gregorian, jdn)), jdn);
        QCOMPARE(calendar::julianDay(Calendar::Julian, calendar::fromJulianDay(Calendar::Julian, jdn)), jdn);
    }
}

void TestHistoricalDate::spans()
{
    auto month = HistoricalDate::parse(QStringLiteral("1917-10"), Calendar::Julian);
    QCOMPARE((month->latestExclusive() - month->earliest()) / kMinutesPerDay, 31);
    auto day = HistoricalDate::parse(QStringLiteral("1917-10-25"), Calendar::Julian);
    QCOMPARE(day->latestExclusive() - day->earliest(), kMinutesPerDay);
    QCOMPARE(day->queryTime() - day->earliest(), 12 * 60);
    auto minute = HistoricalDate::parse(QStringLiteral("1917-10-26T02:10"), Calendar::Julian);
    QCOMPARE(minute->earliest() - day->earliest(), kMinutesPerDay + 130);
    QCOMPARE(minute->queryTime(), minute->earliest());
    auto year = HistoricalDate::parse(QStringLiteral("1916"), Calendar::Gregorian);
    QCOMPARE((year->latestExclusive() - year->earliest()) / kMinutesPerDay, 366);
}

void TestHistoricalDate::displayKeepsMarks()
{
    QCOMPARE(HistoricalDate::parse(QStringLiteral("1917-07~"), Calendar::Julian)->toDisplayString(), QStringLiteral("c. Jul 1917"));
    QCOMPARE(HistoricalDate::parse(QStringLiteral("1917-07?"), Calendar::Julian)->toDisplayString(), QStringLiteral("Jul 1917?"));
    QCOMPARE(HistoricalDate::parse(QStringLiteral("1917-10-26T02:10"), Calendar::Julian)->toDisplayString(),
             QStringLiteral("26 Oct 1917 02:10"));
    // A month is not converted: October O.S. spans parts of two months N.S.
    QCOMPARE(HistoricalDate::parse(QStringLiteral("1917-10"), Calendar::Julian)->toDisplayString(Calendar::Gregorian),
             QStringLiteral("Oct 1917"));
}

void TestHistoricalDate::momentInBothCalendars()
{
    const TimePoint t = HistoricalDate::parse(QStringLiteral("1917-10-25"), Calendar::Julian)->queryTime();
    QCOMPARE(datetext::formatMoment(t, {Calendar::Julian, Calendar::Gregorian}),
             QStringLiteral("25 Oct 1917 O.S. / 7 Nov 1917 N.S."));
    QCOMPARE(datetext::formatMoment(t, {Calendar::Gregorian}), QStringLiteral("7 Nov 1917"));
}

void TestHistoricalDate::intervalsMeetWithoutGap()
{
    auto first = DateInterval::parse(QStringLiteral("1917-03-01"), QStringLiteral("1917-10-25"), Calendar::Julian);
    auto second = DateInterval::parse(QStringLiteral("1917-10-26"), QStringLiteral(".."), Calendar::Julian);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->to(), second->from());
    QVERIFY(first->contains(first->to() - 1));
    QVERIFY(!first->contains(first->to()));
    QVERIFY(second->contains(kTimeMax - 1));
    auto open = DateInterval::parse(QString(), QStringLiteral(".."), Calendar::Julian);
    QVERIFY(open->contains(0));
    auto backwards = DateInterval::parse(QStringLiteral("1917-10-26"), QStringLiteral("1917-10-25"), Calendar::Julian);
    QVERIFY(!backwards.ok());
    QVERIFY(backwards.error().message.contains(QLatin1String("before start")));
    auto edtf = DateInterval::parse(QStringLiteral("1917-07-03/1917-07-05"), Calendar::Julian);
    QVERIFY(edtf.ok());
    QCOMPARE((edtf->to() - edtf->from()) / kMinutesPerDay, 3);
}

QTEST_GUILESS_MAIN(TestHistoricalDate)
#include "testhistoricaldate.moc"
