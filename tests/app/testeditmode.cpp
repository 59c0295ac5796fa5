#include "support/clirun.h"
#include "support/nextmessagebox.h"
#include "support/packagefixture.h"
#include "editing/applyclaimdialog.h"
#include "editing/autosave.h"
#include "editing/editmode.h"
#include "editing/editpanel.h"
#include "editing/editsession.h"
#include "editing/edittablemodel.h"
#include "editing/problemlist.h"
#include "mainwindow.h"
#include "map/mapcanvas.h"
#include "package/edit/tableautosave.h"
#include "time/historicaldate.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace dpa;
using namespace dpa::test;

// Edit mode as a user drives it, on a copy of the example package: edit a cell, undo and redo,
// apply a claim to features selected on the map, see a bad edit named in the problems, save,
// and be asked before closing with unsaved edits.
class TestEditMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editCellUndoRedo();
    void filterAndInForceHighlight();
    void applyClaimToTwoSelectedFeatures();
    void badAuthorityIsNamedAndLeadsToItsRow();
    void saveWritesAValidPackageWithTheEdits();
    void closingAsksAboutUnsavedEdits();
    void discardThenAFailedOpenKeepsTheEdits();
    void recoveryAfterAKilledProcess();
    void discardAndLaterAtRecovery();
    void autosaveOfChangedTablesIsNotApplied();
    void shortcutsListTheEditKeys();

private:
    TimePoint day(const char *date) { return HistoricalDate::parse(QString::fromLatin1(date), Calendar::Gregorian)->queryTime(); }
    QPoint widgetPosOf(const QString &featureId) const;
    EditMode *edit() const { return m_window->editMode(); }
    EditPanel *panel() const { return edit()->panel(); }
    EditTableModel *claims() const { return edit()->session()->model(EditableTables::Claims); }
    int claimsColumn(const char *name) const { return claims()->table().column(QLatin1String(name)); }
    // Edits a cell as a user does: double-click, type into the editor, Enter.
    void typeIntoCell(int row, const char *column, const QString &text);
    void waitForCheck();
    // Offscreen, a closed dialog leaves no window active (a window manager would give the
    // activation back to the main window), and shortcuts go to the active window only.
    void activate()
    {
        m_window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    }
    ControlStatus statusOf(const char *feature, const char *date);
    // Presses a button of the message box `name` once it appears.
    void answerMessageBox(const QString &name, QMessageBox::StandardButton button, bool *seen);
    // A new window, shown, with nothing open (as after a restart).
    void newWindow();
    // Edits claims.csv's first note and waits for the autosave to hold it; then the window goes
    // without closing, as in a crash (no question, no save).
    void editAutosaveAndCrash(const QString &note);
    QByteArray autosavedClaims() const;
    QString autosaveFolder() const { return TableAutosave(m_package).folder(); }

    QTemporaryDir m_state;   // XDG_STATE_HOME: the autosaves

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_package;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DualPowerAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas-test-editmode"));
    QVERIFY(m_state.isValid());
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_state.path()));
    QVERIFY(TableAutosave::root().startsWith(m_state.path()));
}

void TestEditMode::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_package = m_dir->filePath(QStringLiteral("example"));
    QVERIFY(copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), m_package));
    newWindow();
    QVERIFY(m_window->openPackage(m_package));
    edit()->toggleAction()->trigger();
    QVERIFY(edit()->session());
    QVERIFY(edit()->dock()->isVisible());
    waitForCheck();
    QCOMPARE(panel()->problemList()->problems().size(), 0);
}

void TestEditMode::cleanup()
{
    m_window.reset();
    QDir(TableAutosave::root()).removeRecursively();
    m_dir.reset();
}

void TestEditMode::newWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

QByteArray TestEditMode::autosavedClaims() const
{
    const QStringList saved = QDir(autosaveFolder()).entryList({QStringLiteral("claims-*.csv")}, QDir::Files);
    return saved.size() == 1 && QFile::exists(QDir(autosaveFolder()).filePath(QStringLiteral("autosave.json")))
               ? readAll(QDir(autosaveFolder()).filePath(saved.first()))
               : QByteArray();
}

void TestEditMode::editAutosaveAndCrash(const QString &note)
{
    edit()->setAutosaveInterval(50);
    QCOMPARE(edit()->autosave()->interval(), 50);
    typeIntoCell(0, "note", note);
    QTRY_VERIFY(autosavedClaims().contains(note.toUtf8()));
    m_window.reset();
    QVERIFY(QFile::exists(QDir(autosaveFolder()).filePath(QStringLiteral("autosave.json"))));
    QVERIFY(!readAll(m_package + QStringLiteral("/claims.csv")).contains(note.toUtf8()));
}

QPoint TestEditMode::widgetPosOf(const QString &featureId) const
{
    const MapCanvas *canvas = m_window->canvas();
    for (const auto &layer : canvas->scene()->layers())
        for (const auto &item : layer.items)
            if (item.feature && item.feature->id == featureId)
                return canvas->view().worldToPixel().map(item.labelAnchor).toPoint();
    return {};
}

void TestEditMode::typeIntoCell(int row, const char *column, const QString &text)
{
    QTableView *view = panel()->view(EditableTables::Claims);
    panel()->tabs()->setCurrentWidget(view);
    const QModelIndex at = static_cast<QSortFilterProxyModel *>(view->model())->mapFromSource(claims()->index(row, claimsColumn(column)));
    view->scrollTo(at);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(at).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(at).center());
    QWidget *editor = view->indexWidget(at);   // the open editor of that cell
    QVERIFY(editor);
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        QCOMPARE(box->objectName(), QStringLiteral("cellChoice"));
        box->setCurrentText(text);
    } else {
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->setText(text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits an editor's data on Return through a queued call.
    QTRY_COMPARE(claims()->table().cell(row, QLatin1String(column)), text);
}

void TestEditMode::waitForCheck()
{
    QTRY_VERIFY_WITH_TIMEOUT(edit()->validation()->isIdle(), 10000);
}

ControlStatus TestEditMode::statusOf(const char *feature, const char *date)
{
    const CaseStudy *study = m_window->study();
    const int f = study->model.featureIndex({QStringLiteral("arrondissements"), QLatin1String(feature)});
    return study->index.stateOf(f, day(date)).status;
}

void TestEditMode::answerMessageBox(const QString &name, QMessageBox::StandardButton button, bool *seen)
{
    QTimer::singleShot(0, this, [this, name, button, seen] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->objectName() == name && box->isVisible()) {
                *seen = true;
                box->button(button)->click();
                return;
            }
        answerMessageBox(name, button, seen);   // not shown yet
    });
}

void TestEditMode::editCellUndoRedo()
{
    // Row 4 of claims.csv: the Central Committee's control of the 18th from 19 March.
    QCOMPARE(claims()->table().cell(4, QStringLiteral("authority")), QStringLiteral("central_committee"));
    QCOMPARE(statusOf("arr18", "1871-03-20"), ControlStatus::Dual);
    typeIntoCell(4, "authority", QStringLiteral("versailles"));
    QCOMPARE(claims()->table().cell(4, QStringLiteral("authority")), QStringLiteral("versailles"));
    QCOMPARE(edit()->session()->undoStack()->count(), 1);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[*]")));
    // The map follows once the edit is checked: the government holds both title and ground.
    waitForCheck();
    QCOMPARE(statusOf("arr18", "1871-03-20"), ControlStatus::Held);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(claims()->table().cell(4, QStringLiteral("authority")), QStringLiteral("central_committee"));
    QVERIFY(!m_window->isWindowModified());
    waitForCheck();
    QCOMPARE(statusOf("arr18", "1871-03-20"), ControlStatus::Dual);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(claims()->table().cell(4, QStringLiteral("authority")), QStringLiteral("versailles"));
    QVERIFY(m_window->isWindowModified());
    waitForCheck();
    QCOMPARE(statusOf("arr18", "1871-03-20"), ControlStatus::Held);
}

void TestEditMode::filterAndInForceHighlight()
{
    QTableView *view = panel()->view(EditableTables::Claims);
    QTest::keyClicks(panel()->filterLine(), QStringLiteral("arr04 control"));
    QCOMPARE(view->model()->rowCount(), 2);   // the government's control, then the Committee's
    panel()->filterLine()->clear();
    QCOMPARE(view->model()->rowCount(), 15);
    // On 20 March the Committee's control of the 18th (row 4) is in force, the government's
    // (row 1, to 17 March) is not.
    m_window->timeline()->setTime(day("1871-03-20"));
    QVERIFY(claims()->isInForce(4));
    QVERIFY(!claims()->isInForce(1));
    QVERIFY(claims()->index(4, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!claims()->index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(panel()->inForceBox()->text().contains(QLatin1String("20 Mar 1871")));
    m_window->timeline()->setTime(day("1871-03-15"));
    QVERIFY(claims()->isInForce(1));
    QVERIFY(!claims()->isInForce(4));
}

void TestEditMode::applyClaimToTwoSelectedFeatures()
{
    QCOMPARE(statusOf("arr18", "1871-03-25"), ControlStatus::Dual);
    QCOMPARE(statusOf("arr04", "1871-03-25"), ControlStatus::Dual);
    const int rowsBefore = claims()->rowCount();
    MapCanvas *canvas = m_window->canvas();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, widgetPosOf(QStringLiteral("arr18")));
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, widgetPosOf(QStringLiteral("arr04")));
    QCOMPARE(edit()->selection().size(), 2);
    QVERIFY(panel()->applyClaimButton()->isEnabled());
    QCOMPARE(canvas->view().highlightFeatures.size(), size_t(2));
    // A plain click starts again; Ctrl+click on a selected feature takes it out.
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, widgetPosOf(QStringLiteral("arr04")));
    QCOMPARE(edit()->selection().size(), 1);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, widgetPosOf(QStringLiteral("arr04")));

    ApplyClaimDialog *dialog = edit()->openApplyClaim();
    QVERIFY(dialog);
    dialog->authority()->setCurrentIndex(dialog->authority()->findData(QStringLiteral("versailles")));
    dialog->role()->setCurrentText(QStringLiteral("contested"));
    dialog->start()->setText(QStringLiteral("1871-03-25"));
    dialog->end()->setText(QStringLiteral("1871-03-25"));
    dialog->note()->setText(QStringLiteral("A sortie, for the test"));
    for (int i = 0; i < dialog->sources()->count(); ++i)
        if (dialog->sources()->item(i)->data(Qt::UserRole) == QStringLiteral("tombs1999"))
            dialog->sources()->item(i)->setCheckState(Qt::Checked);
    dialog->accept();

    QCOMPARE(claims()->rowCount(), rowsBefore + 2);
    QCOMPARE(edit()->session()->undoStack()->count(), 1);
    QCOMPARE(claims()->table().cell(rowsBefore, QStringLiteral("feature")), QStringLiteral("arr18"));
    QCOMPARE(claims()->table().cell(rowsBefore + 1, QStringLiteral("feature")), QStringLiteral("arr04"));
    QCOMPARE(claims()->table().cell(rowsBefore + 1, QStringLiteral("sources")), QStringLiteral("tombs1999"));
    waitForCheck();
    QCOMPARE(panel()->problemList()->problems().size(), 0);
    QCOMPARE(statusOf("arr18", "1871-03-25"), ControlStatus::Contested);
    QCOMPARE(statusOf("arr04", "1871-03-25"), ControlStatus::Contested);
    QCOMPARE(statusOf("arr18", "1871-03-26"), ControlStatus::Dual);

    // One undo takes both rows away.
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(claims()->rowCount(), rowsBefore);
    waitForCheck();
    QCOMPARE(statusOf("arr18", "1871-03-25"), ControlStatus::Dual);
    QCOMPARE(statusOf("arr04", "1871-03-25"), ControlStatus::Dual);
}

void TestEditMode::badAuthorityIsNamedAndLeadsToItsRow()
{
    typeIntoCell(6, "authority", QStringLiteral("prussia"));
    typeIntoCell(9, "authority", QStringLiteral("prussia"));
    waitForCheck();
    const ErrorList problems = panel()->problemList()->problems();
    QCOMPARE(problems.size(), 2);
    // Row 6 is line 8 of claims.csv (the header is line 1).
    QCOMPARE(problems[0].file, QStringLiteral("claims.csv"));
    QCOMPARE(problems[0].line, 8);
    QVERIFY2(problems[0].message.contains(QLatin1String("\"prussia\"")), qPrintable(problems[0].message));
    QCOMPARE(problems[1].line, 11);
    // Both rows have one cause: one entry with the two rows under it.
    ProblemList *list = panel()->problemList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->childCount(), 2);
    QVERIFY(claims()->index(6, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("prussia")));

    // Clicking a row's entry selects that row, even under a filter that hid it.
    panel()->view(EditableTables::Claims)->setFocus();
    panel()->tabs()->setCurrentIndex(2);
    QTest::keyClicks(panel()->filterLine(), QStringLiteral("arr04"));
    QTreeWidgetItem *second = list->itemOf(1);
    QVERIFY(second);
    list->expandAll();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(second).center());
    QTableView *view = panel()->view(EditableTables::Claims);
    QCOMPARE(panel()->tabs()->currentWidget(), view);
    QCOMPARE(panel()->selectedRows(), QList<int>{9});
    QVERIFY(panel()->filterLine()->text().isEmpty());
}

void TestEditMode::saveWritesAValidPackageWithTheEdits()
{
    const QByteArray sourcesBefore = readAll(m_package + QStringLiteral("/sources.csv"));
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, widgetPosOf(QStringLiteral("arr18")));
    ApplyClaimDialog *dialog = edit()->openApplyClaim();
    QVERIFY(dialog);
    dialog->authority()->setCurrentIndex(dialog->authority()->findData(QStringLiteral("versailles")));
    dialog->role()->setCurrentText(QStringLiteral("contested"));
    dialog->start()->setText(QStringLiteral("1871-03-25"));
    dialog->end()->setText(QStringLiteral("1871-03-25"));
    dialog->sources()->item(0)->setCheckState(Qt::Checked);
    dialog->accept();
    typeIntoCell(0, "note", QStringLiteral("Edited, with a comma"));
    QVERIFY(m_window->isWindowModified());

    activate();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->isWindowModified());
    const QByteArray claimsCsv = readAll(m_package + QStringLiteral("/claims.csv"));
    QVERIFY(claimsCsv.endsWith("arrondissements,arr18,versailles,contested,1871-03-25,1871-03-25,high,tombs1999,\n"));
    QVERIFY(claimsCsv.contains("arrondissements,arr18,versailles,claim,..,..,high,tombs1999,\"Edited, with a comma\"\n"));
    // Untouched tables are not rewritten.
    QCOMPARE(readAll(m_package + QStringLiteral("/sources.csv")), sourcesBefore);

    const CliRun validate = runCli({QStringLiteral("validate"), m_package});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    const CliRun state = runCli({QStringLiteral("state"), m_package, QStringLiteral("--at"), QStringLiteral("1871-03-25")});
    QCOMPARE(state.exitCode, 0);
    QVERIFY2(state.out.contains(QLatin1String("arrondissements,arr18,18th arrondissement (Butte-Montmartre),contested,")),
             qPrintable(state.out));
}

void TestEditMode::closingAsksAboutUnsavedEdits()
{
    typeIntoCell(0, "note", QStringLiteral("unsaved"));
    bool seen = false;
    answerMessageBox(QStringLiteral("unsavedEdits"), QMessageBox::Cancel, &seen);
    QVERIFY(!m_window->close());
    QVERIFY(seen);
    QVERIFY(m_window->isVisible());

    // Save from the question writes the edit and closes.
    seen = false;
    answerMessageBox(QStringLiteral("unsavedEdits"), QMessageBox::Save, &seen);
    QVERIFY(m_window->close());
    QVERIFY(seen);
    QVERIFY(readAll(m_package + QStringLiteral("/claims.csv")).contains(",unsaved\n"));

    // Opening another case study asks too; Discard leaves the files as they are.
    m_window->show();
    QVERIFY(m_window->openPackage(m_package));
    edit()->toggleAction()->setChecked(true);
    QVERIFY(edit()->session());
    typeIntoCell(0, "note", QStringLiteral("discarded"));
    seen = false;
    answerMessageBox(QStringLiteral("unsavedEdits"), QMessageBox::Discard, &seen);
    QVERIFY(m_window->openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal")));
    QVERIFY(seen);
    QVERIFY(!readAll(m_package + QStringLiteral("/claims.csv")).contains("discarded"));
    QVERIFY(!m_window->isWindowModified());
}

void TestEditMode::discardThenAFailedOpenKeepsTheEdits()
{
    typeIntoCell(0, "note", QStringLiteral("kept"));
    bool seen = false;
    answerMessageBox(QStringLiteral("unsavedEdits"), QMessageBox::Discard, &seen);
    QVERIFY(!m_window->openPackage(m_dir->filePath(QStringLiteral("no-such-package"))));
    QVERIFY(seen);
    // The package shown is still the edited one, and its edits are still unsaved.
    QCOMPARE(m_window->packagePath(), m_package);
    QVERIFY(edit()->session()->isModified());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(edit()->saveAction()->isEnabled());
    QCOMPARE(claims()->table().cell(0, QStringLiteral("note")), QStringLiteral("kept"));
}

void TestEditMode::recoveryAfterAKilledProcess()
{
    // This test's window is closed first: the helper process is the one that edits.
    m_window.reset();
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DPATLAS_AUTOSAVE_INTERVAL_MS"), QStringLiteral("100"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
    helper.setProcessEnvironment(env);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(AUTOSAVE_CRASH_HELPER), {m_package, QStringLiteral("recovered after a crash")});
    QVERIFY(helper.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(autosavedClaims().contains("recovered after a crash") || helper.state() == QProcess::NotRunning, 30000);
    QVERIFY2(helper.state() == QProcess::Running, helper.readAllStandardOutput().constData());
    helper.kill();
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QVERIFY(!readAll(m_package + QStringLiteral("/claims.csv")).contains("recovered after a crash"));

    newWindow();
    bool seen = false;
    answerMessageBox(QStringLiteral("recoverEdits"), QMessageBox::Yes, &seen);
    QVERIFY(m_window->openPackage(m_package));
    QVERIFY(seen);
    QVERIFY(edit()->session());
    QVERIFY(edit()->toggleAction()->isChecked());
    QVERIFY(edit()->dock()->isVisible());
    QCOMPARE(claims()->table().cell(0, QStringLiteral("note")), QStringLiteral("recovered after a crash"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("[*]")));
    // The recovered edits are where the undo stack starts.
    QCOMPARE(edit()->session()->undoStack()->count(), 0);
    waitForCheck();
    QCOMPARE(panel()->problemList()->problems().size(), 0);

    activate();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(readAll(m_package + QStringLiteral("/claims.csv")).contains(",recovered after a crash\n"));
    QVERIFY(!QDir(autosaveFolder()).exists());
}

void TestEditMode::discardAndLaterAtRecovery()
{
    editAutosaveAndCrash(QStringLiteral("for later"));
    const QByteArray before = readAll(m_package + QStringLiteral("/claims.csv"));

    // Later: nothing is applied or removed, and edit mode stays off (editing would autosave
    // over the edits kept for later).
    newWindow();
    bool seen = false;
    answerMessageBox(QStringLiteral("recoverEdits"), QMessageBox::Cancel, &seen);
    QVERIFY(m_window->openPackage(m_package));
    QVERIFY(seen);
    QVERIFY(!edit()->session());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(autosavedClaims().contains("for later"));

    // Asked again when editing starts; Discard deletes the autosave and edits the tables on disk.
    seen = false;
    answerMessageBox(QStringLiteral("recoverEdits"), QMessageBox::Discard, &seen);
    edit()->toggleAction()->trigger();
    QVERIFY(seen);
    QVERIFY(edit()->session());
    QVERIFY(!edit()->session()->isModified());
    QVERIFY(claims()->table().cell(0, QStringLiteral("note")).startsWith(QLatin1String("The national government")));
    QVERIFY(!QDir(autosaveFolder()).exists());
    QCOMPARE(readAll(m_package + QStringLiteral("/claims.csv")), before);

    // Discarding at the question before closing removes the autosave too.
    edit()->setAutosaveInterval(50);
    typeIntoCell(0, "note", QStringLiteral("discarded at close"));
    QTRY_VERIFY(autosavedClaims().contains("discarded at close"));
    seen = false;
    answerMessageBox(QStringLiteral("unsavedEdits"), QMessageBox::Discard, &seen);
    QVERIFY(m_window->close());
    QVERIFY(seen);
    QVERIFY(!QDir(autosaveFolder()).exists());
}

void TestEditMode::autosaveOfChangedTablesIsNotApplied()
{
    editAutosaveAndCrash(QStringLiteral("based on the old table"));
    // Someone else's edit of claims.csv after the autosave (a spreadsheet's save, say).
    QByteArray changed = readAll(m_package + QStringLiteral("/claims.csv"));
    changed.replace("central_committee", "central_committee ");
    {
        QFile file(m_package + QStringLiteral("/claims.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(changed), changed.size());
    }

    newWindow();
    bool seen = false;
    answerMessageBox(QStringLiteral("autosaveOutdated"), QMessageBox::Yes, &seen);
    QVERIFY(m_window->openPackage(m_package));
    QVERIFY(seen);
    QVERIFY(!edit()->session());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(readAll(m_package + QStringLiteral("/claims.csv")), changed);
    // Kept aside for the user to compare, and no longer offered.
    QVERIFY(!QDir(autosaveFolder()).exists());
    const QDir kept(TableAutosave(m_package).keepPath().section(QLatin1Char('/'), 0, -2));
    const QStringList keptFolders = kept.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(keptFolders.size(), 1);
    const QStringList keptClaims = QDir(kept.filePath(keptFolders.first())).entryList({QStringLiteral("claims-*.csv")});
    QCOMPARE(keptClaims.size(), 1);
    QVERIFY(readAll(kept.filePath(keptFolders.first() + QLatin1Char('/') + keptClaims.first())).contains("based on the old table"));

    // Discard deletes such an autosave, keeping nothing.
    QVERIFY(QDir(kept.filePath(keptFolders.first())).removeRecursively());
    edit()->toggleAction()->trigger();
    QVERIFY(edit()->session());
    editAutosaveAndCrash(QStringLiteral("based on the old table"));
    {
        QFile file(m_package + QStringLiteral("/claims.csv"));
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("arrondissements,arr04,versailles,claim,1871-03-26,..,high,,\n") > 0);
    }
    newWindow();
    seen = false;
    answerMessageBox(QStringLiteral("autosaveOutdated"), QMessageBox::Discard, &seen);
    QVERIFY(m_window->openPackage(m_package));
    QVERIFY(seen);
    QVERIFY(!QDir(autosaveFolder()).exists());
    QVERIFY(kept.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestEditMode::shortcutsListTheEditKeys()
{
    QAction *shortcuts = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->text() == QLatin1String("&Keyboard Shortcuts"))
                    shortcuts = action;
    QVERIFY(shortcuts);
    test::NextMessageBox box(10);
    shortcuts->trigger();
    for (const char *key : {"Ctrl+Shift+E", "Ctrl+Z", "Ctrl+Shift+Z / Ctrl+Y", "Ctrl+S"})
        QVERIFY2(box.text().contains(QStringLiteral("<b>\u2066%1\u2069</b>").arg(QLatin1String(key))), key);   // isolated: see KeyboardShortcuts
}

QTEST_MAIN(TestEditMode)
#include "testeditmode.moc"
