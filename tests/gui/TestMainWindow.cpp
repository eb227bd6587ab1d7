// The frame features plug into: pages with shortcuts, titles that follow the language, the
// menus, and what the window remembers between runs.
#include "ApiClient.h"
#include "CallHistory.h"
#include "CallWorkspace.h"
#include "CollectionTreeModel.h"
#include "EnvironmentStore.h"
#include "FailureStore.h"
#include "LogDatabase.h"
#include "LogReader.h"
#include "MainWindow.h"
#include "PageDamage.h"
#include "RecordInserter.h"
#include "SampleCalls.h"
#include "SandboxController.h"
#include "SecretStore.h"
#include "Session.h"
#include "UiSettings.h"
#include "VisibleTexts.h"
#include "catalogue/CatalogueController.h"
#include "catalogue/CodeBrowserWidget.h"
#include "catalogue/CodeTableModel.h"
#include "catalogue/ErrorPageParser.h"
#include "catalogue/UserCatalogue.h"
#include "collections/CollectionsSidebar.h"
#include "console/ApiConsoleWidget.h"
#include "console/JsonTreeView.h"
#include "console/ResponseViewWidget.h"
#include "decode/DecodeWidget.h"
#include "log/FailureLogWidget.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

// A page that retitles itself on a language change, as every page does.
class TitledPage final : public QLabel
{
public:
    explicit TitledPage(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        retitle();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retitle();
        QLabel::changeEvent(event);
    }

private:
    void retitle()
    {
        setWindowTitle(Translations::current() == Language::Chinese ? u"页面"_s : u"Page"_s);
    }
};

QAction *actionTitled(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Takes Ctrl+K for itself, as QLineEdit does where it means "delete to the end of the line".
class CtrlKLineEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    int ctrlKPresses = 0;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride && isCtrlK(event)) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && isCtrlK(event))
            ++ctrlKPresses;
        return QLineEdit::event(event);
    }

private:
    static bool isCtrlK(QEvent *event)
    {
        return static_cast<QKeyEvent *>(event)->keyCombination()
            == QKeyCombination(Qt::ControlModifier, Qt::Key_K);
    }
};

// Whether `field` shows all of `text` at its size: the cursor crosses the whole text from one
// end to the other (a text wider than the field scrolls instead). With a text, the clear
// button takes its room, so a placeholder that fits this way fits too.
bool showsWhole(QLineEdit *field, const QString &text)
{
    const QString before = field->text();
    field->setText(text);
    field->setCursorPosition(int(text.size()));
    field->repaint();
    const int end = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    field->setCursorPosition(0);
    field->repaint();
    const int start = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    field->setText(before);
    return end - start >= field->fontMetrics().horizontalAdvance(text) - 1;
}

// Focuses `view` (a cell current, as after clicking one) and presses Tab: true when the focus
// moved to a widget outside it.
bool tabLeaves(QAbstractItemView *view)
{
    if (view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    view->setFocus(Qt::MouseFocusReason);
    if (!QTest::qWaitFor([view] { return QApplication::focusWidget() == view; }))
        return false;
    QTest::keyClick(view, Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    return focus && focus != view && !view->isAncestorOf(focus);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheCodeBrowser();
    void otherPagesAreBuiltWhenFirstShown();
    void unbuiltPageTitlesFollowTheLanguage();
    void addPageAddsAModeWithAShortcut();
    void seenCountLinksToTheFailureLog();
    void callAnnouncedByTheConsoleClientIsWrittenToTheLog();
    void seenCountFollowsNewFailures();
    void openInConsoleSelectsTheRecordsEnvironment();
    void openInConsoleShowsTheRecordsAnswer();
    void pageTitlesFollowTheLanguage();
    void aLanguageSwitchLeavesNoTextInTheOtherLanguage();
    void readOnlyTextPanesShowWhereTheKeyboardIs();
    void consoleErrorLinkOpensTheBrowser();
    void menuBarHasItsMenusAndActions();
    void languageMenuSwitchesAndRemembers();
    void geometryIsRemembered();
    void firstWindowFitsASmallScreen();
    void statusBarShowsTheCount();
    void damageFoundAfterStartIsMovedAsideAndTold();
    void consoleHistoryComesBackAfterARestart();
    void importShowsWhatChangesThenMerges();
    void cancelledImportWritesNothing();
    void malformedPageImportsNothing();
    void exportsTheApiDescription();
    void failedApiExportIsTold();
    void tabLeavesEveryTable();
    void ctrlKFocusesEachPagesSearch();
    void failureLogFieldsFitAt1000x650();
    void closingWithUnsavedCollectionTextAsks();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Each run starts with an empty failure log, whatever an earlier build left there.
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(LogDatabase::defaultPath() + suffix);
    Translations::install(Language::English);
}

void TestMainWindow::init()
{
    QFile::remove(UserCatalogue::filePath());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    if (Translations::current() != Language::English)
        Translations::install(Language::English);
    QSettings().clear();
    QFile::remove(UserCatalogue::filePath());
}

void TestMainWindow::opensOnTheCodeBrowser()
{
    QCOMPARE(m_window->currentPage(), m_window->codeBrowser());
    QCOMPARE(m_window->pages().size(), 4);
    QVERIFY(m_window->pages().at(1)->isAncestorOf(m_window->decoder()));
    QVERIFY(m_window->pages().at(2)->isAncestorOf(m_window->apiConsole()));
    QVERIFY(m_window->pages().at(3)->isAncestorOf(m_window->failureLog()));
    QCOMPARE(m_window->windowTitle(), u"XLink Developer Console"_s);
}

void TestMainWindow::otherPagesAreBuiltWhenFirstShown()
{
    // Only the code browser is built for the first paint; the mode bar already names the rest.
    QVERIFY(!m_window->findChild<DecodeWidget *>());
    QVERIFY(!m_window->findChild<ApiConsoleWidget *>());
    QVERIFY(!m_window->findChild<FailureLogWidget *>());
    auto *modeBar = m_window->findChild<QToolBar *>(u"modeBar"_s);
    QVERIFY(actionTitled(modeBar->actions(), u"Decode"_s));
    QVERIFY(actionTitled(modeBar->actions(), u"API Console"_s));
    QVERIFY(actionTitled(modeBar->actions(), u"Failure Log"_s));
    QVERIFY(!m_window->workspace()->sandbox()->isRunning());

    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    auto *console = m_window->findChild<ApiConsoleWidget *>();
    QVERIFY(console);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(console));
    QTRY_VERIFY(console->isVisible());
    // Shown, it works as before: the local sandbox started and the environments are listed.
    QTRY_VERIFY(m_window->workspace()->sandbox()->isRunning());
    QVERIFY(console->environmentCombo()->count() > 0);
    QVERIFY(!m_window->findChild<DecodeWidget *>());
    QVERIFY(!m_window->findChild<FailureLogWidget *>());

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *decoder = m_window->findChild<DecodeWidget *>();
    QVERIFY(decoder);
    QTRY_VERIFY(decoder->isVisible());
    QTest::keyClicks(decoder->input(), u"{\"error\":{\"code\":4031003}}"_s);
    QTRY_COMPARE(decoder->found().size(), 1);
    QVERIFY(decoder->results()->toPlainText().contains(u"4031003"_s));
    // Its links still lead to the browser.
    Q_EMIT decoder->codeActivated(4031003);
    QCOMPARE(m_window->currentPage(), m_window->codeBrowser());
    QCOMPARE(m_window->codeBrowser()->currentEntry()->code, 4031003);

    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    auto *log = m_window->findChild<FailureLogWidget *>();
    QVERIFY(log);
    QTRY_VERIFY(log->isVisible());
    QCOMPARE(m_window->decoder(), decoder);
    QCOMPARE(m_window->apiConsole(), console);
    QCOMPARE(m_window->failureLog(), log);
}

void TestMainWindow::unbuiltPageTitlesFollowTheLanguage()
{
    auto *modeBar = m_window->findChild<QToolBar *>(u"modeBar"_s);
    m_window->setLanguage(Language::Chinese);
    QTRY_COMPARE(ApiConsoleWidget::title() == u"API Console"_s, false);
    QTRY_VERIFY(actionTitled(modeBar->actions(), ApiConsoleWidget::title()));
    QVERIFY(actionTitled(modeBar->actions(), FailureLogWidget::title()));
    QVERIFY(!m_window->findChild<ApiConsoleWidget *>());
    m_window->setLanguage(Language::English);
    QTRY_VERIFY(actionTitled(modeBar->actions(), u"API Console"_s));
}

void TestMainWindow::addPageAddsAModeWithAShortcut()
{
    auto *page = new TitledPage;
    m_window->addPage(page, u"ignored"_s, QIcon(), QKeySequence(Qt::CTRL | Qt::Key_5));
    QCOMPARE(m_window->pages().size(), 5);
    auto *modeBar = m_window->findChild<QToolBar *>(u"modeBar"_s);
    QVERIFY(modeBar);
    QAction *action = actionTitled(modeBar->actions(), u"Page"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));

    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentPage(), page);
    QVERIFY(action->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentPage(), m_window->codeBrowser());
    QTRY_COMPARE(QApplication::focusWidget(),
        static_cast<QWidget *>(m_window->codeBrowser()->searchField()));

    // Clicking the mode does the same.
    action->trigger();
    QCOMPARE(m_window->currentPage(), page);
}

void TestMainWindow::seenCountLinksToTheFailureLog()
{
    // The log opens in the background once the window has painted.
    QTRY_VERIFY(m_window->failureStore()->isOpen());
    QVERIFY(m_window->codeBrowser()->selectCode(4031003));
    QTRY_VERIFY(m_window->codeBrowser()->detailView()->toPlainText().contains(u"failure log"_s));
    Q_EMIT m_window->codeBrowser()->detailView()->anchorClicked(QUrl(u"xlink-log:4031003"_s));
    QCOMPARE(m_window->currentPage(), m_window->failureLog());
    QCOMPARE(m_window->failureLog()->filter().codes, QList<int> { 4031003 });
}

void TestMainWindow::callAnnouncedByTheConsoleClientIsWrittenToTheLog()
{
    FailureStore *store = m_window->failureStore();
    QTRY_VERIFY(store->isOpen());
    LogFilter everything;
    everything.failuresOnly = false;
    const qint64 before = store->query().count(everything);
    CallRecord call;
    call.startedAt = QDateTime::currentDateTimeUtc();
    call.environment = u"sandbox"_s;
    call.method = "GET";
    call.url = QUrl(u"http://127.0.0.1:1/v2/corp"_s);
    call.kind = CallRecord::Kind::Timeout;
    call.errorText = u"timed out"_s;
    Q_EMIT m_window->workspace()->client()->callRecorded(call);
    store->flush();
    QCOMPARE(store->query().count(everything), before + 1);
}

void TestMainWindow::seenCountFollowsNewFailures()
{
    QTRY_VERIFY(m_window->failureStore()->isOpen());
    CodeBrowserWidget *browser = m_window->codeBrowser();
    QVERIFY(browser->selectCode(4001034));
    const qint64 before = m_window->failureStore()->query().seenCount(4001034);
    CallRecord call;
    call.startedAt = QDateTime::currentDateTimeUtc();
    call.environment = u"sandbox"_s;
    call.method = "GET";
    call.url = QUrl(u"http://127.0.0.1:1/v2/corp"_s);
    call.httpStatus = 400;
    call.kind = CallRecord::Kind::Platform;
    PlatformError error;
    error.code = 4001034;
    error.rawCode = u"4001034"_s;
    call.platformError = error;
    for (int i = 0; i < 2; ++i)
        Q_EMIT m_window->workspace()->client()->callRecorded(call);
    // No selection change: the count follows the log by itself.
    QTRY_VERIFY2(browser->detailView()->toPlainText().contains(u"Seen %1 time"_s.arg(before + 2)),
        qPrintable(browser->detailView()->toPlainText()));
}

void TestMainWindow::openInConsoleSelectsTheRecordsEnvironment()
{
    const QList<Environment> environments = m_window->workspace()->environments()->environments();
    QVERIFY(environments.size() >= 2);
    const Environment &target = environments.at(1);
    ApiConsoleWidget *console = m_window->apiConsole();
    QVERIFY(console->environmentCombo()->currentData().toString() != target.id);
    CallRecord call;
    call.environment = target.name;
    call.method = "GET";
    call.url = QUrl(u"https://example.com/v2/corp"_s);
    Q_EMIT m_window->failureLog()->openInConsole(call);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(console));
    QCOMPARE(console->environmentCombo()->currentData().toString(), target.id);
}

void TestMainWindow::openInConsoleShowsTheRecordsAnswer()
{
    CallWorkspace *controller = m_window->workspace();
    controller->secrets()->setKeychainEnabled(false);
    ApiConsoleWidget *console = m_window->apiConsole();
    m_window->setCurrentPage(console);
    QTRY_VERIFY(controller->sandbox()->isRunning());
    // Logged in, with a 404 on screen.
    console->accountField()->setText(u"dev@example.com"_s);
    console->secretField()->setText(u"sandbox123"_s);
    QTest::mouseClick(console->loginButton(), Qt::LeftButton);
    QTRY_VERIFY(controller->client()->session()->isLoggedIn());
    const QByteArray token = controller->client()->session()->accessToken();
    console->pathField()->setText(u"/v2/no-such-thing"_s);
    QSignalSpy finished(console, &ApiConsoleWidget::callFinished);
    console->send();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(console->responseView()->errorBanner()->isVisible());

    // A 502 from a proxy, recorded under the local sandbox by an earlier run (another port).
    CallRecord call;
    call.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    call.environment = u"Local sandbox"_s;
    call.method = "GET";
    call.url = QUrl(u"http://127.0.0.1:1/v2/corp"_s);
    call.httpStatus = 502;
    call.responseHeaders = { { "Content-Type", "text/html" } };
    call.responseBody = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    call.responseSize = call.responseBody.size();
    call.kind = CallRecord::Kind::Http;
    Q_EMIT m_window->failureLog()->openInConsole(call);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget *>(console));
    // The composer and the response pane show that call; the session was left alone.
    QCOMPARE(console->pathField()->text(), u"/v2/corp"_s);
    QLabel *banner = console->responseView()->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"HTTP 502"));
    QVERIFY(console->responseView()->summaryLabel()->text().startsWith(u"HTTP 502"));
    QVERIFY(console->messageLabel()->text().contains(u"failure log"));
    QVERIFY(controller->client()->session()->isLoggedIn());
    QCOMPARE(controller->client()->session()->accessToken(), token);
    QVERIFY(!console->messageLabel()->text().contains(u"Resumed"));
    QVERIFY(!console->sessionNoticeLabel()->isVisible());
}

void TestMainWindow::pageTitlesFollowTheLanguage()
{
    auto *page = new TitledPage;
    m_window->addPage(page, u"ignored"_s, QIcon(), QKeySequence(Qt::CTRL | Qt::Key_5));
    auto *modeBar = m_window->findChild<QToolBar *>(u"modeBar"_s);
    m_window->setLanguage(Language::Chinese);
    QTRY_VERIFY(actionTitled(modeBar->actions(), u"页面"_s));
    m_window->setLanguage(Language::English);
    QTRY_VERIFY(actionTitled(modeBar->actions(), u"Page"_s));
}

void TestMainWindow::aLanguageSwitchLeavesNoTextInTheOtherLanguage()
{
    // Every page shown once in Chinese, then the switch: no page keeps a word of Chinese in its
    // labels, buttons, tabs, tables' headers and cells or fields' placeholders. (The catalogue's
    // and the records' own Chinese texts are data in item views and text panes, not looked at.)
    m_window->setLanguage(Language::Chinese);
    const QList<QWidget *> pages { m_window->codeBrowser(), m_window->decoder(),
        m_window->apiConsole(), m_window->failureLog() };
    for (QWidget *page : pages) {
        m_window->setCurrentPage(page);
        QTRY_COMPARE(m_window->currentPage(), page);
        QTRY_VERIFY(!test::chineseTextsIn(page).isEmpty()); // what the check below looks at
    }
    m_window->setLanguage(Language::English);
    for (QWidget *page : pages) {
        m_window->setCurrentPage(page);
        QTRY_COMPARE(m_window->currentPage(), page);
        QTRY_VERIFY2(test::chineseTextsIn(m_window.get()).isEmpty(),
            qPrintable(test::chineseTextsIn(m_window.get()).join(u'\n')));
    }
}

void TestMainWindow::readOnlyTextPanesShowWhereTheKeyboardIs()
{
    // The code's detail, the decoded results and a failure's detail: with the focus in them a
    // caret shows, and Shift+arrows select text that Ctrl+C copies (nothing on screen said the
    // focus was there before: no focus frame, no cursor).
    const QList<QWidget *> pages { m_window->codeBrowser(), m_window->decoder(),
        m_window->failureLog() };
    for (QWidget *page : pages) {
        m_window->setCurrentPage(page);
        QTRY_COMPARE(m_window->currentPage(), page);
        auto *pane = page->findChild<QTextBrowser *>();
        QVERIFY(pane);
        QTRY_VERIFY(!pane->toPlainText().isEmpty());
        pane->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(pane->hasFocus());
        QVERIFY(pane->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        pane->moveCursor(QTextCursor::Start);
        QTest::keyClick(pane, Qt::Key_End, Qt::ShiftModifier);
        const QString selected = pane->textCursor().selectedText();
        QVERIFY2(!selected.isEmpty(), qPrintable(page->objectName()));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(pane, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), selected);
    }
}

void TestMainWindow::consoleErrorLinkOpensTheBrowser()
{
    m_window->setCurrentPage(m_window->apiConsole());
    Q_EMIT m_window->apiConsole()->codeActivated(4041008);
    QCOMPARE(m_window->currentPage(), m_window->codeBrowser());
    QVERIFY(m_window->codeBrowser()->currentEntry());
    QCOMPARE(m_window->codeBrowser()->currentEntry()->code, 4041008);
}

void TestMainWindow::menuBarHasItsMenusAndActions()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 4);
    QMenu *file = menus.at(0)->menu();
    QVERIFY(file);
    QVERIFY(actionTitled(file->actions(), u"&Import Error-Code Page…"_s));
    QVERIFY(actionTitled(file->actions(), u"&Export API Description…"_s));
    QAction *quit = actionTitled(file->actions(), u"&Quit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QMenu *view = menus.at(1)->menu();
    QVERIFY(actionTitled(view->actions(), u"Error codes"_s));
    QVERIFY(actionTitled(view->actions(), u"Decode"_s));
    QMenu *language = menus.at(2)->menu();
    QVERIFY(actionTitled(language->actions(), u"中文"_s));
    QVERIFY(actionTitled(language->actions(), u"English"_s)->isChecked());
    QMenu *help = menus.at(3)->menu();
    QVERIFY(actionTitled(help->actions(), u"&About XLink Developer Console"_s));
}

void TestMainWindow::languageMenuSwitchesAndRemembers()
{
    QMenu *language = m_window->menuBar()->actions().at(2)->menu();
    QAction *chinese = actionTitled(language->actions(), u"中文"_s);
    QAction *english = actionTitled(language->actions(), u"English"_s);
    QCOMPARE(UiSettings::language(), std::nullopt);

    chinese->trigger();
    QCOMPARE(Translations::current(), Language::Chinese);
    QVERIFY(chinese->isChecked());
    QVERIFY(!english->isChecked());
    QCOMPARE(UiSettings::language(), std::optional<Language>(Language::Chinese));
    QCOMPARE(UiSettings::effectiveLanguage(), Language::Chinese);
    QTRY_COMPARE(m_window->codeBrowser()->codeModel()->language(), Language::Chinese);

    english->trigger();
    QCOMPARE(Translations::current(), Language::English);
    QVERIFY(english->isChecked());
    QCOMPARE(UiSettings::language(), std::optional<Language>(Language::English));
    QTRY_COMPARE(m_window->codeBrowser()->codeModel()->language(), Language::English);
}

void TestMainWindow::geometryIsRemembered()
{
    m_window->resize(900, 600);
    QTRY_COMPARE(m_window->size(), QSize(900, 600));
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->size(), QSize(900, 600));
}

void TestMainWindow::firstWindowFitsASmallScreen()
{
    // No saved geometry (cleanup() clears the settings): on a screen without room for the usual
    // 1100x720 and a frame (the offscreen platform's is 800x800), the first window is maximized,
    // within the screen, and comes back to a size that fits it.
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.width() < 1100 || available.height() < 720,
        "the test needs a screen smaller than the window's usual size");
    QTRY_VERIFY(m_window->isMaximized());
    QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
        qPrintable(u"%1x%2 on %3x%4"_s.arg(m_window->width())
                       .arg(m_window->height())
                       .arg(available.width())
                       .arg(available.height())));
    const QSize normal = m_window->normalGeometry().size();
    QVERIFY2(normal.width() <= available.width() && normal.height() < available.height(),
        qPrintable(u"normal %1x%2"_s.arg(normal.width()).arg(normal.height())));
    // A saved geometry wins, maximized or not.
    m_window->showNormal();
    m_window->resize(700, 500);
    QTRY_COMPARE(m_window->size(), QSize(700, 500));
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!m_window->isMaximized());
    QCOMPARE(m_window->size(), QSize(700, 500));
}

void TestMainWindow::statusBarShowsTheCount()
{
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    const auto count = std::find_if(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return label->text().contains(u"277"_s); });
    QVERIFY(count != labels.cend());
    m_window->codeBrowser()->setQuery(u"1003"_s);
    QCOMPARE((*count)->text(), u"3 of 277 codes"_s);
}

namespace {

QString writePage(const QTemporaryDir &dir, const QString &name, const QString &rows)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(
        (u"# 错误码说明\n\n**HTTP 返回状态码为400的错误说明：**\n\n| code | 错误码信息说明|\n"
         u"| -- | --\n"_s
            + rows)
            .toUtf8());
    return path;
}

QPushButton *buttonTitled(QMessageBox *box, const QString &text)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text() == text)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

void TestMainWindow::damageFoundAfterStartIsMovedAsideAndTold()
{
    // A log with a damaged page in the middle of its table, which opening does not read.
    m_window.reset();
    const QString path = LogDatabase::defaultPath();
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    {
        LogDatabase database(path);
        QVERIFY(database.open().ok);
        QList<CallRecord> calls;
        for (int i = 0; i < 3000; ++i)
            calls << test::SampleCalls::mixed(i, QDateTime(QDate(2026, 3, 1), QTime(), Qt::UTC));
        QString error;
        QVERIFY2(!RecordInserter(database.db(), 4096).insert(calls, &error).isEmpty(),
            qPrintable(error));
        QVERIFY(QSqlQuery(database.db()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray damaged
        = test::PageDamage::damage(path, test::PageDamage::middleLeaf(path, u"calls"_s));
    QVERIFY(!damaged.isEmpty());

    init();
    FailureStore *store = m_window->failureStore();
    QTRY_VERIFY(store->isOpen());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty()); // nothing seen at open
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(m_window->failureLog()->isVisible());

    // Reading every row (as scrolling to the end does) reaches the damaged page.
    LogFilter everything;
    everything.failuresOnly = false;
    QVERIFY(store->query().page(everything, 0, 3000).size() < 3000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u".corrupt-"_s));
    const QStringList aside
        = QDir(QFileInfo(path).absolutePath()).entryList({ u"*.corrupt-*.sqlite"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(aside.first()));
    const QString asidePath = QFileInfo(path).absolutePath() + u'/' + aside.first();
    QFile moved(asidePath);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QVERIFY(moved.readAll() == damaged);
    moved.close();
    // A fresh log in its place, in use at once.
    QVERIFY(store->isOpen());
    QCOMPARE(store->query().count(everything), 0);
    QVERIFY(store->record(test::SampleCalls::timeout(QDateTime::currentDateTimeUtc())) > 0);
    QCOMPARE(store->query().count(LogFilter()), 1);
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(asidePath + suffix);
}

void TestMainWindow::consoleHistoryComesBackAfterARestart()
{
    // Calls of earlier sessions, successes among them, in the log the console keeps.
    m_window.reset();
    const QString path = LogDatabase::defaultPath();
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        LogDatabase database(path);
        QVERIFY(database.open().ok);
        QString error;
        QVERIFY2(!RecordInserter(database.db(), 4096)
                      .insert({ test::SampleCalls::success(earlier),
                                  test::SampleCalls::network(earlier.addSecs(1)),
                                  test::SampleCalls::platform(earlier.addSecs(2)) },
                          &error)
                      .isEmpty(),
            qPrintable(error));
    }
    init();
    CallHistory *history = m_window->workspace()->history();
    QTRY_COMPARE(history->size(), 3);
    QCOMPARE(history->at(0).startedAt, earlier); // oldest first, as they happened
    QCOMPARE(history->at(0).kind, CallRecord::Kind::Success);
    QCOMPARE(history->at(2).kind, CallRecord::Kind::Platform);
    QVERIFY(!history->at(2).responseBody.isEmpty()); // whole calls, bodies included

    // This session's calls come after them; the next start has them all, once.
    CallRecord call = test::SampleCalls::timeout(QDateTime::currentDateTimeUtc());
    Q_EMIT m_window->workspace()->client()->callRecorded(call);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(3).kind, CallRecord::Kind::Timeout);
    m_window->failureStore()->flush();
    m_window.reset();
    init();
    history = m_window->workspace()->history();
    QTRY_COMPARE(history->size(), 4);
    // Nothing restores them twice: a read queued now on the lane that restored them finishes
    // after any other restoring read queued at the start.
    bool sentinel = false;
    m_window->failureStore()->reader()->read<bool>(
        LogReader::Lane::Background, this, [] { return true; },
        [](const LogQuery &, const std::function<bool()> &) { return true; },
        [&sentinel](bool) { sentinel = true; });
    QTRY_VERIFY(sentinel);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(3).kind, CallRecord::Kind::Timeout);
}

void TestMainWindow::importShowsWhatChangesThenMerges()
{
    QTemporaryDir dir;
    const CatalogueEntry *same = ErrorCatalogue::builtin().find(4001007);
    const QString path = writePage(dir, u"newer.md"_s,
        u"| 4001999 | 新的错误信息\n| 4001007 | "_s + same->message.zh
            + u"\n| 4001003 | 手机验证码已失效\n");

    m_window->importPage(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importConfirmation"_s)));
    const QString details = box->informativeText();
    // Plural forms come from the translation in use (English ones are filled by lupdate).
    QVERIFY2(details.contains(MainWindow::tr("%n code(s) on the page: ", nullptr, 3)),
        qPrintable(details));
    QVERIFY(details.contains(MainWindow::tr("%n new, ", nullptr, 1)));
    QVERIFY(details.contains(MainWindow::tr(
        "%n with a text that differs from the catalogue (both texts will be shown), ", nullptr,
        1)));
    QVERIFY(details.contains(MainWindow::tr("%n unchanged.", nullptr, 1)));
    // Nothing is written before the user confirms.
    QVERIFY(!QFile::exists(UserCatalogue::filePath()));
    QCOMPARE(m_window->catalogueController()->catalogue()->entries().size(), 277);

    QPushButton *import = buttonTitled(box, u"&Import"_s);
    QVERIFY(import);
    import->click();
    QTRY_COMPARE(m_window->catalogueController()->catalogue()->entries().size(), 278);
    QVERIFY(QFile::exists(UserCatalogue::filePath()));

    CodeBrowserWidget *browser = m_window->codeBrowser();
    browser->setQuery(u"4001999"_s);
    QVERIFY(browser->currentEntry());
    QCOMPARE(browser->currentEntry()->code, 4001999);
    QVERIFY(browser->detailView()->toPlainText().contains(u"新的错误信息"_s));
    // A differing text is shown beside the built-in one, marked as imported.
    browser->setQuery(u"4001003"_s);
    const QString detail = browser->detailView()->toPlainText();
    QVERIFY(detail.contains(u"手机验证码不存在"_s));
    QVERIFY2(detail.contains(u"手机验证码已失效"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"newer.md"_s));

    // A new window reads the user catalogue back.
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->catalogueController()->catalogue()->entries().size(), 278);
}

void TestMainWindow::cancelledImportWritesNothing()
{
    QTemporaryDir dir;
    const QString path = writePage(dir, u"newer.md"_s, u"| 4001999 | 新的错误信息\n"_s);
    m_window->importPage(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importConfirmation"_s)));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"importConfirmation"_s));
    QVERIFY(!QFile::exists(UserCatalogue::filePath()));
    QCOMPARE(m_window->catalogueController()->catalogue()->entries().size(), 277);
}

void TestMainWindow::malformedPageImportsNothing()
{
    const QString path = QStringLiteral(XLINK_TEST_DATA_DIR "/pages/malformed-short-code.md");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ErrorPageParser::Result parsed = ErrorPageParser::parse(file.readAll());
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.errorLine > 0);

    m_window->importPage(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importError"_s)));
    QCOMPARE(box->informativeText(), parsed.error);
    QVERIFY(box->text().contains(u"Nothing was imported"_s));
    QVERIFY(!m_window->findChild<QMessageBox *>(u"importConfirmation"_s));
    QVERIFY(!QFile::exists(UserCatalogue::filePath()));
    QCOMPARE(m_window->catalogueController()->catalogue()->entries().size(), 277);
}

void TestMainWindow::exportsTheApiDescription()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"xlink-openapi.json"_s);
    QVERIFY(m_window->exportApiDescription(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(document.value(u"openapi"_s).toString(), u"3.0.3"_s);
    QVERIFY(document.value(u"paths"_s).toObject().contains(u"/v2/products"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!m_window->findChild<QMessageBox *>(u"exportApiError"_s));
}

void TestMainWindow::failedApiExportIsTold()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing-folder/xlink-openapi.json"_s);
    QVERIFY(!m_window->exportApiDescription(path));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"exportApiError"_s)));
    QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
    box->close();
}

void TestMainWindow::tabLeavesEveryTable()
{
    // Tab moves on from a table, tree or list to the next control (arrows move inside it), so
    // no page has a keyboard trap. Every page built, every view checked.
    ApiConsoleWidget *console = m_window->apiConsole();
    m_window->decoder();
    m_window->failureLog();
    const QList<QAbstractItemView *> views = m_window->findChildren<QAbstractItemView *>();
    QVERIFY(views.size() >= 8);
    for (const QAbstractItemView *view : views)
        QVERIFY2(!view->tabKeyNavigation(),
            qPrintable(
                view->objectName() + u' ' + QLatin1StringView(view->metaObject()->className())));

    // Each kind, driven: a QTableView (the code browser's), a QTableWidget (the composer's
    // headers and query), a QTreeView (the response's JSON tree).
    QVERIFY(tabLeaves(m_window->codeBrowser()->table()));

    m_window->setCurrentPage(console);
    QTRY_VERIFY(console->isVisible());
    QVERIFY(tabLeaves(console->headersTable()));
    QVERIFY(tabLeaves(console->queryTable()));

    ResponseViewWidget *response = console->responseView();
    response->tabs()->setCurrentWidget(response->treeView());
    QTRY_VERIFY(response->treeView()->isVisible());
    QVERIFY(tabLeaves(response->treeView()));
    response->tabs()->setCurrentWidget(response->headersView());
    QTRY_VERIFY(response->headersView()->isVisible());
    QVERIFY(tabLeaves(response->headersView()));
}

void TestMainWindow::ctrlKFocusesEachPagesSearch()
{
    // The failure log: from its code field (the keys are not the field's "delete to the end
    // of the line"), the search takes the focus and what is typed next.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    FailureLogWidget *log = m_window->failureLog();
    QTRY_VERIFY(log->isVisible());
    auto *code = log->findChild<QLineEdit *>(u"logCodeFilter"_s);
    code->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QTest::keyClicks(code, u"4041008"_s);
    QTest::keyClick(code, Qt::Key_Home);
    QTest::keyClick(code, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), log->textFilter());
    QCOMPARE(code->text(), u"4041008"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"timeout"_s);
    QCOMPARE(log->textFilter()->text(), u"timeout"_s);
    // Ctrl+F from the table: the text is selected, so typing replaces it.
    log->table()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), log->table());
    QTest::keyClick(log->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), log->textFilter());
    QTest::keyClicks(QApplication::focusWidget(), u"refused"_s);
    QCOMPARE(log->textFilter()->text(), u"refused"_s);
    // A field that takes Ctrl+K for itself, as every line edit does on X11 (delete to the end
    // of the line; the offscreen platform binds no such key): the page's search still wins.
    auto *greedy = new CtrlKLineEdit(log);
    greedy->show();
    greedy->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), greedy);
    QTest::keyClick(greedy, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), log->textFilter());
    QCOMPARE(greedy->ctrlKPresses, 0);
    delete greedy;

    // The console: the endpoint search, shown first when the history tab is in front.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    ApiConsoleWidget *console = m_window->apiConsole();
    QTRY_VERIFY(console->isVisible());
    auto *sideTabs = qobject_cast<QTabWidget *>(
        console->historyFilterField()->parentWidget()->parentWidget()->parentWidget());
    QVERIFY(sideTabs);
    sideTabs->setCurrentIndex(1);
    QTRY_VERIFY(!console->endpointSearchField()->isVisible());
    console->pathField()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), console->pathField());
    const QString path = console->pathField()->text();
    QTest::keyClick(console->pathField(), Qt::Key_Home);
    QTest::keyClick(console->pathField(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), console->endpointSearchField());
    QVERIFY(console->endpointSearchField()->isVisible());
    QCOMPARE(console->pathField()->text(), path);
    QTest::keyClicks(QApplication::focusWidget(), u"device"_s);
    QCOMPARE(console->endpointSearchField()->text(), u"device"_s);

    // The code browser, as before; from its own field, Ctrl+K selects the query.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QLineEdit *search = m_window->codeBrowser()->searchField();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"4031003"_s);
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(search->text(), u"4031003"_s);
    QTest::keyClicks(search, u"1003"_s);
    QCOMPARE(search->text(), u"1003"_s);
}

void TestMainWindow::failureLogFieldsFitAt1000x650()
{
    // The smallest size the console is used at: the code field holds a whole code and each
    // field shows its placeholder (not "HTT…"), in both languages.
    m_window->resize(1000, 650);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    FailureLogWidget *log = m_window->failureLog();
    QTRY_VERIFY(log->isVisible());
    QTRY_COMPARE(m_window->size(), QSize(1000, 650));
    auto *code = log->findChild<QLineEdit *>(u"logCodeFilter"_s);
    auto *status = log->findChild<QLineEdit *>(u"logStatusFilter"_s);
    for (const Language language : { Language::English, Language::Chinese }) {
        m_window->setLanguage(language);
        QTRY_COMPARE(
            log->windowTitle(), language == Language::English ? u"Failure Log"_s : u"失败日志"_s);
        QTRY_VERIFY(showsWhole(code, u"4041008"_s));
        QVERIFY2(showsWhole(code, code->placeholderText()), qPrintable(code->placeholderText()));
        QVERIFY2(
            showsWhole(status, status->placeholderText()), qPrintable(status->placeholderText()));
        QVERIFY(showsWhole(status, u"502, 4xx"_s));
        QVERIFY2(showsWhole(log->textFilter(), log->textFilter()->placeholderText()),
            qPrintable(log->textFilter()->placeholderText()));
        // Once every part is laid out (the size check above comes before that), the page asks
        // no more than such a screen holds, even with a long summary ("... not available.").
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(m_window->minimumSizeHint().width() <= 1000,
            qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QCOMPARE(m_window->size(), QSize(1000, 650));
    }
}

void TestMainWindow::closingWithUnsavedCollectionTextAsks()
{
    // The Collections sidebar's raw text is kept nowhere else: closing the window (File > Quit
    // does the same) asks Save / Discard / Cancel.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(u"ping.http"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("GET {{baseUrl}}/v2/ping\n");
    }
    ApiConsoleWidget *console = m_window->apiConsole();
    m_window->setCurrentPage(console);
    CollectionsSidebar *sidebar = console->collections();
    QVERIFY(sidebar->openFolder(folder.path()));
    const QModelIndex index = sidebar->model()->indexFor(u"ping.http"_s);
    QVERIFY(index.isValid());
    sidebar->treeView()->setCurrentIndex(index);
    QTRY_COMPARE(sidebar->textFile(), u"ping.http"_s);
    const auto typeInto = [sidebar](const QString &text) {
        QPlainTextEdit *editor = sidebar->textEditor();
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(text);
    };
    const auto answer = [this](QMessageBox::StandardButton which) -> bool {
        QMessageBox *question = nullptr;
        if (!QTest::qWaitFor([&] {
                question = m_window->findChild<QMessageBox *>(u"unsavedTextQuestion"_s);
                return question && question->isVisible();
            }))
            return false;
        QAbstractButton *button = question->button(which);
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    };
    typeInto(u"X-Mine: 1\n"_s);
    QVERIFY(sidebar->hasUnsavedText());

    // Cancel: the window stays open with the text.
    QVERIFY(!m_window->close());
    QVERIFY(answer(QMessageBox::Cancel));
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"unsavedTextQuestion"_s));
    QVERIFY(m_window->isVisible());
    QVERIFY(sidebar->hasUnsavedText());

    // Save: written, then the window closes.
    QVERIFY(!m_window->close());
    QVERIFY(answer(QMessageBox::Save));
    QTRY_VERIFY(!m_window->isVisible());
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), QByteArray("GET {{baseUrl}}/v2/ping\nX-Mine: 1\n"));
    in.close();

    // Discard: the window closes, the file as it was.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    typeInto(u"X-Dropped: 2\n"_s);
    QVERIFY(sidebar->hasUnsavedText());
    QVERIFY(!m_window->close());
    QVERIFY(answer(QMessageBox::Discard));
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!sidebar->hasUnsavedText());
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), QByteArray("GET {{baseUrl}}/v2/ping\nX-Mine: 1\n"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
