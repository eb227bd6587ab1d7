#pragma once

#include <QScreen>
#include <QSize>
#include <QWidget>

namespace xlink {

// The main window's geometry when none was saved: its usual size where the screen has room for
// it and the window manager's frame; on a smaller screen (a 1000x650 remote session, a small
// laptop) maximized, so it fills the screen without going past an edge, with nine tenths of the
// screen as the size it comes back to. The start-up benchmarks' baseline windows open the same
// way, so they paint as much as the console does.
inline void applyFirstWindowGeometry(QWidget *window)
{
    const QSize usual(1100, 720);
    const QSize frame(16, 48); // room for borders and a title bar
    const QScreen *screen = window->screen();
    const QSize available = screen ? screen->availableGeometry().size() : usual + frame;
    window->resize(usual.boundedTo(available * 9 / 10));
    if (usual.width() + frame.width() > available.width()
        || usual.height() + frame.height() > available.height())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

} // namespace xlink
