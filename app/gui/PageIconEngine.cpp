#include "PageIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace xlink {

namespace {

QColor colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// Each pictogram is drawn on a 24 x 24 grid, scaled to the requested rectangle.
void drawPictogram(QPainter &painter, PageIconEngine::Kind kind, const QColor &colour)
{
    QPen pen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (kind) {
    case PageIconEngine::Kind::Search: // a magnifying glass
        painter.drawEllipse(QPointF(10, 10), 6, 6);
        pen.setWidthF(3.0);
        painter.setPen(pen);
        painter.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
        break;
    case PageIconEngine::Kind::Decode: { // a page of text with an arrow out of it
        QPainterPath page;
        page.moveTo(14, 3);
        page.lineTo(5, 3);
        page.lineTo(5, 21);
        page.lineTo(19, 21);
        page.lineTo(19, 8);
        page.closeSubpath();
        painter.drawPath(page);
        painter.drawLine(QPointF(8.5, 11), QPointF(15.5, 11));
        painter.drawLine(QPointF(8.5, 14.5), QPointF(15.5, 14.5));
        painter.drawLine(QPointF(8.5, 18), QPointF(12.5, 18));
        painter.drawLine(QPointF(14, 3), QPointF(19, 8));
        break;
    }
    case PageIconEngine::Kind::Network: // a request going out and its answer coming back
        painter.drawLine(QPointF(4, 8), QPointF(19, 8));
        painter.drawPolyline(QPolygonF({ { 15, 4 }, { 19, 8 }, { 15, 12 } }));
        painter.drawLine(QPointF(20, 16), QPointF(5, 16));
        painter.drawPolyline(QPolygonF({ { 9, 12 }, { 5, 16 }, { 9, 20 } }));
        break;
    case PageIconEngine::Kind::List: // rows of a log
        for (const qreal y : { 6.0, 12.0, 18.0 }) {
            painter.drawPoint(QPointF(5, y));
            painter.drawLine(QPointF(9, y), QPointF(20, y));
        }
        break;
    }
}

} // namespace

PageIconEngine::PageIconEngine(Kind kind)
    : m_kind(kind)
{ }

QIcon PageIconEngine::icon(const QString &themeName, Kind kind)
{
    return QIcon::fromTheme(themeName, QIcon(new PageIconEngine(kind)));
}

void PageIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const int side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(
        rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    drawPictogram(*painter, m_kind, colourFor(mode));
    painter->restore();
}

QPixmap PageIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    if (pixmap.isNull())
        return pixmap;
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QPixmap PageIconEngine::scaledPixmap(
    const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // QIcon passes the size in device pixels already.
    QPixmap result = pixmap(size, mode, state);
    result.setDevicePixelRatio(scale);
    return result;
}

QSize PageIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

QIconEngine *PageIconEngine::clone() const
{
    return new PageIconEngine(m_kind);
}

QString PageIconEngine::key() const
{
    return QStringLiteral("xlink-page-icon");
}

bool PageIconEngine::isNull()
{
    return false;
}

} // namespace xlink
