// The decode page: paste any text, see every platform error in it explained.
#include "decode/DecodeWidget.h"
#include "util/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestDecodeWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explainsWhatToDoWhenEmpty();
    void decodesEveryErrorInALog();
    void decodesAsYouType();
    void unknownAndNonNumericCodes();
    void linkShowsTheCodeInTheBrowser();
    void pasteButtonDecodesTheClipboard();
    void pastingAnEmptyClipboardDoesNothing();
    void manyErrorsAreCountedNotAllShown();
    void repeatedCodesShareOneCard();
    void explainsAProxyErrorPage();
};

void TestDecodeWidget::initTestCase()
{
    Translations::install(Language::English);
}

void TestDecodeWidget::explainsWhatToDoWhenEmpty()
{
    DecodeWidget widget;
    QVERIFY(widget.results()->toPlainText().contains(u"Paste a response body"_s));
    widget.setText(u"nothing to see here 12345"_s);
    QVERIFY(widget.found().isEmpty());
    QVERIFY(widget.results()->toPlainText().contains(u"No platform error found"_s));
}

void TestDecodeWidget::decodesEveryErrorInALog()
{
    DecodeWidget widget;
    widget.setText(u"2026-11-27 08:00:01 POST /v2/corp_auth -> 400\n"
                   "{\"error\":{\"code\":\"4001007\",\"msg\":\"password error\"}}\n"
                   "retry failed with 4031003 after refresh\n"_s);
    QCOMPARE(widget.found().size(), 2);
    const QString text = widget.results()->toPlainText();
    QVERIFY2(text.contains(u"Found 2 platform error"_s), qPrintable(text));
    QVERIFY(text.contains(u"4001007"_s));
    QVERIFY(text.contains(u"password error"_s)); // the server's own msg
    QVERIFY(text.contains(u"line 2, column 1"_s));
    QVERIFY(text.contains(ErrorCatalogue::builtin().find(4001007)->message.zh));
    QVERIFY(text.contains(ErrorCatalogue::builtin().find(4031003)->message.en));
    QVERIFY(text.contains(u"line 3"_s));
    QVERIFY(text.indexOf(u"4001007"_s) < text.indexOf(u"4031003"_s));
}

void TestDecodeWidget::decodesAsYouType()
{
    DecodeWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTest::keyClicks(widget.input(), u"code: 4041008"_s);
    QTRY_COMPARE(widget.found().size(), 1);
    QCOMPARE(widget.found().at(0).first.code, 4041008);
    QTRY_VERIFY(widget.results()->toPlainText().contains(
        ErrorCatalogue::builtin().find(4041008)->message.en));
}

void TestDecodeWidget::unknownAndNonNumericCodes()
{
    DecodeWidget widget;
    widget.setText(u"{\"error\":{\"code\":\"abc\",\"msg\":\"odd\"}} and "
                   "{\"error\":{\"code\":4039999,\"msg\":\"new\"}} and 4001040"_s);
    QCOMPARE(widget.found().size(), 3);
    const QString text = widget.results()->toPlainText();
    QVERIFY2(text.contains(u"not a number"_s), qPrintable(text));
    QVERIFY(text.contains(u"4039999"_s));
    QVERIFY(text.contains(u"not in the catalogue"_s));
    QVERIFY(text.contains(u"No permission to call this API"_s));
    QVERIFY(text.contains(u"never published"_s));
}

void TestDecodeWidget::linkShowsTheCodeInTheBrowser()
{
    DecodeWidget widget;
    widget.setText(u"4031003"_s);
    QVERIFY(widget.results()->toHtml().contains(u"xlink-code:4031003"_s));
    QSignalSpy spy(&widget, &DecodeWidget::codeActivated);
    Q_EMIT widget.results()->anchorClicked(QUrl(u"xlink-code:4031003"_s));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 4031003);
    // Other links do nothing.
    Q_EMIT widget.results()->anchorClicked(QUrl(u"https://example.com/"_s));
    QCOMPARE(spy.size(), 1);
}

void TestDecodeWidget::pasteButtonDecodesTheClipboard()
{
    DecodeWidget widget;
    QApplication::clipboard()->setText(u"{\"error\":{\"code\":\"4031021\",\"msg\":\"expired\"}}"_s);
    QPushButton *paste = nullptr;
    for (QPushButton *button : widget.findChildren<QPushButton *>()) {
        if (button->text() == u"&Paste"_s)
            paste = button;
    }
    QVERIFY(paste);
    paste->click();
    QCOMPARE(widget.found().size(), 1);
    QCOMPARE(widget.found().at(0).first.code, 4031021);
    QVERIFY(widget.input()->toPlainText().contains(u"expired"_s));
}

// Qt 6.4 crashed on Ctrl+V with nothing on the clipboard (SafePastePlainTextEdit).
void TestDecodeWidget::pastingAnEmptyClipboardDoesNothing()
{
    DecodeWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTest::keyClicks(widget.input(), u"4031003"_s);
    QApplication::clipboard()->setMimeData(new QMimeData);
    QVERIFY(QApplication::clipboard()->mimeData()->formats().isEmpty());
    widget.input()->setFocus();
    QTest::keySequence(widget.input(), QKeySequence::Paste);
    QCOMPARE(widget.input()->toPlainText(), u"4031003"_s);
    // A real paste still works.
    QApplication::clipboard()->setText(u" 4041008"_s);
    QTest::keySequence(widget.input(), QKeySequence::Paste);
    QCOMPARE(widget.input()->toPlainText(), u"4031003 4041008"_s);
}

void TestDecodeWidget::manyErrorsAreCountedNotAllShown()
{
    DecodeWidget widget;
    QString log;
    // 500 different codes of a class the catalogue explains.
    for (int i = 0; i < 500; ++i)
        log += u"attempt "_s + QString::number(i) + u" failed: "_s + QString::number(4030500 + i)
            + u'\n';
    widget.setText(log);
    QCOMPARE(widget.foundCount(), 500);
    // Only what is shown is kept: a paste of a million errors costs the page no more.
    QCOMPARE(widget.found().size(), DecodeWidget::MaxShown);
    const QString text = widget.results()->toPlainText();
    QVERIFY2(text.contains(DecodeWidget::tr("Found %n platform error(s).", nullptr, 500)),
        qPrintable(text.left(200)));
    QVERIFY(text.contains(DecodeWidget::tr("%n more not shown.", nullptr, 300)));
    QVERIFY(text.contains(u"4030500"_s));
    QVERIFY(text.contains(QString::number(4030500 + DecodeWidget::MaxShown - 1)));
    QVERIFY(!text.contains(QString::number(4030500 + DecodeWidget::MaxShown)));
}

// Thirty copies of one code are one error seen thirty times: one card with the count, where
// the page used to show thirty identical cards.
void TestDecodeWidget::repeatedCodesShareOneCard()
{
    DecodeWidget widget;
    QString log;
    for (int i = 0; i < 30; ++i)
        log += u"08:00:"_s + QString::number(10 + i)
            + u" {\"error\":{\"code\":\"4031003\",\"msg\":\"token invalid\"}}\n"_s;
    log += u"then 4041008 once\n"_s;
    widget.setText(log);
    QCOMPARE(widget.foundCount(), 31);
    QCOMPARE(widget.found().size(), 2);
    QCOMPARE(widget.found().at(0).first.code, 4031003);
    QCOMPARE(widget.found().at(0).count, 30);
    QCOMPARE(widget.found().at(0).first.line, 1);
    QCOMPARE(widget.found().at(1).first.code, 4041008);
    QCOMPARE(widget.found().at(1).count, 1);
    const QString text = widget.results()->toPlainText();
    QVERIFY2(text.contains(DecodeWidget::tr("Found %n platform error(s).", nullptr, 31)),
        qPrintable(text.left(300)));
    QVERIFY2(text.contains(u"×30"_s), qPrintable(text));
    QCOMPARE(text.count(u"4031003"_s), 1);
    QCOMPARE(text.count(ErrorCatalogue::builtin().find(4031003)->message.en), 1);
    QVERIFY(!text.contains(u"×1"_s));
    // Nothing is left over as "not shown".
    QVERIFY(!text.contains(DecodeWidget::tr("%n more not shown.", nullptr, 29)));
}

// A real nginx error page, pasted as it came: no platform error in it, but the page says what
// answered instead of the platform, as the console's banner does.
void TestDecodeWidget::explainsAProxyErrorPage()
{
    DecodeWidget widget;
    widget.setText(u"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                   "<center><h1>502 Bad Gateway</h1></center>\r\n"
                   "<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"_s);
    QVERIFY(widget.found().isEmpty());
    QVERIFY(widget.proxyPage());
    QCOMPARE(widget.proxyPage()->status, 502);
    QCOMPARE(widget.proxyPage()->reason, u"Bad Gateway"_s);
    QCOMPARE(widget.proxyPage()->server, u"nginx/1.24.0"_s);
    const QString text = widget.results()->toPlainText();
    QVERIFY2(!text.contains(u"No platform error found"_s), qPrintable(text));
    QVERIFY2(text.contains(ProxyPage::title(502)), qPrintable(text));
    QVERIFY(text.contains(u"proxy, gateway or load balancer"_s));
    QVERIFY(text.contains(u"nginx/1.24.0"_s));

    // A page among other text, with a platform error beside it: both are explained.
    widget.setText(u"curl said:\n<!DOCTYPE html><html><head><title>504 Gateway Time-out"
                   "</title></head><body>...</body></html>\nand earlier 4031003\n"_s);
    QCOMPARE(widget.found().size(), 1);
    QVERIFY(widget.proxyPage());
    QCOMPARE(widget.proxyPage()->status, 504);
    const QString both = widget.results()->toPlainText();
    QVERIFY(both.contains(ProxyPage::title(504)));
    QVERIFY(both.contains(DecodeWidget::tr("Found %n platform error(s).", nullptr, 1)));

    // HTML that is not an error page is not taken for one.
    widget.setText(u"<html><head><title>2026 release notes</title></head></html>"_s);
    QVERIFY(!widget.proxyPage());
    QVERIFY(widget.results()->toPlainText().contains(u"No platform error found"_s));
}

QTEST_MAIN(TestDecodeWidget)
#include "TestDecodeWidget.moc"
