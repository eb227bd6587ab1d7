// Takes the README's screenshots from the real console: the MainWindow the application shows,
// driven like a user (queries and logins typed into the widgets, requests sent to the in-process
// sandbox), in English and in Chinese through the Language menu's code path. The failure log
// shows the calls this run made, recorded by the application itself, not fabricated rows.
//
// Run by tests/screenshots/take-screenshots.sh under xvfb-run; never by ctest.

#include "ApiClient.h"
#include "ApiRequest.h"
#include "CallWorkspace.h"
#include "CollectionFolder.h"
#include "MainWindow.h"
#include "RunResultsModel.h"
#include "SecretStore.h"
#include "Session.h"
#include "catalogue/CodeBrowserWidget.h"
#include "collections/CollectionsSidebar.h"
#include "console/ApiConsoleWidget.h"
#include "console/EndpointPickerWidget.h"
#include "console/RequestCheckPanel.h"
#include "console/ResponseViewWidget.h"
#include "runner/RunView.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#if __has_include("log/FailureLogWidget.h")
#include "FailureStore.h"
#include "log/FailureLogWidget.h"
#define XLINK_HAS_FAILURE_LOG 1
#endif

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextStream>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace xlink;

namespace {

const QSize windowSize(1280, 800);

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "take-screenshots: " << what << '\n';
    std::exit(1);
}

void waitFor(const std::function<bool()> &done, const QString &what, int timeoutMs = 10000)
{
    if (!QTest::qWaitFor(done, timeoutMs))
        fail(u"timed out waiting for "_s + what);
}

// Lets queued layout, paint and formatting work settle before a grab.
void settle()
{
    QTest::qWait(400);
}

void save(MainWindow &window, const QString &directory, const QString &name)
{
    settle();
    const QString path = QDir(directory).filePath(name);
    if (!window.grab().save(path))
        fail(u"cannot write "_s + path);
    QTextStream(stdout) << path << '\n';
}

QString languageSuffix(Language language)
{
    return language == Language::Chinese ? u"zh_CN"_s : u"en"_s;
}

class Screenshots final
{
public:
    Screenshots(MainWindow &window, QString directory)
        : m_window(window)
        , m_console(window.apiConsole())
        , m_directory(std::move(directory))
    { }

    void logIn()
    {
        m_window.setCurrentPage(m_console);
        m_console->accountField()->clear();
        QTest::keyClicks(m_console->accountField(), u"dev@example.com"_s);
        m_console->secretField()->clear();
        QTest::keyClicks(m_console->secretField(), u"sandbox123"_s);
        QTest::mouseClick(m_console->loginButton(), Qt::LeftButton);
        Session *session = m_window.workspace()->client()->session();
        waitFor([session] { return session->isLoggedIn(); }, u"the login"_s);
    }

    CallRecord send(const ApiRequest &request)
    {
        m_console->loadRequest(request);
        QSignalSpy finished(m_console, &ApiConsoleWidget::callFinished);
        m_console->pathField()->setFocus();
        // The failures are made on purpose: send a body off its schema without the question.
        QTest::keyClick(
            m_console->pathField(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        waitFor([&finished] { return !finished.isEmpty(); }, request.target);
        return finished.at(0).at(0).value<CallRecord>();
    }

    CallRecord send(const QByteArray &method, const QString &target, const QByteArray &body = {},
        const QByteArray &fault = {})
    {
        ApiRequest request;
        request.method = method;
        request.target = target;
        request.body = body;
        if (!fault.isEmpty())
            request.headers.append({ "X-Sandbox-Fault", fault });
        return send(request);
    }

    QString firstProductId()
    {
        const CallRecord record = send("GET", u"/v2/products"_s);
        const QJsonArray products = QJsonDocument::fromJson(record.responseBody).array();
        if (products.isEmpty())
            fail(u"the sandbox lists no products"_s);
        return products.at(0).toObject().value(u"id").toString();
    }

    // A morning's worth of mistakes against the sandbox: missing devices, bad bodies, a
    // service outage, a proxy's HTML page, a malformed reply and dropped connections.
    void makeFailures()
    {
        m_productId = firstProductId();
        const QString product = u"/v2/product/"_s + m_productId;
        for (int i = 0; i < 12; ++i)
            send("GET", product + u"/device/"_s + QString::number(900000 + i * 37));
        for (int i = 0; i < 4; ++i)
            send("GET", u"/v2/product/missing-product-"_s + QString::number(i));
        for (int i = 0; i < 5; ++i) {
            send("POST", product + u"/datapoint"_s,
                R"({"name":"speed","type":99,"index":0,"is_read":true,"is_write":true,"source":1})");
        }
        for (int i = 0; i < 6; ++i)
            send("GET", u"/v2/corp/members?offset=0&limit=20"_s, {}, "status=503");
        for (int i = 0; i < 3; ++i)
            send("GET", u"/v2/statistics/summary"_s, {}, "html");
        for (int i = 0; i < 3; ++i)
            send("GET", u"/v2/products"_s, {}, "malformed");
        for (int i = 0; i < 2; ++i)
            send("GET", u"/v2/corp"_s, {}, "drop");
        for (int i = 0; i < 4; ++i)
            send(
                "GET", product + u"/device/"_s + QString::number(700000 + i), {}, "code-as-number");
    }

    void codeBrowser(Language language)
    {
        CodeBrowserWidget *browser = m_window.codeBrowser();
        m_window.setCurrentPage(browser);
        browser->searchField()->clear();
        browser->searchField()->setFocus();
        QTest::keyClicks(browser->searchField(), u"1003"_s);
        if (!browser->selectCode(4031003))
            fail(u"4031003 is not in the catalogue"_s);
        save(m_window, m_directory, u"browser-"_s + languageSuffix(language) + u".png"_s);
    }

    // The missing device typed into the composer as in the console test, so the banner decodes
    // 4041008 with its Chinese and English messages.
    void consoleError(Language language)
    {
        m_window.setCurrentPage(m_console);
        m_console->loadRequest(ApiRequest()); // no fault header left from makeFailures()
        m_console->methodCombo()->setCurrentText(u"GET"_s);
        m_console->pathField()->clear();
        QTest::keyClicks(m_console->pathField(), u"/v2/product/{pid}/device/999999"_s);
        QLineEdit *pid = m_console->placeholderField(u"pid"_s);
        if (!pid)
            fail(u"the composer has no {pid} field"_s);
        pid->clear();
        QTest::keyClicks(pid, m_productId);
        QSignalSpy finished(m_console, &ApiConsoleWidget::callFinished);
        m_console->pathField()->setFocus();
        QTest::keyClick(m_console->pathField(), Qt::Key_Return, Qt::ControlModifier);
        waitFor([&finished] { return !finished.isEmpty(); }, u"the missing device"_s);
        QLabel *banner = m_console->responseView()->errorBanner();
        waitFor([banner] { return banner->isVisible() && banner->text().contains(u"4041008"); },
            u"the 4041008 banner"_s);
        save(m_window, m_directory, u"console-error-"_s + languageSuffix(language) + u".png"_s);
    }

    // createProduct found in the endpoint picker by typing, its body edited with a wrong type
    // and a misspelt field: the request check lists both, the field help shows the fields.
    void consoleChecks(Language language)
    {
        m_window.setCurrentPage(m_console);
        EndpointPickerWidget *picker = m_console->endpointPicker();
        picker->searchField()->setFocus();
        picker->searchField()->clear();
        QTest::keyClicks(picker->searchField(), u"createProduct"_s);
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
        waitFor(
            [this] {
                return m_console->currentOperation()
                    && m_console->currentOperation()->operationId == u"createProduct";
            },
            u"createProduct picked"_s);
        m_console->bodyEditor()->setPlainText(
            u"{\n  \"name\": \"Smart plug\",\n  \"type\": 2,\n  \"link_type\": \"wifi\",\n"
            u"  \"mode\": \"SP-200\",\n  \"descripton\": \"Wi-Fi plug\"\n}"_s);
        QListWidget *problems = m_console->requestCheck()->problemList();
        waitFor([problems] { return problems->count() >= 2; }, u"the request check's problems"_s);
        QTextCursor cursor = m_console->bodyEditor()->textCursor();
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 3);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 5);
        m_console->bodyEditor()->setTextCursor(cursor);
        m_console->bodyEditor()->setFocus();
        settle();
        save(m_window, m_directory, u"console-checks-"_s + languageSuffix(language) + u".png"_s);
    }

    // A small collection run in the console's run view (the session's token, no login in the
    // files): passed requests, an error the file expects, a failed assertion, an error answer
    // no assertion expects and a request skipped for a value nothing gives; the error answer's
    // row selected.
    void consoleRun(Language language, const QString &folder)
    {
        m_window.setCurrentPage(m_console);
        if (!m_console->collections()->folder()->isOpen()
            && !m_console->collections()->openFolder(folder))
            fail(u"cannot open the collection "_s + folder);
        // The Collections side tab, where the run was asked for.
        if (auto *side
            = qobject_cast<QTabWidget *>(m_console->collections()->parentWidget()->parentWidget()))
            side->setCurrentWidget(m_console->collections());
        m_console->collections()->treeView()->expandAll();
        if (!m_console->runCollection())
            fail(u"the run did not start"_s);
        RunView *view = m_console->runView();
        waitFor([view] { return !view->isRunning() && view->model()->counts().finished == 6; },
            u"the run"_s);
        view->resultsView()->setFocus();
        view->resultsView()->selectRow(4);
        waitFor([view] { return view->detailsView()->toPlainText().contains(u"4041008"); },
            u"the selected row's details"_s);
        save(m_window, m_directory, u"console-run-"_s + languageSuffix(language) + u".png"_s);
    }

#ifdef XLINK_HAS_FAILURE_LOG
    void failureLog(Language language)
    {
        m_window.failureStore()->flush();
        FailureLogWidget *log = m_window.failureLog();
        log->refresh();
        m_window.setCurrentPage(log);
        waitFor(
            [log] { return log->table()->model()->rowCount() >= 30; }, u"the recorded failures"_s);
        settle(); // the page refreshes its counts on a timer, which resets the selection
        log->table()->setFocus();
        log->table()->selectRow(0);
        waitFor([log] { return log->detail()->toPlainText().contains(u"4041008"); },
            u"the selected failure's detail"_s);
        save(m_window, m_directory, u"failure-log-"_s + languageSuffix(language) + u".png"_s);
    }
#endif

private:
    MainWindow &m_window;
    ApiConsoleWidget *m_console;
    QString m_directory;
    QString m_productId;
};

} // namespace

int main(int argc, char *argv[])
{
    // Settings, the user catalogue and the failure log go to a directory deleted on exit.
    QTemporaryDir home;
    if (!home.isValid())
        fail(u"cannot create a temporary directory"_s);
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));

    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2)
        fail(u"usage: take-screenshots OUTPUT-DIRECTORY"_s);
    const QString directory = arguments.at(1);
    if (!QDir().mkpath(directory))
        fail(u"cannot create "_s + directory);

    Translations::install(Language::English);
    MainWindow window;
    // Without a secret service the keychain would only say it is unavailable; keep the
    // password in memory as the console does then, without the notice in the picture.
    window.workspace()->secrets()->setKeychainEnabled(false);
    window.resize(windowSize);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowExposed(&window))
        fail(u"the window was not shown"_s);

    // The collection of the run view's screenshot.
    const QString collection = home.filePath(u"api-checks"_s);
    QDir().mkpath(collection);
    {
        QFile file(QDir(collection).filePath(u"products.http"_s));
        const QByteArray text = R"(### List the products
# @name products
GET {{baseUrl}}/v2/products

?? status == 200
?? js response.parsedBody[0].id exists

### Read the first one
# @name product
GET {{baseUrl}}/v2/product/{{products[0].id}}

?? status == 200
?? body id exists

### A device the product does not have: the error is expected
GET {{baseUrl}}/v2/product/{{product.id}}/device/999999999

?? status == 404
?? js response.parsedBody.error.code == 4041008

### The members, as XML
GET {{baseUrl}}/v2/corp/members?offset=0&limit=20

?? status == 200
?? header content-type includes xml

### A device that is not there either
GET {{baseUrl}}/v2/product/{{product.id}}/device/123456

?? status == 200
?? body id exists

### The device's datapoints
GET {{baseUrl}}/v2/product/{{product.id}}/device/{{device.id}}/datapoints
)";
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            fail(u"cannot write the collection"_s);
    }

    Screenshots shots(window, directory);
    window.setLanguage(Language::English);
    shots.logIn();
    shots.makeFailures();

    for (const Language language : { Language::English, Language::Chinese }) {
        window.setLanguage(language);
        settle();
        shots.codeBrowser(language);
        shots.consoleError(language);
        shots.consoleChecks(language);
        shots.consoleRun(language, collection);
#ifdef XLINK_HAS_FAILURE_LOG
        shots.failureLog(language);
#endif
    }
    window.setLanguage(Language::English);
    return 0;
}
