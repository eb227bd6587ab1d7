// JsonSyntax must accept exactly what QJsonDocument accepts (it stands in for it on large
// bodies): checked on hand-picked cases and on 20,000 seeded mutations of valid documents.
#include "catalogue/JsonSyntax.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

QJsonParseError::ParseError qtError(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    return error.error;
}

} // namespace

class TestJsonSyntax final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQJsonDocument_data();
    void agreesWithQJsonDocument();
    void agreesOnMutations();
    void nestingPastTheLimitIsDeepNestingAsQtSays();
    void largeBodyIsCheckedAndACutOneFailsAtItsEnd();
};

void TestJsonSyntax::agreesWithQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("platform error")
        << u"{\"error\":{\"code\":\"4041008\",\"msg\":\"设备不存在\"}}"_s.toUtf8() << true;
    QTest::newRow("numbers") << QByteArray("[0,-0,1e5,1E+2,-1.5e-3,.5,1.]") << true;
    QTest::newRow("escapes") << QByteArray(R"(["\u00e9\n\"\\\/", "\q"])") << true;
    QTest::newRow("spaces") << QByteArray(" \t\r\n[ ]\n") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("scalar at top") << QByteArray("42") << false;
    QTest::newRow("garbage after") << QByteArray("{}x") << false;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << false;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("bare minus") << QByteArray("[-]") << false;
    QTest::newRow("exponent without digits") << QByteArray("[1e]") << false;
    QTest::newRow("overflow") << QByteArray("[1e400]") << false;
    QTest::newRow("underflow") << QByteArray("[1e-400]") << false;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << false;
    QTest::newRow("surrogate in UTF-8") << QByteArray("[\"\xed\xa0\x80\"]") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << false;
    QTest::newRow("truncated literal") << QByteArray("[tru]") << false;
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)") << false;
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)") << false;
}

void TestJsonSyntax::agreesWithQJsonDocument()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    // The same verdict; the kind of error may be named differently (Qt reports "[1," as a
    // missing object, this as an illegal value).
    const QJsonParseError ours = JsonSyntax::check(text);
    QCOMPARE(ours.error == QJsonParseError::NoError, valid);
    QCOMPARE(qtError(text) == QJsonParseError::NoError, valid);
    QVERIFY(ours.offset >= 0 && ours.offset <= text.size());
}

void TestJsonSyntax::agreesOnMutations()
{
    const QByteArray seeds[] = {
        R"({"a":[1,2.5e3,-0.1,true,false,null,"x\u00e9\n"],"b":{}})",
        u"[[[]],{\"k\":\"设备\"}]"_s.toUtf8(),
        u"{\"error\":{\"code\":\"4041008\",\"msg\":\"设备不存在\"}}"_s.toUtf8(),
        "[1e5,0,-0,1E+2,1.0e-3,1e-300,-2e300]",
    };
    const QByteArray alphabet("{}[],:\"\\ 0123456789.eE+-tfnrul\x01\xe8\xae\xbe\xff\xc0");
    QRandomGenerator random(20261127);
    for (int i = 0; i < 20000; ++i) {
        QByteArray text = seeds[random.bounded(int(std::size(seeds)))];
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(text.size()));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                text.insert(at, c);
                break;
            case 1:
                text.remove(at, 1);
                break;
            default:
                text[at] = c;
                break;
            }
        }
        const bool ours = JsonSyntax::check(text).error == QJsonParseError::NoError;
        const bool qt = qtError(text) == QJsonParseError::NoError;
        if (ours != qt)
            QFAIL(qPrintable(
                u"disagreement on %1"_s.arg(QString::fromLatin1(text.toPercentEncoding()))));
    }
}

void TestJsonSyntax::nestingPastTheLimitIsDeepNestingAsQtSays()
{
    for (const int depth : { 1024, 1025, 100000 }) {
        const QByteArray text = QByteArray(depth, '[') + QByteArray(depth, ']');
        QCOMPARE(JsonSyntax::check(text).error, qtError(text));
    }
    QCOMPARE(JsonSyntax::check(QByteArray(1025, '[')).error, QJsonParseError::DeepNesting);
}

void TestJsonSyntax::largeBodyIsCheckedAndACutOneFailsAtItsEnd()
{
    // 8 MB of device records: valid, and invalid when cut, with the error at the end.
    QByteArray body = "{\"list\":[";
    for (int i = 0; body.size() < 8 * 1024 * 1024; ++i)
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"设备\",\"online\":true},";
    body.chop(1);
    body += "]}";
    QCOMPARE(JsonSyntax::check(body).error, QJsonParseError::NoError);
    const QByteArray cut = body.first(body.size() - 2);
    const QJsonParseError error = JsonSyntax::check(cut);
    QCOMPARE(error.error, QJsonParseError::UnterminatedArray);
    QCOMPARE(qsizetype(error.offset), cut.size());
}

} // namespace xlink

QTEST_GUILESS_MAIN(xlink::TestJsonSyntax)
#include "TestJsonSyntax.moc"
