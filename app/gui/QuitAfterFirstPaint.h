#pragma once

#include <QObject>

class QWidget;

namespace xlink {

// Quits the application as soon as `window` has been painted for the first time: the end point
// of the startup benchmark (`xlink-console --quit-after-show`), so it measures what a user waits
// for, not just the show() call.
class QuitAfterFirstPaint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitAfterFirstPaint)

public:
    explicit QuitAfterFirstPaint(QWidget *window);
    ~QuitAfterFirstPaint() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace xlink
