#pragma once

#include "LogDatabase.h"
#include "util/Language.h"

#include <QDateTime>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QToolBar;

namespace xlink {

class CallWorkspace;
class ApiConsoleWidget;
class CatalogueController;
class CodeBrowserWidget;
class DecodeWidget;
class FailureLogWidget;
class FailureStore;
class TeamLogController;
class LazyPage;
class SettingsDialog;

// The frame every feature plugs into: a mode bar on the left switches between pages, the menus
// hold what applies to the whole console (import, language, about), the status bar reports.
// A feature adds itself with one addPage() call. Only the page shown first is built before the
// window's first paint: the others are LazyPages, built when first shown or asked for; the
// failure log opens after that paint, on its writer thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds `page` to the mode bar and the View menu. The page keeps its title current across
    // language switches by calling setWindowTitle() in its own retranslateUi(); the mode bar
    // follows. `title` is used until it does.
    void addPage(
        QWidget *page, const QString &title, const QIcon &icon, const QKeySequence &shortcut);
    // The page shown: for a LazyPage, the page it built.
    QWidget *currentPage() const;
    // `page` as added, or the page a LazyPage added with addPage() has built.
    void setCurrentPage(QWidget *page);
    // As added: the lazily built ones are their LazyPage.
    QList<QWidget *> pages() const { return m_pages; }

    CodeBrowserWidget *codeBrowser() const { return m_browser; }
    // These build their page if it is not built yet.
    DecodeWidget *decoder();
    ApiConsoleWidget *apiConsole();
    FailureLogWidget *failureLog();
    CallWorkspace *workspace() const { return m_workspace; }
    CatalogueController *catalogueController() const { return m_catalogue; }
    FailureStore *failureStore() const { return m_failureStore; }
    TeamLogController *teamLog() const { return m_teamLog; }
    // The status bar's team-log state ("Team log: connected", "… unreachable since …").
    QLabel *teamLogStatus() const { return m_teamLogStatus; }

    // Imports an error-code page after showing what it would change and asking (a window-modal
    // message box with an Import button); a malformed page gets a warning naming the line and
    // nothing is imported.
    void importPage(const QString &pagePath);

    // Writes the platform's API description (OpenAPI 3.0.3 JSON) to `path` through the
    // library; a failure gets a window-modal warning, a success a status-bar message.
    bool exportApiDescription(const QString &path);

    // Switches the interface language now and remembers the choice.
    void setLanguage(Language language);

    // Opens the settings dialog (window-modal); accepted values are saved and applied at once.
    SettingsDialog *showSettings();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createMenus();
    void addLazyPage(LazyPage *page, const QIcon &icon, const QKeySequence &shortcut);
    DecodeWidget *createDecoder(QWidget *parent);
    ApiConsoleWidget *createConsole(QWidget *parent);
    FailureLogWidget *createFailureLog(QWidget *parent);
    void connectFailureStore();
    void failureStoreOpened(const LogDatabase::OpenResult &result);
    void showCodeInBrowser(int code);
    void retranslateUi();
    void updatePageActions();
    void showAbout();
    void chooseAndImportPage();
    void chooseAndExportApiDescription();
    void commitImport(const QString &pagePath);
    void showMessageBox(QMessageBox *box);
    // A change to the settings holds for this run but could not be saved: says so and why.
    void settingsNotSaved(const QString &error);

    QStackedWidget *m_stack = nullptr;
    QToolBar *m_modeBar = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QList<QWidget *> m_pages;
    QList<QAction *> m_pageActions;
    bool m_painted = false;
    bool m_historyRestored = false;
    // Calls before this are earlier sessions': the console's history gets them back.
    const QDateTime m_startedAt = QDateTime::currentDateTimeUtc();
    CatalogueController *m_catalogue = nullptr;
    CodeBrowserWidget *m_browser = nullptr;
    CallWorkspace *m_workspace = nullptr;
    QLabel *m_summary = nullptr;
    FailureStore *m_failureStore = nullptr;
    TeamLogController *m_teamLog = nullptr;
    QLabel *m_teamLogStatus = nullptr;
    LazyPage *m_decoderPage = nullptr;
    LazyPage *m_consolePage = nullptr;
    LazyPage *m_failureLogPage = nullptr;
    // Set when their LazyPage builds them.
    DecodeWidget *m_decoder = nullptr;
    ApiConsoleWidget *m_console = nullptr;
    FailureLogWidget *m_failureLog = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportApiAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace xlink
