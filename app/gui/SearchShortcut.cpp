#include "SearchShortcut.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace xlink {

SearchShortcut::SearchShortcut(QWidget *page, QLineEdit *field, std::function<void()> reveal)
    : QObject(page)
    , m_page(page)
    , m_field(field)
    , m_reveal(std::move(reveal))
    , m_action(new QAction(page))
{
    m_action->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find });
    // The page's window, while the page is shown: each page of the main window has its own.
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, &SearchShortcut::focusField);
    page->addAction(m_action);
    // A shortcut override is sent to the focused widget only, so it is caught on its way there.
    qApp->installEventFilter(this);
}

SearchShortcut::~SearchShortcut()
{
    qApp->removeEventFilter(this);
}

void SearchShortcut::focusField()
{
    if (m_reveal)
        m_reveal();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool SearchShortcut::isShortcut(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    const QList<QKeySequence> shortcuts = m_action->shortcuts();
    return std::any_of(shortcuts.cbegin(), shortcuts.cend(),
        [&pressed](const QKeySequence &shortcut) { return shortcut == pressed; });
}

bool SearchShortcut::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *widget = qobject_cast<const QWidget *>(watched);
    if (!widget || !m_page->isVisible() || !(widget == m_page || m_page->isAncestorOf(widget))
        || !isShortcut(static_cast<const QKeyEvent *>(event)))
        return false;
    // Left unaccepted, so no widget claims the keys: the shortcut map gives them to the action.
    event->ignore();
    return true;
}

} // namespace xlink
