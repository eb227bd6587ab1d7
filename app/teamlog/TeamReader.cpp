#include "TeamReader.h"

#include "TeamReadWorker.h"

#include <QPointer>

namespace xlink {

TeamReader::TeamReader(TeamConnectionSettings settings, QObject *parent)
    : ScopeReader(parent)
    , m_settings(std::move(settings))
{
    const char *names[] = { "xlink.teamlog.reader", "xlink.teamlog.background" };
    for (int lane = 0; lane < 2; ++lane) {
        Thread &thread = m_lanes[lane];
        thread.thread.setObjectName(QString::fromLatin1(names[lane]));
        thread.worker = new TeamReadWorker(m_settings);
        thread.worker->moveToThread(&thread.thread);
        thread.thread.start();
    }
}

TeamReader::~TeamReader()
{
    for (Thread &thread : m_lanes) {
        QMetaObject::invokeMethod(
            thread.worker, [worker = thread.worker] { worker->close(); },
            Qt::BlockingQueuedConnection);
        thread.thread.quit();
        thread.thread.wait();
        delete thread.worker;
    }
}

void TeamReader::post(Lane lane, QObject *context, std::function<bool()> wanted, Job job)
{
    TeamReadWorker *worker = m_lanes[lane == Lane::Interactive ? 0 : 1].worker;
    // The worker's thread is stopped before this object goes, so `this` outlives the job; the
    // delivery is dropped with this object (or `context`).
    QMetaObject::invokeMethod(
        worker,
        [this, worker, context = QPointer<QObject>(context), wanted = std::move(wanted),
            job = std::move(job)] {
            if (!wanted())
                return;
            TeamConnectionError error;
            std::function<void()> deliver = worker->run(job, &error);
            QMetaObject::invokeMethod(
                this,
                [this, context, wanted, error, deliver = std::move(deliver)] {
                    note(error);
                    if (context && wanted() && deliver)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void TeamReader::note(const TeamConnectionError &error)
{
    if (m_known && error.kind == m_error.kind)
        return;
    m_known = true;
    m_error = error;
    Q_EMIT connectionChanged(error);
}

} // namespace xlink
