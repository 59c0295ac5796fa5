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
    void referenceFormulaAnchors();
    void levelOneSpans_data();
    void levelOneSpans();
    void levelOneRoundTrip_data();
    void levelOneRoundTrip();
    void levelOneRefusals_data();
    void levelOneRefusals();
    void levelOneDisplay_data();
    void levelOneDisplay();
    void unspecifiedKeepsWhatIsKnown();
    void intervalEnds_data();
    void intervalEnds();
    void intervalWithoutAnyDate();
    void bothBadEndsReported();
};

namespace {

// A second way to the Julian Day Number, independent of gis/time/calendar.cpp: Fliegel and Van
// Flandern, "A Machine Algorithm for Processing Calendar Dates", CACM 11 (1968) 657, in C's
// truncating division, valid for years after -4800; earlier years are first moved forward by
// whole 400-year Gregorian cycles of 146097 days.
qint64 gregorianJdn(qint64 y, qint64 m, qint64 d)
{
    qint64 shift = 0;
    while (y < 1) {
        y += 400;
        shift -= 146097;
    }
    return (1461 * (y + 4800 + (m - 14) / 12)) / 4 + (367 * (m - 2 - 12 * ((m - 14) / 12))) / 12 -
           (3 * ((y + 4900 + (m - 14) / 12) / 100)) / 4 + d - 32075 + shift;
}

struct Ymd
{
    int y, m, d;
};

} // namespace
Q_DECLARE_METATYPE(Ymd)

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
             QStringLiteral("25 Oct 1917 O.S. / 7 Nov N.S."));
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

void TestHistoricalDate::referenceFormulaAnchors()
{
    // Python: date(y, m, d).toordinal() + 1721425 (ordinal 1 is 1 Jan 1 = JDN 1721426).
    QCOMPARE(gregorianJdn(1917, 1, 1), qint64(2421230));
    QCOMPARE(gregorianJdn(2000, 1, 1), qint64(2451545));
    QCOMPARE(gregorianJdn(455, 1, 1), qint64(1887246));
    // Year 0 is a leap year of 366 days in the proleptic Gregorian calendar (divisible by 400).
    QCOMPARE(gregorianJdn(1, 1, 1) - gregorianJdn(0, 1, 1), qint64(366));
}

// Each form's span, as the first and last day it covers in the Gregorian calendar, worked out by
// hand from the rule in datasets/README.md ("Dates").
void TestHistoricalDate::levelOneSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("calendar");
    QTest::addColumn<Ymd>("first");
    QTest::addColumn<Ymd>("last");
    const int g = int(Calendar::Gregorian);
    QTest::newRow("year") << "1917" << g << Ymd{1917, 1, 1} << Ymd{1917, 12, 31};
    QTest::newRow("spring") << "1917-21" << g << Ymd{1917, 3, 1} << Ymd{1917, 5, 31};
    QTest::newRow("summer") << "1917-22" << g << Ymd{1917, 6, 1} << Ymd{1917, 8, 31};
    QTest::newRow("autumn") << "1917-23" << g << Ymd{1917, 9, 1} << Ymd{1917, 11, 30};
    QTest::newRow("winter runs into the next year") << "1917-24" << g << Ymd{1917, 12, 1} << Ymd{1918, 2, 28};
    QTest::newRow("winter before a leap day") << "1915-24" << g << Ymd{1915, 12, 1} << Ymd{1916, 2, 29};
    QTest::newRow("approximate spring") << "1917-21~" << g << Ymd{1917, 3, 1} << Ymd{1917, 5, 31};
    QTest::newRow("decade") << "191X" << g << Ymd{1910, 1, 1} << Ymd{1919, 12, 31};
    QTest::newRow("century") << "19XX" << g << Ymd{1900, 1, 1} << Ymd{1999, 12, 31};
    QTest::newRow("uncertain decade") << "191X?" << g << Ymd{1910, 1, 1} << Ymd{1919, 12, 31};
    QTest::newRow("month unspecified") << "1917-XX" << g << Ymd{1917, 1, 1} << Ymd{1917, 12, 31};
    QTest::newRow("month and day unspecified") << "1917-XX-XX" << g << Ymd{1917, 1, 1} << Ymd{1917, 12, 31};
    QTest::newRow("day unspecified") << "1917-02-XX" << g << Ymd{1917, 2, 1} << Ymd{1917, 2, 28};
    QTest::newRow("year 0 (1 BC)") << "0000" << g << Ymd{0, 1, 1} << Ymd{0, 12, 31};
    QTest::newRow("year -44") << "-0044" << g << Ymd{-44, 1, 1} << Ymd{-44, 12, 31};
    QTest::newRow("day in year -44") << "-0044-03-15" << g << Ymd{-44, 3, 15} << Ymd{-44, 3, 15};
    QTest::newRow("decade before 0") << "-019X" << g << Ymd{-199, 1, 1} << Ymd{-190, 12, 31};
    QTest::newRow("long year") << "Y12345" << g << Ymd{12345, 1, 1} << Ymd{12345, 12, 31};
    QTest::newRow("long year before 0") << "Y-12345" << g << Ymd{-12345, 1, 1} << Ymd{-12345, 12, 31};
    // Julian: 1 Dec 1917 O.S. = 14 Dec N.S.; 28 Feb 1918 O.S. (no leap day) = 13 Mar N.S.
    QTest::newRow("Julian winter") << "1917-24" << int(Calendar::Julian) << Ymd{1917, 12, 14} << Ymd{1918, 3, 13};
    // Russia: 1 Dec 1917 O.S. = 14 Dec N.S., and its February 1918 ended on 28 Feb N.S.
    QTest::newRow("Russian winter") << "1917-24" << int(Calendar::JulianRussia) << Ymd{1917, 12, 14} << Ymd{1918, 2, 28};
}

void TestHistoricalDate::levelOneSpans()
{
    QFETCH(QString, text);
    QFETCH(int, calendar);
    QFETCH(Ymd, first);
    QFETCH(Ymd, last);
    auto d = HistoricalDate::parse(text, Calendar(calendar));
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->earliest(), gregorianJdn(first.y, first.m, first.d) * kMinutesPerDay);
    QCOMPARE(d->latestExclusive(), (gregorianJdn(last.y, last.m, last.d) + 1) * kMinutesPerDay);
}

// Every accepted form, and what toEdtf() writes back: parsing that gives the same date.
void TestHistoricalDate::levelOneRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("edtf");
    const char *same[] = {"1917", "1917-10", "1917-10-25", "1917-10-25T21:40", "1917-10-25T21:40:30", "1917-07~",
                          "1917?", "1936-07-19%", "1917-21", "1917-22?", "1917-23~", "1917-24%", "191X", "19XX",
                          "1917-XX", "1917-10-XX", "1917-XX-XX", "191X~", "0000", "0000-02-29", "-0044", "-0044-03-15",
                          "-0001-12", "-019X", "Y12345", "Y-170000", "Y99999999~"};
    for (const char *t : same)
        QTest::newRow(t) << t << t;
    QTest::newRow("spaces trimmed") << " 1917-21 " << "1917-21";
}

void TestHistoricalDate::levelOneRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, edtf);
    for (Calendar c : {Calendar::Gregorian, Calendar::Julian, Calendar::JulianRussia}) {
        auto d = HistoricalDate::parse(text, c);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
        QCOMPARE(d->toEdtf(), edtf);
        auto again = HistoricalDate::parse(d->toEdtf(), c);
        QVERIFY(again.ok());
        QVERIFY(*again == *d);
        QVERIFY(d->earliest() < d->latestExclusive());
    }
}

void TestHistoricalDate::levelOneRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("partly known month") << "1917-1X" << "such as 1X is not EDTF level 1";
    QTest::newRow("partly known day") << "1917-10-1X" << "write the day in full or as XX";
    QTest::newRow("X inside a year") << "1X17" << "only the last one or two digits of a year can be X";
    QTest::newRow("three X in a year") << "1XXX" << "only the last one or two digits of a year can be X";
    QTest::newRow("X year with a month") << "191X-05" << "stands alone";
    QTest::newRow("level 2 season") << "1917-25" << "seasons 21 (spring)";
    QTest::newRow("month 20") << "1917-20" << "month 20 does not exist";
    QTest::newRow("season with a day") << "1917-21-05" << "a season has no day: write 1917-21";
    QTest::newRow("day without its month") << "1917-XX-05" << "a day needs its month: write 1917-XX-XX";
    QTest::newRow("minus zero") << "-0000" << "1 BC is written 0000";
    QTest::newRow("X years across 0") << "-000X" << "both sides of 0";
    QTest::newRow("Y on a short year") << "Y1917" << "write 1917";
    QTest::newRow("Y on a short year before 0") << "Y-44" << "write -0044";
    QTest::newRow("year too long") << "Y-170000002" << "years from -99999999 to 99999999";
    QTest::newRow("very long digits") << "Y1234567890123456789012" << "years from -99999999 to 99999999";
    QTest::newRow("five digits without Y") << "12345" << "Y12345";
    QTest::newRow("time zone") << "1917-10-25T21:40Z" << "write 1917-10-25T21:40 without \"Z\"";
    QTest::newRow("time offset") << "1917-10-25T21:40:00+03:00" << "time zones are not used";
    QTest::newRow("time without a day") << "1917-10-XXT21:40" << "a time needs a whole date";
    QTest::newRow("second 61") << "1917-10-25T21:40:61" << "time 21:40:61 does not exist";
    QTest::newRow("mark in the middle") << "1917~-10" << "is not a date";
    QTest::newRow("empty") << "" << "is not a date";
}

void TestHistoricalDate::levelOneRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    auto d = HistoricalDate::parse(text, Calendar::Gregorian);
    QVERIFY2(!d.ok(), qPrintable(text));
    QVERIFY2(d.error().message.contains(messagePart), qPrintable(d.error().message));
}

void TestHistoricalDate::levelOneDisplay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("spring") << "1917-21" << "Spring 1917";
    QTest::newRow("winter") << "1917-24" << "Winter 1917–1918";
    QTest::newRow("approximate autumn") << "1917-23~" << "c. Autumn 1917";
    QTest::newRow("decade") << "191X" << "1910–1919";
    QTest::newRow("month unknown") << "1917-XX" << "1917 (month unknown)";
    QTest::newRow("month and day unknown") << "1917-XX-XX?" << "1917 (month and day unknown)?";
    QTest::newRow("day unknown") << "1917-02-XX" << "Feb 1917 (day unknown)";
    // Astronomical years: 0 is 1 BC, -44 is 45 BC.
    QTest::newRow("year 0") << "0000" << "1 BC";
    QTest::newRow("year -44") << "-0044-03-15" << "15 Mar 45 BC";
    QTest::newRow("decade before 0") << "-019X" << "200 BC–191 BC";
    QTest::newRow("long year") << "Y-12345" << "12346 BC";
    QTest::newRow("seconds") << "1917-10-25T21:40:30" << "25 Oct 1917 21:40:30";
}

void TestHistoricalDate::levelOneDisplay()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    auto d = HistoricalDate::parse(text, Calendar::Gregorian);
    QVERIFY(d.ok());
    QCOMPARE(d->toDisplayString(), display);
}

void TestHistoricalDate::unspecifiedKeepsWhatIsKnown()
{
    // A date with X digits is not a day: --at and the animation's ends ask for precision >= Day.
    auto monthUnknown = HistoricalDate::parse(QStringLiteral("1917-XX-XX"), Calendar::Gregorian);
    QCOMPARE(int(monthUnknown->precision()), int(P::Year));
    QVERIFY(monthUnknown->isMonthUnspecified() && monthUnknown->isDayUnspecified());
    auto dayUnknown = HistoricalDate::parse(QStringLiteral("1917-10-XX"), Calendar::Gregorian);
    QCOMPARE(int(dayUnknown->precision()), int(P::Month));
    QCOMPARE(dayUnknown->date().month, 10);
    auto spring = HistoricalDate::parse(QStringLiteral("1917-21"), Calendar::Gregorian);
    QCOMPARE(int(spring->precision()), int(P::Season));
    QCOMPARE(spring->season(), 21);
    QCOMPARE(HistoricalDate::parse(QStringLiteral("19XX"), Calendar::Gregorian)->unspecifiedYearDigits(), 2);
    // "1917-XX" and "1917" cover the same year but are different dates, written back as written.
    QVERIFY(!(*HistoricalDate::parse(QStringLiteral("1917-XX"), Calendar::Gregorian) ==
              *HistoricalDate::parse(QStringLiteral("1917"), Calendar::Gregorian)));
    // The state on -0044-03-15, as the CLI's --at reads it, shown in people's years.
    const TimePoint ides = HistoricalDate::parse(QStringLiteral("-0044-03-15"), Calendar::Gregorian)->queryTime();
    QCOMPARE(datetext::formatMoment(ides, {Calendar::Gregorian}), QStringLiteral("15 Mar 45 BC"));
}

void TestHistoricalDate::intervalEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("openStart");
    QTest::addColumn<bool>("openEnd");
    QTest::addColumn<bool>("startUnknown");
    QTest::addColumn<bool>("endUnknown");
    QTest::newRow("open end") << "1917-03/.." << false << true << false << false;
    QTest::newRow("open start") << "../1917" << true << false << false << false;
    QTest::newRow("unknown end") << "1917/" << false << true << false << true;
    QTest::newRow("unknown start") << "/1917-10-25" << true << false << true << false;
    QTest::newRow("unknown start, open end") << "/.." << true << true << true << false;
    QTest::newRow("seasons") << "1917-21/1917-23" << false << false << false << false;
    QTest::newRow("marked ends") << "2004-06~/2004-06-11%" << false << false << false << false;
    QTest::newRow("unspecified ends") << "191X/1917-XX" << false << false << false << false;
    QTest::newRow("years before 0") << "-0044-03-15/0000" << false << false << false << false;
}

void TestHistoricalDate::intervalEnds()
{
    QFETCH(QString, text);
    QFETCH(bool, openStart);
    QFETCH(bool, openEnd);
    QFETCH(bool, startUnknown);
    QFETCH(bool, endUnknown);
    if (!openStart || !openEnd) {
        auto i = DateInterval::parse(text, Calendar::Gregorian);
        QVERIFY2(i.ok(), qPrintable(i.ok() ? QString() : i.error().message));
        QCOMPARE(i->from() == kTimeMin, openStart);
        QCOMPARE(i->to() == kTimeMax, openEnd);
        QCOMPARE(i->startUnknown, startUnknown);
        QCOMPARE(i->endUnknown, endUnknown);
        QCOMPARE(i->hasUncertainBound(), startUnknown || endUnknown || text.contains(QLatin1Char('~')));
        QCOMPARE(i->toEdtf(), text);
        auto again = DateInterval::parse(i->toEdtf(), Calendar::Gregorian);
        QVERIFY(again.ok() && *again == *i);
    } else {
        QVERIFY(!DateInterval::parse(text, Calendar::Gregorian).ok());
    }
}

void TestHistoricalDate::intervalWithoutAnyDate()
{
    for (const char *text : {"/", "../..", "/..", "../"}) {
        auto i = DateInterval::parse(QLatin1String(text), Calendar::Gregorian);
        QVERIFY2(!i.ok(), text);
        QVERIFY2(i.error().message.contains(QLatin1String("no date at either end")), qPrintable(i.error().message));
    }
    // The cells of claims.csv: both open is a claim for the whole period, as before.
    QVERIFY(DateInterval::parse(QStringLiteral(".."), QStringLiteral(".."), Calendar::Gregorian).ok());
}

void TestHistoricalDate::bothBadEndsReported()
{
    auto cells = DateInterval::parse(QStringLiteral("1917-13"), QStringLiteral("1917-02-30"), Calendar::Gregorian);
    QVERIFY(!cells.ok());
    const QString message = cells.error().message;
    QVERIFY2(message.contains(QLatin1String("start: \"1917-13\": month 13")) &&
                 message.contains(QLatin1String("end: \"1917-02-30\"")) && message.contains(QLatin1String("no day 30")),
             qPrintable(message));
    auto slashed = DateInterval::parse(QStringLiteral("1917-1X/191X-05"), Calendar::Gregorian);
    QVERIFY(!slashed.ok());
    QVERIFY2(slashed.error().message.contains(QLatin1String("start:")) && slashed.error().message.contains(QLatin1String("end:")),
             qPrintable(slashed.error().message));
    // A single bad date is said once, not as a start and an end.
    auto single = DateInterval::parse(QStringLiteral("1917-13"), Calendar::Gregorian);
    QVERIFY(!single.ok());
    QVERIFY2(!single.error().message.contains(QLatin1String("start:")), qPrintable(single.error().message));
}

QTEST_GUILESS_MAIN(TestHistoricalDate)
#include "testhistoricaldate.moc"
