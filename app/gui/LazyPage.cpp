#include "LazyPage.h"

#include <QEvent>
#include <QVBoxLayout>

namespace xlink {

LazyPage::LazyPage(Title title, Factory factory, QWidget *parent)
    : QWidget(parent)
    , m_title(std::move(title))
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setWindowTitle(m_title());
}

LazyPage::~LazyPage() = default;

QWidget *LazyPage::content()
{
    if (m_content)
        return m_content;
    m_content = m_factory(this);
    m_factory = nullptr;
    layout()->addWidget(m_content);
    // Built from showEvent(), after the holder showed its children: show it now rather than
    // on the layout's queued call, so it is in the same first paint.
    if (isVisible())
        m_content->show();
    setFocusProxy(m_content);
    m_content->installEventFilter(this);
    if (!m_content->windowTitle().isEmpty())
        setWindowTitle(m_content->windowTitle());
    Q_EMIT built(m_content);
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

void LazyPage::changeEvent(QEvent *event)
{
    // Once built, the page retitles itself and the event filter passes it on.
    if (event->type() == QEvent::LanguageChange && !m_content)
        setWindowTitle(m_title());
    QWidget::changeEvent(event);
}

bool LazyPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::WindowTitleChange)
        setWindowTitle(m_content->windowTitle());
    return QWidget::eventFilter(watched, event);
}

} // namespace xlink
