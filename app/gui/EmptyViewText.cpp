#include "EmptyViewText.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace xlink {

void EmptyViewText::paint(QAbstractItemView *view, const QString &text)
{
    if (text.isEmpty())
        return;
    QWidget *viewport = view->viewport();
    QPainter painter(viewport);
    const bool focused = view->hasFocus();
    const int margin = view->style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, view);
    const QRect area = viewport->rect().adjusted(margin, margin, -margin, -margin);
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    const QRect bounds = painter.fontMetrics().boundingRect(area, flags, text);
    painter.setPen(
        view->palette().color(focused ? QPalette::Highlight : QPalette::PlaceholderText));
    painter.drawText(bounds, flags, text);
    if (!focused)
        return;
    QStyleOptionFocusRect frame;
    frame.initFrom(view);
    frame.rect
        = bounds.adjusted(-margin / 2, -margin / 4, margin / 2, margin / 4) & viewport->rect();
    frame.backgroundColor = view->palette().color(QPalette::Base);
    view->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, &painter, view);
}

} // namespace xlink
