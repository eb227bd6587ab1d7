#include "BodyCheckRunner.h"

#include "RequestCheck.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace xlink {

BodyCheckRunner::BodyCheckRunner(QObject *parent)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &BodyCheckRunner::start);
}

BodyCheckRunner::~BodyCheckRunner() = default;

void BodyCheckRunner::schedule(const ApiOperation *operation)
{
    ++m_generation;
    m_operation = operation;
    m_running = false;
    if (!operation || !operation->hasRequestBody) {
        // Nothing to check: a call without a body takes any (the platform ignores it).
        m_delay.stop();
        m_problems.clear();
        m_current = true;
        Q_EMIT checked();
        return;
    }
    m_current = false;
    m_delay.start();
}

void BodyCheckRunner::runNow()
{
    if (m_current || m_running)
        return;
    m_delay.stop();
    start();
}

void BodyCheckRunner::start()
{
    if (m_current || m_running || !m_operation)
        return;
    m_running = true;
    const quint64 generation = m_generation;
    const ApiOperation *operation = m_operation; // the built-in description's: lives on
    const QByteArray body = m_source ? m_source() : QByteArray();
    auto *watcher = new QFutureWatcher<QList<SchemaProblem>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the body changed meanwhile: its own check is scheduled
        m_problems = watcher->result();
        m_running = false;
        m_current = true;
        Q_EMIT checked();
    });
    watcher->setFuture(
        QtConcurrent::run([operation, body] { return RequestCheck::checkBody(*operation, body); }));
}

} // namespace xlink
