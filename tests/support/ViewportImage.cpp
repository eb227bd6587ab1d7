#include "ViewportImage.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

namespace xlink::test {

QImage viewportImage(QAbstractItemView *view)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    view->viewport()->render(&image, {}, {}, QWidget::DrawWindowBackground);
    return image;
}

} // namespace xlink::test
