// HeaderCodec: headers as the log stores them. Order, repeats, empty values and non-ASCII
// values survive a round trip; whatever else a damaged or hand-edited log holds decodes to the
// pairs that are well formed, never to a crash or an invented header.
#include "HeaderCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestHeaderCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeReadsBackWhatEncodeWrote_data();
    void decodeReadsBackWhatEncodeWrote();
    void encodedFormIsACompactJsonArrayOfPairs();
    void encodeWritesWhatTheJsonWriterWrites_data();
    void encodeWritesWhatTheJsonWriterWrites();
    void decodeKeepsOnlyWellFormedPairs_data();
    void decodeKeepsOnlyWellFormedPairs();
};

void TestHeaderCodec::decodeReadsBackWhatEncodeWrote_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::newRow("none") << HeaderList();
    QTest::newRow("one") << HeaderList { { "Content-Type"_ba, "application/json"_ba } };
    QTest::newRow("order-and-repeats-kept") << HeaderList { { "Set-Cookie"_ba, "b=2"_ba },
        { "X-A"_ba, "1"_ba }, { "Set-Cookie"_ba, "a=1"_ba } };
    QTest::newRow("empty-value") << HeaderList { { "X-Empty"_ba, QByteArray() } };
    QTest::newRow("utf8-value") << HeaderList { { "X-Name"_ba, "设备 ü"_ba } };
    QTest::newRow("quotes-and-brackets")
        << HeaderList { { "X-Json"_ba, R"(["a",{"b":"c\"d"}])"_ba } };
    QTest::newRow("case-kept") << HeaderList { { "access-TOKEN"_ba, "[REDACTED]"_ba } };
}

void TestHeaderCodec::decodeReadsBackWhatEncodeWrote()
{
    QFETCH(HeaderList, headers);
    QCOMPARE(HeaderCodec::decode(HeaderCodec::encode(headers)), headers);
}

void TestHeaderCodec::encodedFormIsACompactJsonArrayOfPairs()
{
    // The stored form is a compact JSON array of pairs: reports and `log export` rely on it.
    const HeaderList headers { { "A"_ba, "1"_ba }, { "B"_ba, "x y"_ba } };
    QCOMPARE(HeaderCodec::encode(headers), uR"([["A","1"],["B","x y"]])"_s);
    QCOMPARE(HeaderCodec::encode({}), u"[]"_s);
}

void TestHeaderCodec::encodeWritesWhatTheJsonWriterWrites_data()
{
    decodeReadsBackWhatEncodeWrote_data();
    QTest::newRow("plain-several") << HeaderList { { "Access-Token"_ba, "[REDACTED]"_ba },
        { "Content-Type"_ba, "application/json; charset=utf-8"_ba }, { "X-Empty"_ba, ""_ba } };
    QTest::newRow("control-and-delete") << HeaderList { { "X-C"_ba, "a\tb\x7f"_ba } };
}

// Plain ASCII headers are written without the JSON writer (it cost more than the rest of an
// insert): the text must be the writer's, byte for byte, whatever the headers hold.
void TestHeaderCodec::encodeWritesWhatTheJsonWriterWrites()
{
    QFETCH(HeaderList, headers);
    QJsonArray array;
    for (const auto &[name, value] : std::as_const(headers))
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
    const QByteArray written = QJsonDocument(array).toJson(QJsonDocument::Compact);
    QCOMPARE(HeaderCodec::encodeUtf8(headers), written);
    QCOMPARE(HeaderCodec::encode(headers), QString::fromUtf8(written));
}

void TestHeaderCodec::decodeKeepsOnlyWellFormedPairs_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<HeaderList>("headers");
    QTest::newRow("empty-string") << QString() << HeaderList();
    QTest::newRow("not-json") << u"Content-Type: text/html"_s << HeaderList();
    QTest::newRow("truncated") << uR"([["A","1"],["B",)"_s << HeaderList();
    QTest::newRow("object-not-array") << uR"({"A":"1"})"_s << HeaderList();
    QTest::newRow("flat-array") << uR"(["A","1"])"_s << HeaderList();
    QTest::newRow("short-and-long-pairs-skipped")
        << uR"([["A"],["B","2"],["C","3","4"]])"_s << HeaderList { { "B"_ba, "2"_ba } };
    // Numbers and nulls are not strings: the pair keeps an empty name or value, as stored.
    QTest::newRow("non-string-members")
        << uR"([[1,"x"],["Y",null]])"_s
        << HeaderList { { QByteArray(), "x"_ba }, { "Y"_ba, QByteArray() } };
    QTest::newRow("nested-garbage") << uR"([[[[]]],{},null,true,"s"])"_s << HeaderList();
    // Near the compact form that is read without a JSON document: read as JSON reads it.
    QTest::newRow("whitespace-between") << uR"( [ ["A" , "1"] ,["B","2"] ] )"_s
                                        << HeaderList { { "A"_ba, "1"_ba }, { "B"_ba, "2"_ba } };
    QTest::newRow("escaped-value")
        << uR"([["A","x\u00fc\"y"]])"_s << HeaderList { { "A"_ba, "xü\"y"_ba } };
    QTest::newRow("trailing-garbage") << uR"([["A","1"]]x)"_s << HeaderList();
    QTest::newRow("missing-close") << uR"([["A","1"])"_s << HeaderList();
    QTest::newRow("unterminated-string") << uR"([["A","1]])"_s << HeaderList();
    QTest::newRow("empty-array") << u"[]"_s << HeaderList();
}

void TestHeaderCodec::decodeKeepsOnlyWellFormedPairs()
{
    QFETCH(QString, stored);
    QFETCH(HeaderList, headers);
    QCOMPARE(HeaderCodec::decode(stored), headers);
}

QTEST_GUILESS_MAIN(TestHeaderCodec)
#include "TestHeaderCodec.moc"
