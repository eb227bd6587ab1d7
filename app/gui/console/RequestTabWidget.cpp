#include "RequestTabWidget.h"

#include "CallWorkspace.h"
#include "MessageLine.h"
#include "RequestComposer.h"
#include "RequestTab.h"
#include "RequestTabStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

// Edits come one key at a time: the tabs are written once typing pauses.
constexpr int kKeepDelayMs = 800;
// The smallest side of the new-tab button: the usual minimum of a target for a pointer.
constexpr int kNewTabButtonMinimum = 24;

} // namespace

RequestTabWidget::RequestTabWidget(CallWorkspace *workspace, QWidget *parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"requestTabs"_s);
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    // The tab bar is in the Tab order (arrow keys then move between tabs), after the sides.
    tabBar()->setFocusPolicy(Qt::StrongFocus);
    // The corner places its widget by its size hint: a holder whose layout hints the button's
    // minimum size (set by sizeNewTabButton()) gives the button its room.
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    m_newTab = new QToolButton(corner);
    m_newTab->setObjectName(u"newRequestTab"_s);
    m_newTab->setAutoRaise(true);
    m_newTab->setText(u"+"_s);
    QFont plus = m_newTab->font();
    if (plus.pointSizeF() > 0)
        plus.setPointSizeF(plus.pointSizeF() * 1.4);
    m_newTab->setFont(plus);
    cornerLayout->addWidget(m_newTab);
    setCornerWidget(corner, Qt::TopRightCorner);
    connect(m_newTab, &QToolButton::clicked, this, &RequestTabWidget::newTab);
    connect(this, &QTabWidget::tabCloseRequested, this, &RequestTabWidget::closeTab);
    m_keepTimer.setSingleShot(true);
    m_keepTimer.setInterval(kKeepDelayMs);
    connect(&m_keepTimer, &QTimer::timeout, this, &RequestTabWidget::keepTabs);
    connect(this, &QTabWidget::currentChanged, &m_keepTimer, qOverload<>(&QTimer::start));
    connect(tabBar(), &QTabBar::tabMoved, &m_keepTimer, qOverload<>(&QTimer::start));
    retranslateUi();
}

RequestTabWidget::~RequestTabWidget()
{
    keepTabs();
    // Closed here, without signals to this half-destroyed widget; each cancels its call.
    const QSignalBlocker blocker(this);
    while (count() > 0)
        delete widget(0);
}

void RequestTabWidget::restoreTabs()
{
    const RequestTabList saved = m_workspace->requestTabs()->load();
    for (const RequestTabState &state : saved.tabs)
        addRequestTab()->restore(state);
    if (count() == 0)
        addRequestTab();
    setCurrentIndex(std::clamp(saved.current, 0, count() - 1));
    m_restored = true;
}

RequestTab *RequestTabWidget::currentTab() const
{
    return qobject_cast<RequestTab *>(currentWidget());
}

RequestTab *RequestTabWidget::tab(int index) const
{
    return qobject_cast<RequestTab *>(widget(index));
}

RequestTab *RequestTabWidget::addRequestTab()
{
    auto *tab = new RequestTab(m_workspace, this);
    if (m_catalogue)
        tab->setCatalogue(m_catalogue);
    Q_EMIT tabCreated(tab);
    addTab(tab, tab->title());
    updateTabText(tab);
    connect(tab, &RequestTab::changed, this, [this, tab] {
        updateTabText(tab);
        m_keepTimer.start();
    });
    m_keepTimer.start();
    return tab;
}

RequestTab *RequestTabWidget::newTab()
{
    RequestTab *tab = addRequestTab();
    setCurrentWidget(tab);
    tab->composer()->setFocus(Qt::OtherFocusReason);
    return tab;
}

RequestTab *RequestTabWidget::tabToOpenInto()
{
    RequestTab *current = currentTab();
    if (current && !current->isCallRunning() && (current->isEmpty() || !current->isModified()))
        return current;
    return newTab();
}

RequestTab *RequestTabWidget::openRequest(
    const ApiRequest &request, const QString &name, const QString &saveTarget)
{
    // A saved request already open is shown where it is, with the edits it has there.
    if (!saveTarget.isEmpty()) {
        for (int index = 0; index < count(); ++index) {
            if (RequestTab *open = tab(index); open && open->saveTarget() == saveTarget) {
                setCurrentIndex(index);
                return open;
            }
        }
    }
    RequestTab *into = tabToOpenInto();
    into->open(request, name, saveTarget);
    return into;
}

RequestTab *RequestTabWidget::openOperation(const ApiOperation &operation)
{
    RequestTab *into = tabToOpenInto();
    into->openOperation(operation);
    return into;
}

void RequestTabWidget::updateTabText(RequestTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    setTabText(index, tab->title());
    setTabToolTip(index, tab->toolTip());
}

void RequestTabWidget::closeTab(int index)
{
    RequestTab *closing = tab(index);
    if (!closing)
        return;
    if (closing->isModified() && !closing->isEmpty())
        askBeforeClosing(closing);
    else
        removeRequestTab(closing);
}

void RequestTabWidget::removeRequestTab(RequestTab *tab)
{
    removeTab(indexOf(tab));
    delete tab; // cancels its call
    if (count() == 0)
        newTab();
    m_keepTimer.start();
}

void RequestTabWidget::askBeforeClosing(RequestTab *tab)
{
    setCurrentWidget(tab);
    const bool canSave = !tab->saveTarget().isEmpty() && m_saver;
    QString title = tab->name();
    if (title.isEmpty()) {
        const ApiRequest request = tab->request();
        title = request.target.trimmed().isEmpty()
            ? tr("New Request")
            : QString::fromLatin1(request.method) + u' ' + request.target.trimmed();
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Close the Tab?"),
        canSave
            ? tr("“%1” has edits that are not saved. Save them before closing the tab?").arg(title)
            : tr("“%1” is not saved anywhere. Close the tab and discard it?").arg(title),
        QMessageBox::NoButton, this);
    question->setObjectName(u"closeTabQuestion"_s);
    QPushButton *save = nullptr;
    if (canSave) {
        save = question->addButton(QMessageBox::Save);
        save->setObjectName(u"saveTab"_s);
    }
    QPushButton *discard = question->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discardTab"_s);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    const QPointer<RequestTab> closing(tab);
    connect(question, &QMessageBox::finished, this, [this, question, save, discard, closing] {
        if (!closing)
            return;
        if (question->clickedButton() == discard
            || (save && question->clickedButton() == save && saveTab(closing)))
            removeRequestTab(closing);
    });
    question->open();
}

bool RequestTabWidget::saveTab(RequestTab *tab)
{
    if (!tab || tab->saveTarget().isEmpty() || !m_saver) {
        if (tab)
            tab->messages()->say(
                [] { return tr("This request is not saved anywhere yet."); }, true);
        return false;
    }
    QString error;
    if (!m_saver(tab->saveTarget(), tab->request(), &error)) {
        tab->messages()->say([error] { return tr("Not saved: %1").arg(error); }, true);
        return false;
    }
    tab->markSaved(tab->name(), tab->saveTarget());
    return true;
}

void RequestTabWidget::nextTab()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + 1) % count());
}

void RequestTabWidget::previousTab()
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + count() - 1) % count());
}

void RequestTabWidget::setCatalogue(std::shared_ptr<const ErrorCatalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    for (int index = 0; index < count(); ++index)
        tab(index)->setCatalogue(m_catalogue);
}

void RequestTabWidget::keepTabs()
{
    m_keepTimer.stop();
    if (!m_restored)
        return; // nothing read yet: what was saved must not be overwritten
    RequestTabList list;
    for (int index = 0; index < count(); ++index)
        list.tabs.append(tab(index)->state());
    list.current = std::max(currentIndex(), 0);
    QString error;
    if (!m_workspace->requestTabs()->save(list, &error) && currentTab())
        currentTab()->messages()->say(
            [error] {
                return tr("The open tabs cannot be kept for the next start: %1").arg(error);
            },
            true);
}

void RequestTabWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeNewTabButton();
}

void RequestTabWidget::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    sizeNewTabButton();
}

void RequestTabWidget::sizeNewTabButton()
{
    // As high as the tabs and square, as the "+" of a browser: a target that is easy to see and
    // hit (by its text alone it was a sliver lower than the tabs).
    const int side = std::max(tabBar()->sizeHint().height(), kNewTabButtonMinimum);
    m_newTab->setMinimumSize(side, side);
}

void RequestTabWidget::retranslateUi()
{
    m_newTab->setToolTip(tr("New tab (Ctrl+T)"));
    for (int index = 0; index < count(); ++index)
        updateTabText(tab(index));
}

} // namespace xlink
