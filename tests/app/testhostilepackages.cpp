// Packages from strangers, built here one hostile trick at a time, and what the user sees when
// they open one: nothing escapes the package, nothing reaches the terminal but text, and one bad
// row costs one row.

#include "package/datasetpackage.h"
#include "support/packagefixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dpa;
using namespace dpa::test;

class TestHostilePackages : public QObject
{
    Q_OBJECT
private slots:
    void escapeSequencesNeverReachTheTerminal();
    void unclosedQuoteCostsOneClaim();

private:
    QString copyOfExample(const QString &name);
    static QByteArray run(const QStringList &args, QByteArray *errors = nullptr);
    QTemporaryDir m_dir;
};

QString TestHostilePackages::copyOfExample(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    return copyFolder(QStringLiteral(DPATLAS_DATASETS_DIR "/example-minimal"), folder) ? folder : QString();
}

QByteArray TestHostilePackages::run(const QStringList &args, QByteArray *errors)
{
    QProcess cli;
    cli.start(QStringLiteral(DPATLAS_CLI), args);
    cli.waitForFinished(60000);
    if (errors)
        *errors = cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

// A district named with an OSC title sequence, a screen-clearing CSI, a bell and a one-byte C1
// CSI: `state` prints the name, `list` and `validate` the title, and none of those bytes reach
// the terminal; a replacement character shows where they were.
void TestHostilePackages::escapeSequencesNeverReachTheTerminal()
{
    const QString folder = copyOfExample(QStringLiteral("escapes"));
    QVERIFY(!folder.isEmpty());
    const QString layer = folder + QStringLiteral("/layers/arrondissements.geojson");
    QByteArray geojson = readAll(layer);
    const QByteArray hostile = "\\u001b]0;owned\\u0007\\u001b[2J\\u009b31mHotel";
    QVERIFY(geojson.contains("4th arrondissement (H"));
    geojson.replace("4th arrondissement (H", hostile + " (H");
    QVERIFY(writeAll(layer, geojson));
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    QByteArray manifest = readAll(manifestPath);
    manifest.replace("\"title\": {\"en\": \"", "\"title\": {\"en\": \"\\u001b[31m");
    QVERIFY(writeAll(manifestPath, manifest));

    QByteArray errors;
    const QByteArray state = run({QStringLiteral("state"), folder, QStringLiteral("--at"), QStringLiteral("1871-03-20")}, &errors);
    QVERIFY2(state.contains("Hotel"), state.constData());
    const QByteArray validate = run({QStringLiteral("validate"), folder}, &errors) + errors;
    for (const QByteArray &output : {state, validate, errors}) {
        QVERIFY2(!output.contains('\x1b'), output.constData());
        QVERIFY(!output.contains('\x07'));
        QVERIFY(!output.contains("\xc2\x9b"));   // U+009B, CSI in one character
    }
    QVERIFY(state.contains("\xef\xbf\xbd"));   // U+FFFD where they were
}

// One unclosed quote in the middle of claims.csv: the package opens with that one row reported
// by its line, and every other claim is loaded (it used to drop the whole file).
void TestHostilePackages::unclosedQuoteCostsOneClaim()
{
    const QString folder = copyOfExample(QStringLiteral("quote"));
    QVERIFY(!folder.isEmpty());
    const auto before = DatasetPackage::load(folder);
    QVERIFY(before.isValid());
    const size_t claims = before.study->model.claims().size();

    QList<QByteArray> lines = readAll(folder + QStringLiteral("/claims.csv")).split('\n');
    const int bad = 8;   // a data row in the middle (line 8 of the file)
    QVERIFY(lines.size() > bad + 3);
    lines[bad - 1] += "\"an unclosed note";
    QVERIFY(writeAll(folder + QStringLiteral("/claims.csv"), lines.join('\n')));

    const auto after = DatasetPackage::load(folder);
    QVERIFY(after.study);
    QCOMPARE(after.study->model.claims().size(), claims - 1);
    QStringList csvProblems;
    for (const Error &e : after.problems)
        if (e.file.endsWith(QLatin1String("claims.csv")))
            csvProblems << e.toString();
    QCOMPARE(csvProblems.size(), 1);
    QVERIFY2(csvProblems.first().contains(QStringLiteral("claims.csv:%1:").arg(bad)), qPrintable(csvProblems.first()));
}

QTEST_GUILESS_MAIN(TestHostilePackages)
#include "testhostilepackages.moc"
