#include "support/nextmessagebox.h"
#include "support/postgisserver.h"
#include "dialogs/opendatabasedialog.h"
#include "editing/editmode.h"
#include "editing/editsession.h"
#include "editing/edittablemodel.h"
#include "mainwindow.h"
#include "package/datasetpackage.h"
#include "package/edit/editabletables.h"
#include "package/postgis/pgpush.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dpa;

// File > Open from Database… against a PostgreSQL + PostGIS server started for this test: the
// dialog lists the case studies and opens one; edits save into the database, and a row someone
// else saved meanwhile is refused with its name, the database keeping theirs.
class TestOpenDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensACaseStudyFromTheDatabase();
    void aServerThatIsNotThereIsSaid();
    void editsSaveIntoTheDatabaseAndConflictsAreTold();

private:
    // Runs `interact` on the Open from Database dialog once File > Open from Database… shows it.
    void withDialog(const std::function<void(OpenDatabaseDialog *)> &interact);
    QString conninfo() const { return m_server.conninfo(QStringLiteral("atlas")); }
    test::PostgisServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestOpenDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DualPowerAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas-test-opendatabase"));
    QSettings().clear();
    DPATLAS_START_POSTGIS_SERVER(m_server);
    QVERIFY2(m_server.createDatabase(QStringLiteral("atlas"), true), qPrintable(m_server.error()));
    const auto loaded = DatasetPackage::load(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"));
    auto pushed = postgis::push(*loaded.study, *postgis::PgUri::fromParts(conninfo(), QStringLiteral("commune")));
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().toString()));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOpenDatabase::withDialog(const std::function<void(OpenDatabaseDialog *)> &interact)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("openDatabaseAction"));
    QVERIFY(action);
    bool seen = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = m_window->findChild<OpenDatabaseDialog *>();
        if (!dialog || !dialog->isVisible() || seen)
            return;
        seen = true;
        poll.stop();
        interact(dialog);
        if (dialog->isVisible())   // a failed check above: give the window back
            dialog->reject();
    });
    poll.start(20);
    action->trigger();   // returns when the dialog has closed
    QVERIFY(seen);
}

void TestOpenDatabase::opensACaseStudyFromTheDatabase()
{
    withDialog([this](OpenDatabaseDialog *dialog) {
        dialog->connectionEdit()->setText(conninfo());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("listButton")), Qt::LeftButton);
        QTRY_COMPARE(dialog->caseStudies()->topLevelItemCount(), 1);
        QCOMPARE(dialog->caseStudies()->topLevelItem(0)->text(0), QStringLiteral("commune"));
        QCOMPARE(dialog->caseStudies()->topLevelItem(0)->text(2), QStringLiteral("1"));
        QCOMPARE(dialog->selectedAddress(), QStringLiteral("pg:%1#commune").arg(conninfo()));
        dialog->accept();
    });
    QTRY_VERIFY(m_window->study());
    QCOMPARE(m_window->study()->manifest.id, QStringLiteral("example-minimal"));
    QCOMPARE(m_window->packagePath(), QStringLiteral("pg:%1#commune").arg(conninfo()));
    // Remembered for next time, without a password.
    QVERIFY(QSettings().value(QStringLiteral("postgis/connection")).toString().contains(QStringLiteral("dbname=atlas")));
    QVERIFY(QSettings().value(QStringLiteral("lastPackage")).toString().startsWith(QStringLiteral("pg:")));
}

void TestOpenDatabase::aServerThatIsNotThereIsSaid()
{
    QTemporaryDir nowhere(QStringLiteral("/tmp/dpatlas-nopg-XXXXXX"));
    withDialog([&](OpenDatabaseDialog *dialog) {
        dialog->connectionEdit()->setText(QStringLiteral("host=%1 port=5432 dbname=atlas").arg(nowhere.path()));
        dialog->listCaseStudies();
        QTRY_VERIFY(dialog->statusLabel()->text().contains(QStringLiteral("no PostgreSQL server answers")));
        QCOMPARE(dialog->caseStudies()->topLevelItemCount(), 0);
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
        dialog->reject();
    });
}

void TestOpenDatabase::editsSaveIntoTheDatabaseAndConflictsAreTold()
{
    QVERIFY(m_window->study());
    EditMode *edit = m_window->editMode();
    edit->toggleAction()->trigger();
    QVERIFY(edit->session());
    const QString firstCopy = m_window->study()->rootPath;
    EditTableModel *claims = edit->session()->model(EditableTables::Claims);
    const int note = claims->table().column(QStringLiteral("note"));
    QVERIFY(claims->setData(claims->index(0, note), QStringLiteral("Saved from the window"), Qt::EditRole));
    QVERIFY(edit->session()->isModified());
    QVERIFY(edit->save());
    // Opened again from the revision saved.
    QTRY_VERIFY(m_window->study() && m_window->study()->rootPath != firstCopy);
    QTRY_VERIFY(edit->session());
    QCOMPARE(edit->session()->model(EditableTables::Claims)->table().cell(0, note), QStringLiteral("Saved from the window"));

    // Someone else saves the second claim (in QGIS, say) while it is being edited here.
    claims = edit->session()->model(EditableTables::Claims);
    QVERIFY(claims->setData(claims->index(1, note), QStringLiteral("Mine"), Qt::EditRole));
    QVERIFY2(m_server.sql(QStringLiteral("atlas"), QStringLiteral("UPDATE commune.claims SET note = 'Theirs' "
                                                                  "WHERE dpa_row = (SELECT dpa_row FROM commune.claims ORDER BY dpa_ord OFFSET 1 LIMIT 1)")),
             qPrintable(m_server.error()));
    test::NextMessageBox box;
    QVERIFY(!edit->save());
    QVERIFY2(box.text().contains(QStringLiteral("Nothing was saved")) && box.text().contains(QStringLiteral("claims.csv:3 (")) && box.text().contains(QStringLiteral("changed by dpatlas on")),
             qPrintable(box.text()));
    QVERIFY(edit->session()->isModified());   // the edit is still there, unsaved
    const auto inDatabase = DatasetPackage::load(m_window->packagePath());
    QCOMPARE(EditableTables::load(inDatabase.study->rootPath)->table(EditableTables::Claims).cell(1, note), QStringLiteral("Theirs"));
    edit->session()->undoStack()->setClean();   // nothing to ask about when the window closes
}

QTEST_MAIN(TestOpenDatabase)
#include "testopendatabase.moc"
