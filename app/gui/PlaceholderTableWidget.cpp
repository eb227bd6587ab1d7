#include "PlaceholderTableWidget.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

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
    if (!showsPlaceholder())
        return;
    QPainter painter(viewport());
    const bool focused = hasFocus();
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    const QRect area = viewport()->rect().adjusted(margin, margin, -margin, -margin);
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    const QRect text = painter.fontMetrics().boundingRect(area, flags, m_placeholder);
    painter.setPen(palette().color(focused ? QPalette::Highlight : QPalette::PlaceholderText));
    painter.drawText(text, flags, m_placeholder);
    if (!focused)
        return;
    QStyleOptionFocusRect frame;
    frame.initFrom(this);
    frame.rect
        = text.adjusted(-margin / 2, -margin / 4, margin / 2, margin / 4) & viewport()->rect();
    frame.backgroundColor = palette().color(QPalette::Base);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, &painter, this);
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
