#include "package/csvtable.h"

#include <QRandomGenerator>
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
    void badRowsCostOneRow_data();
    void badRowsCostOneRow();
    void partsReadAsTheWhole();
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
    QTest::newRow("not UTF-8") << QByteArray("a,b\n1,\xff\xfe\n") << 0 << "not UTF-8";
    QTest::newRow("empty") << QByteArray("") << 1 << "empty";
    QTest::newRow("semicolons") << QByteArray("a;b\n1;\"x\";\n") << 1 << "separated by semicolons";
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3,\0x\n", 13) << 3 << "not text";
    QTest::newRow("header cannot be read") << QByteArray("a,\"b\n1,2\n") << 1 << "never closed";
}

// What stops a whole file: without a header, or in the wrong encoding or separator, no row can
// be read, and the message names the real cause.
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

void TestCsvTable::badRowsCostOneRow_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QStringList>("kept");   // first cells of the rows read
    // The unclosed quote on line 3 would swallow the rest of the file: reading resumes on line 4.
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"open\n4,x\n5,\"y, z\"\n") << 3 << "never closed"
                                    << QStringList{"1", "4", "5"};
    QTest::newRow("stray quote") << QByteArray("a,b\n1,x\"y\n2,z\n") << 2 << "quote inside an unquoted field" << QStringList{"2"};
    QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n2,z\n") << 2 << "after the closing quote" << QStringList{"2"};
    // A good multi-line field before the bad row keeps its lines counted.
    QTest::newRow("after a multi-line field") << QByteArray("a,b\n1,\"two\nlines\"\n2,x\"y\n3,z\n") << 4 << "quote inside"
                                              << QStringList{"1", "3"};
}

// One bad row in a spreadsheet of claims costs that row, reported with its line, never the
// rows after it.
void TestCsvTable::badRowsCostOneRow()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    QFETCH(QStringList, kept);
    auto t = CsvTable::parse(csv, QStringLiteral("claims.csv"));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
    QCOMPARE(t->problems().size(), 1);
    QCOMPARE(t->problems().first().file, QStringLiteral("claims.csv"));
    QCOMPARE(t->problems().first().line, line);
    QVERIFY2(t->problems().first().message.contains(messagePart), qPrintable(t->problems().first().message));
    QStringList first;
    for (const auto &row : t->rows())
        first << row.cells.value(0);
    QCOMPARE(first, kept);
}

namespace {

std::vector<CsvRow> readAll(CsvReader &reader)
{
    std::vector<CsvRow> rows;
    CsvRow row;
    while (reader.next(row))
        rows.push_back(row);
    return rows;
}

// A claims-like file whose notes have commas, doubled quotes and line breaks inside quotes.
QByteArray quotedTable(int rows, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray csv = "layer,feature,note\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += "cells,c" + QByteArray::number(i) + ',';
        switch (rng.bounded(4)) {
        case 0: csv += "plain"; break;
        case 1: csv += "\"with, comma\""; break;
        case 2: csv += "\"two\nlines, \"\"quoted\"\"\""; break;
        default: csv += "\"\"\"\n\n\""; break;
        }
        csv += i % 3 ? "\n" : "\r\n";
    }
    return csv;
}

} // namespace

// claims.csv is cut into parts read on every core: the parts of a well-formed file give the
// same rows, with the same lines, as one reading; in a file with a quoting mistake a cut may
// fall inside a record, and then some part must say so, so that the file is read again whole.
void TestCsvTable::partsReadAsTheWhole()
{
    for (const quint32 seed : {1u, 2u, 3u}) {
        const QByteArray csv = quotedTable(3000, seed);
        auto whole = CsvReader::open(csv, QStringLiteral("claims.csv"), CsvSeparator::PackageComma);
        QVERIFY(whole.ok());
        const std::vector<CsvRow> expected = readAll(*whole);
        QCOMPARE(int(expected.size()), 3000);
        QVERIFY(expected.back().line > 3001);   // line breaks inside quotes counted
        for (int parts : {2, 3, 7, 64}) {
            auto reader = CsvReader::open(csv, QStringLiteral("claims.csv"), CsvSeparator::PackageComma);
            std::vector<CsvReader> readers = reader->split(parts);
            QVERIFY(readers.size() > 1);
            std::vector<CsvRow> rows;
            for (CsvReader &part : readers) {
                QVERIFY(part.problems().isEmpty());
                const std::vector<CsvRow> mine = readAll(part);
                QVERIFY(part.problems().isEmpty());
                rows.insert(rows.end(), mine.begin(), mine.end());
            }
            QCOMPARE(rows.size(), expected.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                QCOMPARE(rows[i].line, expected[i].line);
                QCOMPARE(rows[i].cells, expected[i].cells);
            }
        }
        // A stray quote early on shifts which line ends are inside quotes.
        QByteArray broken = csv;
        broken.insert(broken.indexOf("plain"), "x\"");
        auto reader = CsvReader::open(broken, QStringLiteral("claims.csv"), CsvSeparator::PackageComma);
        std::vector<CsvReader> readers = reader->split(7);
        bool someProblem = false;
        for (CsvReader &part : readers) {
            readAll(part);
            someProblem = someProblem || !part.problems().isEmpty();
        }
        QVERIFY(someProblem);
    }
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "testcsvtable.moc"
