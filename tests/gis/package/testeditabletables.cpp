#include "support/packagefixture.h"
#include "package/edit/editabletables.h"
#include "package/edit/tablesave.h"
#include "package/datasetpackage.h"

#include <QTest>

using namespace dpa;
using namespace dpa::test;

// The edit mode's tables: read as text, written back byte for byte when untouched, new rows at
// the end, and a save that replaces every table or none.
class TestEditableTables : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void readsTheManifestsTables();
    void untouchedTablesAreWrittenBackAsTheyWere();
    void editsKeepRowOrderAndAppendNewRows();
    void quotingAndLineEndingsSurvive();
    void linesMapBackToRows();
    void saveWritesOnlyChangedTables();
    void saveRefusesATableChangedOnDisk();
    void saveFailingHalfWayLeavesTheOldFiles();
    void scratchCopyValidatesWithOverrides();
    void unreadableRowIsRefused();

private:
    QString file(const QString &name) const { return m_dir->filePath(QStringLiteral("pkg/") + name); }
    QString folder() const { return m_dir->filePath(QStringLiteral("pkg")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditableTables::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), folder()));
}

void TestEditableTables::readsTheManifestsTables()
{
    auto tables = EditableTables::load(folder());
    QVERIFY2(tables, qPrintable(tables ? QString() : tables.error().toString()));
    const EditableTable &claims = tables->table(EditableTables::Claims);
    QCOMPARE(claims.fileName(), QStringLiteral("claims.csv"));
    QCOMPARE(claims.rowCount(), 15);   // the example's claims.csv has 15 rows under its header
    QCOMPARE(claims.cell(0, QStringLiteral("feature")), QStringLiteral("arr18"));
    QCOMPARE(tables->table(EditableTables::Sources).rowCount(), 3);
    QCOMPARE(tables->table(EditableTables::Events).cell(2, QStringLiteral("id")), QStringLiteral("proclamation"));
    QCOMPARE(tables->kindOfFile(QStringLiteral("events.csv")), std::optional(EditableTables::Events));
    QVERIFY(!tables->isModified());
}

void TestEditableTables::untouchedTablesAreWrittenBackAsTheyWere()
{
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    for (auto kind : {EditableTables::Sources, EditableTables::Claims, EditableTables::Events})
        QCOMPARE(tables->table(kind).text().bytes, readAll(tables->table(kind).path()));
}

void TestEditableTables::editsKeepRowOrderAndAppendNewRows()
{
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    EditableTable &claims = tables->table(EditableTables::Claims);
    const QByteArray before = claims.text().bytes;
    claims.setCell(1, claims.column(QStringLiteral("confidence")), QStringLiteral("medium"));
    claims.insertRow(claims.rowCount(), {QStringLiteral("arrondissements"), QStringLiteral("arr04"), QStringLiteral("versailles"),
                                         QStringLiteral("claim"), QStringLiteral("1871-03-19"), QStringLiteral(".."),
                                         QStringLiteral("low"), QStringLiteral("tombs1999"), QStringLiteral("new, with a comma")});
    QVERIFY(claims.isModified());
    const QList<QByteArray> oldLines = before.split('\n'), newLines = claims.text().bytes.split('\n');
    // One line changed in place, one added at the end: a two-line diff.
    QCOMPARE(newLines.size(), oldLines.size() + 1);
    int differing = 0;
    for (int i = 0; i < oldLines.size() - 1; ++i)
        differing += oldLines[i] != newLines[i];
    QCOMPARE(differing, 1);
    QVERIFY(newLines[2].contains(",medium,"));
    // An edited row is written in our quoting; the untouched rows keep the file's ("elections"
    // in events.csv is quoted where it need not be, and stays so).
    QCOMPARE(newLines[newLines.size() - 2],
             QByteArray("arrondissements,arr04,versailles,claim,1871-03-19,..,low,tombs1999,\"new, with a comma\""));
    // Undoing by hand gives back the loaded text: nothing left to save.
    claims.takeRow(claims.rowCount() - 1);
    claims.setCell(1, claims.column(QStringLiteral("confidence")), QStringLiteral("high"));
    QVERIFY(!claims.isModified());
}

void TestEditableTables::quotingAndLineEndingsSurvive()
{
    const QByteArray crlf = "\xEF\xBB\xBFid,citation,url\r\na,\"Smith, J. \"\"Title\"\"\r\nsecond line\",\r\n";
    QVERIFY(writeAll(file(QStringLiteral("sources.csv")), crlf));
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    EditableTable &sources = tables->table(EditableTables::Sources);
    QCOMPARE(sources.cell(0, 1), QStringLiteral("Smith, J. \"Title\"\nsecond line"));
    QCOMPARE(sources.text().bytes, crlf);
    sources.insertRow(1, {QStringLiteral("b"), QStringLiteral("Other")});
    QCOMPARE(sources.text().bytes, crlf + "b,Other,\r\n");
}

void TestEditableTables::linesMapBackToRows()
{
    QVERIFY(writeAll(file(QStringLiteral("sources.csv")), "id,citation,url\na,\"two\nlines\",\nb,x,\n"));
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    const EditableTable::Text text = tables->table(EditableTables::Sources).text();
    QCOMPARE(text.rowLines, (std::vector<int>{2, 4}));
    QCOMPARE(text.rowAtLine(1), -1);   // the header
    QCOMPARE(text.rowAtLine(2), 0);
    QCOMPARE(text.rowAtLine(3), 0);
    QCOMPARE(text.rowAtLine(4), 1);
}

void TestEditableTables::saveWritesOnlyChangedTables()
{
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    EditableTable &events = tables->table(EditableTables::Events);
    events.setCell(0, events.column(QStringLiteral("title")), QStringLiteral("The cannon"));
    const QDateTime claimsTime = QFileInfo(file(QStringLiteral("claims.csv"))).lastModified();
    QTest::qWait(20);
    QCOMPARE(tables->save(), std::nullopt);
    QVERIFY(readAll(file(QStringLiteral("events.csv"))).contains("cannon,1871-03-18,The cannon,"));
    // An untouched row keeps the file's own quoting, even where it need not quote.
    QVERIFY(readAll(file(QStringLiteral("events.csv"))).contains("elections,1871-03-26,Election of the Commune,\"The Central"));
    QCOMPARE(QFileInfo(file(QStringLiteral("claims.csv"))).lastModified(), claimsTime);
    QVERIFY(!tables->isModified());
    // A second save after another edit checks against what the first one wrote.
    events.setCell(0, events.column(QStringLiteral("title")), QStringLiteral("The guns"));
    QCOMPARE(tables->save(), std::nullopt);
    QVERIFY(readAll(file(QStringLiteral("events.csv"))).contains("cannon,1871-03-18,The guns,"));
}

void TestEditableTables::saveRefusesATableChangedOnDisk()
{
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    EditableTable &claims = tables->table(EditableTables::Claims);
    claims.setCell(0, claims.column(QStringLiteral("note")), QStringLiteral("mine"));
    const QByteArray theirs = readAll(file(QStringLiteral("claims.csv"))) + "places,hotel_de_ville,versailles,claim,..,..,high,tombs1999,theirs\n";
    QVERIFY(writeAll(file(QStringLiteral("claims.csv")), theirs));
    const auto error = tables->save();
    QVERIFY(error);
    QCOMPARE(error->file, QStringLiteral("claims.csv"));
    QVERIFY2(error->message.contains(QLatin1String("changed on disk")), qPrintable(error->message));
    QCOMPARE(readAll(file(QStringLiteral("claims.csv"))), theirs);
    QVERIFY(tables->isModified());
}

void TestEditableTables::saveFailingHalfWayLeavesTheOldFiles()
{
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    const QByteArray oldSources = readAll(file(QStringLiteral("sources.csv")));
    const QByteArray oldEvents = readAll(file(QStringLiteral("events.csv")));
    EditableTable &sources = tables->table(EditableTables::Sources);
    sources.insertRow(sources.rowCount(), {QStringLiteral("lissagaray1876"), QStringLiteral("Lissagaray. Histoire de la Commune.")});
    EditableTable &claims = tables->table(EditableTables::Claims);
    claims.setCell(0, claims.column(QStringLiteral("sources")), QStringLiteral("lissagaray1876"));
    EditableTable &events = tables->table(EditableTables::Events);
    events.setCell(0, events.column(QStringLiteral("title")), QStringLiteral("changed"));

    auto pending = TableSave::prepare(*tables);
    QVERIFY(pending);
    QCOMPARE((*pending)->fileCount(), 3);
    // Between the check and the renames, claims.csv becomes a folder: the second rename fails
    // (a file cannot replace a folder), after sources.csv was already replaced. Root ignores a
    // read-only folder, which is why the test does not use one.
    const QByteArray oldClaims = readAll(file(QStringLiteral("claims.csv")));
    QVERIFY(QFile::remove(file(QStringLiteral("claims.csv"))));
    QVERIFY(QDir().mkdir(file(QStringLiteral("claims.csv"))));
    QVERIFY(writeAll(file(QStringLiteral("claims.csv/keep")), "x"));
    const auto error = (*pending)->commit();
    QVERIFY(error);
    QCOMPARE(error->file, QStringLiteral("claims.csv"));
    QVERIFY2(error->message.contains(QLatin1String("nothing was changed")), qPrintable(error->message));
    QCOMPARE(readAll(file(QStringLiteral("sources.csv"))), oldSources);
    QCOMPARE(readAll(file(QStringLiteral("events.csv"))), oldEvents);
    QVERIFY(tables->isModified());
    pending->reset();
    // No staged copies are left beside the tables.
    const QStringList left = QDir(folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    QCOMPARE(left, (QStringList{QStringLiteral("claims.csv"), QStringLiteral("events.csv"), QStringLiteral("layers"),
                                QStringLiteral("manifest.json"), QStringLiteral("sources.csv"), QStringLiteral("SOURCES.md")}));

    // With the folder gone again, the same edits save.
    QVERIFY(QDir(file(QStringLiteral("claims.csv"))).removeRecursively());
    QVERIFY(writeAll(file(QStringLiteral("claims.csv")), oldClaims));
    QCOMPARE(tables->save(), std::nullopt);
    QVERIFY(readAll(file(QStringLiteral("sources.csv"))).contains("lissagaray1876"));
    QVERIFY(DatasetPackage::load(folder()).isValid());
}

void TestEditableTables::scratchCopyValidatesWithOverrides()
{
    auto tables = EditableTables::load(folder());
    QVERIFY(tables);
    EditableTable &claims = tables->table(EditableTables::Claims);
    claims.setCell(4, claims.column(QStringLiteral("authority")), QStringLiteral("prussia"));
    QTemporaryDir scratchDir;
    auto scratch = tables->writeScratch(scratchDir.path());
    QVERIFY(scratch);
    DatasetPackage::LoadControl control;
    control.tableOverrides = scratch->overrides;
    const auto result = DatasetPackage::load(folder(), control);
    QVERIFY(result.study);
    QCOMPARE(result.problems.size(), 1);
    // Named as the package's file, at the line the row will have once saved.
    QCOMPARE(result.problems.first().file, QStringLiteral("claims.csv"));
    QCOMPARE(scratch->texts[EditableTables::Claims].rowAtLine(result.problems.first().line), 4);
    QVERIFY(result.problems.first().message.contains(QLatin1String("prussia")));
    // The package itself is untouched.
    QVERIFY(DatasetPackage::load(folder()).isValid());
}

void TestEditableTables::unreadableRowIsRefused()
{
    QVERIFY(writeAll(file(QStringLiteral("events.csv")), "id,date,title,text,features,sources\na,1871,x\"y,,,\n"));
    auto tables = EditableTables::load(folder());
    QVERIFY(!tables);
    QCOMPARE(tables.error().file, QStringLiteral("events.csv"));
    QCOMPARE(tables.error().line, 2);
}

QTEST_GUILESS_MAIN(TestEditableTables)
#include "testeditabletables.moc"
