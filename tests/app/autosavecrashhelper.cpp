// For testeditmode's recovery test: a desktop process that opens a package, edits it as the
// editor's table would (through the claims model, so the edit is one undo step), and then runs
// until the test kills it, autosaving every DPATLAS_AUTOSAVE_INTERVAL_MS. Built for the tests
// only, so the app has no option that edits a package by itself.
//   autosavecrashhelper PACKAGE NOTE   puts NOTE into the note of claims.csv's first row
#include "editing/editmode.h"
#include "editing/editsession.h"
#include "editing/edittablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace dpa;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DualPowerAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas-test-autosavecrash"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: autosavecrashhelper PACKAGE NOTE\n");
        return 2;
    }
    MainWindow window;
    window.show();
    if (!window.openPackage(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.editMode()->toggleAction()->trigger();
    EditSession *session = window.editMode()->session();
    EditTableModel *claims = session ? session->model(EditableTables::Claims) : nullptr;
    if (!claims)
        return 1;
    const QModelIndex note = claims->index(0, claims->table().column(QStringLiteral("note")));
    if (!claims->setData(note, QString::fromLocal8Bit(argv[2]), Qt::EditRole) || !session->isModified())
        return 1;
    std::puts("edited");
    std::fflush(stdout);
    return app.exec();
}
