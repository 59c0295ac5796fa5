// `dpatlas-cli import` run as a historian would: their own spreadsheet, in their own column
// names, saved as whatever their office suite writes, added to a package; every bad row
// explained at its line in their file, and nothing written until every row is good.

#include "package/csvtable.h"
#include "support/clirun.h"
#include "support/packagefixture.h"
#include "support/vectortranslate.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>


using namespace dpa;

namespace {

using Rows = QList<QStringList>;

QByteArray tableText(const Rows &rows, QChar separator, const QByteArray &newline = "\n")
{
    QByteArray text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &cell : row)
            fields << (cell.contains(separator) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
                           ? QLatin1Char('"') + QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"')
                           : cell);
        text += fields.join(separator).toUtf8() + newline;
    }
    return text;
}

// A workbook as an office suite saves it, made by GDAL from a CSV: every cell text, or with
// `typed` the date columns as real date cells, as a spreadsheet keeps typed-in modern dates.
bool makeWorkbook(const QString &csv, const QString &to, const char *driver, bool typed)
{
    return test::translateVector(csv, to, driver, {}, {typed ? QStringLiteral("AUTODETECT_TYPE=YES") : QStringLiteral("AUTODETECT_TYPE=NO")});
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void claimsInEveryTableForm_data();
    void claimsInEveryTableForm();
    void everyBadRowIsExplainedAndNothingWritten();
    void rowsAreCheckedWithThePackageRows();
    void columnsNamedWithMap();
    void xlsxDateCellsBefore1900AreNotGuessed();
    void eventsAndSourcesWithoutIds();
    void replaceSwapsTheRows();

private:
    using Run = test::CliRun;
    static Run run(const QStringList &args) { return test::runCli(args); }
    QString package() const { return m_dir.filePath(QStringLiteral("pkg")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QByteArray packageFile(const QString &name) const { return test::readAll(QDir(package()).filePath(name)); }
    std::unique_ptr<QTemporaryDir> m_dirOwner;
    QDir m_dir;
};

void TestImportCommand::init()
{
    m_dirOwner = std::make_unique<QTemporaryDir>();
    m_dir = QDir(m_dirOwner->path());
    QVERIFY(test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), package()));
}

// The spreadsheet: its own headings, names where we have ids, citations in the source
// column. Hôtel de Ville fought over on 22 March 1871 (not so in the example: a test value
// the state must then show) and the 4th held by the committee, cited to a new source.
const Rows kHistorianRows{
    {"place", "holder", "role", "from", "until", "certainty", "source", "remarks"},
    {"Paris City Hall (Hôtel de Ville)", "Thiers government (Versailles)", "contested", "1871-03-22", "1871-03-22", "medium",
     "Tombs 1999 [tombs1999]", "Test row: a sortie against the Hôtel de Ville"},
    {"arr04", "Central Committee of the National Guard", "control", "1871-03-23", "1871-03-28", "high",
     "Lissagaray 1876, p. 80 [lissagaray1876]; Tombs 1999 [tombs1999]", "Test row; with a semicolon"},
};

void TestImportCommand::claimsInEveryTableForm_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("separator");
    QTest::addColumn<QByteArray>("driver");   // empty: the CSV itself
    QTest::addColumn<QString>("said");        // how the report names the form
    QTest::newRow("comma") << "claims.csv" << QByteArray(",") << QByteArray() << "comma-separated CSV";
    QTest::newRow("semicolon") << "claims.csv" << QByteArray(";") << QByteArray() << "semicolon-separated CSV";
    QTest::newRow("tab") << "claims.tsv" << QByteArray("\t") << QByteArray() << "tab-separated text";
    QTest::newRow("BOM and CRLF") << "claims.csv" << QByteArray("bom-crlf") << QByteArray() << "comma-separated CSV";
    QTest::newRow("xlsx") << "claims.xlsx" << QByteArray(",") << QByteArray("XLSX") << "sheet \"claims-source\" of an .xlsx workbook";
    QTest::newRow("ods with date cells") << "claims.ods" << QByteArray("typed") << QByteArray("ODS") << ".ods workbook";
    QTest::newRow("ods") << "claims.ods" << QByteArray(",") << QByteArray("ODS") << "sheet \"claims-source\" of an .ods workbook";
}

void TestImportCommand::claimsInEveryTableForm()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, separator);
    QFETCH(QByteArray, driver);
    QFETCH(QString, said);
    QByteArray text = separator == "bom-crlf" ? "\xEF\xBB\xBF" + tableText(kHistorianRows, QLatin1Char(','), "\r\n")
                                              : tableText(kHistorianRows, QLatin1Char(separator == "typed" ? ',' : separator[0]));
    QString input = file(name);
    if (!driver.isEmpty()) {
        QVERIFY(test::writeAll(file(QStringLiteral("claims-source.csv")), text));
        QVERIFY(makeWorkbook(file(QStringLiteral("claims-source.csv")), input, driver.constData(), separator == "typed"));
    } else {
        QVERIFY(test::writeAll(input, text));
    }
    const QByteArray claimsBefore = packageFile(QStringLiteral("claims.csv"));
    const Run before = run({QStringLiteral("state"), package(), QStringLiteral("--at"), QStringLiteral("1871-03-22")});
    QVERIFY(before.out.contains(QStringLiteral("places,hotel_de_ville,Paris City Hall (Hôtel de Ville),dual,")));

    const Run r = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), input,
                       QStringLiteral("--source-pattern"), QStringLiteral("\\[(?<id>\\w+)\\]")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(said), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("feature ← \"place\"")) && r.out.contains(QStringLiteral("start ← \"from\"")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\"Paris City Hall (Hôtel de Ville)\" → places/hotel_de_ville")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Added 2 row(s) to claims.csv (15 before, 17 now)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("lissagaray1876: Lissagaray 1876, p. 80")), qPrintable(r.out));

    // The package's file keeps its bytes and gains two rows that say what the user's did.
    const QByteArray claimsAfter = packageFile(QStringLiteral("claims.csv"));
    QVERIFY(claimsAfter.startsWith(claimsBefore));
    const auto table = CsvTable::parse(claimsAfter, QStringLiteral("claims.csv"));
    QVERIFY(table && table->rows().size() == 17);
    QCOMPARE(table->rows()[15].cells, (QStringList{"places", "hotel_de_ville", "versailles", "contested", "1871-03-22", "1871-03-22",
                                                   "medium", "tombs1999", "Test row: a sortie against the Hôtel de Ville"}));
    QCOMPARE(table->rows()[16].cells, (QStringList{"arrondissements", "arr04", "central_committee", "control", "1871-03-23",
                                                   "1871-03-28", "high", "lissagaray1876;tombs1999", "Test row; with a semicolon"}));
    QVERIFY(packageFile(QStringLiteral("sources.csv")).endsWith("lissagaray1876,\"Lissagaray 1876, p. 80\",\n"));

    // And the map says so: the package validates and the Hôtel de Ville is fought over that day.
    QCOMPARE(run({QStringLiteral("validate"), package()}).exitCode, 0);
    const Run after = run({QStringLiteral("state"), package(), QStringLiteral("--at"), QStringLiteral("1871-03-22")});
    QVERIFY2(after.out.contains(QStringLiteral("places,hotel_de_ville,Paris City Hall (Hôtel de Ville),contested,")), qPrintable(after.out));
}

// One row per mistake a spreadsheet holds, a quoted note over two lines first so that the
// lines named are the file's lines, not its row numbers.
void TestImportCommand::everyBadRowIsExplainedAndNothingWritten()
{
    const Rows rows{
        {"feature", "authority", "role", "start", "end", "confidence", "sources", "note"},
        {"arr04", "versailles", "claim", "1871-03-20", "1871-03-21", "high", "tombs1999", "a good row\nover two lines"},
        {"City Hall", "versailles", "claim", "1871-03-20", "1871-03-21", "high", "tombs1999", ""},        // line 4
        {"arr04", "Sovnarkom", "claim", "1871-03-20", "1871-03-21", "high", "tombs1999", ""},            // 5
        {"arr04", "versailles", "claim", "1871.03.20.", "1871-03-21", "high", "tombs1999", ""},          // 6
        {"arr04", "versailles", "claim", "20/03/1871", "25 March 1871", "high", "tombs1999", ""},        // 7
        {"arr04", "versailles", "claim", "1871-03-20", "1871-03-21", "0,7", "tombs1999", ""},            // 8
        {"arr04", "versailles", "claim", "1871-03-25", "1871-03-21", "high", "tombs1999", ""},           // 9
        {"arr04", "versailles", "occupy", "1871-03-20", "1871-03-21", "high", "tombs1999", ""},          // 10
        {"arr04", "versailles", "claim", "1871-03-20", "1871-03-21", "high", "Smith 1990, p. 4", ""},    // 11
        {"arr04", "versailles", "claim", "1871-03-20", "1871-03-21", "high", "", ""},                    // 12
    };
    QVERIFY(test::writeAll(file(QStringLiteral("bad.csv")), tableText(rows, QLatin1Char(','))));
    const QByteArray claims = packageFile(QStringLiteral("claims.csv")), sources = packageFile(QStringLiteral("sources.csv"));
    const Run r = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("bad.csv")),
                       QStringLiteral("--layer"), QStringLiteral("arrondissements")});
    QCOMPARE(r.exitCode, 1);
    const QString bad = file(QStringLiteral("bad.csv"));
    const QList<std::pair<int, QString>> expected{
        {4, "no feature of layer \"arrondissements\" has the id or name \"City Hall\""},
        {5, "authority \"Sovnarkom\" is not in the manifest (its authorities: versailles (Thiers government (Versailles))"},
        {6, "start: \"1871.03.20.\": write 1871-03-20 (year-month-day, with hyphens)"},
        {7, "start: \"20/03/1871\": write 1871-03-20 (year-month-day), or give --dates dmy"},
        {7, "end: \"25 March 1871\": write 1871-03-25 (year-month-day)"},
        {8, "confidence \"0,7\": write 0.7 (a decimal point, not a comma)"},
        {9, "end 1871-03-21 is before start 1871-03-25"},
        {10, "role \"occupy\" is not one of control, claim, contested, occupation, presence"},
        {11, "source \"Smith 1990, p. 4\" is not in sources.csv; if this column holds citations, give --source-pattern"},
        {12, "claim cites no source: every claim needs one"},
    };
    for (const auto &[line, message] : expected)
        QVERIFY2(r.err.contains(QStringLiteral("%1:%2: %3").arg(bad).arg(line).arg(message)), qPrintable(QString::number(line) + QLatin1Char(' ') + r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("%1:2:").arg(bad)), qPrintable(r.err));   // the good row is not blamed
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was written")), qPrintable(r.err));
    QCOMPARE(packageFile(QStringLiteral("claims.csv")), claims);
    QCOMPARE(packageFile(QStringLiteral("sources.csv")), sources);

    // With the day-first order given, row 7's start is read; the rest still stands in the way.
    const Run dmy = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), bad, QStringLiteral("--layer"),
                         QStringLiteral("arrondissements"), QStringLiteral("--dates"), QStringLiteral("dmy")});
    QCOMPARE(dmy.exitCode, 1);
    QVERIFY(!dmy.err.contains(QStringLiteral("20/03/1871")));
    QCOMPARE(packageFile(QStringLiteral("claims.csv")), claims);
}

// Rules that compare rows (shares of one feature may not add up past 1) see the package's rows
// and the new ones together, and blame the user's line.
void TestImportCommand::rowsAreCheckedWithThePackageRows()
{
    const Rows first{{"layer", "feature", "authority", "role", "start", "end", "sources", "share"},
                     {"arrondissements", "arr04", "central_committee", "control", "1871-03-20", "1871-03-21", "tombs1999", "0.6"}};
    QVERIFY(test::writeAll(file(QStringLiteral("first.csv")), tableText(first, QLatin1Char(','))));
    const Run ok = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("first.csv"))});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    // The share column is new to the package's table: it is rewritten with it, and validates.
    QVERIFY(packageFile(QStringLiteral("claims.csv")).startsWith("layer,feature,authority,role,start,end,confidence,sources,note,share\n"));
    QCOMPARE(run({QStringLiteral("validate"), package()}).exitCode, 0);

    const Rows second{{"layer", "feature", "authority", "role", "start", "end", "sources", "share"},
                      {"arrondissements", "arr04", "versailles", "control", "1871-03-20", "1871-03-21", "tombs1999", "0.6"}};
    QVERIFY(test::writeAll(file(QStringLiteral("second.csv")), tableText(second, QLatin1Char(','))));
    const QByteArray claims = packageFile(QStringLiteral("claims.csv"));
    const Run refused = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("second.csv"))});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(file(QStringLiteral("second.csv")) + QStringLiteral(":2: the shares of arrondissements/arr04")), qPrintable(refused.err));
    QCOMPARE(packageFile(QStringLiteral("claims.csv")), claims);
}

// GDAL writes 22 March 1871 into an .xlsx date cell and reads back the 23rd; Excel cannot hold
// the date at all. Such a cell is refused with what to do, never read a day off.
void TestImportCommand::xlsxDateCellsBefore1900AreNotGuessed()
{
    QVERIFY(test::writeAll(file(QStringLiteral("dated.csv")), tableText(kHistorianRows, QLatin1Char(','))));
    QVERIFY(makeWorkbook(file(QStringLiteral("dated.csv")), file(QStringLiteral("dated.xlsx")), "XLSX", true));
    const QByteArray claims = packageFile(QStringLiteral("claims.csv"));
    const Run r = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("dated.xlsx")),
                       QStringLiteral("--source-pattern"), QStringLiteral("\\[(\\w+)\\]")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file(QStringLiteral("dated.xlsx")) + QStringLiteral(":2: column \"from\" holds a date cell before 1 March 1900")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("type the date as text")), qPrintable(r.err));
    QCOMPARE(packageFile(QStringLiteral("claims.csv")), claims);
}

void TestImportCommand::columnsNamedWithMap()
{
    const Rows rows{{"District", "Power", "Kind", "Beginning", "Ending", "Ref"},
                    {"arr18", "versailles", "claim", "1871-03-20", "1871-03-21", "tombs1999"}};
    QVERIFY(test::writeAll(file(QStringLiteral("own.csv")), tableText(rows, QLatin1Char(','))));
    const Run missing = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("own.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("no column for \"role\": name it with --map role=HEADING (the file's columns: "
                                                 "\"District\", \"Power\", \"Kind\", \"Beginning\", \"Ending\", \"Ref\")")), qPrintable(missing.err));
    const Run wrong = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("own.csv")),
                           QStringLiteral("--map"), QStringLiteral("role=Type")});
    QVERIFY2(wrong.err.contains(QStringLiteral("--map role=Type: the file has no column \"Type\"")), qPrintable(wrong.err));
    const Run r = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("own.csv")),
                       QStringLiteral("--map"), QStringLiteral("role=Kind"), QStringLiteral("--map"), QStringLiteral("start=Beginning"),
                       QStringLiteral("--map"), QStringLiteral("end=Ending"), QStringLiteral("--layer"), QStringLiteral("arrondissements")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("authority ← \"Power\"")) && r.out.contains(QStringLiteral("role ← \"Kind\"")), qPrintable(r.out));
    QVERIFY(packageFile(QStringLiteral("claims.csv")).endsWith("arrondissements,arr18,versailles,claim,1871-03-20,1871-03-21,,tombs1999,\n"));
}

// Events and sources as historians list them, without ids: ids are made from titles and
// citations, never clashing with the package's, and the translated titles kept.
void TestImportCommand::eventsAndSourcesWithoutIds()
{
    const Rows sources{{"Reference", "Link"},
                       {"Tombs, Robert. The War against Paris, 1871. Cambridge: Cambridge University Press, 1981.", ""},
                       {"Tombs, Robert. Paris, bivouac des révolutions. Paris: Libertalia, 2014; 1999 reprint", ""}};
    QVERIFY(test::writeAll(file(QStringLiteral("sources.tsv")), tableText(sources, QLatin1Char('\t'))));
    const Run s = run({QStringLiteral("import"), package(), QStringLiteral("--sources"), file(QStringLiteral("sources.tsv"))});
    QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
    QVERIFY2(s.out.contains(QStringLiteral("2 id(s) made from the rows' citations")), qPrintable(s.out));
    const QByteArray written = packageFile(QStringLiteral("sources.csv"));
    QVERIFY(written.contains("\ntombs1981,\"Tombs, Robert. The War against Paris, 1871."));
    QVERIFY2(written.contains("\ntombs1999_2,\"Tombs, Robert. Paris, bivouac"), written.constData());   // tombs1999 is taken

    const Rows events{{"Title", "Date", "Description", "Places", "Source", "title_fr"},
                      {"The barricades go up", "1871-03-21", "Test event.", "18th arrondissement (Butte-Montmartre)", "tombs1981", "Les barricades"},
                      {"The barricades go up", "1871-03-22/1871-03-23", "Test event, again.", "arrondissements/arr04;Montmartre hill", "tombs1981", ""}};
    QVERIFY(test::writeAll(file(QStringLiteral("events.csv")), tableText(events, QLatin1Char(';'))));
    const Run e = run({QStringLiteral("import"), package(), QStringLiteral("--events"), file(QStringLiteral("events.csv"))});
    QVERIFY2(e.exitCode == 0, qPrintable(e.out + e.err));
    const auto table = CsvTable::parse(packageFile(QStringLiteral("events.csv")), QStringLiteral("events.csv"));
    QVERIFY(table);
    const CsvTable::Row &last = table->rows().back(), &before = table->rows()[table->rows().size() - 2];
    QCOMPARE(table->cell(before, QStringLiteral("id")), QStringLiteral("the_barricades_go_up"));
    QCOMPARE(table->cell(before, QStringLiteral("features")), QStringLiteral("arrondissements/arr18"));
    QCOMPARE(table->cell(before, QStringLiteral("title_fr")), QStringLiteral("Les barricades"));
    QCOMPARE(table->cell(last, QStringLiteral("id")), QStringLiteral("the_barricades_go_up_2"));
    QCOMPARE(table->cell(last, QStringLiteral("date")), QStringLiteral("1871-03-22/1871-03-23"));
    QCOMPARE(table->cell(last, QStringLiteral("features")), QStringLiteral("arrondissements/arr04;places/butte_montmartre"));
    QCOMPARE(run({QStringLiteral("validate"), package()}).exitCode, 0);
}

void TestImportCommand::replaceSwapsTheRows()
{
    const Rows rows{{"layer", "feature", "authority", "role", "start", "end", "sources"},
                    {"arrondissements", "arr18", "versailles", "claim", "..", "..", "tombs1999"}};
    QVERIFY(test::writeAll(file(QStringLiteral("one.csv")), tableText(rows, QLatin1Char(','))));
    const Run r = run({QStringLiteral("import"), package(), QStringLiteral("--claims"), file(QStringLiteral("one.csv")), QStringLiteral("--replace")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(15 before, replaced, 1 now)")), qPrintable(r.out));
    const auto table = CsvTable::parse(packageFile(QStringLiteral("claims.csv")), QStringLiteral("claims.csv"));
    QVERIFY(table && table->rows().size() == 1);
    const Run state = run({QStringLiteral("state"), package(), QStringLiteral("--at"), QStringLiteral("1871-03-22")});
    QVERIFY2(state.out.contains(QStringLiteral("arrondissements,arr18,18th arrondissement (Butte-Montmartre),held,,versailles,")), qPrintable(state.out));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "testimportcommand.moc"
