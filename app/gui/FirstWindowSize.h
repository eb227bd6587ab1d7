#pragma once

#include <QScreen>
#include <QSize>

namespace xlink {

// The main window's size when no geometry was saved: its usual size, on a small screen (a
// 1366x768 laptop, a 1000x650 remote session) at most nine tenths of it, leaving room for the
// window manager's frame and panels. The start-up benchmarks' baseline windows use it too, so
// they paint as much as the console does.
inline QSize firstWindowSize(const QScreen *screen)
{
    const QSize usual(1100, 720);
    if (!screen)
        return usual;
    return usual.boundedTo(screen->availableGeometry().size() * 9 / 10);
}

} // namespace xlink
