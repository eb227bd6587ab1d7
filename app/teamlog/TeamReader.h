#pragma once

#include "ScopeReader.h"
#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"

#include <QThread>

namespace xlink {

class TeamReadWorker;

// The team log for the failure-log page: every read runs on the server (filters, keyset
// pages, group-by and bucket counts in SQL), from two threads, each with its own connection
// opened on that thread (Interactive and Background, as LogReader's lanes), so the GUI never
// waits for the network. When the server cannot be reached (or refuses), the reads give
// nothing and connectionChanged() says why in the user's words; the next read tries again.
class TeamReader final : public ScopeReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamReader)

public:
    explicit TeamReader(TeamConnectionSettings settings, QObject *parent = nullptr);
    // Finishes the reads in progress (each bounded by the connect and statement timeouts),
    // skips the queued ones, and closes the connections on their threads.
    ~TeamReader() override;

    bool isTeam() const override { return true; }
    bool isAvailable() const override { return true; }
    const TeamConnectionSettings &settings() const { return m_settings; }
    // How the last read went (None: it worked, or nothing was read yet).
    TeamConnectionError lastError() const { return m_error; }

Q_SIGNALS:
    // The team log became readable (error.ok()) or not, or the reason changed.
    void connectionChanged(const xlink::TeamConnectionError &error);

protected:
    void post(Lane lane, QObject *context, std::function<bool()> wanted, Job job) override;

private:
    void note(const TeamConnectionError &error);

    TeamConnectionSettings m_settings;
    struct Thread
    {
        QThread thread;
        TeamReadWorker *worker = nullptr;
    };
    Thread m_lanes[2];
    TeamConnectionError m_error;
    bool m_known = false;
};

} // namespace xlink
