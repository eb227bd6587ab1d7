#include "MainWindow.h"

#include "ApiClient.h"
#include "ApiRequest.h"
#include "CallPipeline.h"
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "FailureStore.h"
#include "FirstWindowSize.h"
#include "LazyPage.h"
#include "OpenApiExport.h"
#include "PageIconEngine.h"
#include "TeamReader.h"
#include "UiSettings.h"
#include "call/EnvironmentNames.h"
#include "catalogue/CatalogueController.h"
#include "catalogue/CodeBrowserWidget.h"
#include "collections/CollectionsSidebar.h"
#include "console/ApiConsoleWidget.h"
#include "decode/DecodeWidget.h"
#include "log/FailureLogWidget.h"
#include "log/SeenCountReader.h"
#include "log/TeamLogController.h"
#include "settings/SettingsDialog.h"
#include "settings/TeamLogSettingsBox.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace xlink {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_modeBar(new QToolBar(this))
    , m_pageGroup(new QActionGroup(this))
    , m_catalogue(new CatalogueController(this))
    , m_browser(new CodeBrowserWidget(this))
    , m_workspace(new CallWorkspace(nullptr, this))
    , m_summary(new QLabel(this))
    , m_failureStore(m_workspace->createFailureLog(LogDatabase::defaultPath(), LogSettings::load()))
    , m_teamLog(new TeamLogController(m_failureStore, m_workspace->secrets(), this))
    , m_teamLogStatus(new QLabel(this))
{
    setCentralWidget(m_stack);
    m_modeBar->setObjectName(u"modeBar"_s);
    m_modeBar->setMovable(false);
    m_modeBar->setFloatable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(24, 24));
    m_modeBar->toggleViewAction()->setVisible(false);
    addToolBar(Qt::LeftToolBarArea, m_modeBar);
    m_pageGroup->setExclusive(true);

    statusBar()->addPermanentWidget(m_summary);
    m_teamLogStatus->setObjectName(u"teamLogStatus"_s);
    m_teamLogStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_teamLogStatus);
    connect(m_teamLog, &TeamLogController::statusChanged, this,
        [this](const QString &text, const QString &detail) {
            m_teamLogStatus->setText(text);
            m_teamLogStatus->setToolTip(detail);
            m_teamLogStatus->setVisible(!text.isEmpty());
        });
    connect(m_browser, &CodeBrowserWidget::summaryChanged, m_summary, &QLabel::setText);
    connect(m_browser, &CodeBrowserWidget::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 4000); });

    createMenus();
    addPage(m_browser, m_browser->windowTitle(),
        PageIconEngine::icon(u"edit-find"_s, PageIconEngine::Kind::Search),
        QKeySequence(Qt::CTRL | Qt::Key_1));
    m_decoderPage = new LazyPage(
        &DecodeWidget::title, [this](QWidget *parent) { return createDecoder(parent); }, this);
    addLazyPage(m_decoderPage, PageIconEngine::icon(u"edit-paste"_s, PageIconEngine::Kind::Decode),
        QKeySequence(Qt::CTRL | Qt::Key_2));
    m_consolePage = new LazyPage(
        &ApiConsoleWidget::title, [this](QWidget *parent) { return createConsole(parent); }, this);
    addLazyPage(m_consolePage,
        PageIconEngine::icon(u"network-transmit-receive"_s, PageIconEngine::Kind::Network),
        QKeySequence(Qt::CTRL | Qt::Key_3));
    m_failureLogPage = new LazyPage(
        &FailureLogWidget::title, [this](QWidget *parent) { return createFailureLog(parent); },
        this);
    addLazyPage(m_failureLogPage,
        PageIconEngine::icon(u"view-list-details"_s, PageIconEngine::Kind::List),
        QKeySequence(Qt::CTRL | Qt::Key_4));

    connect(m_catalogue, &CatalogueController::catalogueChanged, this,
        [this](const std::shared_ptr<const ErrorCatalogue> &catalogue) {
            m_browser->setCatalogue(catalogue);
            // Recorded calls are described with the merged catalogue too, as in xlink-cli.
            m_failureStore->setCatalogue(catalogue);
            if (m_decoder)
                m_decoder->setCatalogue(catalogue);
            if (m_console)
                m_console->setCatalogue(catalogue);
        });
    QString warning;
    m_catalogue->load(&warning);
    if (!warning.isEmpty())
        statusBar()->showMessage(warning);

    connectFailureStore();

    retranslateUi();
    const QByteArray geometry = UiSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        applyFirstWindowGeometry(this);
    m_browser->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::addLazyPage(LazyPage *page, const QIcon &icon, const QKeySequence &shortcut)
{
    addPage(page, page->windowTitle(), icon, shortcut);
}

DecodeWidget *MainWindow::decoder()
{
    m_decoderPage->content();
    return m_decoder;
}

ApiConsoleWidget *MainWindow::apiConsole()
{
    m_consolePage->content();
    return m_console;
}

FailureLogWidget *MainWindow::failureLog()
{
    m_failureLogPage->content();
    return m_failureLog;
}

void MainWindow::showCodeInBrowser(int code)
{
    setCurrentPage(m_browser);
    m_browser->selectCode(code);
}

DecodeWidget *MainWindow::createDecoder(QWidget *parent)
{
    m_decoder = new DecodeWidget(parent);
    m_decoder->setCatalogue(m_catalogue->catalogue());
    connect(m_decoder, &DecodeWidget::codeActivated, this, &MainWindow::showCodeInBrowser);
    return m_decoder;
}

ApiConsoleWidget *MainWindow::createConsole(QWidget *parent)
{
    m_console = new ApiConsoleWidget(m_workspace, parent);
    m_console->setCatalogue(m_catalogue->catalogue());
    connect(m_console, &ApiConsoleWidget::codeActivated, this, &MainWindow::showCodeInBrowser);
    return m_console;
}

void MainWindow::connectFailureStore()
{
    // The workspace's pipeline records every call in the log; this window says what the log
    // reports.
    connect(m_failureStore, &FailureStore::opened, this, &MainWindow::failureStoreOpened);
    connect(m_workspace->environments(), &EnvironmentStore::saveFailed, this,
        &MainWindow::settingsNotSaved);
    // A log in use by another process (calls wait to be written) or read-only (not recorded).
    connect(m_failureStore, &FailureStore::writeFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_browser, &CodeBrowserWidget::showInFailureLog, this, [this](int code) {
        FailureLogWidget *log = failureLog();
        setCurrentPage(log);
        log->showCode(code);
    });
    // "Seen N times in the team log", when one is set up; followed, the log page's Team scope.
    m_browser->setTeamSeenCount(SeenCountReader::forTeam([this] { return m_teamLog->reader(); }));
    connect(m_teamLog, &TeamLogController::connectionChanged, m_browser,
        &CodeBrowserWidget::refreshSeenCount);
    connect(m_browser, &CodeBrowserWidget::showInTeamLog, this, [this](int code) {
        FailureLogWidget *log = failureLog();
        setCurrentPage(log);
        log->setScope(FailureLogWidget::Scope::Team);
        log->showCode(code);
    });
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    // The window paints first, whatever the size or state of the log: migrating, checking or
    // moving a damaged file aside happens on the writer thread, once this paint is done.
    QTimer::singleShot(0, m_failureStore, &FailureStore::openInBackground);
}

void MainWindow::failureStoreOpened(const LogDatabase::OpenResult &result)
{
    if (!result.ok) {
        statusBar()->showMessage(tr("The failure log cannot be opened: %1").arg(result.error));
        return;
    }
    if (result.readOnly) {
        statusBar()->showMessage(
            tr("Recording is off: %1. The failure log can still be read and exported.")
                .arg(result.readOnlyReason));
    }
    if (!result.movedAsideTo.isEmpty()) {
        statusBar()->showMessage(
            tr("The failure log was damaged; it was moved to %1 and a new one was started.")
                .arg(QDir::toNativeSeparators(result.movedAsideTo)));
    }
    // Records go to the team log (when one is set up) once the local log they wait in is open.
    if (!result.readOnly)
        m_teamLog->start();
    m_browser->setSeenCount(SeenCountReader::forStore(m_failureStore));
    // New failures (from the console, or this page's own re-sends) change the count shown.
    if (!m_historyRestored) {
        m_historyRestored = true;
        m_workspace->pipeline()->restoreHistory(m_startedAt);
    }
    // Unique: opened() comes again after a file found damaged later was moved aside.
    connect(m_failureStore, &FailureStore::recordsAdded, m_browser,
        &CodeBrowserWidget::refreshSeenCount, Qt::UniqueConnection);
    connect(m_failureStore, &FailureStore::recordsPruned, m_browser,
        &CodeBrowserWidget::refreshSeenCount, Qt::UniqueConnection);
}

FailureLogWidget *MainWindow::createFailureLog(QWidget *parent)
{
    m_failureLog = new FailureLogWidget(m_failureStore, parent);
    // The Team scope reads the team log set up in Settings › Team log.
    m_failureLog->setTeamConnection(m_teamLog->connection());
    connect(m_teamLog, &TeamLogController::connectionChanged, m_failureLog,
        [this] { m_failureLog->setTeamConnection(m_teamLog->connection()); });
    connect(m_failureLog, &FailureLogWidget::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_failureLog, &FailureLogWidget::openInConsole, this, [this](const CallRecord &call) {
        ApiConsoleWidget *console = apiConsole();
        // The record names its environment (a built-in in any language); the console picks it
        // again when it still exists.
        if (const std::optional<Environment> environment
            = m_workspace->environments()->findByName(call.environment))
            console->selectEnvironment(environment->id);
        // The composer gets the request, the response pane the answer it got.
        console->reopenCall(call, ApiConsoleWidget::ReopenedFrom::FailureLog);
        setCurrentPage(m_consolePage);
    });
    return m_failureLog;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString());
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseAndImportPage);
    m_exportApiAction = m_fileMenu->addAction(QString());
    connect(
        m_exportApiAction, &QAction::triggered, this, &MainWindow::chooseAndExportApiDescription);
    m_settingsAction = m_fileMenu->addAction(QString());
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());

    // The language names stay in their own language so a user who cannot read the current one
    // still finds theirs.
    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    m_chineseAction = m_languageMenu->addAction(u"中文"_s);
    m_englishAction = m_languageMenu->addAction(u"English"_s);
    for (QAction *action : { m_chineseAction, m_englishAction }) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_chineseAction, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString());
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::addPage(
    QWidget *page, const QString &title, const QIcon &icon, const QKeySequence &shortcut)
{
    if (page->windowTitle().isEmpty())
        page->setWindowTitle(title);
    page->installEventFilter(this);
    m_stack->addWidget(page);

    auto *action = new QAction(icon, page->windowTitle(), this);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setData(QVariant::fromValue(page));
    m_pageGroup->addAction(action);
    m_modeBar->addAction(action);
    m_viewMenu->addAction(action);
    connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(page); });

    m_pages.append(page);
    m_pageActions.append(action);
    if (m_pages.size() == 1)
        action->setChecked(true);
    updatePageActions();
}

QWidget *MainWindow::currentPage() const
{
    QWidget *page = m_stack->currentWidget();
    if (const auto *lazy = qobject_cast<LazyPage *>(page); lazy && lazy->isBuilt())
        return lazy->builtContent();
    return page;
}

void MainWindow::setCurrentPage(QWidget *page)
{
    // A page a LazyPage built is found through its holder.
    if (page && !m_pages.contains(page) && m_pages.contains(page->parentWidget()))
        page = page->parentWidget();
    const qsizetype index = m_pages.indexOf(page);
    if (index < 0)
        return;
    m_stack->setCurrentWidget(page);
    m_pageActions.at(index)->setChecked(true);
    page->setFocus(Qt::ShortcutFocusReason);
    m_summary->setVisible(page == m_browser);
}

void MainWindow::updatePageActions()
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        QAction *action = m_pageActions.at(i);
        action->setText(m_pages.at(i)->windowTitle());
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(
            shortcut.isEmpty() ? action->text() : action->text() + u" (" + shortcut + u')');
    }
}

void MainWindow::setLanguage(Language language)
{
    if (QString error; !UiSettings::setLanguage(language, &error))
        settingsNotSaved(error);
    if (language != Translations::current())
        Translations::install(language);
    // The translators announce the change with a posted event; the menu's check marks need not
    // wait for it.
    m_chineseAction->setChecked(language == Language::Chinese);
    m_englishAction->setChecked(language == Language::English);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("XLink Developer Console"));
    m_modeBar->setWindowTitle(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import Error-Code Page…"));
    m_exportApiAction->setText(tr("&Export API Description…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About XLink Developer Console"));
    m_aboutQtAction->setText(tr("About &Qt"));
    const Language language = Translations::current();
    m_chineseAction->setChecked(language == Language::Chinese);
    m_englishAction->setChecked(language == Language::English);
    updatePageActions();
}

SettingsDialog *MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setValues(m_workspace->settings(), m_failureStore->settings());
    dialog->teamLog()->setValues(TeamConnectionSettings::load().value_or(TeamConnectionSettings()),
        TeamLogSettings::load(), m_teamLog->hasPassword());
    dialog->teamLog()->setKeptPassword(m_teamLog->password());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        TeamLogSettingsBox *team = dialog->teamLog();
        if (!m_teamLog->apply(
                team->connection(), team->teamSettings(), team->typedPassword(), &error))
            settingsNotSaved(error);
        const bool consoleSaved = m_workspace->applySettings(dialog->callSettings(), &error);
        const LogSettings log = dialog->logSettings();
        if (!log.save(QSettings(), &error) || !consoleSaved)
            settingsNotSaved(error);
        m_failureStore->setSettings(log);
        // A shorter retention applies now, not at the next start.
        m_failureStore->pruneInBackground();
    });
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About XLink Developer Console"),
        tr("<h3>XLink Developer Console %1</h3>"
           "<p>Browse the error codes of the XLink (云智易) IoT platform in Chinese and English, "
           "debug API calls, and keep a log of failed calls.</p>"
           "<p>Built with Qt %2. Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QStringLiteral(XLINK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::chooseAndImportPage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Error-Code Page"), QString(),
        tr("Error-code pages (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        importPage(path);
}

void MainWindow::chooseAndExportApiDescription()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export API Description"),
        u"xlink-openapi.json"_s, tr("OpenAPI description (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportApiDescription(path);
}

bool MainWindow::exportApiDescription(const QString &path)
{
    QString error;
    if (!OpenApiExport::write(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export API Description"),
            tr("The API description was not exported."), QMessageBox::Ok, this);
        box->setObjectName(u"exportApiError"_s);
        box->setInformativeText(error);
        showMessageBox(box);
        return false;
    }
    statusBar()->showMessage(tr("Exported the API description (OpenAPI 3.0.3) to %1.")
                                 .arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void MainWindow::settingsNotSaved(const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings Not Saved"),
        tr("The change applies until the console quits, but it was not saved."), QMessageBox::Ok,
        QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this);
    box->setObjectName(u"settingsNotSaved"_s);
    box->setInformativeText(error);
    showMessageBox(box);
}

void MainWindow::showMessageBox(QMessageBox *box)
{
    // Window-modal and non-blocking, so the window keeps painting and tests can answer it.
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::importPage(const QString &pagePath)
{
    const QString fileName = QFileInfo(pagePath).fileName();
    const UserCatalogue::ImportReport preview = m_catalogue->preview(pagePath);
    if (!preview.ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Error-Code Page"),
            tr("Nothing was imported from “%1”.").arg(fileName), QMessageBox::Ok, this);
        box->setObjectName(u"importError"_s);
        box->setInformativeText(preview.error);
        showMessageBox(box);
        return;
    }

    QString details = tr("%n code(s) on the page: ", nullptr, int(preview.parsed.size()))
        + tr("%n new, ", nullptr, preview.added)
        + tr("%n with a text that differs from the catalogue (both texts will be shown), ", nullptr,
            preview.differing)
        + tr("%n unchanged.", nullptr, preview.unchanged);
    if (preview.replacedEarlierImport)
        details += u"\n\n"
            + tr("A page named “%1” was imported before; this import replaces it.").arg(fileName);
    for (const ErrorPageParser::Note &note : preview.notes)
        details += u"\n" + note.text();
    if (!preview.warning.isEmpty())
        details += u"\n\n" + preview.warning;
    details += u"\n\n"
        + tr("The built-in catalogue stays as it is; the codes go to your own catalogue in %1.")
              .arg(QDir::toNativeSeparators(preview.userFile));

    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Error-Code Page"),
        tr("Import the error codes of “%1”?").arg(fileName), QMessageBox::Cancel, this);
    box->setObjectName(u"importConfirmation"_s);
    box->setInformativeText(details);
    QPushButton *import = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    box->setDefaultButton(import);
    connect(box, &QMessageBox::buttonClicked, this, [this, import, pagePath](QAbstractButton *b) {
        if (b == import)
            commitImport(pagePath);
    });
    showMessageBox(box);
}

void MainWindow::commitImport(const QString &pagePath)
{
    const QString fileName = QFileInfo(pagePath).fileName();
    const UserCatalogue::ImportReport report = m_catalogue->import(pagePath);
    if (!report.ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Error-Code Page"),
            tr("Nothing was imported from “%1”.").arg(fileName), QMessageBox::Ok, this);
        box->setObjectName(u"importError"_s);
        box->setInformativeText(report.error);
        showMessageBox(box);
        return;
    }
    statusBar()->showMessage(tr("Imported “%1”: %2 new, %3 differing, %4 unchanged.")
                                 .arg(fileName)
                                 .arg(report.added)
                                 .arg(report.differing)
                                 .arg(report.unchanged),
        8000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange
        && m_pages.contains(qobject_cast<QWidget *>(watched)))
        updatePageActions();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The Collections sidebar's raw text is kept nowhere else: it asks first (Cancel keeps the
    // window open); saved or discarded, the window closes again.
    if (m_console && m_console->collections()
        && !m_console->collections()->askBeforeClosing([this] { close(); })) {
        event->ignore();
        return;
    }
    UiSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace xlink
