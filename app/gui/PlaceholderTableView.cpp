#include "PlaceholderTableView.h"

#include "EmptyViewText.h"

namespace xlink {

PlaceholderTableView::PlaceholderTableView(QWidget *parent)
    : QTableView(parent)
{ }

PlaceholderTableView::~PlaceholderTableView() = default;

void PlaceholderTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

bool PlaceholderTableView::showsPlaceholder() const
{
    return model() && model()->rowCount() == 0 && !m_placeholder.isEmpty();
}

void PlaceholderTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (showsPlaceholder())
        EmptyViewText::paint(this, m_placeholder);
}

void PlaceholderTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (showsPlaceholder())
        viewport()->update();
}

void PlaceholderTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    if (showsPlaceholder())
        viewport()->update();
}

} // namespace xlink
