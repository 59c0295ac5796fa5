// View > Language applied at run time: the menus and panels retranslate without a restart, and
// Arabic turns the whole application right to left.
#include "mainwindow.h"
#include "language.h"
#include "map/mapcanvas.h"
#include "panels/inspectorpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include "support/clirun.h"

using namespace dpa;

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
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DualPowerAtlas"));
    QApplication::setApplicationName(QStringLiteral("dpatlas-testlanguagemenu"));
    TestLanguageMenu test;
    return QTest::qExec(&test, argc, argv);
}
#include "testlanguagemenu.moc"
