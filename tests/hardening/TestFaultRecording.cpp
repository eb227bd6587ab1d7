// Every sandbox fault through the console as a user meets it: the real MainWindow (its API
// console page, its client and session, and the connection that appends every call to the
// failure log), a request typed into the composer with an X-Sandbox-Fault header and sent with
// Ctrl+Return. Each fault must end in the banner's message for it and in exactly one record in
// the failure log, with the description the log shows. The same for a login the session makes
// against `xlink-cli sandbox --fault SPEC` (a fault on every request, logins included).
#include "ApiClient.h"
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "FailureStore.h"
#include "IsolatedHome.h"
#include "LogQuery.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "Session.h"
#include "catalogue/ErrorCatalogue.h"
#include "console/ApiConsoleWidget.h"
#include "console/ResponseViewWidget.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

constexpr int environmentTimeoutMs = 2000;

QString english(int code)
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(code);
    return entry ? entry->message.en : QString();
}

QString chinese(int code)
{
    const CatalogueEntry *entry = ErrorCatalogue::builtin().find(code);
    return entry ? entry->message.zh : QString();
}

} // namespace

class TestFaultRecording final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void faultEndsInMessageAndOneRecord_data();
    void faultEndsInMessageAndOneRecord();
    void loginFaultEndsInMessageAndOneRecord_data();
    void loginFaultEndsInMessageAndOneRecord();

private:
    qint64 storedCount(bool failuresOnly) const;

    std::unique_ptr<MainWindow> m_window;
    ApiConsoleWidget *m_console = nullptr;
    quint16 m_closedPort = 0;
};

void TestFaultRecording::initTestCase()
{
    qRegisterMetaType<CallRecord>();
    Translations::install(Language::English);
    m_window = std::make_unique<MainWindow>();
    CallWorkspace *controller = m_window->workspace();
    controller->secrets()->setKeychainEnabled(false);
    // The user shortens the local sandbox's timeout, as the environment editor allows.
    EnvironmentStore *environments = controller->environments();
    std::optional<Environment> sandbox = environments->find(EnvironmentStore::sandboxId.toString());
    QVERIFY(sandbox);
    sandbox->timeoutMs = environmentTimeoutMs;
    QVERIFY(environments->update(*sandbox));
    QString error;
    QVERIFY2(controller->activate(sandbox->id, &error), qPrintable(error));
    QCOMPARE(controller->client()->environment().timeoutMs, environmentTimeoutMs);

    m_console = m_window->apiConsole();
    m_window->show();
    m_window->setCurrentPage(m_console);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The failure log opens in the background once the window has painted.
    QTRY_VERIFY(m_window->failureStore()->isOpen());

    // Logged in like a user, so each call below carries the session's token.
    m_console->accountField()->clear();
    QTest::keyClicks(m_console->accountField(), u"dev@example.com"_s);
    m_console->secretField()->clear();
    QTest::keyClicks(m_console->secretField(), u"sandbox123"_s);
    QTest::mouseClick(m_console->loginButton(), Qt::LeftButton);
    QTRY_VERIFY(controller->client()->session()->isLoggedIn());

    // A port nobody listens on, for the refused connection.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_closedPort = closed.serverPort();
    closed.close();
}

void TestFaultRecording::cleanupTestCase()
{
    m_window.reset();
}

qint64 TestFaultRecording::storedCount(bool failuresOnly) const
{
    LogFilter filter;
    filter.failuresOnly = failuresOnly;
    return m_window->failureStore()->query().count(filter);
}

void TestFaultRecording::faultEndsInMessageAndOneRecord_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("kind"); // as CallRecord::kindName() names it
    QTest::addColumn<int>("status"); // 0: no HTTP answer
    QTest::addColumn<int>("code"); // 0: no platform code
    QTest::addColumn<QStringList>("banner"); // texts the banner shows (empty: no banner)
    QTest::addColumn<QString>("description"); // the log's English description

    // The catalogue's meaning of 502 where it has one, else the log's own words.
    const HttpStatusInfo *badGateway = ErrorCatalogue::builtin().httpStatus(502);
    const QString badGatewayText = badGateway ? badGateway->meaning.en : u"HTTP error 502"_s;
    const QString noAnswer = u"Network error: no answer from the server"_s;
    const QString cutOff = u"Network error: the answer (HTTP 200) was not received in full"_s;

    QTest::newRow("status=503") << u"/v2/corp?case=503"_s << u"status=503"_s << u"platform"_s << 503
                                << 5031001
                                << QStringList { u"Platform error 5031001"_s, u"HTTP 503"_s,
                                       english(5031001).toHtmlEscaped(),
                                       chinese(5031001).toHtmlEscaped() }
                                << english(5031001);
    QTest::newRow("drop") << u"/v2/corp?case=drop"_s << u"drop"_s << u"network"_s << 200 << 0
                          << QStringList { u"No usable answer"_s, u"The connection closed"_s }
                          << cutOff;
    QTest::newRow("malformed") << u"/v2/corp?case=malformed"_s << u"malformed"_s << u"malformed"_s
                               << 200 << 0 << QStringList { u"The body is not valid JSON"_s }
                               << u"The response body could not be parsed"_s;
    QTest::newRow("html") << u"/v2/corp?case=html"_s << u"html"_s << u"http"_s << 502 << 0
                          << QStringList { u"HTTP 502: an HTML page"_s, u"proxy"_s }
                          << badGatewayText;
    QTest::newRow("huge over the limit")
        << u"/v2/corp?case=huge"_s << u"huge=300000000"_s << u"network"_s << 200 << 0
        << QStringList { u"No usable answer"_s, u"larger than the limit"_s } << cutOff;
    QTest::newRow("delay past the timeout")
        << u"/v2/corp?case=timeout"_s << u"delay=6000"_s << u"timeout"_s << 0 << 0
        << QStringList { u"No usable answer"_s, u"timed out"_s } << u"The request timed out"_s;
    QTest::newRow("code-as-number") << u"/v2/corp/member/nobody?case=number"_s
                                    << u"code-as-number"_s << u"platform"_s << 404 << 4041003
                                    << QStringList { u"Platform error 4041003"_s, u"JSON number"_s,
                                           english(4041003).toHtmlEscaped() }
                                    << english(4041003);
    QTest::newRow("english-msg") << u"/v2/corp/member/nobody?case=english"_s << u"english-msg"_s
                                 << u"platform"_s << 404 << 4041003
                                 << QStringList { u"Platform error 4041003"_s,
                                        english(4041003).toHtmlEscaped(),
                                        chinese(4041003).toHtmlEscaped() }
                                 << english(4041003);
    QTest::newRow("combined delay and 503")
        << u"/v2/corp?case=delay503"_s << u"delay=300,status=503"_s << u"platform"_s << 503
        << 5031001 << QStringList { u"Platform error 5031001"_s } << english(5031001);
    QTest::newRow("not found, no fault")
        << u"/v2/corp/member/nobody?case=404"_s << QString() << u"platform"_s << 404 << 4041003
        << QStringList { u"Platform error 4041003"_s, u"HTTP 404"_s } << english(4041003);
    QTest::newRow("connection refused")
        << u"http://127.0.0.1:%1/v2/corp?case=refused"_s << QString() << u"network"_s << 0 << 0
        << QStringList { u"No usable answer"_s, u"refused"_s } << noAnswer;
    // Faults that are no failure: nothing is logged as one, and no banner shows.
    QTest::newRow("delay within the timeout")
        << u"/v2/corp?case=delay"_s << u"delay=200"_s << u"success"_s << 200 << 0 << QStringList()
        << QString();
    QTest::newRow("huge within the limit")
        << u"/v2/corp?case=hugeok"_s << u"huge=300000"_s << u"success"_s << 200 << 0
        << QStringList() << QString();
}

void TestFaultRecording::faultEndsInMessageAndOneRecord()
{
    QFETCH(QString, target);
    QFETCH(QString, fault);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QStringList, banner);
    QFETCH(QString, description);
    if (target.contains(u"%1"))
        target = target.arg(m_closedPort);

    FailureStore *store = m_window->failureStore();
    store->flush();
    const qint64 failuresBefore = storedCount(true);
    const qint64 callsBefore = storedCount(false);

    ApiRequest request;
    request.method = "GET";
    request.target = target;
    if (!fault.isEmpty())
        request.headers.append({ QByteArray("X-Sandbox-Fault"), fault.toLatin1() });
    m_console->loadRequest(request);
    QSignalSpy finished(m_console, &ApiConsoleWidget::callFinished);
    QSignalSpy shown(m_console->responseView(), &ResponseViewWidget::bodyShown);
    m_console->pathField()->setFocus();
    QTest::keyClick(m_console->pathField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(4 * environmentTimeoutMs) || finished.size() == 1);
    QCOMPARE(finished.size(), 1);
    const CallRecord record = finished.at(0).at(0).value<CallRecord>();
    QCOMPARE(CallRecord::kindName(record.kind), kind);
    // The viewer has put the body on screen (laying out a long body keeps the GUI thread busy):
    // the next row starts on an idle event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30'000);

    // What the user reads.
    QLabel *bannerLabel = m_console->responseView()->errorBanner();
    if (banner.isEmpty()) {
        QVERIFY2(bannerLabel->isHidden() || bannerLabel->text().isEmpty(),
            qPrintable(bannerLabel->text()));
    } else {
        QVERIFY(bannerLabel->isVisible());
        for (const QString &text : std::as_const(banner))
            QVERIFY2(bannerLabel->text().contains(text),
                qPrintable(u"'%1' not in: %2"_s.arg(text, bannerLabel->text())));
    }

    // What the failure log keeps: exactly one more call, a failure exactly when it failed.
    store->flush();
    QCOMPARE(storedCount(false), callsBefore + 1);
    QCOMPARE(storedCount(true), failuresBefore + (kind == u"success" ? 0 : 1));
    LogFilter all;
    all.failuresOnly = false;
    const QList<LogEntry> newest = store->query().page(all, 0, 1);
    QCOMPARE(newest.size(), 1);
    const LogEntry &entry = newest.first();
    QVERIFY2(entry.url.endsWith(QUrl(target).query().prepend(u'?')), qPrintable(entry.url));
    QCOMPARE(CallRecord::kindName(entry.kind), kind);
    QCOMPARE(entry.code.value_or(0), code);
    if (status > 0 && kind != u"network")
        QCOMPARE(entry.httpStatus, status);
    if (kind == u"timeout" || target.contains(u"refused"))
        QCOMPARE(entry.httpStatus, 0);
    QCOMPARE(entry.en, description);
    if (kind == u"network" || kind == u"timeout")
        QVERIFY(!entry.failureText().isEmpty());
    // The record the log shows is the one the viewer showed.
    QCOMPARE(entry.errorText, record.errorText);
    QCOMPARE(entry.errorData, record.errorData);
    QCOMPARE(entry.failureText(), FailureText::sentence(record));
}

void TestFaultRecording::loginFaultEndsInMessageAndOneRecord_data()
{
    QTest::addColumn<QString>("fault"); // empty: nobody listens
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("banner");

    QTest::newRow("status=503") << u"status=503"_s << u"platform"_s
                                << QStringList { u"Platform error 5031001"_s, u"HTTP 503"_s };
    QTest::newRow("html") << u"html"_s << u"http"_s << QStringList { u"HTTP 502: an HTML page"_s };
    QTest::newRow("malformed") << u"malformed"_s << u"malformed"_s
                               << QStringList { u"The body is not valid JSON"_s };
    QTest::newRow("drop") << u"drop"_s << u"network"_s
                          << QStringList { u"No usable answer"_s, u"The connection closed"_s };
    QTest::newRow("delay past the timeout")
        << u"delay=6000"_s << u"timeout"_s << QStringList { u"No usable answer"_s, u"timed out"_s };
    QTest::newRow("huge over the limit")
        << u"huge=300000000"_s << u"network"_s << QStringList { u"larger than the limit"_s };
    QTest::newRow("connection refused")
        << QString() << u"network"_s << QStringList { u"No usable answer"_s, u"refused"_s };
}

void TestFaultRecording::loginFaultEndsInMessageAndOneRecord()
{
    QFETCH(QString, fault);
    QFETCH(QString, kind);
    QFETCH(QStringList, banner);

    // A sandbox that applies the fault to every request, the login included.
    QProcess sandbox;
    QUrl url(u"http://127.0.0.1:%1"_s.arg(m_closedPort));
    if (!fault.isEmpty()) {
        sandbox.start(
            QStringLiteral(XLINK_BIN_DIR "/xlink-cli"), { u"sandbox"_s, u"--fault"_s, fault });
        QVERIFY2(sandbox.waitForStarted(), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.waitForReadyRead(10'000));
        url = QUrl(QString::fromUtf8(sandbox.readLine().trimmed()));
        QVERIFY2(url.port() > 0, qPrintable(url.toString()));
    }
    CallWorkspace *controller = m_window->workspace();
    Environment environment;
    environment.name = u"Faulty: "_s + QString::fromLatin1(QTest::currentDataTag());
    environment.baseUrl = url;
    environment.account = u"dev@example.com"_s;
    environment.timeoutMs = environmentTimeoutMs;
    const QString id = controller->environments()->add(environment);
    m_console->selectEnvironment(id);
    QTRY_COMPARE(controller->client()->environment().id, id);

    FailureStore *store = m_window->failureStore();
    store->flush();
    const qint64 failuresBefore = storedCount(true);
    const qint64 callsBefore = storedCount(false);

    Session *session = controller->client()->session();
    QSignalSpy finished(session, &Session::loginFinished);
    QSignalSpy shown(m_console->responseView(), &ResponseViewWidget::bodyShown);
    m_console->secretField()->clear();
    QTest::keyClicks(m_console->secretField(), u"sandbox123"_s);
    QTest::mouseClick(m_console->loginButton(), Qt::LeftButton);
    QVERIFY(finished.wait(4 * environmentTimeoutMs) || finished.size() == 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!session->isLoggedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30'000);

    QVERIFY2(m_console->messageLabel()->text().contains(u"The login failed"),
        qPrintable(m_console->messageLabel()->text()));
    QLabel *bannerLabel = m_console->responseView()->errorBanner();
    QVERIFY(bannerLabel->isVisible());
    for (const QString &text : std::as_const(banner))
        QVERIFY2(bannerLabel->text().contains(text),
            qPrintable(u"'%1' not in: %2"_s.arg(text, bannerLabel->text())));

    store->flush();
    QCOMPARE(storedCount(false), callsBefore + 1);
    QCOMPARE(storedCount(true), failuresBefore + 1);
    LogFilter all;
    all.failuresOnly = false;
    const QList<LogEntry> newest = store->query().page(all, 0, 1);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(CallRecord::kindName(newest.first().kind), kind);
    QCOMPARE(newest.first().environment, environment.name);
    const std::optional<StoredCall> stored = store->query().call(newest.first().id);
    QVERIFY(stored);
    QCOMPARE(stored->call.purpose, CallRecord::Purpose::Login);
    QVERIFY(stored->call.requestBody.contains("[REDACTED]"));
    QVERIFY(!stored->call.requestBody.contains("sandbox123"));

    if (sandbox.state() == QProcess::Running) {
        sandbox.kill();
        sandbox.waitForFinished();
    }
}

} // namespace xlink

int main(int argc, char *argv[])
{
    xlink::test::IsolatedHome home;
    if (!home.isValid())
        return 1;
    QApplication app(argc, argv);
    xlink::ApplicationIdentity::apply();
    xlink::TestFaultRecording test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFaultRecording.moc"
