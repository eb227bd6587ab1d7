#pragma once

#include "TeamConnectionSettings.h"
#include "TeamPushStatus.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace xlink {

class LogDatabase;
class TeamDatabase;

// TeamPusher's half on its own thread: its own connections to the local log and to the server,
// so sending never blocks the thread that records calls. Sends a few batches at a time and
// yields to its event loop between them (a stop or new settings are seen quickly). While the
// server cannot be reached it retries with a growing pause (1 s up to a minute); a refusal
// that will not pass by itself (authentication, permissions, a newer schema) waits the longest.
class TeamPushWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPushWorker)

public:
    TeamPushWorker(QString logPath, TeamConnectionSettings settings, QString sender);
    ~TeamPushWorker() override;

    static constexpr int firstRetryMs = 1000;
    static constexpr int maxRetryMs = 60'000;
    static constexpr int batchesPerTurn = 8;

    void requestStop() { m_stopping = true; }

public Q_SLOTS:
    // Records were added: send them unless a retry is already scheduled.
    void wake();
    // Try now, whatever the pause.
    void retryNow();
    void setConnection(const xlink::TeamConnectionSettings &settings, const QString &sender);
    void shutDown();

Q_SIGNALS:
    void statusChanged(const xlink::TeamPushStatus &status);

private:
    void push();
    void scheduleRetry(bool permanent);

    QString m_logPath;
    TeamConnectionSettings m_settings;
    QString m_sender;
    std::unique_ptr<LogDatabase> m_local;
    std::unique_ptr<TeamDatabase> m_server;
    QTimer m_retry;
    int m_retryMs = 0;
    bool m_pushScheduled = false;
    std::atomic<bool> m_stopping = false;
    TeamPushStatus m_status;
};

} // namespace xlink
