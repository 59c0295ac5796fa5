// Edits of a hand-written JSON file as text: an entry lands where a person would put it and
// every other byte stays; where the text cannot be edited safely the document is rewritten,
// and either way it parses to exactly the old document with the entry in place.

#include "core/jsontextedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dpa;

class TestJsonTextEdit : public QObject
{
    Q_OBJECT
private slots:
    void appendsOnItsOwnLineIndentedAsTheOneBefore();
    void appendsInlineToAnArrayOnOneLine();
    void fillsAnEmptyArray();
    void addsTheArrayWhenThereIsNone();
    void replacesOneElementOnly();
    void keepsWindowsLineEnds();
    void stringsWithBracketsDoNotMisleadTheScanner();
    void aKeyTwiceIsRewrittenWhole();
    void orderedObjectKeepsTheOrderGiven();
    void arraySpansAndLines();
};

namespace {

// JSON written with ' for " (so \\' is an escaped quote inside a string), to keep the tests readable.
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QByteArray kEntry = J("{'id': 'new', 'file': 'layers/new.geojson'}");

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestJsonTextEdit::appendsOnItsOwnLineIndentedAsTheOneBefore()
{
    const QByteArray before = "{\n  \"id\": \"x\",\n  \"layers\": [\n    {\"id\": \"a\",\n     \"file\": \"a.geojson\"},\n"
                              "    {\"id\": \"b\", \"file\": \"b.geojson\"}\n  ],\n  \"claims\": \"claims.csv\"\n}\n";
    bool rewritten = true;
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry, -1, &rewritten);
    QVERIFY(after);
    QVERIFY(!rewritten);
    QCOMPARE(*after, QByteArray("{\n  \"id\": \"x\",\n  \"layers\": [\n    {\"id\": \"a\",\n     \"file\": \"a.geojson\"},\n"
                                "    {\"id\": \"b\", \"file\": \"b.geojson\"},\n    " + kEntry + "\n  ],\n  \"claims\": \"claims.csv\"\n}\n"));
}

void TestJsonTextEdit::appendsInlineToAnArrayOnOneLine()
{
    const QByteArray before = J("{'id': 'x', 'layers': [{'id': 'a'}], 'claims': 'claims.csv'}");
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry);
    QVERIFY(after);
    QCOMPARE(*after, QByteArray(J("{'id': 'x', 'layers': [{'id': 'a'}, ") + kEntry + J("], 'claims': 'claims.csv'}")));
}

void TestJsonTextEdit::fillsAnEmptyArray()
{
    const QByteArray before = "{\n  \"layers\": [],\n  \"claims\": \"claims.csv\"\n}\n";
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry);
    QVERIFY(after);
    QCOMPARE(*after, QByteArray("{\n  \"layers\": [\n    " + kEntry + "\n  ],\n  \"claims\": \"claims.csv\"\n}\n"));
}

void TestJsonTextEdit::addsTheArrayWhenThereIsNone()
{
    const QByteArray before = "{\n  \"id\": \"x\"\n}\n";
    bool rewritten = true;
    const auto after = jsontextedit::withArrayEntry(before, "period_maps", kEntry, -1, &rewritten);
    QVERIFY(after);
    QVERIFY(!rewritten);
    QCOMPARE(*after, QByteArray("{\n  \"id\": \"x\",\n  \"period_maps\": [\n    " + kEntry + "\n  ]\n}\n"));
}

void TestJsonTextEdit::replacesOneElementOnly()
{
    const QByteArray before = "{\"layers\": [\n {\"id\": \"a\"},\n {\n  \"id\": \"b\",\n  \"old\": true\n },\n {\"id\": \"c\"}\n]}";
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry, 1);
    QVERIFY(after);
    QCOMPARE(*after, QByteArray("{\"layers\": [\n {\"id\": \"a\"},\n " + kEntry + ",\n {\"id\": \"c\"}\n]}"));
    QVERIFY(!jsontextedit::withArrayEntry(before, "layers", kEntry, 3));
}

void TestJsonTextEdit::keepsWindowsLineEnds()
{
    const QByteArray before = "{\r\n  \"layers\": [\r\n    {\"id\": \"a\"}\r\n  ]\r\n}\r\n";
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry);
    QVERIFY(after);
    QCOMPARE(*after, QByteArray("{\r\n  \"layers\": [\r\n    {\"id\": \"a\"},\r\n    " + kEntry + "\r\n  ]\r\n}\r\n"));
}

void TestJsonTextEdit::stringsWithBracketsDoNotMisleadTheScanner()
{
    const QByteArray before = J("{'title': {'en': 'a ] \\' [ { \\\\'}, 'layers': [{'id': 'a', 'note': ']}'}], 'x': ['layers']}");
    bool rewritten = true;
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry, -1, &rewritten);
    QVERIFY(after);
    QVERIFY(!rewritten);
    QCOMPARE(*after, QByteArray(J("{'title': {'en': 'a ] \\' [ { \\\\'}, 'layers': [{'id': 'a', 'note': ']}'}, ") + kEntry + J("], 'x': ['layers']}")));
}

void TestJsonTextEdit::aKeyTwiceIsRewrittenWhole()
{
    // QJsonDocument keeps the last "layers", the scanner would find the first: never guess.
    const QByteArray before = J("{'layers': [{'id': 'a'}], 'layers': [{'id': 'b'}]}");
    bool rewritten = false;
    const auto after = jsontextedit::withArrayEntry(before, "layers", kEntry, -1, &rewritten);
    QVERIFY(after);
    QVERIFY(rewritten);
    const QJsonArray layers = parsed(*after).value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 2);
    QCOMPARE(layers[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
    QCOMPARE(layers[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("new"));
    QVERIFY(!jsontextedit::withArrayEntry("[1]", "layers", kEntry));
    QVERIFY(!jsontextedit::withArrayEntry(before, "layers", "{\"id\": "));
}

void TestJsonTextEdit::orderedObjectKeepsTheOrderGiven()
{
    const QByteArray text = jsontextedit::orderedObject({{QStringLiteral("id"), QStringLiteral("p")},
                                                         {QStringLiteral("file"), QStringLiteral("layers/p.geojson")},
                                                         {QStringLiteral("title"), QJsonObject{{QStringLiteral("fr"), QStringLiteral("Lieux « 1871 »")},
                                                                                               {QStringLiteral("en"), QStringLiteral("Places \"1871\"")}}},
                                                         {QStringLiteral("approximate"), true},
                                                         {QStringLiteral("none"), QJsonValue()}});
    QCOMPARE(text, J("{'id': 'p', 'file': 'layers/p.geojson', 'title': {'en': 'Places \\'1871\\'', 'fr': 'Lieux « 1871 »'}, "
                     "'approximate': true, 'none': null}"));
}

void TestJsonTextEdit::arraySpansAndLines()
{
    const QByteArray text = "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"a\": [1, 2]},\n  \"s\", 3\n ]}";
    const auto span = jsontextedit::topLevelArray(text, "features");
    QVERIFY(span);
    QCOMPARE(int(span->elements.size()), 3);
    QCOMPARE(text.mid(span->elements[0].first, span->elements[0].second - span->elements[0].first), QByteArray("{\"a\": [1, 2]}"));
    QCOMPARE(text.mid(span->elements[2].first, span->elements[2].second - span->elements[2].first), QByteArray("3"));
    QCOMPARE(jsontextedit::lineOfOffset(text, span->elements[0].first), 3);
    QCOMPARE(jsontextedit::lineOfOffset(text, span->elements[2].first), 4);
    QVERIFY(!jsontextedit::topLevelArray(text, "type"));
    QVERIFY(!jsontextedit::topLevelArray(text, "missing"));
    QVERIFY(!jsontextedit::topLevelArray("[1, 2]", "features"));
}

QTEST_GUILESS_MAIN(TestJsonTextEdit)
#include "testjsontextedit.moc"
