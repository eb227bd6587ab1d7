#include "PlaceholderTableWidget.h"

#include "EmptyViewText.h"

namespace xlink {

PlaceholderTableWidget::PlaceholderTableWidget(int rows, int columns, QWidget *parent)
    : QTableWidget(rows, columns, parent)
{ }

PlaceholderTableWidget::~PlaceholderTableWidget() = default;

void PlaceholderTableWidget::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

bool PlaceholderTableWidget::showsPlaceholder() const
{
    return rowCount() == 0 && !m_placeholder.isEmpty();
}

void PlaceholderTableWidget::paintEvent(QPaintEvent *event)
{
    QTableWidget::paintEvent(event);
    if (showsPlaceholder())
        EmptyViewText::paint(this, m_placeholder);
}

void PlaceholderTableWidget::focusInEvent(QFocusEvent *event)
{
    QTableWidget::focusInEvent(event);
    if (showsPlaceholder())
        viewport()->update();
}

void PlaceholderTableWidget::focusOutEvent(QFocusEvent *event)
{
    QTableWidget::focusOutEvent(event);
    if (showsPlaceholder())
        viewport()->update();
}

} // namespace xlink
