// Every i18n/dpatlas_*.ts, read as XML: no language has an unfinished entry, none has
// obsolete or vanished ones (lupdate runs with -no-obsolete), and every translation keeps
// exactly the placeholders of its source (%1…%99, %L1, %n), in each plural form.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {


QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

struct Message
{
    QString context, source;
    QString type;                 // "", "unfinished", "obsolete", "vanished"
    QStringList translations;     // one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {   // a <context>'s name
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{context, QString(), QString(), {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << m;
            m = Message{};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void language_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(DPATLAS_SOURCE_DIR "/i18n"));
        const QStringList files = dir.entryList({QStringLiteral("dpatlas_*.ts")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f.mid(8).chopped(3))) << dir.filePath(f);
    }

    void language()
    {
        QFETCH(QString, path);
        const QString code = QFileInfo(path).completeBaseName().mid(8);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(path + QStringLiteral(": too few messages; run dpatlas_lupdate")));

        // Every language is complete: one untranslated string fails the suite.
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(60));
            if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
                problems << where + QStringLiteral(": %1 entry (run dpatlas_lupdate)").arg(m.type);
                continue;
            }
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.type == QLatin1String("unfinished") || m.translations.isEmpty() || empty) {
                problems << where + QStringLiteral(": not translated");
                continue;
            }
            const QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                const QStringList got = placeholders(t);
                if (got != expected)
                    problems << where + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                            .arg(expected.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), t.left(60));
            }
        }
        for (const QString &p : std::as_const(problems))
            qWarning("%s: %s", qPrintable(code), qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problem(s), listed above").arg(code).arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
