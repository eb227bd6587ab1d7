#pragma once

#include "TeamConnectionSettings.h"
#include "TeamPushStatus.h"

#include <QObject>
#include <QThread>

namespace xlink {

class TeamPushWorker;

// Sends the local log's outbox to the team log in the background, on a thread and connections
// of its own: recording a call never waits for the network. Tell it when records were added
// (wake(), e.g. from FailureStore::recordsAdded); it sends them in batches, and while the
// server is unreachable keeps them waiting in the outbox and retries with a growing pause.
class TeamPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPusher)

public:
    TeamPusher(QString logPath, TeamConnectionSettings settings, QString sender,
        QObject *parent = nullptr);
    ~TeamPusher() override; // stops after the batch in flight

    void start();
    TeamPushStatus status() const { return m_status; }

public Q_SLOTS:
    void wake();
    void retryNow();
    void setConnection(const xlink::TeamConnectionSettings &settings, const QString &sender);

Q_SIGNALS:
    void statusChanged(const xlink::TeamPushStatus &status);

private:
    QThread m_thread;
    TeamPushWorker *m_worker = nullptr; // lives on m_thread
    TeamPushStatus m_status;
};

} // namespace xlink
