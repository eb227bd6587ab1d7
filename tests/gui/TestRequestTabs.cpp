// The API console's request tabs driven like a user: Ctrl+T, Ctrl+W, Ctrl+Tab from wherever the
// focus is, each tab with its own request and answer, the question before an edited tab is
// closed, a call cancelled with its tab, and the tabs back after a restart without the token.

#include "ApiClient.h"
#include "CallHistory.h"
#include "CallWorkspace.h"
#include "RequestTabStore.h"
#include "SecretStore.h"
#include "Session.h"
#include "console/ApiConsoleWidget.h"
#include "console/RequestComposer.h"
#include "console/RequestTab.h"
#include "console/RequestTabWidget.h"
#include "console/ResponseViewWidget.h"
#include "util/Translations.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace xlink {

class TestRequestTabs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlTOpensAndCtrlWClosesTabsFromTheBody();
    void ctrlTabGoesToTheNextAndPreviousTab();
    void closeButtonClosesItsTab();
    void eachTabKeepsItsOwnResponse();
    void editedTabIsMarkedAndAsksBeforeClosing();
    void savedRequestAsksToSaveBeforeClosing();
    void requestsOpenIntoTheCurrentTabUntilItIsEdited();
    void endpointPickerKeepsATypedRequestInItsTab();
    void openTabsComeBackAfterARestart();
    void savedTabsHoldNoSessionSecret();
    void closingATabCancelsItsCall();
    void tabBarIsInTheTabOrder();
    void newTabButtonHasAUsualSizeAndSaysItsShortcut();

private:
    void createPage();
    void logIn();
    void typePath(const QString &path);
    void addHeader(const QString &name, const QString &value);
    QMessageBox *closeQuestion();
    RequestTabWidget *tabs() const { return m_widget->requestTabs(); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CallWorkspace> m_workspace;
    std::unique_ptr<ApiConsoleWidget> m_widget;
};

void TestRequestTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Translations::install(Language::English);
}

void TestRequestTabs::init()
{
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_workspace = std::make_unique<CallWorkspace>(m_settings.get());
    m_workspace->secrets()->setKeychainEnabled(false);
    createPage();
}

void TestRequestTabs::createPage()
{
    m_widget = std::make_unique<ApiConsoleWidget>(m_workspace.get());
    m_widget->resize(1100, 760);
    m_widget->show();
    QApplication::setActiveWindow(m_widget.get());
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestRequestTabs::cleanup()
{
    m_widget.reset();
    m_workspace.reset();
    m_settings.reset();
}

void TestRequestTabs::logIn()
{
    m_widget->accountField()->clear();
    m_widget->secretField()->clear();
    QTest::keyClicks(m_widget->accountField(), u"dev@example.com"_s);
    QTest::keyClicks(m_widget->secretField(), u"sandbox123"_s);
    QTest::mouseClick(m_widget->loginButton(), Qt::LeftButton);
    QTRY_VERIFY(m_workspace->client()->session()->isLoggedIn());
}

void TestRequestTabs::typePath(const QString &path)
{
    m_widget->pathField()->clear();
    QTest::keyClicks(m_widget->pathField(), path);
}

void TestRequestTabs::addHeader(const QString &name, const QString &value)
{
    QTableWidget *table = m_widget->headersTable();
    QTest::mouseClick(m_widget->addHeaderButton(), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), value);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(table->item(row, 1) && table->item(row, 1)->text() == value);
}

QMessageBox *TestRequestTabs::closeQuestion()
{
    // nullptr (the test failed) when none comes.
    QMessageBox *question = nullptr;
    [&] {
        QTRY_VERIFY((question = m_widget->findChild<QMessageBox *>(u"closeTabQuestion"_s))
            && question->isVisible());
    }();
    return question && question->isVisible() ? question : nullptr;
}

void TestRequestTabs::ctrlTOpensAndCtrlWClosesTabsFromTheBody()
{
    QCOMPARE(tabs()->count(), 1);
    RequestTab *first = m_widget->currentTab();
    QCOMPARE(tabs()->tabText(0), u"New Request"_s);
    m_widget->bodyEditor()->setFocus();
    QTest::keyClick(m_widget->bodyEditor(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(tabs()->currentIndex(), 1);
    QVERIFY(m_widget->currentTab() != first);
    QVERIFY(m_widget->bodyEditor()->toPlainText().isEmpty());
    // Ctrl+W with the focus in the new tab's body: nothing typed, closed without a question.
    m_widget->bodyEditor()->setFocus();
    QTest::keyClick(m_widget->bodyEditor(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs()->count(), 1);
    QCOMPARE(m_widget->currentTab(), first);
    QVERIFY(!m_widget->findChild<QMessageBox *>(u"closeTabQuestion"_s));
    // The last tab closed leaves an empty one.
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs()->count(), 1);
    QVERIFY(m_widget->currentTab() != first);
    QVERIFY(m_widget->currentTab()->isEmpty());
}

void TestRequestTabs::ctrlTabGoesToTheNextAndPreviousTab()
{
    typePath(u"/v2/first"_s);
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    typePath(u"/v2/second"_s);
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    typePath(u"/v2/third"_s);
    QCOMPARE(tabs()->count(), 3);
    QCOMPARE(tabs()->currentIndex(), 2);

    // From the body editor, which takes Tab itself for moving the focus.
    m_widget->bodyEditor()->setFocus();
    QTest::keyClick(m_widget->bodyEditor(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs()->currentIndex(), 0); // round to the first
    QCOMPARE(m_widget->pathField()->text(), u"/v2/first"_s);
    m_widget->bodyEditor()->setFocus();
    QTest::keyClick(
        m_widget->bodyEditor(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs()->currentIndex(), 2);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/third"_s);
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs()->currentIndex(), 1);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/second"_s);
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs()->currentIndex(), 2);
    // Titles say method and path.
    QTRY_VERIFY(tabs()->tabText(0).startsWith(u"GET /v2/first"));
    QTRY_VERIFY(tabs()->tabText(1).startsWith(u"GET /v2/second"));
}

void TestRequestTabs::closeButtonClosesItsTab()
{
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs()->count(), 2);
    auto *close
        = qobject_cast<QAbstractButton *>(tabs()->tabBar()->tabButton(0, QTabBar::RightSide));
    QVERIFY(close);
    QVERIFY(close->isVisible());
    RequestTab *second = tabs()->tab(1);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(tabs()->count(), 1);
    QCOMPARE(m_widget->currentTab(), second);
}

void TestRequestTabs::eachTabKeepsItsOwnResponse()
{
    // The first tab gets a proxy's HTML page, late; the second, sent while the first still
    // waits, the platform's own error.
    typePath(u"/v2/corp"_s);
    addHeader(u"X-Sandbox-Fault"_s, u"html,delay=1000"_s);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_widget->isCallRunning());
    RequestTab *first = m_widget->currentTab();

    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(!m_widget->isCallRunning());
    typePath(u"/v2/corp"_s);
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_widget->isCallRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(m_widget->currentTab(), tabs()->tab(1));
    QLabel *secondBanner = m_widget->responseView()->errorBanner();
    QVERIFY(secondBanner->isVisible());
    QVERIFY(!secondBanner->text().contains(u"HTML page"));
    QVERIFY(m_widget->responseView()->summaryLabel()->text().contains(u"403"));

    // Back to the first: its own request (with the fault header) and its own answer.
    m_widget->pathField()->setFocus();
    QTest::keyClick(m_widget->pathField(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_widget->currentTab(), first);
    QCOMPARE(m_widget->headersTable()->rowCount(), 2);
    QCOMPARE(m_widget->headersTable()->item(1, 1)->text(), u"html,delay=1000"_s);
    QLabel *firstBanner = m_widget->responseView()->errorBanner();
    QVERIFY(firstBanner != secondBanner);
    QVERIFY(firstBanner->isVisible());
    QVERIFY(firstBanner->text().contains(u"HTML page"));
    QVERIFY(m_widget->responseView()->summaryLabel()->text().contains(u"502"));
}

void TestRequestTabs::editedTabIsMarkedAndAsksBeforeClosing()
{
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(!tabs()->tabText(1).contains(u"•"));
    typePath(u"/v2/corp"_s);
    QTRY_COMPARE(tabs()->tabText(1), u"GET /v2/corp •"_s);
    QVERIFY(m_widget->currentTab()->isModified());

    // Cancel keeps it.
    QTest::keyClick(m_widget->pathField(), Qt::Key_W, Qt::ControlModifier);
    QMessageBox *question = closeQuestion();
    QVERIFY(question);
    QVERIFY(!question->findChild<QPushButton *>(u"saveTab"_s)); // saved nowhere: no Save
    QVERIFY(question->findChild<QPushButton *>(u"discardTab"_s));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_widget->findChild<QMessageBox *>(u"closeTabQuestion"_s));
    QCOMPARE(tabs()->count(), 2);

    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp"_s);

    // Discard closes it (asked again, from its close button this time).
    QTest::mouseClick(tabs()->tabBar()->tabButton(1, QTabBar::RightSide), Qt::LeftButton);
    question = closeQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(u"discardTab"_s), Qt::LeftButton);
    QTRY_COMPARE(tabs()->count(), 1);
    QVERIFY(m_widget->pathField()->text().isEmpty());

    // Typing back what it was opened with takes the mark away.
    typePath(u"/v2/x"_s);
    QTRY_VERIFY(tabs()->tabText(0).endsWith(u"•"));
    m_widget->pathField()->clear();
    QTRY_COMPARE(tabs()->tabText(0), u"New Request"_s);
}

void TestRequestTabs::savedRequestAsksToSaveBeforeClosing()
{
    QList<std::pair<QString, ApiRequest>> saved;
    m_widget->setRequestSaver(
        [&saved](const QString &target, const ApiRequest &request, QString *) {
            saved.append({ target, request });
            return true;
        });
    ApiRequest request;
    request.method = "POST";
    request.target = u"/v2/product"_s;
    request.body = R"({"name":"lamp"})";
    RequestTab *tab = m_widget->openRequest(request, u"Create a product"_s, u"products.http#1"_s);
    QCOMPARE(tabs()->count(), 1); // the empty tab was used
    QCOMPARE(tabs()->tabText(0), u"Create a product"_s);
    QVERIFY(!tab->isModified());
    // Opened again: the same tab, not a copy.
    QCOMPARE(m_widget->openRequest(request, u"Create a product"_s, u"products.http#1"_s), tab);
    QCOMPARE(tabs()->count(), 1);

    m_widget->bodyEditor()->selectAll();
    QTest::keyClicks(m_widget->bodyEditor(), u"{\"name\": \"desk lamp\"}"_s);
    QTRY_COMPARE(tabs()->tabText(0), u"Create a product •"_s);
    QTest::keyClick(m_widget->bodyEditor(), Qt::Key_W, Qt::ControlModifier);
    QMessageBox *question = closeQuestion();
    QVERIFY(question);
    QPushButton *save = question->findChild<QPushButton *>(u"saveTab"_s);
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).first, u"products.http#1"_s);
    QCOMPARE(saved.at(0).second.method, QByteArray("POST"));
    QCOMPARE(saved.at(0).second.target, u"/v2/product"_s);
    QCOMPARE(saved.at(0).second.body, QByteArray(R"({"name": "desk lamp"})"));
    QTRY_VERIFY(m_widget->currentTab() != tab);
    QCOMPARE(tabs()->count(), 1);
    QVERIFY(m_widget->currentTab()->isEmpty());
}

void TestRequestTabs::requestsOpenIntoTheCurrentTabUntilItIsEdited()
{
    ApiRequest first;
    first.target = u"/v2/corp"_s;
    m_widget->loadRequest(first);
    QCOMPARE(tabs()->count(), 1); // the empty tab
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp"_s);
    ApiRequest second;
    second.target = u"/v2/products"_s;
    m_widget->loadRequest(second);
    QCOMPARE(tabs()->count(), 1); // opened but not edited: replaced
    QCOMPARE(m_widget->pathField()->text(), u"/v2/products"_s);

    QTest::keyClicks(m_widget->pathField(), u"?limit=5"_s);
    QTRY_VERIFY(m_widget->currentTab()->isModified());
    ApiRequest third;
    third.target = u"/v2/corp/members"_s;
    m_widget->loadRequest(third);
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(tabs()->currentIndex(), 1);
    QCOMPARE(tabs()->tab(0)->composer()->pathField()->text(), u"/v2/products?limit=5"_s);
    QCOMPARE(m_widget->pathField()->text(), u"/v2/corp/members"_s);

    // A history entry opens the same way: here, into the unedited tab in front.
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(finished.size(), 1);
    QAbstractItemModel *history = m_widget->historyView()->model();
    QTRY_COMPARE(history->rowCount(), 1);
    Q_EMIT m_widget->historyView()->activated(history->index(0, 0));
    QCOMPARE(tabs()->count(), 2);
    QVERIFY(m_widget->messageLabel()->text().startsWith(u"Reopened from the history"));
}

void TestRequestTabs::endpointPickerKeepsATypedRequestInItsTab()
{
    typePath(u"/v2/corp"_s);
    m_widget->bodyEditor()->setFocus();
    QTest::keyClicks(m_widget->bodyEditor(), u"{\"mine\": 1}"_s);
    QTRY_VERIFY(m_widget->currentTab()->isModified());
    QTest::keyClicks(m_widget->endpointSearchField(), u"POST /v2/product"_s);
    m_widget->endpointSearchField()->setFocus();
    QTest::keyClick(m_widget->endpointSearchField(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(tabs()->count(), 2);
    QVERIFY(!m_widget->findChild<QMessageBox *>(u"replaceBodyQuestion"_s));
    QVERIFY(m_widget->pathField()->text().startsWith(u"/v2/product"));
    QVERIFY(!m_widget->bodyEditor()->toPlainText().isEmpty());
    QVERIFY(!m_widget->currentTab()->isModified());
    RequestComposer *typed = tabs()->tab(0)->composer();
    QCOMPARE(typed->pathField()->text(), u"/v2/corp"_s);
    QCOMPARE(typed->bodyEditor()->toPlainText(), u"{\"mine\": 1}"_s);
}

void TestRequestTabs::openTabsComeBackAfterARestart()
{
    typePath(u"/v2/corp"_s);
    addHeader(u"X-Trace"_s, u"abc"_s);
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    ApiRequest saved;
    saved.method = "POST";
    saved.target = u"/v2/product/{pid}/device"_s;
    saved.body = "{\n    \"mac\": \"AABBCCDDEEFF\"\n}";
    m_widget->openRequest(saved, u"Add a device"_s, u"devices.http#2"_s);
    QCOMPARE(tabs()->count(), 2);
    m_widget->bodyEditor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_widget->bodyEditor(), u" "_s);
    QTRY_VERIFY(m_widget->currentTab()->isModified());
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    QTest::keyClick(m_widget->pathField(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs()->currentIndex(), 1);
    const QList<RequestTabState> before = [this] {
        QList<RequestTabState> states;
        for (int index = 0; index < tabs()->count(); ++index)
            states.append(tabs()->tab(index)->state());
        return states;
    }();

    // Another start: a new page and workspace on the same settings file.
    m_widget.reset();
    m_workspace.reset();
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    m_workspace = std::make_unique<CallWorkspace>(m_settings.get());
    m_workspace->secrets()->setKeychainEnabled(false);
    createPage();

    QCOMPARE(tabs()->count(), 3);
    QCOMPARE(tabs()->currentIndex(), 1);
    for (int index = 0; index < tabs()->count(); ++index)
        QCOMPARE(tabs()->tab(index)->state(), before.at(index));
    QCOMPARE(tabs()->tabText(0), u"GET /v2/corp •"_s);
    QCOMPARE(tabs()->tabText(1), u"Add a device •"_s);
    QCOMPARE(tabs()->tabText(2), u"New Request"_s);
    QCOMPARE(m_widget->bodyEditor()->toPlainText(), u"{\n  \"mac\": \"AABBCCDDEEFF\"\n} "_s);
    QCOMPARE(tabs()->tab(0)->composer()->headersTable()->item(1, 0)->text(), u"X-Trace"_s);
    // The restored request is sent like any other.
    QVERIFY(m_widget->placeholderField(u"pid"_s));
}

void TestRequestTabs::savedTabsHoldNoSessionSecret()
{
    logIn();
    const QByteArray token = m_workspace->client()->session()->accessToken();
    QVERIFY(!token.isEmpty());
    typePath(u"/v2/corp?access_token="_s + QString::fromLatin1(token));
    // A copied token typed into headers of its own, beside a header of the user's.
    addHeader(u"X-Access-Token"_s, QString::fromLatin1(token));
    addHeader(u"X-Copied"_s, u"Bearer "_s + QString::fromLatin1(token));
    addHeader(u"X-Team"_s, u"blue"_s);
    m_widget->bodyEditor()->setFocus();
    QTest::keyClicks(m_widget->bodyEditor(),
        u"{\"account\": \"dev@example.com\", \"password\": \"sandbox123\"}"_s);
    QTRY_VERIFY(m_widget->currentTab()->isModified());
    m_widget.reset(); // the tabs are kept as the page closes

    QFile file(m_dir.filePath(u"console.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("X-Team"));
    QVERIFY(text.contains("blue"));
    QVERIFY(text.contains("dev@example.com"));
    QVERIFY2(!text.contains(token), text.constData());
    QVERIFY(!text.contains("sandbox123"));
    // What came back says where the token was.
    const RequestTabList kept = m_workspace->requestTabs()->load();
    QCOMPARE(kept.tabs.size(), 1);
    const ApiRequest request = kept.tabs.at(0).request;
    QCOMPARE(request.header("X-Access-Token"), QByteArray("[REDACTED]"));
    QCOMPARE(request.header("X-Copied"), QByteArray("Bearer [REDACTED]"));
    QCOMPARE(request.header("X-Team"), QByteArray("blue"));
    QVERIFY(request.target.endsWith(u"access_token=[REDACTED]"));
}

void TestRequestTabs::closingATabCancelsItsCall()
{
    CallHistory *history = m_workspace->history();
    QSignalSpy recorded(history, &CallHistory::appended);
    QSignalSpy finished(m_widget.get(), &ApiConsoleWidget::callFinished);
    typePath(u"/v2/corp"_s);
    // A minute: only the cancel can end the call within the wait below.
    addHeader(u"X-Sandbox-Fault"_s, u"delay=60000"_s);
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_widget->isCallRunning());
    QTest::keyClick(m_widget->pathField(), Qt::Key_T, Qt::ControlModifier);
    QTest::keyClick(m_widget->pathField(), Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(m_widget->isCallRunning());

    QTest::keyClick(m_widget->pathField(), Qt::Key_W, Qt::ControlModifier);
    QMessageBox *question = closeQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(u"discardTab"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 20000);
    const CallRecord record = recorded.at(0).at(0).value<CallRecord>();
    QCOMPARE(record.kind, CallRecord::Kind::Cancelled);
    QCOMPARE(tabs()->count(), 1);
    QVERIFY(!m_widget->isCallRunning());
    QCOMPARE(finished.size(), 0); // its tab is gone: nothing to show it in

    // The page goes on: the other tab sends.
    typePath(u"/v2/corp"_s);
    QTest::keyClick(m_widget->pathField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<CallRecord>().httpStatus, 403);
}

void TestRequestTabs::tabBarIsInTheTabOrder()
{
    // Tab from the environment pane reaches the tab bar before the composer.
    QWidget *widget = m_widget->environmentCombo();
    bool reachedTabBar = false;
    // The side tabs' pages (endpoints, history, collections) come first, hidden ones included.
    for (int step = 0; step < 300 && !reachedTabBar; ++step) {
        widget = widget->nextInFocusChain();
        if (widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(m_widget.get())) {
            QVERIFY2(
                !m_widget->currentTab()->isAncestorOf(widget), widget->metaObject()->className());
            reachedTabBar = widget == tabs()->tabBar();
        }
    }
    QVERIFY(reachedTabBar);
    tabs()->tabBar()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tabs()->tabBar(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs()->count(), 2);
}

void TestRequestTabs::newTabButtonHasAUsualSizeAndSaysItsShortcut()
{
    // At the smallest size the console is laid out for.
    m_widget->resize(1000, 650);
    auto *button = tabs()->findChild<QToolButton *>(u"newRequestTab"_s);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    // As high as the tabs beside it and square, like the "+" of the browsers people know, and
    // no smaller than the usual 24 px target.
    const QRect tab = tabs()->tabBar()->tabRect(0);
    const QString sizes = u"button %1x%2, tab %3x%4"_s.arg(button->width())
                              .arg(button->height())
                              .arg(tab.width())
                              .arg(tab.height());
    QVERIFY2(button->height() >= tab.height(), qPrintable(sizes));
    QVERIFY2(button->width() >= button->height(), qPrintable(sizes));
    QVERIFY2(button->height() >= 24, qPrintable(sizes));
    // Whole, beside the tabs and not over them.
    const QRect place(button->mapTo(tabs(), QPoint(0, 0)), button->size());
    QVERIFY2(tabs()->rect().contains(place), qPrintable(sizes));
    QVERIFY2(!place.intersects(QRect(tabs()->tabBar()->mapTo(tabs(), tab.topLeft()), tab.size())),
        qPrintable(sizes));
    // Its tooltip says its shortcut, and it opens a tab.
    QVERIFY2(button->toolTip().contains(
                 QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)),
        qPrintable(button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(tabs()->count(), 2);
}

} // namespace xlink

QTEST_MAIN(xlink::TestRequestTabs)
#include "TestRequestTabs.moc"
