#include "QuitAfterFirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace xlink {

QuitAfterFirstPaint::QuitAfterFirstPaint(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

QuitAfterFirstPaint::~QuitAfterFirstPaint() = default;

bool QuitAfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Queued so the paint in progress (and the flush to the screen) completes first.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace xlink
