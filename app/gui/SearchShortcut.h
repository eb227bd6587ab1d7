#pragma once

#include <QObject>

#include <functional>

class QAction;
class QKeyEvent;
class QLineEdit;
class QWidget;

namespace xlink {

// Ctrl+K and Ctrl+F (the platform's Find) on a page: its search field takes the focus with its
// text selected, so what is typed next is the new query and none of it goes elsewhere. Active
// while the page is shown. The keys are the page's even in a line edit or text editor, which
// would otherwise take Ctrl+K as "delete to the end of the line" (X11, macOS) and lose text.
class SearchShortcut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchShortcut)

public:
    // `reveal`, when given, runs first: it shows the field when it is on a tab not shown.
    SearchShortcut(QWidget *page, QLineEdit *field, std::function<void()> reveal = {});
    ~SearchShortcut() override;

    // Added to the page; its text is the page's to set.
    QAction *action() const { return m_action; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusField();
    bool isShortcut(const QKeyEvent *event) const;

    QWidget *m_page;
    QLineEdit *m_field;
    std::function<void()> m_reveal;
    QAction *m_action;
};

} // namespace xlink
