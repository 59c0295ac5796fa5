// View > Language applied at run time: the menus and panels retranslate without a restart, and
// Arabic turns the whole application right to left.
#include "mainwindow.h"
#include "language.h"
#include "dialogs/exportjobdialog.h"
#include "editing/editmode.h"
#include "editing/editpanel.h"
#include "editing/edittablemodel.h"
#include "map/mapcanvas.h"
#include "panels/chartpanel.h"
#include "panels/inspectorpanel.h"
#include "panels/layerspanel.h"
#include "render/mapdecorations.h"
#include "searchfield.h"
#include "view/maplayout.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include "support/clirun.h"
#include "support/packagefixture.h"

using namespace dpa;

namespace {

// Words the French catalogue does not have yet (translators fill i18n/*.ts after the code that
// adds them): once active, this translator gives them as "[fr] …". It is installed before the
// French catalogue, which is asked first, so a word it has is its own; a text shown the same
// after the switch as before it was not set again.
class PendingTranslator : public QTranslator
{
public:
    bool active = false;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char * = nullptr, int = -1) const override
    {
        return active ? QStringLiteral("[fr] ") + QString::fromUtf8(source) : QString();
    }
};

QString translated(const char *context, const char *source, const char *comment = nullptr)
{
    return QCoreApplication::translate(context, source, comment);
}

} // namespace

class TestLanguageMenu : public QObject
{
    Q_OBJECT
private:
    static QAction *languageAction(MainWindow &w, const QString &code)
    {
        return w.languageMenu() ? w.languageMenu()->findChild<QAction *>(QStringLiteral("language_") + code) : nullptr;
    }
    static QString menuTitle(MainWindow &w, int i) { return w.menuBar()->actions().value(i)->text(); }
    static QString dockTitle(MainWindow &w, const char *name)
    {
        auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
        return dock ? dock->windowTitle() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(MainWindow::applyLanguage(QStringLiteral("en")));
    }

    void switchAtRunTime()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(menuTitle(w, 0), QStringLiteral("&File"));
        QVERIFY(languageAction(w, QStringLiteral("fr")));

        languageAction(w, QStringLiteral("fr"))->trigger();
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        QCOMPARE(Language::savedCode(), QStringLiteral("fr"));
        QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&Fichier"));   // LanguageChange is posted
        QCOMPARE(dockTitle(w, "layersDock"), QStringLiteral("Couches"));
        QCOMPARE(w.findChild<QCheckBox *>()->text(), QStringLiteral("En boucle"));
        QVERIFY(languageAction(w, QStringLiteral("fr"))->isChecked());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

        languageAction(w, QStringLiteral("ar"))->trigger();
        QCOMPARE(Language::current(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(w.layoutDirection(), Qt::RightToLeft);

        languageAction(w, QStringLiteral("en"))->trigger();
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&File"));
        QCOMPARE(dockTitle(w, "layersDock"), QStringLiteral("Layers"));
        QCOMPARE(Language::savedCode(), QStringLiteral("en"));
    }

    void russianAtStartup()
    {
        // As `dpatlas --lang ru` does: installed before the window is built.
        QVERIFY(MainWindow::applyLanguage(QStringLiteral("ru")));
        MainWindow w;
        QCOMPARE(menuTitle(w, 0), QStringLiteral("&Файл"));
        QVERIFY(MainWindow::applyLanguage(QStringLiteral("en")));
        QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&File"));
    }

    // The case study's own names follow the language where the package has them: Paris's
    // arrondissements carry French names (name_fr), so in French the map, the Inspector and
    // the CLI's state say "1er arrondissement", and back in English "1st arrondissement".
    void caseStudyNamesFollowTheLanguage()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openPackage(QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871")));
        const int arr01 = w.study()->model.featureIndex({QStringLiteral("arrondissements"), QStringLiteral("arr01")});
        QVERIFY(arr01 >= 0);
        w.inspector()->setFeature(arr01);
        QVERIFY2(w.inspector()->text().contains(QStringLiteral("1st arrondissement (Louvre)")), qPrintable(w.inspector()->text()));

        languageAction(w, QStringLiteral("fr"))->trigger();
        QTRY_COMPARE(w.canvas()->view().language, QStringLiteral("fr"));
        QTRY_VERIFY2(w.inspector()->text().contains(QStringLiteral("1er arrondissement (Louvre)")), qPrintable(w.inspector()->text()));

        languageAction(w, QStringLiteral("en"))->trigger();
        QTRY_COMPARE(w.canvas()->view().language, QStringLiteral("en"));
        QTRY_VERIFY(w.inspector()->text().contains(QStringLiteral("1st arrondissement (Louvre)")));

        // The CLI: --lang names the language of messages and of the names in its output.
        const auto fr = test::runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("state"),
                                      QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"), QStringLiteral("--at"), QStringLiteral("1871-05-01")});
        QCOMPARE(fr.exitCode, 0);
        QVERIFY2(fr.out.contains(QStringLiteral("arrondissements,arr01,1er arrondissement (Louvre),")), qPrintable(fr.out.left(400)));
        const auto ca = test::runCli({QStringLiteral("--lang"), QStringLiteral("ca"), QStringLiteral("state"),
                                      QStringLiteral(DPATLAS_DATASETS_DIR "/paris-1871"), QStringLiteral("--at"), QStringLiteral("1871-05-01")});
        QVERIFY2(ca.out.contains(QStringLiteral("arrondissements,arr01,1st arrondissement (Louvre),")), qPrintable(ca.out.left(400)));   // no Catalan names: English
    }

    // What is open when the language changes follows it at once: edit mode's Edit menu, dock,
    // tabs and the claims table's headers, the side panels, and an export dialog left open. The
    // words compared first are ones the French catalogue already has; the others come from the
    // catalogue once translated, and meanwhile from PendingTranslator.
    void openWindowsAndPanelsFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("example"));
        QVERIFY(test::copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), package));
        PendingTranslator pending;
        QCoreApplication::installTranslator(&pending);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openPackage(package));
        w.editMode()->toggleAction()->trigger();
        QVERIFY(w.editMode()->session());
        auto *editMenu = w.findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(editMenu);
        QTableView *claims = w.editMode()->panel()->view(EditableTables::Claims);
        QTabWidget *tabs = w.editMode()->panel()->tabs();
        int authority = -1;
        for (int c = 0; c < claims->model()->columnCount(); ++c)
            if (claims->model()->headerData(c, Qt::Horizontal, EditTableModel::ColumnNameRole).toString() == QLatin1String("authority"))
                authority = c;
        QVERIFY(authority >= 0);
        auto header = [&] { return claims->model()->headerData(authority, Qt::Horizontal).toString(); };
        ExportJobDialog *exportDialog = w.openExportDialog(MainWindow::ExportKind::Image);
        QVERIFY(exportDialog);
        QComboBox *pageBox = nullptr;
        for (auto *box : exportDialog->findChildren<QComboBox *>())
            if (box->itemData(1).toString() == QLatin1String("a4"))
                pageBox = box;
        QVERIFY(pageBox);
        auto *periodMaps = w.layersPanel()->tree()->topLevelItem(1);
        QCOMPARE(editMenu->title(), QStringLiteral("&Edit"));
        QCOMPARE(header(), QStringLiteral("Authority"));
        QCOMPARE(tabs->tabText(tabs->indexOf(claims)), QStringLiteral("Claims"));
        QCOMPARE(exportDialog->windowTitle(), QStringLiteral("Export Image"));
        QCOMPARE(periodMaps->text(0), QStringLiteral("Period maps"));

        pending.active = true;
        languageAction(w, QStringLiteral("fr"))->trigger();
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        // Already in the French catalogue: a text left in English fails here.
        for (const auto &[context, source] : {std::pair{"dpa::EditMode", "&Edit"}, {"dpa::EditPanel", "Claims"},
                                              {"dpa::ExportImageDialog", "Export Image"}, {"dpa::LayersPanel", "Period maps"}})
            QVERIFY2(translated(context, source) != QLatin1String(source), source);
        QTRY_COMPARE(editMenu->title(), translated("dpa::EditMode", "&Edit"));   // LanguageChange is posted
        QCOMPARE(w.editMode()->toggleAction()->text(), translated("dpa::EditMode", "&Edit Case Study"));
        QCOMPARE(w.editMode()->dock()->windowTitle(), translated("dpa::EditMode", "Edit Case Study"));
        QCOMPARE(tabs->tabText(tabs->indexOf(claims)), translated("dpa::EditPanel", "Claims"));
        QCOMPARE(exportDialog->windowTitle(), translated("dpa::ExportImageDialog", "Export Image"));
        QCOMPARE(pageBox->itemText(0), translated("dpa::ExportImageDialog", "Custom size"));
        // Its button box gives its standard button Qt's word back; the dialog's own follows.
        QTRY_COMPARE(exportDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
                     translated("dpa::ExportJobDialog", "Close"));
        QCOMPARE(pageBox->itemText(1), translated("dpa::PagePreset", "A4 portrait"));
        QCOMPARE(PagePreset::all().at(1).name, translated("dpa::PagePreset", "A4 landscape"));
        QVERIFY(PagePreset::all().at(1).name != QLatin1String("A4 landscape"));
        QCOMPARE(periodMaps->text(0), translated("dpa::LayersPanel", "Period maps"));
        // The words drawn on pictures (legend, credits), in MapDecorations's own context.
        MapView view = w.canvas()->view();
        view.basemap.url = QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png");
        view.basemap.attribution = QStringLiteral("Example tiles");
        const QString basemapCredit = translated("dpa::MapDecorations", "Basemap: %1").arg(view.basemap.attribution);
        QVERIFY(basemapCredit != QLatin1String("Basemap: Example tiles"));
        QVERIFY2(MapDecorations(*w.study(), view, 1.0).creditLines().join(QLatin1Char(' ')).contains(basemapCredit),
                 qPrintable(MapDecorations(*w.study(), view, 1.0).creditLines().join(QLatin1Char(' '))));
        QCOMPARE(w.chartPanel()->findChild<QComboBox *>()->itemText(0),
                 translated("dpa::ChartPanel", "Share of area by status: dual power, divided, occupied, contested, hand-over (stacked)"));
        QCOMPARE(w.searchField()->placeholderText(), translated("dpa::SearchField", "Search places and events (Ctrl+K)"));
        // The claims table's header: French once translated, "[fr] Authority" until then.
        QVERIFY(translated("dpa::EditTableModel", "Authority", "column of claims.csv") != QLatin1String("Authority"));
        QCOMPARE(header(), translated("dpa::EditTableModel", "Authority", "column of claims.csv"));

        pending.active = false;
        languageAction(w, QStringLiteral("en"))->trigger();
        QTRY_COMPARE(editMenu->title(), QStringLiteral("&Edit"));
        QCOMPARE(header(), QStringLiteral("Authority"));
        QCOMPARE(tabs->tabText(tabs->indexOf(claims)), QStringLiteral("Claims"));
        QCOMPARE(exportDialog->windowTitle(), QStringLiteral("Export Image"));
        QCOMPARE(periodMaps->text(0), QStringLiteral("Period maps"));
        QCoreApplication::removeTranslator(&pending);
        exportDialog->close();
    }

    void optionTakenFromArguments()
    {
        QStringList args{QStringLiteral("dpatlas"), QStringLiteral("--lang"), QStringLiteral("ca"), QStringLiteral("paris-1871")};
        QCOMPARE(Language::takeOption(args), QStringLiteral("ca"));
        QCOMPARE(args, (QStringList{QStringLiteral("dpatlas"), QStringLiteral("paris-1871")}));
        args = {QStringLiteral("dpatlas-cli"), QStringLiteral("--lang=es"), QStringLiteral("list")};
        QCOMPARE(Language::takeOption(args), QStringLiteral("es"));
        QCOMPARE(Language::startupCode(QStringLiteral("ar")), QStringLiteral("ar"));
        QVERIFY(!Language::install(QStringLiteral("xx")));
        QCOMPARE(Language::current(), QStringLiteral("en"));
    }
};

int main(int argc, char **argv)
{
    // The language menu saves its choice: into a settings folder of this run's own, so that
    // the suites running beside this one never start in French.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_STATE_HOME", config.path().toLocal8Bit());   // edit mode's autosaves
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DualPowerAtlas"));
    QApplication::setApplicationName(QStringLiteral("dpatlas-testlanguagemenu"));
    TestLanguageMenu test;
    return QTest::qExec(&test, argc, argv);
}
#include "testlanguagemenu.moc"
