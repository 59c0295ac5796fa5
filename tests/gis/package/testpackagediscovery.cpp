#include "package/packagediscovery.h"
#include "support/packagefixture.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace dpa;
using namespace dpa::test;

namespace {

// A copy of the bundled example under `folder`/`name`, its manifest id changed to `id`.
bool copyWithId(const QString &folder, const QString &name, const QByteArray &id)
{
    const QString copy = QDir(folder).filePath(name);
    if (!copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), copy))
        return false;
    const QString manifest = copy + QStringLiteral("/manifest.json");
    return writeAll(manifest, readAll(manifest).replace("\"id\": \"example-minimal\"", "\"id\": \"" + id + '"'));
}

// Sets DPATLAS_DATASETS for the life of the object and then puts back what was there, set or
// not, so that no test function sees another's folders.
class DatasetsVariable
{
public:
    explicit DatasetsVariable(const QStringList &folders)
        : m_wasSet(qEnvironmentVariableIsSet("DPATLAS_DATASETS")), m_old(qgetenv("DPATLAS_DATASETS"))
    {
        qputenv("DPATLAS_DATASETS", folders.join(QLatin1Char(':')).toUtf8());
    }
    ~DatasetsVariable()
    {
        if (m_wasSet)
            qputenv("DPATLAS_DATASETS", m_old);
        else
            qunsetenv("DPATLAS_DATASETS");
    }

private:
    bool m_wasSet;
    QByteArray m_old;
};

QList<PackageDiscovery::Entry> withId(const QList<PackageDiscovery::Entry> &entries, const QString &id)
{
    QList<PackageDiscovery::Entry> out;
    for (const auto &e : entries)
        if (e.id == id)
            out << e;
    return out;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

class TestPackageDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void sourceTreeAndEnvironmentFolders();
    void duplicateIdsTheFirstFolderWins();

private:
    bool m_variableWasSet = false;
    QByteArray m_variable;
};

void TestPackageDiscovery::initTestCase()
{
    // The user's data folder (~/.local/share/dpatlas/datasets) becomes ~/.qttest/share/..., so
    // case studies the developer has installed do not take part.
    QStandardPaths::setTestModeEnabled(true);
    m_variableWasSet = qEnvironmentVariableIsSet("DPATLAS_DATASETS");
    m_variable = qgetenv("DPATLAS_DATASETS");
}

// Every test function leaves DPATLAS_DATASETS as it found it.
void TestPackageDiscovery::cleanup()
{
    QCOMPARE(qEnvironmentVariableIsSet("DPATLAS_DATASETS"), m_variableWasSet);
    QCOMPARE(qgetenv("DPATLAS_DATASETS"), m_variable);
}

void TestPackageDiscovery::sourceTreeAndEnvironmentFolders()
{
    QTemporaryDir a, b;
    // A copy with its own id in a folder named by DPATLAS_DATASETS, next to an empty folder.
    QVERIFY(copyWithId(a.path(), QStringLiteral("mine"), "my-copy"));
    const QString copy = a.filePath(QStringLiteral("mine"));
    const DatasetsVariable variable({a.path(), b.path()});

    // The documented order: the source tree, the installed and user folders, then
    // DPATLAS_DATASETS in its own order.
    const QStringList folders = PackageDiscovery::searchFolders();
    const qsizetype source = folders.indexOf(QStringLiteral(DPATLAS_DATASETS_DIR));
    QVERIFY2(source >= 0 && source < folders.indexOf(a.path()) && folders.indexOf(a.path()) < folders.indexOf(b.path()),
             qPrintable(folders.join(QLatin1Char('\n'))));
    // The user's folder is the test-mode one, not the developer's.
    const QString user = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("dpatlas/datasets"));
    QVERIFY2(user.contains(QLatin1String("/.qttest/")) && folders.contains(user), qPrintable(folders.join(QLatin1Char('\n'))));

    QStringList ids;
    for (const auto &e : PackageDiscovery::discover())
        ids << e.id;
    QVERIFY2(ids.contains(QStringLiteral("example-minimal")) && ids.contains(QStringLiteral("my-copy")),
             qPrintable(ids.join(QLatin1Char(','))));

    QCOMPARE(PackageDiscovery::resolve(QStringLiteral("my-copy")), copy);
    QCOMPARE(PackageDiscovery::resolve(copy), copy);
    QVERIFY(PackageDiscovery::resolve(QStringLiteral("no-such-case-study")).isEmpty());
    QVERIFY(PackageDiscovery::resolve(b.path()).isEmpty());   // a folder without a manifest
}

// PackageDiscovery documents that the first folder searched wins and that later packages with
// the same id are ignored: they are dropped from the list (listing stays quiet; `dpatlas-cli
// validate` is where a package's problems are reported), and an id resolves to the winner.
void TestPackageDiscovery::duplicateIdsTheFirstFolderWins()
{
    QTemporaryDir first, second;
    // The same id in two folders, under the same folder name, so that neither the folder name
    // nor the path decides.
    QVERIFY(copyWithId(first.path(), QStringLiteral("study"), "twice"));
    QVERIFY(copyWithId(second.path(), QStringLiteral("study"), "twice"));
    // Twice within one folder: its subfolders are read in name order.
    QVERIFY(copyWithId(second.path(), QStringLiteral("b-later"), "inside"));
    QVERIFY(copyWithId(second.path(), QStringLiteral("a-earlier"), "inside"));
    // A copy of a bundled case study keeping its id: the source tree comes first.
    QVERIFY(copyWithId(second.path(), QStringLiteral("my-example"), "example-minimal"));

    for (const bool firstFirst : {true, false}) {
        const QString winner = (firstFirst ? first : second).filePath(QStringLiteral("study"));
        const DatasetsVariable variable(firstFirst ? QStringList{first.path(), second.path()}
                                                   : QStringList{second.path(), first.path()});
        const auto entries = PackageDiscovery::discover();
        const auto twice = withId(entries, QStringLiteral("twice"));
        QCOMPARE(twice.size(), qsizetype(1));
        QCOMPARE(canonical(twice.front().path), canonical(winner));
        QCOMPARE(canonical(PackageDiscovery::resolve(QStringLiteral("twice"))), canonical(winner));
        // The loser is not listed under any id.
        for (const auto &e : entries)
            QVERIFY2(e.id == QLatin1String("twice") || !canonical(e.path).endsWith(QLatin1String("/study")), qPrintable(e.path));

        const auto inside = withId(entries, QStringLiteral("inside"));
        QCOMPARE(inside.size(), qsizetype(1));
        QCOMPARE(canonical(inside.front().path), canonical(second.filePath(QStringLiteral("a-earlier"))));

        const auto example = withId(entries, QStringLiteral("example-minimal"));
        QCOMPARE(example.size(), qsizetype(1));
        QCOMPARE(canonical(example.front().path), canonical(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal")));
        QCOMPARE(canonical(PackageDiscovery::resolve(QStringLiteral("example-minimal"))),
                 canonical(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal")));
    }
    // The same rule with the folders given directly.
    const auto direct = withId(PackageDiscovery::discover({second.path(), first.path()}), QStringLiteral("twice"));
    QCOMPARE(direct.size(), qsizetype(1));
    QCOMPARE(canonical(direct.front().path), canonical(second.filePath(QStringLiteral("study"))));
}

QTEST_GUILESS_MAIN(TestPackageDiscovery)
#include "testpackagediscovery.moc"
