#include "package/packagediscovery.h"
#include "support/packagefixture.h"

#include <QTest>

using namespace dpa;
using namespace dpa::test;

class TestPackageDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void sourceTreeAndEnvironmentFolders();
};

void TestPackageDiscovery::sourceTreeAndEnvironmentFolders()
{
    QTemporaryDir a, b;
    // A copy with its own id in a folder named by DPATLAS_DATASETS, next to an empty folder.
    const QString copy = a.filePath(QStringLiteral("mine"));
    QVERIFY(copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), copy));
    const QString manifest = copy + QStringLiteral("/manifest.json");
    QVERIFY(writeAll(manifest, readAll(manifest).replace("\"id\": \"example-minimal\"", "\"id\": \"my-copy\"")));
    qputenv("DPATLAS_DATASETS", (a.path() + QLatin1Char(':') + b.path()).toUtf8());

    const QStringList folders = PackageDiscovery::searchFolders();
    QVERIFY(folders.contains(a.path()) && folders.contains(b.path()));
    QVERIFY(folders.contains(QStringLiteral(DPATLAS_DATASETS_DIR)));

    QStringList ids;
    for (const auto &e : PackageDiscovery::discover())
        ids << e.id;
    QVERIFY2(ids.contains(QStringLiteral("example-minimal")) && ids.contains(QStringLiteral("my-copy")),
             qPrintable(ids.join(QLatin1Char(','))));
    QCOMPARE(ids.count(QStringLiteral("example-minimal")), 1);

    QCOMPARE(PackageDiscovery::resolve(QStringLiteral("my-copy")), copy);
    QCOMPARE(PackageDiscovery::resolve(copy), copy);
    QVERIFY(PackageDiscovery::resolve(QStringLiteral("no-such-case-study")).isEmpty());
    QVERIFY(PackageDiscovery::resolve(b.path()).isEmpty());   // a folder without a manifest
}

QTEST_GUILESS_MAIN(TestPackageDiscovery)
#include "testpackagediscovery.moc"
