// The error-code page reader: every Markdown dialect the platform published, and malformed pages
// with the line they are rejected at.
#include "catalogue/ErrorCatalogue.h"
#include "catalogue/ErrorPageParser.h"

#include <QFile>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<int>)

namespace {

QByteArray readPage(const QString &name)
{
    QFile file(u"" XLINK_TEST_DATA_DIR "/pages/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test page %s", qPrintable(name));
    return file.readAll();
}

QList<int> codesOf(const ErrorPageParser::Result &result)
{
    QList<int> codes;
    for (const ParsedCode &code : result.codes)
        codes.append(code.code);
    return codes;
}

} // namespace

class TestErrorPageParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realPageGivesEveryCodeAsTheCatalogueHasIt();
    void tableDialectsGiveTheSameCodes_data();
    void tableDialectsGiveTheSameCodes();
    void repeatedCodeKeptOnlyWithAnotherText();
    void malformedPageFailsNamingItsLine_data();
    void malformedPageFailsNamingItsLine();
    void crlfLinesAndByteOrderMarkAreRead();
    void hugeInputIsRefused();
};

void TestErrorPageParser::realPageGivesEveryCodeAsTheCatalogueHasIt()
{
    const ErrorPageParser::Result result = ErrorPageParser::parse(readPage(u"real-2016-02.md"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.codes.size(), 82);
    QVERIFY(result.notes.isEmpty());
    // The HTTP status table (200, 400, ... as "HTTP/1.1 200 OK") holds no codes.
    QCOMPARE(result.codes.first(), (ParsedCode { 4001001, 400, u"请求数据字段验证不通过"_s, 28 }));
    QCOMPARE(result.codes.last().code, 5031001);
    QCOMPARE(result.codes.last().httpStatus, 503);
    // Every row matches the built-in catalogue's text for that page (4001045: the page's typo).
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    for (const ParsedCode &code : result.codes) {
        const CatalogueEntry *entry = catalogue.find(code.code);
        QVERIFY2(entry, qPrintable(QString::number(code.code)));
        QCOMPARE(code.httpStatus, entry->httpStatus);
        bool matches = entry->message.zh == code.message;
        for (const CatalogueVariant &variant : entry->variants)
            matches = matches || variant.text.zh == code.message;
        QVERIFY2(matches, qPrintable(QString::number(code.code) + u' ' + code.message));
    }
}

void TestErrorPageParser::tableDialectsGiveTheSameCodes_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("copyright, no outer pipes, ---- separators, English status table")
        << u"no-outer-pipes.md"_s << QList<int> { 4001001, 4001002, 4001250, 4031003, 4031022 }
        << QList<int> { 400, 400, 400, 403, 403 } << QList<int> { 14, 15, 16, 22, 23 }
        << QStringList { u"请求数据字段验证不通过"_s, u"请求数据必须字段不可为空"_s,
               u"设备影子版本冲突"_s, u"无效的Access-Token"_s, u"设备影子无访问权限"_s };
    QTest::newRow("outer pipes, :-- separators, bold headings, code in backticks")
        << u"outer-pipes-aligned.md"_s << QList<int> { 4001003, 4001004, 4041001, 4041099, 5031001 }
        << QList<int> { 400, 400, 404, 404, 503 } << QList<int> { 7, 8, 14, 15, 21 }
        << QStringList { u"手机验证码不存在"_s, u"手机验证码错误"_s, u"设备不存在"_s,
               u"设备影子不存在"_s, u"服务端发生异常"_s };
    QTest::newRow("no headings, headerless table, escaped pipe")
        << u"no-headings.md"_s << QList<int> { 4001005, 4031001, 4041001 }
        << QList<int> { 400, 403, 404 } << QList<int> { 5, 6, 7 }
        << QStringList { u"注册的手机号已存在"_s, u"请求需要身份验证|请登录"_s, u"设备不存在"_s };
}

void TestErrorPageParser::tableDialectsGiveTheSameCodes()
{
    QFETCH(QString, page);
    QFETCH(QList<int>, codes);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, messages);

    const ErrorPageParser::Result result = ErrorPageParser::parse(readPage(page));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(codesOf(result), codes);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QCOMPARE(result.codes.at(i).httpStatus, statuses.at(i));
        QCOMPARE(result.codes.at(i).line, lines.at(i));
        QCOMPARE(result.codes.at(i).message, messages.at(i));
    }
}

void TestErrorPageParser::repeatedCodeKeptOnlyWithAnotherText()
{
    const ErrorPageParser::Result result = ErrorPageParser::parse(readPage(u"duplicates.md"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    // The second 4001134 is kept (both texts are real), the exact repeat of 4001001 is not.
    QCOMPARE(codesOf(result), (QList<int> { 4001134, 4001134, 4001001 }));
    QCOMPARE(result.codes.at(1).message, u"该用户已在Home成员列表中"_s);
    QCOMPARE(result.notes.size(), 2);
    QCOMPARE(result.notes.at(0).kind, ErrorPageParser::Note::Kind::DuplicateDifferent);
    QCOMPARE(result.notes.at(0).code, 4001134);
    QCOMPARE(result.notes.at(0).line, 6);
    QCOMPARE(result.notes.at(0).firstLine, 5);
    QVERIFY(result.notes.at(0).text().contains(u"4001134"_s));
    QCOMPARE(result.notes.at(1).kind, ErrorPageParser::Note::Kind::DuplicateSame);
    QCOMPARE(result.notes.at(1).line, 8);
}

void TestErrorPageParser::malformedPageFailsNamingItsLine_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("six-digit code") << u"malformed-short-code.md"_s << 8 << u"400102"_s;
    QTest::newRow("missing message") << u"malformed-missing-message.md"_s << 6 << u"4001002"_s;
    QTest::newRow("code under another status")
        << u"malformed-wrong-section.md"_s << 14 << u"4041001"_s;
    QTest::newRow("text in code column")
        << u"malformed-text-in-code-column.md"_s << 6 << u"错误码"_s;
    QTest::newRow("no code table") << u"malformed-no-table.md"_s << 0 << u"table"_s;
    QTest::newRow("GBK, not UTF-8") << u"malformed-gbk.md"_s << 4 << u"UTF-8"_s;
}

void TestErrorPageParser::malformedPageFailsNamingItsLine()
{
    QFETCH(QString, page);
    QFETCH(int, line);
    QFETCH(QString, mentions);

    const ErrorPageParser::Result result = ErrorPageParser::parse(readPage(page));
    QVERIFY(!result.ok());
    QCOMPARE(result.errorLine, line);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    if (line > 0)
        QVERIFY2(result.error.contains(QString::number(line)), qPrintable(result.error));
    // Nothing half-read: a page with an error yields no codes.
    QVERIFY(result.codes.isEmpty());
}

void TestErrorPageParser::crlfLinesAndByteOrderMarkAreRead()
{
    QByteArray page = readPage(u"outer-pipes-aligned.md"_s);
    page.replace("\n", "\r\n");
    page.prepend("\xEF\xBB\xBF");
    const ErrorPageParser::Result result = ErrorPageParser::parse(page);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.codes.size(), 5);
    QCOMPARE(result.codes.at(0).message, u"手机验证码不存在"_s);
    QCOMPARE(result.codes.at(4).line, 21);
}

void TestErrorPageParser::hugeInputIsRefused()
{
    const QByteArray huge(ErrorPageParser::MaxPageSize + 1, 'a');
    const ErrorPageParser::Result result = ErrorPageParser::parse(huge);
    QVERIFY(!result.ok());
    QVERIFY(result.codes.isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorPageParser)
#include "TestErrorPageParser.moc"
