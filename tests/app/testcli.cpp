#include "support/packagefixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImageReader>
#include <QProcess>
#include <QTest>

#include "support/clirun.h"
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

#include <geodesic.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

using namespace dpa::test;

namespace {

// One <message> of an i18n/*.ts file: its context, source, disambiguation and the file of its
// first location ("../app/cli/main.cpp").
struct TsMessage
{
    QString context, source, comment, file;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context, location;   // a <location> without a filename is in the previous one's file
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = TsMessage{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("location")) {
                if (xml.attributes().hasAttribute(QLatin1String("filename")))
                    location = xml.attributes().value(QLatin1String("filename")).toString();
                if (m.file.isEmpty())
                    m.file = location;
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << m;
        }
    }
    return messages;
}

// The French that dpatlas-cli --lang fr should print: what the built dpatlas_fr.qm holds for a
// source of the context "dpa::cli", or the source when it holds nothing (yet).
QString french(const TsMessage &m)
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral("dpatlas_fr"), QStringLiteral(DPATLAS_TRANSLATIONS_DIR));
    if (!loaded)
        qFatal("no dpatlas_fr.qm in %s", DPATLAS_TRANSLATIONS_DIR);
    const QString translated = translator.translate("dpa::cli", m.source.toUtf8().constData(),
                                                    m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
    return translated.isEmpty() ? m.source : translated;
}

// A text as a pattern in which any run of white space matches any other: help text is wrapped
// and indented by whoever prints it (our overview, or Qt's for each command).
QString loosePattern(QStringView text)
{
    QString pattern;
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                pattern += QStringLiteral("\\s+");
            space = true;
        } else {
            pattern += QRegularExpression::escape(QString(c));
            space = false;
        }
    }
    return pattern;
}

// Where one message of the dpa::cli context is in a help text: its span, and what filled its
// %1…%9 (Qt's help wraps a long value too).
struct FoundMessage
{
    qsizetype start = 0, end = 0;
    TsMessage message;
    QStringList values;
};

// Each message that makes up a whole description or paragraph of the help (from a word's start
// to a line's end), the longest first where two overlap.
QList<FoundMessage> findMessages(const QString &help, const QList<TsMessage> &messages)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    QList<FoundMessage> found;
    for (const TsMessage &m : messages) {
        if (m.context != QLatin1String("dpa::cli") || m.numerus)
            continue;
        QString literal = m.source;
        if (literal.remove(placeholder).count(letter) < 3)
            continue;   // too little of its own to be told apart ("%1: %2")
        QString pattern = QStringLiteral("(?<!\\S)");
        QList<int> order;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();) {
            const auto p = it.next();
            pattern += loosePattern(QStringView(m.source).mid(at, p.capturedStart() - at));
            pattern += QStringLiteral("((?:(?!\\n\\s*\\n)[\\s\\S])+?)");   // any value, within the paragraph
            order << p.captured(1).toInt();
            at = p.capturedEnd();
        }
        pattern += loosePattern(QStringView(m.source).mid(at)) + QStringLiteral("(?=[ \\t]*(?:\\n|$))");
        const QRegularExpression re(pattern);
        for (auto it = re.globalMatch(help); it.hasNext();) {
            const auto match = it.next();
            FoundMessage f{match.capturedStart(), match.capturedEnd(), m, {}};
            for (int i = 0; i < 9; ++i)
                f.values << QString();
            for (int i = 0; i < order.size(); ++i)
                f.values[order[i] - 1] = match.captured(i + 1).simplified();
            found << f;
        }
    }
    // Where matches overlap, the message with more words of its own wins: a short one with values
    // ("frame %1 of %2") can stretch its values over whole lines of a longer message.
    auto ownLetters = [](const FoundMessage &f) {
        QString literal = f.message.source;
        return literal.remove(placeholder).count(letter);
    };
    std::sort(found.begin(), found.end(), [&](const FoundMessage &a, const FoundMessage &b) {
        const qsizetype la = ownLetters(a), lb = ownLetters(b);
        return la != lb ? la > lb : a.end - a.start > b.end - b.start;
    });
    QList<FoundMessage> kept;
    for (const FoundMessage &f : found) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(),
                                          [&](const FoundMessage &k) { return f.start < k.end && k.start < f.end; });
        if (!overlaps)
            kept << f;
    }
    return kept;
}

QString filled(QString text, const QStringList &values)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString result;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto p = it.next();
        result += text.mid(at, p.capturedStart() - at) + values.value(p.captured(1).toInt() - 1);
        at = p.capturedEnd();
    }
    return result + text.mid(at);
}

} // namespace

// dpatlas-cli as a user runs it: exit codes, messages on stderr, output files.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp();
    void listShowsDiscoveredPackages();
    void validateValid();
    void validateBrokenListsEveryProblem();
    void stateCsv();
    void stateJsonPetrograd();
    void usageErrors_data();
    void usageErrors();
    void renderWritesPng();
    void renderUnwritableLeavesNothing();
    void renderSvgAndPdfAtDpi();
    void animateWritesAGif();
    void analyzeAgreesWithState();
    void exportLayerReadBackWithGdal();
    void packageRoundTrip();
    void helpFollowsLanguage_data();
    void helpFollowsLanguage();
    void messagesFollowLanguage_data();
    void messagesFollowLanguage();
    void cliMessagesHaveOneContext();

private:
    struct Run { int exitCode; QString out; QString err; };
    Run run(const QStringList &args, const QByteArray &datasetsEnv = {});
    static QStringList csvFields(const QString &line);
    // `state` of example-minimal on a date, as CSV rows by feature id (header names as keys).
    QHash<QString, QHash<QString, QString>> stateRows(const QString &dataset, const QString &date);
    const QString m_datasets = QStringLiteral(DPATLAS_DATASETS_DIR);
    QTemporaryDir m_cache;   // packed case studies unpack here, not into the user's cache
};

TestCli::Run TestCli::run(const QStringList &args, const QByteArray &datasetsEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DPATLAS_DATASETS"), QString::fromUtf8(datasetsEnv));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
    const dpa::test::CliRun r = dpa::test::runCli(args, env);
    return {r.exitCode, r.out, r.err};
}

// The version is the project's (read from the top CMakeLists.txt, not from the program); every
// command the help lists answers its own --help with the options the overview names for it, so
// the two help texts cannot drift apart; a command that does not exist is named in the error.
void TestCli::versionAndHelp()
{
    QFile cmake(QStringLiteral(DPATLAS_SOURCE_DIR "/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    static const QRegularExpression versionLine(QStringLiteral("project\\([^)]*VERSION ([0-9.]+)"));
    const auto version = versionLine.match(QString::fromUtf8(cmake.readAll()));
    QVERIFY(version.hasMatch());
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.out.trimmed(), QStringLiteral("dpatlas-cli ") + version.captured(1));

    const Run h = run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    // Each command line of the overview: "  NAME ..." with the options it shows for it.
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) (.*)$"), QRegularExpression::MultilineOption);
    QHash<QString, QStringList> options;
    for (auto it = commandLine.globalMatch(h.out); it.hasNext();) {
        const auto m = it.next();
        // Continuation lines belong to the command above; take the options from its first line and the next.
        const qsizetype at = m.capturedEnd(0) + 1;
        QString tail = h.out.mid(at, h.out.indexOf(QLatin1Char('\n'), at) - at);
        if (!tail.startsWith(QLatin1String("    ")))
            tail.clear();   // the next command, not a continuation
        static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
        for (auto o = option.globalMatch(m.captured(2) + tail); o.hasNext();)
            options[m.captured(1)] << o.next().captured(0);
    }
    const QStringList commands{QStringLiteral("list"), QStringLiteral("validate"), QStringLiteral("state"), QStringLiteral("render"),
                               QStringLiteral("animate"), QStringLiteral("analyze"), QStringLiteral("export"), QStringLiteral("unpack")};
    for (const QString &command : commands) {
        QVERIFY2(options.contains(command) || h.out.contains(QStringLiteral("  ") + command), qPrintable(command));
        const Run own = run({command, QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.contains(command), qPrintable(own.out));
        for (const QString &o : options.value(command))
            QVERIFY2(own.out.contains(o), qPrintable(QStringLiteral("%1 --help lacks %2, which the overview shows").arg(command, o)));
    }
    QCOMPARE(run({}).exitCode, 2);
    const Run unknown = run({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("frobnicate")), qPrintable(unknown.err));
}

void TestCli::listShowsDiscoveredPackages()
{
    QTemporaryDir extra;
    QVERIFY(copyFolder(m_datasets + QStringLiteral("/example-minimal"), extra.filePath(QStringLiteral("copy"))));
    const QString manifest = extra.filePath(QStringLiteral("copy/manifest.json"));
    QVERIFY(writeAll(manifest, readAll(manifest).replace("\"id\": \"example-minimal\"", "\"id\": \"extra-copy\"")));
    const Run r = run({QStringLiteral("list")}, extra.path().toUtf8());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("petrograd-1917\tPetrograd 1917")));
    QVERIFY(r.out.contains(QLatin1String("extra-copy\t")));
    QVERIFY(r.out.contains(QString::fromUtf8("23 Feb 1917 – 15 Nov 1917")));
}

void TestCli::validateValid()
{
    const Run r = run({QStringLiteral("validate"), m_datasets + QStringLiteral("/petrograd-1917"),
                       m_datasets + QStringLiteral("/example-minimal")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out.count(QLatin1String(": valid")), 2);
}

void TestCli::validateBrokenListsEveryProblem()
{
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("broken"));
    QVERIFY(copyFolder(m_datasets + QStringLiteral("/example-minimal"), pkg));
    const QString claims = pkg + QStringLiteral("/claims.csv");
    QVERIFY(writeAll(claims, readAll(claims).replace("arr04,versailles,claim", "arr04,versailles,owns")
                                 .replace("arr18,central_committee,control", "arr18,commune,control")));
    const Run r = run({QStringLiteral("validate"), pkg});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(pkg + QStringLiteral("/claims.csv:7: role \"owns\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(pkg + QStringLiteral("/claims.csv:6: authority \"commune\"")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("validate"), dir.filePath(QStringLiteral("nothing"))}).exitCode, 1);
}

void TestCli::stateCsv()
{
    const Run r = run({QStringLiteral("state"), QStringLiteral("example-minimal"), QStringLiteral("--at"), QStringLiteral("1871-03-20")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("layer,id,name,status,holder,camps,occupier,outgoing,shares,authorities,approximate"));
    QCOMPARE(lines.size(), 5);
    // The Central Committee holds the 18th de facto, Versailles claims it: dual power.
    QVERIFY(lines.contains(QStringLiteral("arrondissements,arr18,18th arrondissement (Butte-Montmartre),dual,central_committee,"
                                          "central_committee;versailles,,,,central_committee:control;versailles:claim,false")));
}

// The same moments written in the two calendars must give the same state: 25 Oct 1917 Old Style
// (Julian) is 7 Nov 1917 New Style (Gregorian), the 13-day difference of the 20th century. At
// noon, at 23:00 (the Winter Palace under siege) and on the next morning (held by the MRC after
// the ministers' arrest at 02:10). Read in the wrong calendar (25 Oct N.S. is 12 Oct O.S.), the
// state is another one, so the comparison can fail.
void TestCli::stateJsonPetrograd()
{
    auto state = [&](const QString &date, const QString &calendar) {
        const Run r = run({QStringLiteral("state"), QStringLiteral("petrograd-1917"), QStringLiteral("--at"), date,
                           QStringLiteral("--calendar"), calendar, QStringLiteral("--format"), QStringLiteral("json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
    };
    auto feature = [](const QJsonObject &doc, const QString &id) {
        for (const QJsonValue &f : doc.value(QStringLiteral("features")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == id)
                return f.toObject();
        return QJsonObject();
    };
    const QJsonObject may = state(QStringLiteral("1917-05-01"), QStringLiteral("julian"));
    const QJsonObject vyborg = feature(may, QStringLiteral("vyborgskaya"));
    QCOMPARE(vyborg.value(QStringLiteral("status")).toString(), QStringLiteral("dual"));
    QVERIFY(!vyborg.value(QStringLiteral("claims")).toArray().first().toObject().value(QStringLiteral("sources")).toArray().isEmpty());

    const struct { const char *julian, *gregorian, *display, *palace; } moments[] = {
        {"1917-10-25", "1917-11-07", "25 Oct 1917 O.S. / 7 Nov N.S.", "held"},
        {"1917-10-25T23:00", "1917-11-07T23:00", "25 Oct 1917 O.S. / 7 Nov N.S., 23:00", "contested"},
        {"1917-10-26T10:00", "1917-11-08T10:00", "26 Oct 1917 O.S. / 8 Nov N.S., 10:00", "held"},
    };
    for (const auto &m : moments) {
        const QJsonObject julian = state(QString::fromLatin1(m.julian), QStringLiteral("julian"));
        const QJsonObject gregorian = state(QString::fromLatin1(m.gregorian), QStringLiteral("gregorian"));
        QVERIFY2(!julian.isEmpty() && !gregorian.isEmpty(), m.julian);
        QCOMPARE(julian.value(QStringLiteral("date_display")).toString(), QString::fromUtf8(m.display));
        QCOMPARE(gregorian.value(QStringLiteral("date_display")).toString(), QString::fromUtf8(m.display));
        QVERIFY(julian.value(QStringLiteral("features")).toArray().size() > 20);
        QVERIFY2(julian.value(QStringLiteral("features")) == gregorian.value(QStringLiteral("features")), m.julian);
        QCOMPARE(feature(julian, QStringLiteral("winter_palace")).value(QStringLiteral("status")).toString(), QString::fromLatin1(m.palace));
    }
    const QJsonObject morning = state(QStringLiteral("1917-10-26T10:00"), QStringLiteral("julian"));
    const QJsonArray palaceClaims = feature(morning, QStringLiteral("winter_palace")).value(QStringLiteral("claims")).toArray();
    QCOMPARE(palaceClaims.size(), 1);
    QCOMPARE(palaceClaims.first().toObject().value(QStringLiteral("authority")).toString(), QStringLiteral("mrc"));
    // The same numbers in the other calendar are another day, with another state.
    QVERIFY(state(QStringLiteral("1917-10-25"), QStringLiteral("gregorian")).value(QStringLiteral("features")) !=
            state(QStringLiteral("1917-10-25"), QStringLiteral("julian")).value(QStringLiteral("features")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown dataset") << QStringList{"state", "lisbon-1975", "--at", "1975-04-25"} << "unknown dataset \"lisbon-1975\"";
    QTest::newRow("bad date") << QStringList{"state", "petrograd-1917", "--at", "25/10/1917"} << "bad date \"25/10/1917\"";
    QTest::newRow("impossible date") << QStringList{"state", "petrograd-1917", "--at", "1917-02-30"} << "no day 30";
    QTest::newRow("month only") << QStringList{"state", "petrograd-1917", "--at", "1917-10"} << "bad date";
    QTest::newRow("missing date") << QStringList{"state", "petrograd-1917"} << "--at DATE is required";
    QTest::newRow("unknown calendar") << QStringList{"state", "petrograd-1917", "--at", "1917-10-25", "--calendar", "mayan"} << "unknown calendar";
    QTest::newRow("unknown format") << QStringList{"state", "petrograd-1917", "--at", "1917-10-25", "--format", "xml"} << "unknown format";
    QTest::newRow("bad size") << QStringList{"render", "petrograd-1917", "--at", "1917-10-25", "-o", "x.png", "--size", "big"} << "bad size";
    QTest::newRow("render extension") << QStringList{"render", "petrograd-1917", "--at", "1917-10-25", "-o", "x.jpg"} << "name the picture .png, .svg or .pdf";
    QTest::newRow("bad dpi") << QStringList{"render", "petrograd-1917", "--at", "1917-10-25", "-o", "x.png", "--dpi", "9000"} << "bad --dpi";
    QTest::newRow("animate step") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "--step", "1q", "-o", "x.gif"} << "bad step \"1q\"";
    QTest::newRow("animate format") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "-o", "x.avi"} << "name the animation .gif, .mp4";
    QTest::newRow("animate order") << QStringList{"animate", "petrograd-1917", "--from", "1917-02-01", "--to", "1917-01-01", "-o", "x.gif"} << "end date is before the start";
    QTest::newRow("animate fps") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "--fps", "0", "-o", "x.gif"} << "frame rate of 0";
    QTest::newRow("animate odd") << QStringList{"animate", "petrograd-1917", "--from", "1917-01-01", "--to", "1917-02-01", "--size", "641x480", "-o", "x.mp4"} << "must be even";
    QTest::newRow("unknown option") << QStringList{"state", "petrograd-1917", "--when", "1917"} << "Unknown option";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);   // one line
}

// Pictures read back: the default size, a picture that is a map (many colours, none covering
// most of it), and one instant given in both calendars (25 Oct 1917 O.S. = 7 Nov 1917 N.S.)
// drawing the same picture, pixel for pixel, while another day (1 May) draws another. A
// renderer that ignored --calendar would draw 25 Oct N.S. (12 Oct O.S.) for the first.
void TestCli::renderWritesPng()
{
    QTemporaryDir dir;
    auto render = [&](const QString &name, const QStringList &options) {
        const QString png = dir.filePath(name);
        const Run r = run(QStringList{QStringLiteral("render"), QStringLiteral("petrograd-1917"), QStringLiteral("-o"), png} + options);
        return r.exitCode == 0 ? QImage(png).convertToFormat(QImage::Format_RGB32) : QImage();
    };
    const QImage full = render(QStringLiteral("full.png"), {QStringLiteral("--calendar"), QStringLiteral("julian"),
                                                            QStringLiteral("--at"), QStringLiteral("1917-05-01")});
    QCOMPARE(full.size(), QSize(1920, 1080));
    QHash<QRgb, int> colours;
    for (int y = 0; y < full.height(); y += 4)
        for (int x = 0; x < full.width(); x += 4)
            ++colours[full.pixel(x, y)];
    int commonest = 0;
    for (int n : colours)
        commonest = std::max(commonest, n);
    QVERIFY2(colours.size() > 100 && commonest < (full.width() / 4) * (full.height() / 4) * 6 / 10,
             qPrintable(QStringLiteral("%1 colours, the commonest on %2 samples").arg(colours.size()).arg(commonest)));

    const QStringList small{QStringLiteral("--size"), QStringLiteral("960x540")};
    const QImage julian = render(QStringLiteral("julian.png"), QStringList{QStringLiteral("--calendar"), QStringLiteral("julian"),
                                                                           QStringLiteral("--at"), QStringLiteral("1917-10-25")} + small);
    const QImage gregorian = render(QStringLiteral("gregorian.png"), QStringList{QStringLiteral("--at"), QStringLiteral("1917-11-07")} + small);
    const QImage may = render(QStringLiteral("may.png"), QStringList{QStringLiteral("--calendar"), QStringLiteral("julian"),
                                                                     QStringLiteral("--at"), QStringLiteral("1917-05-01")} + small);
    QCOMPARE(julian.size(), QSize(960, 540));
    QVERIFY2(julian == gregorian, "25 Oct 1917 O.S. and 7 Nov 1917 N.S. draw different pictures");
    QVERIFY(julian != may);

    const QString png = dir.filePath(QStringLiteral("paris.png"));
    const Run other = run({QStringLiteral("render"), QStringLiteral("example-minimal"), QStringLiteral("--at"),
                           QStringLiteral("1871-03-20"), QStringLiteral("-o"), png, QStringLiteral("--size"), QStringLiteral("640x480")});
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(640, 480));
}

void TestCli::renderUnwritableLeavesNothing()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("no/such/folder/map.png"));
    const Run r = run({QStringLiteral("render"), QStringLiteral("example-minimal"), QStringLiteral("--at"),
                       QStringLiteral("1871-03-20"), QStringLiteral("-o"), png});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("cannot write")), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCli::renderSvgAndPdfAtDpi()
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("map.svg"), QStringLiteral("map.pdf")}) {
        const QString path = dir.filePath(name);
        const Run r = run({QStringLiteral("render"), QStringLiteral("paris-1871"), QStringLiteral("--at"), QStringLiteral("1871-05-01"),
                           QStringLiteral("--size"), QStringLiteral("1500x1000"), QStringLiteral("--dpi"), QStringLiteral("300"),
                           QStringLiteral("-o"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(512);
        if (name.endsWith(QLatin1String(".svg"))) {
            // 1500 px at 300 dpi is 5 inches, 127 mm.
            QVERIFY2(head.contains("width=\"127mm\"") && head.contains("viewBox=\"0 0 1500 1000\""), head.constData());
        } else {
            QVERIFY(head.startsWith("%PDF-"));
            // 5 x 3.33 inches: 360 x 240 points.
            file.seek(0);
            QVERIFY(file.readAll().contains("/MediaBox [0 0 360.000000 240.000000]"));
        }
    }
}

void TestCli::animateWritesAGif()
{
    QTemporaryDir dir;
    const QString gif = dir.filePath(QStringLiteral("paris.gif"));
    const Run r = run({QStringLiteral("animate"), QStringLiteral("paris-1871"), QStringLiteral("--from"), QStringLiteral("1871-03-17"),
                       QStringLiteral("--to"), QStringLiteral("1871-05-28"), QStringLiteral("--step"), QStringLiteral("1w"),
                       QStringLiteral("--size"), QStringLiteral("400x300"), QStringLiteral("--fps"), QStringLiteral("2"),
                       QStringLiteral("-o"), gif});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String(": 11 frames in")), qPrintable(r.out));   // 17 Mar + 10 weeks = 26 May
    QImageReader reader(gif);
    QCOMPARE(reader.imageCount(), 11);
    QCOMPARE(reader.size(), QSize(400, 300));
}

QStringList TestCli::csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
            field += line[++i];
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            fields << std::exchange(field, QString());
        else
            field += c;
    }
    fields << field;
    return fields;
}

QHash<QString, QHash<QString, QString>> TestCli::stateRows(const QString &dataset, const QString &date)
{
    QHash<QString, QHash<QString, QString>> rows;
    const Run r = run({QStringLiteral("state"), dataset, QStringLiteral("--at"), date});
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    if (r.exitCode != 0 || lines.size() < 2)
        return rows;
    const QStringList header = csvFields(lines.first());
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = csvFields(line);
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header[i], fields.value(i));
        rows.insert(row.value(QStringLiteral("id")), row);
    }
    return rows;
}

// `analyze` time series against `state` on the same days (17-20 March 1871, noon): the area of
// each status is the sum of the geodesic areas of the arrondissements `state` gives that status
// (their outlines read from the package's GeoJSON with GDAL, measured on the WGS 84 ellipsoid
// by PROJ's geod_polygonarea, in the test), the de facto holder's area likewise, and the status
// shares are those areas over the whole. Relative tolerance 1e-6: the tool reads the outlines
// through the package's Lambert projection and back. A series on the wrong days, or for one
// day only, fails (the example changes from held to contested to dual power).
void TestCli::analyzeAgreesWithState()
{
    QHash<QString, double> areaOf;   // km2 by arrondissement
    OGRRegisterAll();
    OGRDataSourceH source = OGROpen(QFile::encodeName(m_datasets + QStringLiteral("/example-minimal/layers/arrondissements.geojson")).constData(), 0, nullptr);
    QVERIFY(source);
    OGRLayerH layer = OGR_DS_GetLayer(source, 0);
    geod_geodesic wgs84;
    geod_init(&wgs84, 6378137, 1 / 298.257223563);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        const QString id = QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id")));
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        double total = 0;
        const bool multi = wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon;
        for (int p = 0; p < (multi ? OGR_G_GetGeometryCount(g) : 1); ++p) {
            OGRGeometryH polygon = multi ? OGR_G_GetGeometryRef(g, p) : g;
            for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
                OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
                std::vector<double> lats, lons;
                for (int i = 0; i + 1 < OGR_G_GetPointCount(ring); ++i) {   // the closing point repeats the first
                    lons.push_back(OGR_G_GetX(ring, i));
                    lats.push_back(OGR_G_GetY(ring, i));
                }
                double area = 0;
                geod_polygonarea(&wgs84, lats.data(), lons.data(), int(lats.size()), &area, nullptr);
                total += (r == 0 ? 1 : -1) * std::abs(area);
            }
        }
        areaOf.insert(id, total / 1e6);
        OGR_F_Destroy(f);
    }
    OGR_DS_Destroy(source);
    QCOMPARE(areaOf.size(), 2);

    QTemporaryDir dir;
    auto series = [&](const QString &metric) {
        QHash<QString, double> values;   // "date key status basis" -> value
        const QString csv = dir.filePath(metric + QStringLiteral(".csv"));
        const Run r = run({QStringLiteral("analyze"), QStringLiteral("example-minimal"), QStringLiteral("--from"), QStringLiteral("1871-03-17"),
                           QStringLiteral("--to"), QStringLiteral("1871-03-20"), QStringLiteral("--step"), QStringLiteral("1d"),
                           QStringLiteral("--metric"), metric, QStringLiteral("-o"), csv});
        if (r.exitCode != 0)
            return values;
        const QStringList lines = QString::fromUtf8(readAll(csv)).trimmed().split(QLatin1Char('\n'));
        if (lines.first() != QStringLiteral("date,key,status,basis,value,unit"))
            return values;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = csvFields(line);
            values.insert(QStringList{f[0], f[1], f[2], f[3]}.join(QLatin1Char(' ')), f[4].toDouble());
        }
        return values;
    };
    const QHash<QString, double> area = series(QStringLiteral("area")), share = series(QStringLiteral("status-share"));
    QVERIFY(!area.isEmpty() && !share.isEmpty());
    const double whole = areaOf.value(QStringLiteral("arr04")) + areaOf.value(QStringLiteral("arr18"));
    auto close = [](double value, double expected, double scale) { return std::abs(value - expected) <= 1e-6 * scale; };
    QSet<QString> statusesSeen;
    for (const QString &date : {QStringLiteral("1871-03-17"), QStringLiteral("1871-03-18"), QStringLiteral("1871-03-19"), QStringLiteral("1871-03-20")}) {
        const auto state = stateRows(QStringLiteral("example-minimal"), date);
        QHash<QString, double> byStatus, byHolder;
        for (const QString &id : {QStringLiteral("arr04"), QStringLiteral("arr18")}) {
            const QString status = state.value(id).value(QStringLiteral("status")), holder = state.value(id).value(QStringLiteral("holder"));
            QVERIFY2(!status.isEmpty(), qPrintable(date + QLatin1Char(' ') + id));
            byStatus[status] += areaOf.value(id);
            if (!holder.isEmpty())
                byHolder[holder + QLatin1Char(' ') + status] += areaOf.value(id);
            statusesSeen << status;
        }
        for (const QString &status : {QStringLiteral("unknown"), QStringLiteral("held"), QStringLiteral("dual"), QStringLiteral("divided"),
                                      QStringLiteral("occupied"), QStringLiteral("contested"), QStringLiteral("handover")}) {
            const QString key = date + QStringLiteral(" all ") + status + QLatin1Char(' ');
            QVERIFY2(area.contains(key) && share.contains(key), qPrintable(key));
            QVERIFY2(close(area.value(key), byStatus.value(status), whole),
                     qPrintable(QStringLiteral("%1: %2 km2, expected %3").arg(key).arg(area.value(key), 0, 'g', 10).arg(byStatus.value(status), 0, 'g', 10)));
            QVERIFY2(close(share.value(key), byStatus.value(status) / whole, 1),
                     qPrintable(QStringLiteral("%1: share %2, expected %3").arg(key).arg(share.value(key)).arg(byStatus.value(status) / whole)));
        }
        for (auto it = byHolder.cbegin(); it != byHolder.cend(); ++it) {
            const QString key = date + QLatin1Char(' ') + it.key() + QStringLiteral(" de facto");
            QVERIFY2(close(area.value(key), it.value(), whole), qPrintable(QStringLiteral("%1: %2, expected %3").arg(key).arg(area.value(key)).arg(it.value())));
        }
    }
    // The four days cover three statuses, so the series cannot be one day's repeated.
    QCOMPARE(statusesSeen, (QSet<QString>{QStringLiteral("held"), QStringLiteral("contested"), QStringLiteral("dual")}));
}

// `export --layer` writes one layer's state on a date; GDAL reads it back directly: one layer, the
// layer's features only, their geometry type, the package's CRS (EPSG:27571) in a GeoPackage,
// and the attributes `state` prints for the same date and feature. An unknown layer is refused.
void TestCli::exportLayerReadBackWithGdal()
{
    QTemporaryDir dir;
    const auto state = stateRows(QStringLiteral("example-minimal"), QStringLiteral("1871-03-20"));
    QCOMPARE(state.size(), 4);
    const struct { const char *layer, *file; OGRwkbGeometryType type; int features; } cases[] = {
        {"arrondissements", "arrondissements.gpkg", wkbPolygon, 2},
        {"places", "places.geojson", wkbPoint, 2},
    };
    OGRRegisterAll();
    for (const auto &c : cases) {
        const QString path = dir.filePath(QString::fromLatin1(c.file));
        const Run r = run({QStringLiteral("export"), QStringLiteral("example-minimal"), QStringLiteral("--at"), QStringLiteral("1871-03-20"),
                           QStringLiteral("--layer"), QString::fromLatin1(c.layer), QStringLiteral("-o"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        OGRDataSourceH source = OGROpen(QFile::encodeName(path).constData(), 0, nullptr);
        QVERIFY2(source, c.file);
        // The layer, named after the package's; a GeoPackage also keeps QGIS's layer_styles.
        const bool gpkg = QByteArray(c.file).endsWith(".gpkg");
        QCOMPARE(OGR_DS_GetLayerCount(source), gpkg ? 2 : 1);
        OGRLayerH layer = OGR_DS_GetLayer(source, 0);
        QCOMPARE(QByteArray(OGR_L_GetName(layer)), gpkg ? QByteArray(c.layer) : QByteArray("places"));
        if (gpkg)
            QVERIFY(OGR_DS_GetLayerByName(source, "layer_styles"));
        QCOMPARE(int(OGR_L_GetFeatureCount(layer, 1)), c.features);
        if (QByteArray(c.file).endsWith(".gpkg")) {
            OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
            QVERIFY(srs);
            QCOMPARE(QByteArray(OSRGetAuthorityCode(srs, nullptr)), QByteArray("27571"));
        }
        OGR_L_ResetReading(layer);
        int seen = 0;
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            ++seen;
            auto field = [&](const char *name) {
                const int i = OGR_F_GetFieldIndex(f, name);
                return i < 0 ? QStringLiteral("<no field %1>").arg(QLatin1String(name)) : QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
            };
            const QString id = field("id");
            QVERIFY2(state.contains(id), qPrintable(id));
            for (const char *name : {"layer", "id", "name", "status", "holder", "camps", "occupier", "outgoing", "shares"})
                QCOMPARE(field(name), state.value(id).value(QString::fromLatin1(name)));
            QCOMPARE(field("in_force"), state.value(id).value(QStringLiteral("authorities")));
            QCOMPARE(field("layer"), QString::fromLatin1(c.layer));
            OGRGeometryH g = OGR_F_GetGeometryRef(f);
            QVERIFY(g);
            const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
            QVERIFY2(type == c.type || type == OGR_GT_GetCollection(c.type), OGRGeometryTypeToName(type));
            OGR_F_Destroy(f);
        }
        QCOMPARE(seen, c.features);
        OGR_DS_Destroy(source);
    }
    const Run unknown = run({QStringLiteral("export"), QStringLiteral("example-minimal"), QStringLiteral("--at"), QStringLiteral("1871-03-20"),
                             QStringLiteral("--layer"), QStringLiteral("nosuch"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gpkg"))});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("has no layer \"nosuch\"")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.gpkg"))));
}

void TestCli::packageRoundTrip()
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("petrograd.gpkg"));
    const Run packed = run({QStringLiteral("export"), QStringLiteral("petrograd-1917"), QStringLiteral("--package"), QStringLiteral("-o"), gpkg});
    QVERIFY2(packed.exitCode == 0, qPrintable(packed.err));
    // The packed file is a DATASET like a folder: the state on a date is the same.
    const QStringList stateArgs{QStringLiteral("--calendar"), QStringLiteral("julian"), QStringLiteral("--at"), QStringLiteral("1917-10-25T23:00")};
    const Run fromFolder = run(QStringList{QStringLiteral("state"), QStringLiteral("petrograd-1917")} + stateArgs);
    const Run fromPackage = run(QStringList{QStringLiteral("state"), gpkg} + stateArgs);
    QCOMPARE(fromPackage.exitCode, 0);
    QCOMPARE(fromPackage.out, fromFolder.out);
    const Run valid = run({QStringLiteral("validate"), gpkg});
    QVERIFY2(valid.exitCode == 0 && valid.out.contains(QLatin1String("valid")), qPrintable(valid.err));

    const QString folder = dir.filePath(QStringLiteral("unpacked"));
    const Run unpacked = run({QStringLiteral("unpack"), gpkg, folder});
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("manifest.json"))));
    const Run again = run({QStringLiteral("unpack"), gpkg, folder});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("is not an empty folder")), qPrintable(again.err));
    const Run mixed = run({QStringLiteral("export"), QStringLiteral("petrograd-1917"), QStringLiteral("--package"),
                           QStringLiteral("--at"), QStringLiteral("1917-10-25"), QStringLiteral("-o"), gpkg});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY(mixed.err.contains(QLatin1String("it takes no --at")));
}

// --lang fr before --help: every description and paragraph of the help is a message of the
// context "dpa::cli" (none is left in English outside tr()), and the French help prints, for
// each, what dpatlas_fr.qm holds for it (its translation, or the English source while there is
// none). "render" has translated options already, so a help built before the translator is
// installed, or looked up under another context, fails here.
void TestCli::helpFollowsLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("leastTranslated");   // messages that dpatlas_fr.qm translates already
    QTest::newRow("overview") << QStringList{"--help"} << 0;
    QTest::newRow("validate") << QStringList{"validate", "--help"} << 0;
    QTest::newRow("render") << QStringList{"render", "--help"} << 5;
}

void TestCli::helpFollowsLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(int, leastTranslated);
    static const QList<TsMessage> messages = readTs(QStringLiteral(DPATLAS_SOURCE_DIR "/i18n/dpatlas_fr.ts"));
    QVERIFY(!messages.isEmpty());
    const Run en = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    const Run fr = run(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + args);
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(fr.exitCode, 0);
    QVERIFY2(fr.err.isEmpty(), qPrintable(fr.err));
    // The first line names the program as typed, in French too (Qt says "Utilisation : …").
    const QString program = QStringLiteral("dpatlas-cli ") + (args.size() > 1 ? args.first() : QStringLiteral("COMMAND"));
    QVERIFY2(fr.out.section(QLatin1Char('\n'), 0, 0).contains(program), qPrintable(fr.out.section(QLatin1Char('\n'), 0, 0)));

    // Each command's first line is Qt's ("Usage: dpatlas-cli validate [options] PATH...").
    QString english = en.out;
    if (args.size() > 1)
        english.replace(0, english.indexOf(QLatin1Char('\n')), QString(english.indexOf(QLatin1Char('\n')), QLatin1Char(' ')));
    const QList<FoundMessage> found = findMessages(english, messages);
    QVERIFY2(found.size() >= 2, qPrintable(en.out));
    int translated = 0;
    for (const FoundMessage &f : found) {
        const QString source = filled(f.message.source, f.values);
        const QString expected = filled(french(f.message), f.values);
        translated += expected != source ? 1 : 0;
        QVERIFY2(fr.out.contains(QRegularExpression(loosePattern(expected))),
                 qPrintable(QStringLiteral("\"%1\" should be \"%2\" under --lang fr:\n%3").arg(source, expected, fr.out)));
    }
    QVERIFY2(translated >= leastTranslated, qPrintable(fr.out));

    // What is left of the English help once the messages and Qt's own lines are taken out is
    // synopsis: names of commands, options and values, never two words of a sentence.
    QString rest = english;
    for (const FoundMessage &f : found)
        rest.replace(f.start, f.end - f.start, QString(f.end - f.start, QLatin1Char(' ')));
    for (const char *qt : {"Displays help on commandline options.", "Displays help including Qt specific options."})
        rest.remove(QRegularExpression(loosePattern(QString::fromLatin1(qt))));
    static const QRegularExpression sentence(QStringLiteral("(?<![\\w-])[A-Za-z][a-z]+[,;:.]?[ \\t]+[a-z]{2,}(?=[,;:.)]?(?:\\s|$))"));
    const auto untranslated = sentence.match(rest);
    QVERIFY2(!untranslated.hasMatch(),
             qPrintable(QStringLiteral("\"%1\" is in no dpa::cli message of i18n/dpatlas_fr.ts: wrap it in tr() and run the "
                                       "dpatlas_lupdate target. What no message explains:\n%2")
                            .arg(untranslated.captured(0), rest)));
}

// A message said to the user is looked up in dpatlas_fr.qm under "dpa::cli", its placeholders
// filled after: the ones translated already come out in French.
void TestCli::messagesFollowLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("translatedAlready");
    QTest::newRow("unknown dataset") << QStringList{"state", "lisbon-1975", "--at", "1975-04-25"}
                                     << "unknown dataset \"%1\": not a package folder and not the id of a discovered package "
                                        "(see `dpatlas-cli list`)"
                                     << "lisbon-1975" << true;
    QTest::newRow("unknown calendar") << QStringList{"state", "petrograd-1917", "--at", "1917-10-25", "--calendar", "mayan"}
                                      << "unknown calendar \"%1\": use gregorian or julian" << "mayan" << true;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command \"%1\" (see dpatlas-cli --help)"
                                     << "frobnicate" << false;
    QTest::newRow("unknown format") << QStringList{"state", "petrograd-1917", "--at", "1917-10-25", "--format", "xml"}
                                    << "unknown format \"%1\": use csv or json" << "xml" << false;
}

void TestCli::messagesFollowLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, source);
    QFETCH(QString, value);
    QFETCH(bool, translatedAlready);
    static const QList<TsMessage> messages = readTs(QStringLiteral(DPATLAS_SOURCE_DIR "/i18n/dpatlas_fr.ts"));
    const auto message = std::find_if(messages.cbegin(), messages.cend(), [&](const TsMessage &m) {
        return m.context == QLatin1String("dpa::cli") && m.source == source;
    });
    QVERIFY2(message != messages.cend(), qPrintable(source + QStringLiteral(": not a dpa::cli message of i18n/dpatlas_fr.ts")));
    const QString translation = french(*message);
    if (translatedAlready)
        QVERIFY2(translation != source, "dpatlas_fr.qm has lost this message's translation");
    const Run fr = run(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + args);
    QCOMPARE(fr.exitCode, 2);
    QCOMPARE(fr.err, QStringLiteral("dpatlas-cli: ") + translation.arg(value) + QLatin1Char('\n'));
    const Run en = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    QCOMPARE(en.err, QStringLiteral("dpatlas-cli: ") + source.arg(value) + QLatin1Char('\n'));
}

// Every message of app/cli/ is filed under the one context that dpa::cli::tr() looks up
// (clitext.h); a message under "cli" or a class's name would never be found at run time.
void TestCli::cliMessagesHaveOneContext()
{
    const QDir i18n(QStringLiteral(DPATLAS_SOURCE_DIR "/i18n"));
    const QStringList files = i18n.entryList({QStringLiteral("dpatlas_*.ts")});
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        int cli = 0;
        for (const TsMessage &m : readTs(i18n.filePath(file))) {
            const bool fromCli = m.file.contains(QLatin1String("app/cli/"));
            cli += fromCli ? 1 : 0;
            QVERIFY2(m.context != QLatin1String("cli"), qPrintable(file + QStringLiteral(": context \"cli\": ") + m.source));
            QVERIFY2(fromCli == (m.context == QLatin1String("dpa::cli")),
                     qPrintable(QStringLiteral("%1: \"%2\" from %3 is in the context \"%4\"").arg(file, m.source, m.file, m.context)));
        }
        QVERIFY2(cli > 100, qPrintable(QStringLiteral("%1: only %2 messages from app/cli/").arg(file).arg(cli)));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
