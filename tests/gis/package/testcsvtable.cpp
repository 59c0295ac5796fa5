#include "package/csvtable.h"

#include <QTest>

using namespace dpa;

class TestCsvTable : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsKeepTheirLines();
    void byteOrderMarkAndCrLf();
    void errors_data();
    void errors();
};

void TestCsvTable::quotedFieldsKeepTheirLines()
{
    const QByteArray csv = "id,note\n"
                           "a,\"one, with comma\"\n"
                           "b,\"two\nlines and \"\"quotes\"\"\"\n"
                           "\n"
                           "c,plain\n";
    auto t = CsvTable::parse(csv, QStringLiteral("x.csv"));
    QVERIFY(t.ok());
    QCOMPARE(t->header(), (QStringList{QStringLiteral("id"), QStringLiteral("note")}));
    QCOMPARE(t->rows().size(), size_t(3));
    QCOMPARE(t->rows()[0].line, 2);
    QCOMPARE(t->cell(t->rows()[0], QStringLiteral("note")), QStringLiteral("one, with comma"));
    QCOMPARE(t->rows()[1].line, 3);
    QCOMPARE(t->cell(t->rows()[1], QStringLiteral("note")), QStringLiteral("two\nlines and \"quotes\""));
    // The blank line is skipped, and the row after the two-line field is on line 6.
    QCOMPARE(t->rows()[2].line, 6);
    QCOMPARE(t->missingColumns({QStringLiteral("id"), QStringLiteral("date")}), QStringList{QStringLiteral("date")});
}

void TestCsvTable::byteOrderMarkAndCrLf()
{
    auto t = CsvTable::parse("\xEF\xBB\xBFid,name\r\n1,Гавань\r\n", QStringLiteral("x.csv"));
    QVERIFY(t.ok());
    QCOMPARE(t->header().first(), QStringLiteral("id"));
    QCOMPARE(t->cell(t->rows()[0], QStringLiteral("name")), QStringLiteral("Гавань"));
}

void TestCsvTable::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"open\n\n") << 3 << "never closed";
    QTest::newRow("stray quote") << QByteArray("a,b\n1,x\"y\n") << 2 << "quote inside an unquoted field";
    QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n") << 2 << "after the closing quote";
    QTest::newRow("not UTF-8") << QByteArray("a,b\n1,\xff\xfe\n") << 0 << "not UTF-8";
    QTest::newRow("empty") << QByteArray("") << 1 << "empty";
}

void TestCsvTable::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    auto t = CsvTable::parse(csv, QStringLiteral("claims.csv"));
    QVERIFY(!t.ok());
    QCOMPARE(t.error().file, QStringLiteral("claims.csv"));
    QCOMPARE(t.error().line, line);
    QVERIFY2(t.error().message.contains(messagePart), qPrintable(t.error().message));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "testcsvtable.moc"
