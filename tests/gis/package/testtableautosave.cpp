#include "support/packagefixture.h"
#include "package/edit/editabletables.h"
#include "package/edit/tableautosave.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dpa;
using namespace dpa::test;

// The autosave of edited tables: only the changed tables, in the XDG state folder, applied back
// as edits only onto the tables it was based on, and never from a damaged folder.
class TestTableAutosave : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void folderIsUnderTheXdgStateHome();
    void writesOnlyTheChangedTablesAndAppliesThemAsEdits();
    void tablesChangedOnDiskAreNamed();
    void aDamagedAutosaveIsIgnored();
    void nothingModifiedLeavesNoAutosave();
    void keepMovesItAside();

private:
    QString folder() const { return m_dir->filePath(QStringLiteral("pkg")); }
    // Loads the package's tables and puts a note into claims.csv's first row.
    EditableTables edited(const QString &note);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestTableAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_state->path()));
    QVERIFY(copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), folder()));
}

void TestTableAutosave::cleanup()
{
    m_state.reset();
    m_dir.reset();
}

EditableTables TestTableAutosave::edited(const QString &note)
{
    auto tables = EditableTables::load(folder());
    EditableTable &claims = tables->table(EditableTables::Claims);
    claims.setCell(0, claims.column(QStringLiteral("note")), note);
    return std::move(*tables);
}

void TestTableAutosave::folderIsUnderTheXdgStateHome()
{
    const TableAutosave autosave(folder());
    QVERIFY(autosave.folder().startsWith(m_state->path() + QStringLiteral("/dpatlas/autosave/")));
    // One folder per package, the same for the same folder however it is written.
    QCOMPARE(TableAutosave(folder() + QStringLiteral("/.")).folder(), autosave.folder());
    QVERIFY(TableAutosave(m_dir->path()).folder() != autosave.folder());
    // Without XDG_STATE_HOME (or with a relative one, which the XDG rule ignores): ~/.local/state.
    qputenv("XDG_STATE_HOME", "relative/state");
    QCOMPARE(TableAutosave::root(), QDir::home().filePath(QStringLiteral(".local/state/dpatlas/autosave")));
}

void TestTableAutosave::writesOnlyTheChangedTablesAndAppliesThemAsEdits()
{
    EditableTables tables = edited(QStringLiteral("autosaved, with a comma"));
    const TableAutosave autosave(folder());
    const QDateTime at = QDateTime::fromString(QStringLiteral("2024-05-01T10:20:30.000Z"), Qt::ISODateWithMs);
    QCOMPARE(autosave.write(tables, at), std::nullopt);
    const QStringList files = QDir(autosave.folder()).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);   // autosave.json and claims-<time>.csv
    QVERIFY(files.contains(QStringLiteral("autosave.json")));
    const QJsonObject index = QJsonDocument::fromJson(readAll(QDir(autosave.folder()).filePath(QStringLiteral("autosave.json")))).object();
    QCOMPARE(index.value(QLatin1String("package")).toString(), folder());
    // The package's untouched files are as they were.
    QCOMPARE(readAll(folder() + QStringLiteral("/claims.csv")), readAll(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal/claims.csv")));

    auto fresh = EditableTables::load(folder());
    QVERIFY(fresh);
    const auto found = autosave.find(*fresh);
    QVERIFY(found);
    QCOMPARE(found->time, at);
    QVERIFY(found->changedOnDisk.isEmpty());
    QCOMPARE(autosave.apply(*fresh), std::nullopt);
    const EditableTable &claims = fresh->table(EditableTables::Claims);
    QCOMPARE(claims.cell(0, QStringLiteral("note")), QStringLiteral("autosaved, with a comma"));
    QCOMPARE(claims.text().bytes, tables.table(EditableTables::Claims).text().bytes);
    // Recovered rows are edits of the tables on disk: a save writes them.
    QVERIFY(claims.isModified());
    QVERIFY(!fresh->table(EditableTables::Sources).isModified());
    QCOMPARE(fresh->save(), std::nullopt);
    QVERIFY(readAll(folder() + QStringLiteral("/claims.csv")).contains(",\"autosaved, with a comma\"\n"));

    // A later write replaces the earlier one's table.
    EditableTables again = edited(QStringLiteral("second"));
    QCOMPARE(autosave.write(again, at.addSecs(60)), std::nullopt);
    QCOMPARE(QDir(autosave.folder()).entryList({QStringLiteral("claims-*.csv")}).size(), 1);
    QVERIFY(autosave.remove());
    QVERIFY(!QDir(autosave.folder()).exists());
    QVERIFY(!autosave.find(again));
}

void TestTableAutosave::tablesChangedOnDiskAreNamed()
{
    const TableAutosave autosave(folder());
    QCOMPARE(autosave.write(edited(QStringLiteral("mine"))), std::nullopt);
    // Another program changes sources.csv, a table the autosave did not change but was based on.
    QFile sources(folder() + QStringLiteral("/sources.csv"));
    QVERIFY(sources.open(QIODevice::Append));
    QVERIFY(sources.write("added,By another program,\n") > 0);
    sources.close();
    auto fresh = EditableTables::load(folder());
    QVERIFY(fresh);
    const auto found = autosave.find(*fresh);
    QVERIFY(found);
    QCOMPARE(found->changedOnDisk, QStringList{QStringLiteral("sources.csv")});
}

void TestTableAutosave::aDamagedAutosaveIsIgnored()
{
    const TableAutosave autosave(folder());
    QCOMPARE(autosave.write(edited(QStringLiteral("mine"))), std::nullopt);
    QVERIFY(autosave.exists());
    // A table cut short (the disk filled up as it was written) no longer matches its hash.
    const QString saved = QDir(autosave.folder()).filePath(QDir(autosave.folder()).entryList({QStringLiteral("claims-*.csv")}).first());
    QVERIFY(QFile::resize(saved, 40));
    auto fresh = EditableTables::load(folder());
    QVERIFY(!autosave.find(*fresh));
    QVERIFY(autosave.apply(*fresh));
    QVERIFY(!fresh->isModified());
}

void TestTableAutosave::nothingModifiedLeavesNoAutosave()
{
    const TableAutosave autosave(folder());
    QCOMPARE(autosave.write(edited(QStringLiteral("mine"))), std::nullopt);
    auto tables = EditableTables::load(folder());
    QCOMPARE(autosave.write(*tables), std::nullopt);
    QVERIFY(!autosave.exists());
    QVERIFY(!QDir(autosave.folder()).exists());
}

void TestTableAutosave::keepMovesItAside()
{
    const TableAutosave autosave(folder());
    QCOMPARE(autosave.write(edited(QStringLiteral("to compare"))), std::nullopt);
    QVERIFY(!autosave.keepPath().startsWith(autosave.folder()));
    QCOMPARE(autosave.keep(), std::nullopt);
    QVERIFY(!autosave.exists());
    const QStringList kept = QDir(autosave.keepPath()).entryList({QStringLiteral("claims-*.csv")});
    QCOMPARE(kept.size(), 1);
    QVERIFY(readAll(QDir(autosave.keepPath()).filePath(kept.first())).contains(",to compare\n"));
}

QTEST_GUILESS_MAIN(TestTableAutosave)
#include "testtableautosave.moc"
