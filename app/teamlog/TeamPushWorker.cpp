#include "TeamPushWorker.h"

#include "LogDatabase.h"
#include "TeamDatabase.h"
#include "TeamLogCategory.h"
#include "TeamOutbox.h"
#include "TeamPush.h"

namespace xlink {

TeamPushWorker::TeamPushWorker(QString logPath, TeamConnectionSettings settings, QString sender)
    : m_logPath(std::move(logPath))
    , m_settings(std::move(settings))
    , m_sender(std::move(sender))
    , m_retry(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamPushWorker::push);
}

TeamPushWorker::~TeamPushWorker() = default;

void TeamPushWorker::wake()
{
    if (m_retry.isActive() || m_pushScheduled || m_stopping)
        return;
    m_pushScheduled = true;
    QMetaObject::invokeMethod(this, &TeamPushWorker::push, Qt::QueuedConnection);
}

void TeamPushWorker::retryNow()
{
    m_retry.stop();
    m_retryMs = 0;
    wake();
}

void TeamPushWorker::setConnection(const TeamConnectionSettings &settings, const QString &sender)
{
    m_settings = settings;
    m_sender = sender;
    m_server.reset();
    retryNow();
}

void TeamPushWorker::shutDown()
{
    m_stopping = true;
    m_retry.stop();
    m_server.reset();
    m_local.reset();
}

void TeamPushWorker::scheduleRetry(bool permanent)
{
    m_server.reset();
    m_status.connected = false;
    if (!m_status.unreachableSince.isValid())
        m_status.unreachableSince = QDateTime::currentDateTimeUtc();
    m_retryMs = permanent ? maxRetryMs
                          : (m_retryMs == 0 ? firstRetryMs : std::min(m_retryMs * 2, maxRetryMs));
    m_retry.start(m_retryMs);
}

void TeamPushWorker::push()
{
    m_pushScheduled = false;
    if (m_stopping)
        return;
    if (!m_local) {
        // The store that records calls opened (and migrated) the file: connect only.
        m_local = std::make_unique<LogDatabase>(m_logPath);
        const LogDatabase::OpenResult opened = m_local->open(LogDatabase::Check::Connect);
        if (!opened.ok) {
            m_local.reset();
            m_status.localError = opened.error;
            Q_EMIT statusChanged(m_status);
            scheduleRetry(false);
            return;
        }
    }
    if (!m_server) {
        m_server = std::make_unique<TeamDatabase>();
        m_status.error = m_server->open(m_settings);
        if (!m_status.error.ok()) {
            qCDebug(lcTeamLog) << "team log not reachable:" << m_status.error.kindName();
            m_status.waiting = TeamOutbox(m_local->db()).waiting();
            scheduleRetry(!m_status.error.transient());
            Q_EMIT statusChanged(m_status);
            return;
        }
    }
    // Run in its own scope: it holds handles to the connections, which a retry closes.
    const TeamPush::Result result
        = TeamPush(m_local->db(), m_server->db(), m_sender).run(batchesPerTurn, [this] {
              return !m_stopping;
          });
    m_status.sent += result.sent;
    m_status.waiting = result.waiting;
    m_status.error = result.error;
    m_status.localError = result.localError;
    if (!result.error.ok()) {
        scheduleRetry(!result.error.transient());
    } else if (!result.localError.isEmpty()) {
        m_local.reset();
        scheduleRetry(false);
    } else {
        m_status.connected = true;
        m_status.unreachableSince = QDateTime();
        m_retryMs = 0;
        // More waiting: go on after whatever else the event loop holds.
        if (result.waiting > 0 && result.sent > 0)
            wake();
    }
    Q_EMIT statusChanged(m_status);
}

} // namespace xlink
