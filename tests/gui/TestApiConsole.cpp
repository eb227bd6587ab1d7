// The API console page driven like a user: the local sandbox, a login typed into the fields,
// requests sent with Ctrl+Enter and cancelled with Esc, errors decoded in the banner.

#include "ApiClient.h"
#include "CallHistory.h"
#include "CallWorkspace.h"
#include "CurlCodec.h"
#include "EnvironmentStore.h"
#include "RequestCheck.h"
#include "SafePastePlainTextEdit.h"
#include "SandboxController.h"
#include "SecretStore.h"
#include "Session.h"
#include "call/FailureText.h"
#include "catalogue/EntryFormatter.h"
#include "catalogue/ErrorCatalogue.h"
#include "console/ApiConsoleWidget.h"
#include "console/BodyCheckRunner.h"
#include "console/BodyEditor.h"
#include "console/EndpointPickerModel.h"
#include "console/EndpointPickerWidget.h"
#include "console/FieldHelpModel.h"
#include "console/FieldHelpWidget.h"
#include "console/JsonTreeModel.h"
#include "console/LargeTextView.h"
#include "console/RequestCheckPanel.h"
#include "console/RequestComposer.h"
#include "console/ResponseViewWidget.h"
#include "util/Translations.h"

#include <QAbstractButton>
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
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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
    void enterInThePathSendsOnce();
    void loginThenMissingDeviceShowsDecodedError();
    void invalidJsonBodyIsNotSent();
    void escapeCancelsADelayedCall();
    void proxyHtmlPageIsNamed();
    void errorWithHttp200AndNumericCodeIsDecoded();
    void endpointPickerFillsTheComposer();
    void pickedOperationFillsPathParametersAndQuery();
    void bodyOffItsSchemaIsAskedAboutAndSentAnyway();
    void loginThatCannotMakeTheCallIsNamed();
    void curlCopyRedactsTheTokenAndPastesBack();
    void tabGoesFromTheComposerToTheResponse();
    void historyListsLoginsAndReopensACall();
    void largeBodyIsCutAtTheDisplayLimit();
    void reopeningAHistoryEntryShowsOnlyItsOwnOutcome();
    void historyOfAnEarlierRunTargetsTheCurrentSandbox();
    void unreachableHostIsReportedOnce();
    void loadingAnOperationAsksBeforeDiscardingATypedBody();
    void pastedCurlForAnotherHostSaysWhereItGoes();
    void pastedCurlForAKnownEnvironmentOffersToSwitch();
    void requestAsSentIsShown();
    void fitsTheSmallestWindow();
    void fitsTheSmallestWindowInChinese();

private:
    void logInThroughTheFormUntilTheAccountIsShown();
    void sendWithKeyboard();
    void typePath(const QString &path);
    void addHeader(const QString &name, const QString &value);
    QString productId();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallWorkspace> m_controller;
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
    m_controller = std::make_unique<CallWorkspace>(m_settings.get());
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

void TestApiConsole::logInThroughTheFormUntilTheAccountIsShown()
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

void TestApiConsole::enterInThePathSendsOnce()
{
    // Enter in the path sends, as in the API clients people already use; Ctrl+Enter (the
    // console's shortcut, anywhere on the page) still sends once, not twice.
    typePath(u"/v2/corp"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<CallRecord>().url.path(), u"/v2/corp"_s);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 2);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 2);
}

void TestApiConsole::loginThenMissingDeviceShowsDecodedError()
{
    logInThroughTheFormUntilTheAccountIsShown();
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
    // An earlier call's error in the response pane (no token: a platform error banner).
    typePath(u"/v2/corp"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 1);
    QTRY_VERIFY(m_widget->responseView()->errorBanner()->isVisible());

    QSignalSpy recorded(m_controller->client(), &ApiClient::callRecorded);
    m_widget->methodCombo()->setCurrentText(u"POST"_s);
    typePath(u"/v2/products"_s);
    // Pasting from an empty clipboard crashed Qt 6.4's text edits: the body editor survives it.
    QVERIFY(qobject_cast<SafePastePlainTextEdit *>(m_widget->bodyEditor()));
    m_widget->bodyEditor()->setPlainText(u"{\n  \"name\": \"lamp\",\n  \"link_type\" 1\n}"_s);
    QTest::mouseClick(m_widget->sendButton(), Qt::LeftButton);
    QVERIFY(m_widget->bodyStatusLabel()->text().contains(u"line 3"));
    QVERIFY(m_widget->bodyStatusLabel()->text().contains(u"column"));
    QVERIFY(m_widget->bodyStatusLabel()->text().contains(u"nothing was sent"));
    // Said once, beside the body; the earlier answer no longer looks like this request's.
    QVERIFY(!m_widget->messageLabel()->text().contains(u"nothing was sent"));
    QVERIFY(!m_widget->responseView()->errorBanner()->isVisible());
    QVERIFY(m_widget->responseView()->summaryLabel()->text().isEmpty());
    QCOMPARE(m_widget->bodyEditor()->textCursor().blockNumber(), 2);
    // The editor numbers its lines, so "line 3" can be found at a glance.
    auto *editor = qobject_cast<BodyEditor *>(m_widget->bodyEditor());
    QVERIFY(editor);
    QVERIFY(editor->lineNumberArea()->isVisible());
    QVERIFY(editor->lineNumberArea()->width() > 0);
    QCOMPARE(
        editor->viewport()->geometry().left(), editor->lineNumberArea()->geometry().right() + 1);
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
    QVERIFY(m_widget->responseView()->summaryLabel()->text().startsWith(u"Cancelled"));
    // A call the user stopped is its own kind, not a network failure: no error banner, no red
    // message, and the failure log (which keeps failures) does not count it.
    const CallRecord record = finished.at(0).at(0).value<CallRecord>();
    QCOMPARE(record.kind, CallRecord::Kind::Cancelled);
    QVERIFY(!record.isFailure());
    QVERIFY(!m_widget->responseView()->errorBanner()->isVisible());
    QVERIFY(!m_widget->messageLabel()->styleSheet().contains(u"#b01c1c"));
    QVERIFY(m_widget->historyView()->model()->index(0, 0).data().toString().contains(u"cancelled"));
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
    // Ctrl+K from the body goes to the endpoint search.
    m_widget->bodyEditor()->setFocus();
    QTest::keyClick(m_widget->bodyEditor(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(
        QApplication::focusWidget(), static_cast<QWidget *>(m_widget->endpointSearchField()));
    // QTest::keyClicks types Latin-1 only; Chinese arrives as an input method commits it.
    m_widget->endpointSearchField()->insert(u"设备"_s);
    EndpointPickerModel *model = m_widget->endpointPicker()->model();
    QVERIFY(model->matchCount() > 0);
    m_widget->endpointSearchField()->clear();
    QTest::keyClicks(m_widget->endpointSearchField(), u"POST /v2/product"_s);
    QTreeView *list = m_widget->endpointPicker()->resultView();
    QVERIFY(model->matchCount() > 1);
    QVERIFY(model->data(model->firstOperation()).toString().startsWith(u"POST /v2/product"));
    // Down goes from the search box into the list, a click only selects, Enter picks.
    QTest::keyClick(m_widget->endpointSearchField(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    QCOMPARE(list->currentIndex(), model->firstOperation());
    const QModelIndex second = model->nextOperation(model->firstOperation(), true);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
    QCOMPARE(list->currentIndex(), second);
    QVERIFY(m_widget->pathField()->text().isEmpty()); // not picked by a click
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_widget->methodCombo()->currentText(), u"POST"_s);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/product"_s);
    // The example body of the description, as pretty JSON.
    const QJsonDocument body
        = QJsonDocument::fromJson(m_widget->bodyEditor()->toPlainText().toUtf8());
    QCOMPARE(body.object().value(u"mode"_s).toString(), u"SP-200"_s);
    QVERIFY(m_widget->bodyEditor()->toPlainText().count(u'\n') >= 5);
    // Beside the body: the operation's fields.
    QCOMPARE(m_widget->currentOperation()->operationId, u"createProduct"_s);
    QVERIFY(m_widget->fieldHelp()->isVisible());
    QVERIFY(m_widget->fieldHelp()->model()->rowFor(u"$.name"_s) >= 0);
    // A path of no known operation: no field help.
    typePath(u"/v2/nothing/here"_s);
    QVERIFY(!m_widget->currentOperation());
    QVERIFY(m_widget->fieldHelp()->isHidden());
}

void TestApiConsole::pickedOperationFillsPathParametersAndQuery()
{
    // Path parameters become fields; required query parameters go into the path, optional ones
    // are offered in the table and join the path once they have a value.
    QTest::keyClicks(m_widget->endpointSearchField(), u"getDealerEntryConfig"_s);
    QTest::keyClick(m_widget->endpointSearchField(), Qt::Key_Return);
    QCOMPARE(m_widget->methodCombo()->currentText(), u"GET"_s);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/dealer/{dealer_id}/entry_config?corp_id="_s);
    QLineEdit *dealer = m_widget->placeholderField(u"dealer_id"_s);
    QVERIFY(dealer);
    QVERIFY(!dealer->toolTip().isEmpty()); // the parameter's description
    QTableWidget *query = m_widget->queryTable();
    QCOMPARE(query->rowCount(), 1);
    QCOMPARE(query->item(0, 0)->text(), u"corp_id"_s);
    QVERIFY(query->item(0, 0)->font().bold()); // required
    QVERIFY(query->item(0, 0)->toolTip().startsWith(u"Required."));
    QVERIFY(m_widget->bodyEditor()->toPlainText().isEmpty()); // a GET has no example body

    m_widget->endpointSearchField()->clear();
    QTest::keyClicks(m_widget->endpointSearchField(), u"listCorpMembers"_s);
    QTest::keyClick(m_widget->endpointSearchField(), Qt::Key_Return);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members"_s);
    QCOMPARE(query->rowCount(), 2);
    QCOMPARE(query->item(0, 0)->text(), u"offset"_s);
    QCOMPARE(query->item(1, 0)->text(), u"limit"_s);
    QVERIFY(!query->item(1, 0)->font().bold());
    QVERIFY(!(query->item(1, 0)->flags() & Qt::ItemIsEditable));
    // A value puts it into the path; clearing it takes it out again.
    query->item(1, 1)->setText(u"20"_s);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members?limit=20"_s);
    query->item(1, 1)->setText(QString());
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members"_s);
    // Another path: the offers are gone.
    typePath(u"/v2/corp"_s);
    QCOMPARE(query->rowCount(), 0);
}

void TestApiConsole::bodyOffItsSchemaIsAskedAboutAndSentAnyway()
{
    logInThroughTheFormUntilTheAccountIsShown();
    m_widget->requestCheck()->runner()->setDelay(0);
    QTest::keyClicks(m_widget->endpointSearchField(), u"createProduct"_s);
    QTest::keyClick(m_widget->endpointSearchField(), Qt::Key_Return);
    QCOMPARE(m_widget->currentOperation()->operationId, u"createProduct"_s);
    QListWidget *problems = m_widget->requestCheck()->problemList();
    // The example fits: sent without a question.
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(problems->isHidden());

    // A name that is a number: listed under the body with its path and line.
    m_widget->bodyEditor()->setPlainText(
        u"{\n  \"description\": \"x\",\n  \"link_type\": 1,\n  \"name\": 5,\n  \"type\": 2\n}"_s);
    // Sent at once, before the pause: checked first, then asked about.
    sendWithKeyboard();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_widget->findChild<QMessageBox *>(u"sendAnywayQuestion"_s)));
    QTRY_VERIFY(question->isVisible());
    QVERIFY2(question->informativeText().contains(u"line 4, $.name"),
        qPrintable(question->informativeText()));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 1);
    // Cancel: nothing sent.
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_widget->findChild<QMessageBox *>(u"sendAnywayQuestion"_s));
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_widget->sendButton()->toolTip().contains(u"Ctrl+Shift+Enter"));
    // The page's keys answer in its active window (offscreen does not give it back by itself).
    QApplication::setActiveWindow(m_widget.get());
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
    // Clicking the problem puts the cursor on its line.
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
        problems->visualItemRect(problems->item(0)).center());
    QCOMPARE(m_widget->bodyEditor()->textCursor().blockNumber(), 3);
    // Ctrl+Shift+Enter sends anyway, without asking: the sandbox says what it thinks of it.
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!m_widget->findChild<QMessageBox *>(u"sendAnywayQuestion"_s));
    QCOMPARE(finished.at(1).at(0).value<CallRecord>().requestBody.contains("\"name\": 5"), true);
    // Send Anyway in the question sends too.
    sendWithKeyboard();
    QTRY_VERIFY((question = m_widget->findChild<QMessageBox *>(u"sendAnywayQuestion"_s)));
    QTest::mouseClick(question->findChild<QPushButton *>(u"sendAnyway"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 3);
}

void TestApiConsole::loginThatCannotMakeTheCallIsNamed()
{
    // The sandbox environment logs in as an enterprise member; listing homes takes an app user.
    QTest::keyClicks(m_widget->endpointSearchField(), u"listHomes"_s);
    QTest::keyClick(m_widget->endpointSearchField(), Qt::Key_Return);
    QLabel *notice = m_widget->requestCheck()->loginNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"app"), qPrintable(notice->text()));
    // A call the login can make: no notice.
    typePath(u"/v2/corp"_s);
    QVERIFY(notice->isHidden());
}

void TestApiConsole::curlCopyRedactsTheTokenAndPastesBack()
{
    logInThroughTheFormUntilTheAccountIsShown();
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

void TestApiConsole::tabGoesFromTheComposerToTheResponse()
{
    // Tab reads the page as it is laid out: from the last composer button into the response,
    // not back to the environment pane with the response somewhere before it.
    QWidget *widget = m_widget->pasteCurlButton();
    bool reachedResponse = false;
    for (int step = 0; step < 50 && !reachedResponse; ++step) {
        widget = widget->nextInFocusChain();
        if (widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(m_widget.get())) {
            QVERIFY2(!widget->isAncestorOf(m_widget->environmentCombo())
                    && widget != m_widget->environmentCombo(),
                widget->metaObject()->className());
            reachedResponse = m_widget->responseView()->isAncestorOf(widget);
        }
    }
    QVERIFY(reachedResponse);
}

void TestApiConsole::historyListsLoginsAndReopensACall()
{
    logInThroughTheFormUntilTheAccountIsShown();
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

void TestApiConsole::reopeningAHistoryEntryShowsOnlyItsOwnOutcome()
{
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    typePath(u"/v2/corp"_s);
    sendWithKeyboard(); // no token: refused by the platform
    QTRY_COMPARE(finished.size(), 1);
    const CallRecord first = finished.at(0).at(0).value<CallRecord>();
    QVERIFY(first.httpStatus >= 400);
    addHeader(u"X-Sandbox-Fault"_s, u"html"_s);
    sendWithKeyboard(); // a proxy's 502 page
    QTRY_COMPARE(finished.size(), 2);
    QLabel *banner = m_widget->responseView()->errorBanner();
    QVERIFY(banner->text().contains(u"HTML page"));

    // Reopen the first call: banner, message line and summary all describe it, not the 502.
    QAbstractItemModel *model = m_widget->historyView()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    Q_EMIT m_widget->historyView()->activated(model->index(1, 0));
    banner = m_widget->responseView()->errorBanner(); // the tab it opened in
    QVERIFY(!banner->text().contains(u"HTML"));
    QVERIFY(banner->text().contains(u"HTTP %1"_s.arg(first.httpStatus)));
    QVERIFY(!m_widget->messageLabel()->text().contains(u"HTML"));
    QVERIFY(!m_widget->messageLabel()->text().contains(u"502"));
    QVERIFY(m_widget->messageLabel()->text().contains(u"history"));
    QVERIFY(m_widget->responseView()->summaryLabel()->text().startsWith(
        u"HTTP %1"_s.arg(first.httpStatus)));
    // The reopened request has no fault header: the table was reset to the call's headers.
    QCOMPARE(m_widget->headersTable()->rowCount(), 1);
}

void TestApiConsole::historyOfAnEarlierRunTargetsTheCurrentSandbox()
{
    // A call recorded by an earlier run, when the sandbox listened on another port.
    CallRecord earlier;
    earlier.startedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    earlier.environment = u"Local sandbox"_s;
    earlier.method = "GET";
    earlier.url = QUrl(u"http://127.0.0.1:1/v2/corp?limit=2"_s);
    earlier.httpStatus = 200;
    earlier.responseBody = "{}";
    // And one that went to another host.
    CallRecord elsewhere = earlier;
    elsewhere.environment = u"api2.xlink.cn"_s;
    elsewhere.url = QUrl(u"https://api2.xlink.cn/v2/corp"_s);
    m_controller->history()->restoreOlder({ elsewhere, earlier });
    QAbstractItemModel *model = m_widget->historyView()->model();
    QTRY_COMPARE(model->rowCount(), 2);

    Q_EMIT m_widget->historyView()->activated(model->index(0, 0));
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp?limit=2"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 1);
    const CallRecord sent = finished.at(0).at(0).value<CallRecord>();
    QCOMPARE(sent.url.port(), m_controller->sandbox()->url().port());
    QCOMPARE(sent.url.path(), u"/v2/corp"_s);
    QVERIFY(sent.httpStatus > 0);

    // The other host stays visible in the path field.
    Q_EMIT m_widget->historyView()->activated(model->index(2, 0));
    QCOMPARE(m_widget->pathField()->text(), u"https://api2.xlink.cn/v2/corp"_s);
}

void TestApiConsole::unreachableHostIsReportedOnce()
{
    // ".invalid" never resolves (RFC 6761): the failure is said once, in the banner.
    typePath(u"http://no-such-host.invalid/v2/corp"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const CallRecord record = finished.at(0).at(0).value<CallRecord>();
    QCOMPARE(record.httpStatus, 0);
    QVERIFY(!FailureText::sentence(record).isEmpty());
    // Named for what it is, and logged under the host it was meant for.
    QCOMPARE(record.kind, CallRecord::Kind::HostNotFound);
    QCOMPARE(record.environment, u"no-such-host.invalid"_s);
    QVERIFY(m_widget->responseView()->errorBanner()->text().contains(u"Host not found"));
    const QString shown = m_widget->responseView()->summaryLabel()->text() + u'\n'
        + m_widget->responseView()->errorBanner()->text() + u'\n'
        + m_widget->messageLabel()->text();
    QCOMPARE(shown.count(FailureText::sentence(record).toHtmlEscaped()), 1);
    QVERIFY(m_widget->responseView()->errorBanner()->isVisible());
}

// The endpoint picker opens an operation in a tab of its own when the current one holds edits
// (TestRequestTabs); the composer itself still asks before replacing a typed body.
void TestApiConsole::loadingAnOperationAsksBeforeDiscardingATypedBody()
{
    typePath(u"/v2/corp"_s);
    addHeader(u"X-Sandbox-Fault"_s, u"html"_s);
    m_widget->bodyEditor()->setFocus();
    QTest::keyClicks(m_widget->bodyEditor(), u"{\"mine\": 1}"_s);
    QVERIFY(m_widget->isBodyEdited());
    const ApiOperation *operation = RequestCheck::operationFor(u"POST"_s, u"/v2/product"_s);
    QVERIFY(operation);
    RequestComposer *composer = m_widget->composer();
    const auto pickFirst = [&] { composer->loadOperation(*operation); };

    // Cancel: nothing changes.
    pickFirst();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s)));
    QTRY_VERIFY(question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s));
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp"_s);
    QCOMPARE(m_widget->bodyEditor()->toPlainText(), u"{\"mine\": 1}"_s);
    QCOMPARE(m_widget->headersTable()->rowCount(), 2);

    // Keep my body: the endpoint's method and path, the typed body, the headers reset.
    pickFirst();
    QTRY_VERIFY((question = m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s)));
    QTest::mouseClick(question->findChild<QPushButton *>(u"keepBody"_s), Qt::LeftButton);
    QTRY_VERIFY(m_widget->pathField()->text().startsWith(u"/v2/product"));
    QTRY_VERIFY(!m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s));
    QCOMPARE(m_widget->bodyEditor()->toPlainText(), u"{\"mine\": 1}"_s);
    QCOMPARE(m_widget->headersTable()->rowCount(), 1); // the fault header is gone

    // Replace: the example body.
    pickFirst();
    QTRY_VERIFY((question = m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s)));
    QTest::mouseClick(question->findChild<QPushButton *>(u"replaceBody"_s), Qt::LeftButton);
    QTRY_VERIFY(m_widget->bodyEditor()->toPlainText() != u"{\"mine\": 1}"_s);
    QTRY_VERIFY(!m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s));
    QVERIFY(!m_widget->bodyEditor()->toPlainText().isEmpty());
    QVERIFY(!m_widget->isBodyEdited());
    // An untouched example body is replaced without a question.
    typePath(u"/v2/corp"_s);
    pickFirst();
    QVERIFY(!m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s));
}

void TestApiConsole::pastedCurlForAnotherHostSaysWhereItGoes()
{
    logInThroughTheFormUntilTheAccountIsShown();
    // The sandbox under another name: another origin, as a browser's "Copy as cURL" for another
    // host or port would be.
    const QString url = u"http://localhost:%1/v2/corp"_s.arg(m_controller->sandbox()->url().port());
    QVERIFY(m_widget->pasteCurl(u"curl '"_s + url + u"' -H 'Access-Token: pasted-0123456789'"_s));
    const QString host = u"localhost:%1"_s.arg(m_controller->sandbox()->url().port());
    // Where it goes, and what that means, stated before sending.
    QVERIFY(m_widget->targetLabel()->text().contains(url));
    QVERIFY(m_widget->targetLabel()->text().contains(u"Not the host of “Local sandbox”"));
    QVERIFY(m_widget->targetLabel()->text().contains(host));
    QVERIFY(m_widget->switchEnvironmentButton()->isHidden()); // no environment has that host
    // The pasted token: kept for this request, visibly, never shown.
    QVERIFY(m_widget->hasPastedToken());
    QVERIFY(m_widget->messageLabel()->text().contains(u"for this request only"));
    QTableWidget *headers = m_widget->headersTable();
    QVERIFY(headers->item(0, 1)->text().contains(u"pasted"));
    QVERIFY(!headers->item(0, 1)->text().contains(u"pasted-0123456789"));

    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 1);
    const CallRecord sent = finished.at(0).at(0).value<CallRecord>();
    QCOMPARE(sent.environment, host); // logged under the host it went to
    QVERIFY(sent.requestHeaders.contains(std::pair {
        QByteArray("Access-Token"), Redactor::placeholder() })); // sent, and redacted in the record
    QVERIFY(sent.platformError); // the sandbox does not know that token
    // Remove on the token row drops it: nothing is sent to that host then.
    headers->setCurrentCell(0, 1);
    QTest::mouseClick(m_widget->findChild<QAbstractButton *>(u"removeHeader"_s), Qt::LeftButton);
    QVERIFY(!m_widget->hasPastedToken());
    QVERIFY(headers->item(0, 1)->text().contains(u"not sent"));
    QVERIFY(m_widget->targetLabel()->text().contains(u"without the session's token"));
}

void TestApiConsole::pastedCurlForAKnownEnvironmentOffersToSwitch()
{
    QVERIFY(m_widget->pasteCurl(u"curl 'https://api2.xlink.cn/v2/corp?x=1'"_s));
    QVERIFY(!m_widget->hasPastedToken());
    QVERIFY(m_widget->targetLabel()->text().contains(u"api2.xlink.cn"));
    QPushButton *button = m_widget->switchEnvironmentButton();
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(u"XLink production"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_widget->environmentCombo()->currentData().toString(),
        EnvironmentStore::productionId.toString());
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp?x=1"_s);
    QVERIFY(!m_widget->targetLabel()->text().contains(u"Not the host"));
    QVERIFY(button->isHidden());
}

void TestApiConsole::requestAsSentIsShown()
{
    logInThroughTheFormUntilTheAccountIsShown();
    typePath(u"/v2/corp"_s);
    // The resolved URL, before anything is sent.
    const QString url = m_controller->sandbox()->url().toString() + u"/v2/corp"_s;
    QVERIFY(m_widget->targetLabel()->text().contains(url));
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    sendWithKeyboard();
    QTRY_COMPARE(finished.size(), 1);
    // And what went out: the token redacted, no body type on a GET.
    const QString sent = m_widget->responseView()->requestView()->toPlainText();
    QVERIFY2(sent.startsWith(u"GET "_s + url), qPrintable(sent));
    QVERIFY2(sent.contains(u"Access-Token: [REDACTED]"), qPrintable(sent));
    QVERIFY2(!sent.contains(u"Content-Type"), qPrintable(sent));
    QVERIFY(!sent.contains(QString::fromLatin1(m_controller->client()->session()->accessToken())));
}

void TestApiConsole::fitsTheSmallestWindow()
{
    // The page's share of a 1000×650 window (the mode bar, menus and status bar take the rest).
    m_widget->resize(900, 580);
    addHeader(u"X-Sandbox-Fault"_s, u"html"_s);
    QTest::keyClicks(m_widget->endpointSearchField(), u"device"_s);
    QTRY_COMPARE(m_widget->size(), QSize(900, 580));
    // The environment's whole name.
    QComboBox *environment = m_widget->environmentCombo();
    QVERIFY2(environment->width() >= environment->sizeHint().width(),
        qPrintable(u"%1 < %2"_s.arg(environment->width()).arg(environment->sizeHint().width())));
    // Three header rows, and a header's name on one line.
    QTableWidget *headers = m_widget->headersTable();
    QVERIFY2(headers->viewport()->height() >= 3 * headers->rowHeight(0),
        qPrintable(u"%1 < 3 × %2"_s.arg(headers->viewport()->height()).arg(headers->rowHeight(0))));
    QVERIFY(
        headers->columnWidth(0) > headers->fontMetrics().horizontalAdvance(u"X-Sandbox-Fault"_s));
    QVERIFY(!headers->wordWrap());
    // Endpoint rows are elided, not scrolled sideways.
    QTreeView *endpoints = m_widget->endpointPicker()->resultView();
    QVERIFY(m_widget->endpointPicker()->model()->matchCount() > 0);
    QVERIFY(!endpoints->horizontalScrollBar()->isVisible());
    QCOMPARE(endpoints->textElideMode(), Qt::ElideRight);
}

// The same window in Chinese, with an environment whose name is longer than the pane: nothing
// is squeezed below its minimum (which clips it), the built-ins' names show whole, and a long
// name is elided in the box with the whole of it in the tooltip and the list.
void TestApiConsole::fitsTheSmallestWindowInChinese()
{
    Environment staging;
    staging.name = u"上海预发布环境（支付团队专用，请勿删除）"_s;
    staging.baseUrl = QUrl(u"https://staging.example.cn"_s);
    const QString stagingId = m_controller->environments()->add(staging);
    Translations::install(Language::Chinese);
    const auto restore = qScopeGuard([] { Translations::install(Language::English); });
    m_widget->resize(900, 580);
    QTRY_COMPARE(m_widget->size(), QSize(900, 580));
    QComboBox *combo = m_widget->environmentCombo();
    QTRY_COMPARE(
        combo->itemText(combo->findData(EnvironmentStore::sandboxId.toString())), u"本地沙箱"_s);
    // What the box needs to show `text` whole, in this style and font.
    const auto wholeWidth = [combo](const QString &text) {
        QComboBox probe;
        probe.setFont(combo->font());
        probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
        probe.addItem(text);
        return probe.sizeHint().width();
    };
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        QApplication::processEvents();
        const QSize minimum = m_widget->minimumSizeHint();
        QVERIFY2(minimum.width() <= 900 && minimum.height() <= 580,
            qPrintable(u"%1: minimum %2×%3"_s.arg(combo->currentText())
                           .arg(minimum.width())
                           .arg(minimum.height())));
        // The built-ins' names whole.
        if (!EnvironmentStore::builtInName(combo->itemData(i).toString()).isEmpty()) {
            QVERIFY2(combo->width() >= wholeWidth(combo->currentText()),
                qPrintable(u"%1: %2 < %3"_s.arg(combo->currentText())
                               .arg(combo->width())
                               .arg(wholeWidth(combo->currentText()))));
        }
    }
    combo->setCurrentIndex(combo->findData(stagingId));
    QCOMPARE(combo->currentText(), staging.name);
    QCOMPARE(combo->toolTip(), staging.name);
    // The buttons over the tables are as wide as their words, not a push button's 80 pixels
    // each: the query column is narrow at this size.
    for (QAbstractButton *button :
        std::initializer_list<QAbstractButton *> { m_widget->addQueryButton(),
            m_widget->removeQueryButton(), m_widget->addHeaderButton() }) {
        const int words = button->fontMetrics().horizontalAdvance(button->text());
        QVERIFY2(button->isVisible() && button->width() <= words + 32,
            qPrintable(
                u"%1: %2 for %3 of text"_s.arg(button->text()).arg(button->width()).arg(words)));
    }
}

} // namespace xlink

QTEST_MAIN(xlink::TestApiConsole)
#include "TestApiConsole.moc"
