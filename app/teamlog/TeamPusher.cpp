#include "TeamPusher.h"

#include "TeamPushWorker.h"

namespace xlink {

TeamPusher::TeamPusher(
    QString logPath, TeamConnectionSettings settings, QString sender, QObject *parent)
    : QObject(parent)
    , m_worker(new TeamPushWorker(std::move(logPath), std::move(settings), std::move(sender)))
{
    qRegisterMetaType<TeamPushStatus>();
    qRegisterMetaType<TeamConnectionSettings>();
    m_thread.setObjectName(QStringLiteral("xlink.teamlog.pusher"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &TeamPushWorker::statusChanged, this, [this](const TeamPushStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
}

TeamPusher::~TeamPusher()
{
    m_worker->requestStop();
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, &TeamPushWorker::shutDown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

void TeamPusher::start()
{
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    wake();
}

void TeamPusher::wake()
{
    QMetaObject::invokeMethod(m_worker, &TeamPushWorker::wake, Qt::QueuedConnection);
}

void TeamPusher::retryNow()
{
    QMetaObject::invokeMethod(m_worker, &TeamPushWorker::retryNow, Qt::QueuedConnection);
}

void TeamPusher::setConnection(const TeamConnectionSettings &settings, const QString &sender)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, settings, sender] { worker->setConnection(settings, sender); },
        Qt::QueuedConnection);
}

} // namespace xlink
