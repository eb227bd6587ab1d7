#pragma once

#include "ApiOperation.h"
#include "SchemaProblem.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace xlink {

// Checks a request body against its operation's schema off the GUI thread (RequestCheck), a
// moment after the last edit: typing schedules, the check runs once the typing pauses. Only the
// latest body's result is kept; an older check still running is left to finish unheard.
class BodyCheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyCheckRunner)

public:
    explicit BodyCheckRunner(QObject *parent = nullptr);
    ~BodyCheckRunner() override;

    void setDelay(int ms) { m_delay.setInterval(ms); }
    // Where the body comes from: read when a check starts, not at each keystroke.
    void setBodySource(std::function<QByteArray()> source) { m_source = std::move(source); }
    // Checks the body once the typing pauses; a null operation, or one without a request body,
    // has nothing to check (no problems, at once).
    void schedule(const ApiOperation *operation);
    // Starts the scheduled check now (Send does not wait for the pause).
    void runNow();
    // Whether problems() describe the body last scheduled.
    bool isCurrent() const { return m_current; }
    const QList<SchemaProblem> &problems() const { return m_problems; }
    const ApiOperation *operation() const { return m_operation; }

Q_SIGNALS:
    // problems() now describe the body last scheduled.
    void checked();

private:
    void start();

    QTimer m_delay;
    const ApiOperation *m_operation = nullptr;
    std::function<QByteArray()> m_source;
    quint64 m_generation = 0;
    bool m_current = true;
    bool m_running = false;
    QList<SchemaProblem> m_problems;
};

} // namespace xlink
