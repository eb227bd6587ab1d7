// The frame features plug into: pages with shortcuts, titles that follow the language, the
// menus, and what the window remembers between runs.
#include "MainWindow.h"
#include "UiSettings.h"
#include "catalogue/CodeBrowserWidget.h"
#include "catalogue/CodeTableModel.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

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

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheCodeBrowser();
    void addPageAddsAModeWithAShortcut();
    void pageTitlesFollowTheLanguage();
    void menus();
    void languageMenuSwitchesAndRemembers();
    void geometryIsRemembered();
    void statusBarShowsTheCount();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Language::English);
}

void TestMainWindow::init()
{
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
}

void TestMainWindow::opensOnTheCodeBrowser()
{
    QCOMPARE(m_window->currentPage(), m_window->codeBrowser());
    QCOMPARE(m_window->pages().size(), 1);
    QCOMPARE(m_window->windowTitle(), u"XLink Developer Console"_s);
}

void TestMainWindow::addPageAddsAModeWithAShortcut()
{
    auto *page = new TitledPage;
    m_window->addPage(page, u"ignored"_s, QIcon(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(m_window->pages().size(), 2);
    auto *modeBar = m_window->findChild<QToolBar *>(u"modeBar"_s);
    QVERIFY(modeBar);
    QAction *action = actionTitled(modeBar->actions(), u"Page"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
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

void TestMainWindow::pageTitlesFollowTheLanguage()
{
    auto *page = new TitledPage;
    m_window->addPage(page, u"ignored"_s, QIcon(), QKeySequence(Qt::CTRL | Qt::Key_2));
    auto *modeBar = m_window->findChild<QToolBar *>(u"modeBar"_s);
    m_window->setLanguage(Language::Chinese);
    QTRY_VERIFY(actionTitled(modeBar->actions(), u"页面"_s));
    m_window->setLanguage(Language::English);
    QTRY_VERIFY(actionTitled(modeBar->actions(), u"Page"_s));
}

void TestMainWindow::menus()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 4);
    QMenu *file = menus.at(0)->menu();
    QVERIFY(file);
    QVERIFY(actionTitled(file->actions(), u"&Import Error-Code Page…"_s));
    QAction *quit = actionTitled(file->actions(), u"&Quit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QMenu *view = menus.at(1)->menu();
    QVERIFY(actionTitled(view->actions(), u"Error codes"_s));
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

void TestMainWindow::statusBarShowsTheCount()
{
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    const auto count = std::find_if(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return label->text().contains(u"277"_s); });
    QVERIFY(count != labels.cend());
    m_window->codeBrowser()->setQuery(u"1003"_s);
    QCOMPARE((*count)->text(), u"3 of 277 codes"_s);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
