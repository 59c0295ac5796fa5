// File > New Case Study… driven as a historian would: a boundary file made here, the pages
// filled in turn, Create; then the package on disk validates and the window shows it. And
// bad input stops the page that takes it, with the file named.

#include "dialogs/newcasestudypages.h"
#include "dialogs/newcasestudywizard.h"
#include "mainwindow.h"
#include "package/datasetpackage.h"
#include "support/packagefixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dpa;
using namespace dpa::test;

namespace {

// Two squares of about 1 km in Paris (lon/lat), identified by `code` and named by `nom`, as a
// French open-data file would be; `id` repeats, so it cannot be the id field.
QByteArray districtsGeoJson()
{
    auto square = [](double lon, double lat) {
        return QStringLiteral("[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]").arg(lon).arg(lat).arg(lon + 0.013).arg(lat + 0.009);
    };
    return QStringLiteral(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"x","code":"75104","nom":"Hôtel-de-Ville"},"geometry":{"type":"Polygon","coordinates":%1}},
{"type":"Feature","properties":{"id":"x","code":"75118","nom":"Buttes-Montmartre"},"geometry":{"type":"Polygon","coordinates":%2}}]})")
        .arg(square(2.350, 48.853), square(2.340, 48.885))
        .toUtf8();
}

} // namespace

class TestNewCaseStudyWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAndOpensACaseStudy();
    void unreadableFileKeepsNextDisabled();
    void idFieldMustIdentifyEveryFeature();

private:
    NewCaseStudyWizard *openWizard();
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    std::unique_ptr<MainWindow> m_window;
    NewCaseStudyWizard *m_wizard = nullptr;
    QTemporaryDir m_dir;
};

void TestNewCaseStudyWizard::initTestCase()
{
    // Settings and the user's data folder go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DualPowerAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dpatlas-test"));
    QVERIFY(writeAll(m_dir.filePath(QStringLiteral("quartiers.geojson")), districtsGeoJson()));
}

void TestNewCaseStudyWizard::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_wizard = openWizard();
    QVERIFY(m_wizard);
}

void TestNewCaseStudyWizard::cleanup()
{
    m_window.reset();
    m_wizard = nullptr;
}

// Through the menu, as a user opens it.
NewCaseStudyWizard *TestNewCaseStudyWizard::openWizard()
{
    QMenu *file = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (a->text() == QLatin1String("&File"))
            file = a->menu();
    if (!file)
        return nullptr;
    for (QAction *a : file->actions())
        if (a->text() == QStringLiteral("&New Case Study…"))
            a->trigger();
    auto *wizard = m_window->findChild<NewCaseStudyWizard *>();
    return wizard && QTest::qWaitForWindowExposed(wizard) ? wizard : nullptr;
}

void TestNewCaseStudyWizard::createsAndOpensACaseStudy()
{
    CaseDetailsPage *details = m_wizard->details();
    QVERIFY(!nextEnabled());
    QTest::keyClicks(details->titleEdit(), QStringLiteral("Paris, spring 1871"));
    QCOMPARE(details->idEdit()->text(), QStringLiteral("paris-spring-1871"));
    QTest::keyClicks(details->startEdit(), QStringLiteral("1871-03-18"));
    QTest::keyClicks(details->endEdit(), QStringLiteral("1871-03-01"));
    QVERIFY(!nextEnabled());   // ends before it starts
    details->endEdit()->setText(QStringLiteral("1871-05-28"));
    QVERIFY(nextEnabled());
    m_wizard->next();

    CaseLayersPage *layers = m_wizard->layers();
    QVERIFY(!nextEnabled());
    QVERIFY(layers->addFile(m_dir.filePath(QStringLiteral("quartiers.geojson"))));
    QCOMPARE(layers->idFieldBox()->currentText(), QStringLiteral("code"));
    QCOMPARE(layers->nameFieldBox()->currentText(), QStringLiteral("nom"));
    QCOMPARE(layers->idFieldBox()->count(), 3);
    layers->approximateBox()->click();
    QVERIFY(nextEnabled());
    m_wizard->next();

    // The suggestion for Paris is preselected; a search finds Lambert-93 by its code.
    CaseCrsPage *crs = m_wizard->crs();
    QCOMPARE(crs->selectedCrs(), QStringLiteral("EPSG:3949"));
    QVERIFY(crs->crsList()->currentItem()->text().contains(QStringLiteral("suggested")));
    QTest::keyClicks(crs->searchEdit(), QStringLiteral("2154"));
    QListWidgetItem *lambert93 = nullptr;
    for (int i = 0; i < crs->crsList()->count(); ++i)
        if (!crs->crsList()->item(i)->isHidden() && crs->crsList()->item(i)->data(Qt::UserRole) == QStringLiteral("EPSG:2154"))
            lambert93 = crs->crsList()->item(i);
    QVERIFY(lambert93);
    QCOMPARE(crs->crsList()->currentItem(), lambert93);   // the suggestion, now hidden, gives way to the match
    QCOMPARE(crs->selectedCrs(), QStringLiteral("EPSG:2154"));
    m_wizard->next();

    CaseAuthoritiesPage *authorities = m_wizard->authorities();
    QVERIFY(!nextEnabled());
    authorities->table()->item(0, CaseAuthoritiesPage::Name)->setText(QStringLiteral("Paris Commune"));
    QCOMPARE(authorities->table()->item(0, CaseAuthoritiesPage::Id)->text(), QStringLiteral("paris_commune"));
    authorities->table()->item(0, CaseAuthoritiesPage::Bloc)->setText(QStringLiteral("Paris revolution"));
    authorities->addAuthority(QStringLiteral("Versailles government"), QStringLiteral("Government"));
    QVERIFY(nextEnabled());
    m_wizard->next();

    // A folder with something in it is refused, on the page, and nothing is written.
    const QString occupied = m_dir.filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(occupied));
    QVERIFY(writeAll(occupied + QStringLiteral("/notes.txt"), "mine"));
    m_wizard->writer()->folderEdit()->setText(occupied);
    m_wizard->button(QWizard::FinishButton)->click();
    QVERIFY(m_wizard->isVisible());
    QVERIFY(m_wizard->writer()->problemsView()->isVisible());
    QVERIFY2(m_wizard->writer()->problemsView()->toPlainText().contains(occupied), qPrintable(m_wizard->writer()->problemsView()->toPlainText()));
    QCOMPARE(QDir(occupied).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("notes.txt")});

    const QString package = m_dir.filePath(QStringLiteral("paris-spring-1871"));
    m_wizard->writer()->folderEdit()->setText(package);
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(m_window->study() && m_window->study()->manifest.id == QLatin1String("paris-spring-1871"));

    // On disk: valid, both districts, every one approximate, the CRS and authorities as chosen.
    const auto loaded = DatasetPackage::load(package);
    QVERIFY(loaded.isValid());
    QCOMPARE(loaded.study->manifest.crs.authorityId(), QStringLiteral("EPSG:2154"));
    QCOMPARE(loaded.study->manifest.authorities.size(), size_t(2));
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(package + QStringLiteral("/manifest.json"))).object();
    const QJsonArray authorityList = manifest.value(QStringLiteral("authorities")).toArray();
    QCOMPARE(authorityList[0].toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#0072b2"));
    QCOMPARE(authorityList[1].toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#d55e00"));
    QCOMPARE(authorityList[1].toObject().value(QStringLiteral("bloc")).toString(), QStringLiteral("Government"));
    // In the window: the layer with its two districts, named from `nom`, dashed as approximate.
    const CaseStudy *shown = m_window->study();
    QCOMPARE(shown->layers.size(), size_t(1));
    QCOMPARE(shown->layers[0].features.size(), size_t(2));
    QStringList names;
    for (const CaseFeature &f : shown->layers[0].features) {
        QVERIFY(f.approximate);
        names << f.name.text();
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Buttes-Montmartre"), QStringLiteral("Hôtel-de-Ville")}));
}

// A file GDAL cannot read: the page names it and says why, and Next stays disabled.
void TestNewCaseStudyWizard::unreadableFileKeepsNextDisabled()
{
    QTest::keyClicks(m_wizard->details()->titleEdit(), QStringLiteral("Broken"));
    QTest::keyClicks(m_wizard->details()->startEdit(), QStringLiteral("1956"));
    QTest::keyClicks(m_wizard->details()->endEdit(), QStringLiteral("1957"));
    m_wizard->next();
    const QString broken = m_dir.filePath(QStringLiteral("districts-broken.geojson"));
    QVERIFY(writeAll(broken, "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": "));
    CaseLayersPage *layers = m_wizard->layers();
    QVERIFY(!layers->addFile(broken));
    QCOMPARE(layers->fileList()->count(), 0);
    QVERIFY2(layers->messageLabel()->text().contains(QStringLiteral("districts-broken.geojson")), qPrintable(layers->messageLabel()->text()));
    QVERIFY(!nextEnabled());
    // A good file afterwards clears the message and enables Next.
    QVERIFY(layers->addFile(m_dir.filePath(QStringLiteral("quartiers.geojson"))));
    QVERIFY(!layers->messageLabel()->text().contains(QStringLiteral("districts-broken")));
    QVERIFY(nextEnabled());
}

// When the chosen id field repeats, the page says so and Next waits for another choice.
void TestNewCaseStudyWizard::idFieldMustIdentifyEveryFeature()
{
    QTest::keyClicks(m_wizard->details()->titleEdit(), QStringLiteral("Ids"));
    QTest::keyClicks(m_wizard->details()->startEdit(), QStringLiteral("1956"));
    QTest::keyClicks(m_wizard->details()->endEdit(), QStringLiteral("1957"));
    m_wizard->next();
    CaseLayersPage *layers = m_wizard->layers();
    QVERIFY(layers->addFile(m_dir.filePath(QStringLiteral("quartiers.geojson"))));
    QComboBox *idField = layers->idFieldBox();
    idField->setCurrentIndex(idField->findText(QStringLiteral("id")));
    emit idField->activated(idField->currentIndex());
    QVERIFY(!nextEnabled());
    QVERIFY2(layers->messageLabel()->text().contains(QStringLiteral("\"id\" is empty or repeated")), qPrintable(layers->messageLabel()->text()));
    idField->setCurrentIndex(idField->findText(QStringLiteral("code")));
    emit idField->activated(idField->currentIndex());
    QVERIFY(nextEnabled());
}

QTEST_MAIN(TestNewCaseStudyWizard)
#include "testnewcasestudywizard.moc"
