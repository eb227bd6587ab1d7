// JsonWriter: the streaming writer of the JSON and HAR reports. Every string comes out as
// QJsonDocument writes it (so the text reads back to the same value), and a document built
// with it reads back to the same object QJsonDocument would have built.
#include "report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedAsQJsonDocumentDoes_data();
    void stringsAreEscapedAsQJsonDocumentDoes();
    void utf8AndLatin1ReadAsQtReadsThem_data();
    void utf8AndLatin1ReadAsQtReadsThem();
    void nestedDocumentReadsBack();
};

namespace {

// QJsonDocument's text of a one-string array, without the brackets: the string's JSON form.
QByteArray qtForm(const QString &text)
{
    return QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

} // namespace

void TestJsonWriter::stringsAreEscapedAsQJsonDocumentDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"hello world"_s;
    QTest::newRow("quote-and-backslash") << uR"(a "b" \c\)"_s;
    QTest::newRow("named-escapes") << u"\b\f\n\r\t"_s;
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    QTest::newRow("every-control-character") << controls;
    QTest::newRow("slash-kept") << u"a/b</script>"_s;
    QTest::newRow("two-byte") << u"ü é ß"_s;
    QTest::newRow("three-byte") << u"设备不存在 €"_s;
    QTest::newRow("four-byte-pair") << u"emoji 😀 end"_s;
    QTest::newRow("lone-high-surrogate") << QString(u"a"_s + QChar(0xd800) + u"b"_s);
    QTest::newRow("lone-low-surrogate") << QString(QChar(0xdc00) + u"x"_s);
    QTest::newRow("high-surrogate-at-end") << QString(u"x"_s + QChar(0xdbff));
    QTest::newRow("bom-and-nonchar") << QString(QChar(0xfeff) + u"a"_s + QChar(0xffff));
}

void TestJsonWriter::stringsAreEscapedAsQJsonDocumentDoes()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonWriter writer(out);
    writer.string(text);
    QCOMPARE(out, qtForm(text));
}

void TestJsonWriter::utf8AndLatin1ReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ascii") << "Content-Type: \"x\"\n"_ba;
    QTest::newRow("controls") << QByteArray("a\0b\x01\x1f", 5);
    QTest::newRow("utf8") << "设备 ü 😀"_ba;
    QTest::newRow("invalid-utf8") << "a\xff\xfe b \xc3"_ba;
    QTest::newRow("high-latin1") << "caf\xe9"_ba;
}

void TestJsonWriter::utf8AndLatin1ReadAsQtReadsThem()
{
    QFETCH(QByteArray, bytes);
    QByteArray utf8;
    JsonWriter(utf8).utf8String(bytes);
    QCOMPARE(utf8, qtForm(QString::fromUtf8(bytes)));
    QByteArray latin1;
    JsonWriter(latin1).latin1String(bytes);
    QCOMPARE(latin1, qtForm(QString::fromLatin1(bytes)));
}

void TestJsonWriter::nestedDocumentReadsBack()
{
    QByteArray out;
    JsonWriter writer(out);
    writer.beginObject();
    writer.member("id"_L1, qint64(9007199254740993));
    writer.member("negative"_L1, -1);
    writer.member("text"_L1, u"line\none");
    writer.key("null"_L1);
    writer.null();
    writer.key("flags"_L1);
    writer.beginArray();
    writer.boolean(true);
    writer.boolean(false);
    writer.beginObject();
    writer.endObject();
    writer.beginArray();
    writer.endArray();
    writer.endArray();
    writer.key("nested"_L1);
    writer.beginObject();
    writer.member("a"_L1, u"b");
    writer.endObject();
    writer.endObject();

    const QJsonObject expected {
        { u"id"_s, qint64(9007199254740993) },
        { u"negative"_s, -1 },
        { u"text"_s, u"line\none"_s },
        { u"null"_s, QJsonValue() },
        { u"flags"_s, QJsonArray { true, false, QJsonObject(), QJsonArray() } },
        { u"nested"_s, QJsonObject { { u"a"_s, u"b"_s } } },
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), expected);
    QCOMPARE(out.count(','), 8); // a comma between members and items, none doubled or missing
}

QTEST_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
