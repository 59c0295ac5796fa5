// Dates as each language writes them: month names and their grammatical forms, the order of
// day, month and year, the locale's digits, the Russian style marks, and years BC. The expected
// strings are written out by hand as a reader of each language writes the date (Russian
// histories: "25 октября 1917 г." with the genitive; "октябрь 1917" standing alone), so they
// check Qt's CLDR data, our translations and our pattern handling together.
#include "language.h"
#include "core/multilingualtext.h"
#include "time/historicaldate.h"

#include <QCoreApplication>
#include <QtTest>

using namespace dpa;

namespace {

TimePoint gregorianNoon(int year, int month, int day)
{
    return calendar::timePoint(calendar::julianDay(Calendar::Gregorian, {year, month, day}), 12 * 60);
}

QString displayed(const char *edtf, Calendar c = Calendar::Gregorian)
{
    const auto date = HistoricalDate::parse(QString::fromLatin1(edtf), c);
    return date ? date->toDisplayString() : date.error().message;
}

const QList<Calendar> kRussia{Calendar::JulianRussia, Calendar::Gregorian};

} // namespace

class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void englishKeepsBritishOrderAndShortMonths()
    {
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(datetext::formatMoment(gregorianNoon(1917, 11, 7), kRussia), QStringLiteral("25 Oct 1917 O.S. / 7 Nov N.S."));
        // Across a new year each calendar keeps its year.
        QCOMPARE(datetext::formatMoment(gregorianNoon(1918, 1, 1), kRussia), QStringLiteral("19 Dec 1917 O.S. / 1 Jan 1918 N.S."));
        QCOMPARE(displayed("1871-03"), QStringLiteral("Mar 1871"));
        QCOMPARE(displayed("1871-03-18T07:30"), QStringLiteral("18 Mar 1871 07:30"));
        QCOMPARE(datetext::yearText(-43), QStringLiteral("44 BC"));
    }

    void russianGenitiveDatesAndStyleMarks()
    {
        QVERIFY(Language::install(QStringLiteral("ru")));
        // The issue's own example: the year once, the style marks as Russian histories abbreviate them.
        QCOMPARE(datetext::formatMoment(gregorianNoon(1917, 11, 7), kRussia),
                 QStringLiteral("25 октября 1917 ст. ст. / 7 ноября н. ст."));
        QCOMPARE(datetext::formatMoment(gregorianNoon(1918, 1, 1), kRussia),
                 QStringLiteral("19 декабря 1917 ст. ст. / 1 января 1918 н. ст."));
        QCOMPARE(displayed("1917-10"), QStringLiteral("октябрь 1917"));   // nominative, standing alone
        QCOMPARE(displayed("1917-02-27", Calendar::JulianRussia), QStringLiteral("27 февраля 1917"));
        QCOMPARE(datetext::dayMonth(25, 10), QStringLiteral("25 окт."));
        QCOMPARE(datetext::yearText(-43), QStringLiteral("44 до н. э."));
    }

    void frenchSpanishCatalan()
    {
        QVERIFY(Language::install(QStringLiteral("fr")));
        QCOMPARE(displayed("1871-03-18"), QStringLiteral("18 mars 1871"));
        QCOMPARE(displayed("1871-05"), QStringLiteral("mai 1871"));
        QCOMPARE(displayed("1871-05-01"), QStringLiteral("1er mai 1871"));   // the first of the month, an ordinal
        QCOMPARE(datetext::formatMoment(gregorianNoon(1871, 5, 28), {Calendar::Gregorian}, true), QStringLiteral("28 mai 1871, 12:00"));
        QCOMPARE(datetext::formatMoment(gregorianNoon(1917, 11, 7), kRussia), QStringLiteral("25 octobre 1917 a. s. / 7 novembre n. s."));

        QVERIFY(Language::install(QStringLiteral("es")));
        QCOMPARE(displayed("1936-07-19"), QStringLiteral("19 de julio de 1936"));
        QCOMPARE(displayed("1937-05"), QStringLiteral("mayo de 1937"));
        QCOMPARE(datetext::formatMoment(gregorianNoon(1917, 11, 7), kRussia), QStringLiteral("25 de octubre de 1917 e. a. / 7 de noviembre e. n."));

        QVERIFY(Language::install(QStringLiteral("ca")));
        QCOMPARE(displayed("1936-07-19"), QStringLiteral("19 de juliol de 1936"));
        QCOMPARE(displayed("1936-10-03"), QStringLiteral("3 d’octubre de 1936"));   // elided before a vowel
        QCOMPARE(displayed("1937-05"), QStringLiteral("maig de 1937"));
        QCOMPARE(datetext::formatMoment(gregorianNoon(1917, 11, 7), kRussia), QStringLiteral("25 d’octubre de 1917 e. a. / 7 de novembre e. n."));
    }

    void arabicLevantineMonthsWesternDigits()
    {
        // As Syria writes dates, and as the package's own Arabic texts do ("في 23 شباط 2015"):
        // the Levantine month names, Western digits (the same digits as every count beside them).
        QVERIFY(Language::install(QStringLiteral("ar")));
        QCOMPARE(displayed("2012-07-19"), QStringLiteral("19 تموز 2012"));
        QCOMPARE(displayed("2014-09"), QStringLiteral("أيلول 2014"));
        QCOMPARE(datetext::timeOfDay(21 * 60 + 40), QStringLiteral("21:40"));
        QCOMPARE(datetext::groupedNumber(3580355), QStringLiteral("3,580,355"));
        QCOMPARE(datetext::formatMoment(gregorianNoon(1917, 11, 7), kRussia),
                 QStringLiteral("25 تشرين الأول 1917 بالتقويم القديم / 7 تشرين الثاني بالتقويم الجديد"));
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "testdatetext.moc"
