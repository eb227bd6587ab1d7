// The API console page driven like a user: the local sandbox, a login typed into the fields,
// requests sent with Ctrl+Enter and cancelled with Esc, errors decoded in the banner.

#include "ApiClient.h"
#include "CallHistory.h"
#include "CurlCodec.h"
#include "EnvironmentStore.h"
#include "SafePastePlainTextEdit.h"
#include "SecretStore.h"
#include "Session.h"
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorCatalogue.h"
#include "console/ApiConsoleController.h"
#include "console/ApiConsoleWidget.h"
#include "console/JsonTreeModel.h"
#include "console/LargeTextView.h"
#include "console/ResponseViewWidget.h"
#include "console/SandboxController.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

class TestApiConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnTheLocalSandbox();
    void loginThenMissingDeviceShowsDecodedError();
    void invalidJsonBodyIsNotSent();
    void escapeCancelsADelayedCall();
    void proxyHtmlPageIsNamed();
    void errorWithHttp200AndNumericCodeIsDecoded();
    void endpointPickerFillsTheComposer();
    void curlCopyRedactsTheTokenAndPastesBack();
    void historyListsLoginsAndReopensACall();
    void largeBodyIsCutAtTheDisplayLimit();

private:
    void logIn();
    void sendWithKeyboard();
    void typePath(const QString &path);
    void addHeader(const QString &name, const QString &value);
    QString productId();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ApiConsoleController> m_controller;
    std::unique_ptr<ApiConsoleWidget> m_widget;
};

void TestApiConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Translations::install(Language::English);
}

void TestApiConsole::init()
{
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_controller = std::make_unique<ApiConsoleController>(m_settings.get());
    m_controller->secrets()->setKeychainEnabled(false);
    m_widget = std::make_unique<ApiConsoleWidget>(m_controller.get());
    m_widget->resize(1100, 760);
    m_widget->show();
    QApplication::setActiveWindow(m_widget.get());
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestApiConsole::cleanup()
{
    m_widget.reset();
    m_controller.reset();
    m_settings.reset();
}

void TestApiConsole::logIn()
{
    m_widget->accountField()->clear();
    QTest::keyClicks(m_widget->accountField(), u"dev@example.com"_s);
    m_widget->secretField()->clear();
    QTest::keyClicks(m_widget->secretField(), u"sandbox123"_s);
    QTest::mouseClick(m_widget->loginButton(), Qt::LeftButton);
    QTRY_VERIFY(m_controller->client()->session()->isLoggedIn());
    QTRY_VERIFY(m_widget->sessionLabel()->text().contains(u"dev@example.com"));
}

void TestApiConsole::typePath(const QString &path)
{
    m_widget->pathField()->clear();
    QTest::keyClicks(m_widget->pathField(), path);
}

void TestApiConsole::sendWithKeyboard()
{
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
}

void TestApiConsole::addHeader(const QString &name, const QString &value)
{
    // Typed like a user: Add opens the name's editor, Tab moves on to the value, Return commits.
    QTableWidget *table = m_widget->headersTable();
    QTest::mouseClick(m_widget->addHeaderButton(), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), value);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(table->item(row, 1) && table->item(row, 1)->text() == value);
    QCOMPARE(table->item(row, 0)->text(), name);
}

QString TestApiConsole::productId()
{
    m_widget->methodCombo()->setCurrentText(u"GET"_s);
    typePath(u"/v2/products"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    [&] { QTRY_COMPARE(finished.size(), 1); }();
    const CallRecord record = finished.at(0).at(0).value<CallRecord>();
    const QJsonArray products = QJsonDocument::fromJson(record.responseBody).array();
    return products.isEmpty() ? QString() : products.at(0).toObject().value(u"id").toString();
}

void TestApiConsole::startsOnTheLocalSandbox()
{
    QCOMPARE(m_widget->environmentCombo()->currentData().toString(),
        EnvironmentStore::sandboxId.toString());
    QCOMPARE(m_widget->environmentCombo()->currentText(), u"Local sandbox"_s);
    QVERIFY(m_controller->sandbox()->isRunning());
    QCOMPARE(m_controller->client()->environment().baseUrl, m_controller->sandbox()->url());
    QCOMPARE(m_widget->secretField()->echoMode(), QLineEdit::Password);
    QCOMPARE(m_widget->sessionLabel()->text(), u"Not logged in."_s);
}

void TestApiConsole::loginThenMissingDeviceShowsDecodedError()
{
    logIn();
    QTRY_VERIFY(m_widget->expiryLabel()->text().startsWith(u"Token expires in 1:59:"));
    // Secrets stay out of the settings file.
    // A value of the test's own makes the file exist whatever the console stored, and
    // proves it is the file read here.
    m_settings->setValue(u"test/marker"_s, u"marker-7f3a"_s);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(ini.fileName()));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains("marker-7f3a"));
    QVERIFY(!stored.contains("sandbox123"));
    QCOMPARE(m_widget->headersTable()->item(0, 1)->text(), u"[REDACTED]"_s);

    const QString pid = productId();
    QVERIFY(!pid.isEmpty());
    typePath(u"/v2/product/{pid}/device/999999"_s);
    QLineEdit *pidField = m_widget->placeholderField(u"pid"_s);
    QVERIFY(pidField);
    QTest::keyClicks(pidField, pid);
    sendWithKeyboard();

    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(4041008);
    QVERIFY(entry);
    QLabel *banner = m_widget->responseView()->errorBanner();
    QTRY_VERIFY(banner->isVisible() && banner->text().contains(u"4041008"));
    QVERIFY(banner->text().contains(entry->message.zh.toHtmlEscaped()));
    QVERIFY(banner->text().contains(entry->message.en.toHtmlEscaped()));
    // And what to check, with its fields as code.
    QVERIFY(entry->hint);
    QVERIFY(banner->text().contains(EntryFormatter::codeSpansToHtml(entry->hint->en)));
    QVERIFY(banner->text().contains(u"<code>{did}</code>"));
    QVERIFY(m_widget->responseView()->summaryLabel()->text().contains(u"HTTP 404"));
    QTRY_VERIFY(m_widget->responseView()->prettyView()->text().contains(u"4041008"));
    QCOMPARE(m_widget->responseView()->treeModel()->index(0, 0).data().toString(), u"error"_s);

    // The link asks for the code browser.
    QSignalSpy activated(m_widget.get(), &ApiConsoleWidget::codeActivated);
    Q_EMIT banner->linkActivated(u"code:4041008"_s);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 4041008);
}

void TestApiConsole::invalidJsonBodyIsNotSent()
{
    QSignalSpy recorded(m_controller->client(), &ApiClient::callRecorded);
    m_widget->methodCombo()->setCurrentText(u"POST"_s);
    typePath(u"/v2/products"_s);
    // Pasting from an empty clipboard crashed Qt 6.4's text edits: the body editor survives it.
    QVERIFY(qobject_cast<SafePastePlainTextEdit *>(m_widget->bodyEditor()));
    m_widget->bodyEditor()->setPlainText(u"{\n  \"name\": \"lamp\",\n  \"link_type\" 1\n}"_s);
    QTest::mouseClick(m_widget->sendButton(), Qt::LeftButton);
    QVERIFY(m_widget->bodyStatusLabel()->text().contains(u"line 3"));
    QVERIFY(m_widget->bodyStatusLabel()->text().contains(u"column"));
    QVERIFY(m_widget->messageLabel()->text().contains(u"nothing was sent"));
    QCOMPARE(m_widget->bodyEditor()->textCursor().blockNumber(), 2);
    QVERIFY(!m_widget->isCallRunning());
    QCOMPARE(recorded.size(), 0);

    // Format refuses as well, and formats once the body is fixed.
    m_widget->bodyEditor()->setPlainText(u"{\"name\":\"lamp\",\"link_type\":1}"_s);
    QTest::mouseClick(m_widget->formatButton(), Qt::LeftButton);
    QCOMPARE(m_widget->bodyEditor()->toPlainText(),
        u"{\n  \"name\": \"lamp\",\n  \"link_type\": 1\n}"_s);

    // The first call recorded is the fixed body's: the invalid one was never sent (a positive
    // end to the wait, instead of a pause after which nothing had come yet).
    QTest::mouseClick(m_widget->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(recorded.first().first().value<CallRecord>().requestBody)
                 .object()
                 .value(u"link_type"_s),
        QJsonValue(1));
}

void TestApiConsole::escapeCancelsADelayedCall()
{
    typePath(u"/v2/corp"_s);
    // A minute: only the cancel can end the call within the wait below.
    addHeader(u"X-Sandbox-Fault"_s, u"delay=60000"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    QElapsedTimer clock;
    clock.start();
    sendWithKeyboard();
    QVERIFY(m_widget->isCallRunning());
    QVERIFY(m_widget->cancelButton()->isEnabled());
    QTest::keyClick(m_widget->pathField(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
#ifdef XLINK_TIMING_CHECKS
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
#else
    Q_UNUSED(clock)
#endif
    QVERIFY(!m_widget->isCallRunning());
    QVERIFY(m_widget->sendButton()->isEnabled());
    QVERIFY(m_widget->responseView()->summaryLabel()->text().contains(u"Cancelled"));
}

void TestApiConsole::proxyHtmlPageIsNamed()
{
    typePath(u"/v2/corp"_s);
    addHeader(u"X-Sandbox-Fault"_s, u"html"_s);
    sendWithKeyboard();
    QLabel *banner = m_widget->responseView()->errorBanner();
    QTRY_VERIFY(banner->isVisible() && banner->text().contains(u"HTML page"));
    QVERIFY(banner->text().contains(u"proxy"));
    QVERIFY(banner->text().contains(u"HTTP 502"));
    QTRY_VERIFY(
        m_widget->responseView()->prettyView()->text().contains(u"<html", Qt::CaseInsensitive));
}

void TestApiConsole::errorWithHttp200AndNumericCodeIsDecoded()
{
    CallRecord record;
    record.method = "GET";
    record.url = QUrl(u"http://127.0.0.1/v2/corp"_s);
    record.httpStatus = 200;
    record.responseBody = R"({"error":{"code":4031003,"msg":"token expired"}})";
    record.responseSize = record.responseBody.size();
    m_widget->responseView()->showRecord(record);
    const QString text = m_widget->responseView()->errorBanner()->text();
    QVERIFY(text.contains(u"4031003"));
    QVERIFY(text.contains(u"HTTP 200"));
    QVERIFY(text.contains(u"JSON number"));
    QVERIFY(text.contains(ErrorCatalogue::builtin().find(4031003)->message.en.toHtmlEscaped()));
}

void TestApiConsole::endpointPickerFillsTheComposer()
{
    // QTest::keyClicks types Latin-1 only; Chinese arrives as an input method commits it.
    m_widget->endpointSearchField()->insert(u"设备"_s);
    QVERIFY(m_widget->endpointList()->count() > 0);
    m_widget->endpointSearchField()->clear();
    QTest::keyClicks(m_widget->endpointSearchField(), u"POST /v2/product"_s);
    QListWidget *list = m_widget->endpointList();
    QVERIFY(list->count() > 0);
    QVERIFY(list->item(0)->text().startsWith(u"POST /v2/product"));
    Q_EMIT list->itemActivated(list->item(0));
    QCOMPARE(m_widget->methodCombo()->currentText(), u"POST"_s);
    QVERIFY(m_widget->pathField()->text().startsWith(u"/v2/product"));
    QVERIFY(!m_widget->bodyEditor()->toPlainText().isEmpty());
}

void TestApiConsole::curlCopyRedactsTheTokenAndPastesBack()
{
    logIn();
    m_widget->methodCombo()->setCurrentText(u"POST"_s);
    typePath(u"/v2/products?limit=5"_s);
    addHeader(u"X-Note"_s, u"it's $HOME"_s);
    m_widget->bodyEditor()->setPlainText(u"{\n  \"name\": \"灯 'lamp'\"\n}"_s);
    const QByteArray token = m_controller->client()->session()->accessToken();
    QVERIFY(!token.isEmpty());

    const QString redacted = m_widget->curlCommand();
    QVERIFY(redacted.contains(u"[REDACTED]"));
    QVERIFY(!redacted.contains(QString::fromLatin1(token)));
    m_widget->includeTokenBox()->setChecked(true);
    QVERIFY(m_widget->curlCommand().contains(QString::fromLatin1(token)));
    m_widget->includeTokenBox()->setChecked(false);

    const QString method = m_widget->methodCombo()->currentText();
    const QString body = m_widget->bodyEditor()->toPlainText();
    m_widget->methodCombo()->setCurrentText(u"GET"_s);
    m_widget->pathField()->clear();
    m_widget->bodyEditor()->clear();
    QVERIFY(m_widget->pasteCurl(redacted));
    QCOMPARE(m_widget->methodCombo()->currentText(), method);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/products?limit=5"_s);
    QCOMPARE(m_widget->bodyEditor()->toPlainText(), body);
    QTableWidget *headers = m_widget->headersTable();
    QCOMPARE(headers->rowCount(), 2);
    QCOMPARE(headers->item(1, 0)->text(), u"X-Note"_s);
    QCOMPARE(headers->item(1, 1)->text(), u"it's $HOME"_s);

    QVERIFY(!m_widget->pasteCurl(u"curl 'http://unclosed"_s));
    QVERIFY(!m_widget->messageLabel()->text().isEmpty());
}

void TestApiConsole::historyListsLoginsAndReopensACall()
{
    logIn();
    typePath(u"/v2/corp"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 1);
    QAbstractItemModel *model = m_widget->historyView()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(model->index(1, 0).data().toString().contains(u"[login]"));
    QVERIFY(model->index(0, 0).data().toString().contains(u"/v2/corp"));

    QTest::keyClicks(m_widget->historyFilterField(), u"corp_auth"_s);
    QCOMPARE(model->rowCount(), 1);
    m_widget->historyFilterField()->clear();
    QCOMPARE(model->rowCount(), 2);

    typePath(u"/v2/somewhere-else"_s);
    Q_EMIT m_widget->historyView()->activated(model->index(0, 0));
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp"_s);
    QCOMPARE(m_widget->methodCombo()->currentText(), u"GET"_s);
}

void TestApiConsole::largeBodyIsCutAtTheDisplayLimit()
{
    m_widget->responseView()->setDisplayLimit(1024);
    QByteArray body = "[";
    for (int i = 0; i < 500; ++i)
        body += (i ? "," : "") + QByteArray::number(i);
    body += "]";
    CallRecord record;
    record.method = "GET";
    record.httpStatus = 200;
    record.responseBody = body;
    record.responseSize = body.size();
    QSignalSpy shown(m_widget->responseView(), &ResponseViewWidget::bodyShown);
    m_widget->responseView()->showRecord(record);
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(m_widget->responseView()->limitBanner()->isVisible());
    QVERIFY(m_widget->responseView()->prettyView()->text().size() <= 1024);
    QTest::mouseClick(m_widget->responseView()->showAllButton(), Qt::LeftButton);
    QTRY_COMPARE(shown.size(), 2);
    QVERIFY(!m_widget->responseView()->showAllButton()->isEnabled());
    QVERIFY(m_widget->responseView()->prettyView()->text().contains(u"499"));
}

} // namespace xlink

QTEST_MAIN(xlink::TestApiConsole)
#include "TestApiConsole.moc"
