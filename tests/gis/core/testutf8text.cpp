// Cells of claims.csv are trimmed and looked up as UTF-8 bytes, never decoded: what is left must
// be exactly what QString::trimmed() leaves of the decoded text, Unicode spaces included.

#include "core/utf8text.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace dpa;

class TestUtf8Text : public QObject
{
    Q_OBJECT
private slots:
    void trimsAsQStringDoes_data();
    void trimsAsQStringDoes();
    void randomCellsTrimAsQStringDoes();
    void looksUpWithoutAKeyOfItsOwn();
};

void TestUtf8Text::trimsAsQStringDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("versailles");
    QTest::newRow("spaces and tabs") << QStringLiteral(" \tversailles \r");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("no-break spaces") << QStringLiteral("\u00a0versailles\u00a0");
    QTest::newRow("em space and ideographic space") << QStringLiteral("\u2003comité\u3000");
    QTest::newRow("only a no-break space") << QStringLiteral("\u00a0");
    QTest::newRow("accents at the edges") << QStringLiteral("éÉ");
    QTest::newRow("cyrillic and arabic") << QStringLiteral(" Петроградский совет الإدارة الذاتية ");
    QTest::newRow("inner spaces kept") << QStringLiteral("a\u00a0 b");
    QTest::newRow("a non-space four-byte letter") << QStringLiteral("\U0001F600");
}

void TestUtf8Text::trimsAsQStringDoes()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    QByteArray scratch;
    const QByteArrayView trimmed = trimmedUtf8(utf8, scratch);
    QCOMPARE(QString::fromUtf8(trimmed), text.trimmed());
}

void TestUtf8Text::randomCellsTrimAsQStringDoes()
{
    // Cells of letters, ASCII and Unicode spaces in any mix, against QString's own trimming.
    const QList<char32_t> alphabet{U'a', U'Z', U' ', U'\t', U'\u00a0', U'\u2003', U'\u0085', U'é', U'я', U'ع', U'\u4e2d', U'\U0001F600', U','};
    QRandomGenerator rng(1871);
    for (int i = 0; i < 5000; ++i) {
        QString text;
        for (int k = 0, n = int(rng.bounded(0, 8)); k < n; ++k) {
            const char32_t c = alphabet[rng.bounded(int(alphabet.size()))];
            text += QString::fromUcs4(&c, 1);
        }
        const QByteArray utf8 = text.toUtf8();
        QByteArray scratch;
        QCOMPARE(QString::fromUtf8(trimmedUtf8(utf8, scratch)), text.trimmed());
    }
}

void TestUtf8Text::looksUpWithoutAKeyOfItsOwn()
{
    QHash<QByteArray, int> authorities{{QByteArrayLiteral("soviet"), 1}, {QByteArrayLiteral("provisional"), 2}};
    const QByteArray row = "cells,c0,provisional,control";
    QCOMPARE(authorities.value(lookupKey(QByteArrayView(row).sliced(9, 11)), -1), 2);
    QCOMPARE(authorities.value(lookupKey(QByteArrayView(row).sliced(9, 10)), -1), -1);
}

QTEST_GUILESS_MAIN(TestUtf8Text)
#include "testutf8text.moc"
