#pragma once

#include "TeamConnectionError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace xlink {

// Sends the local outbox to the team log, oldest first, in batches: each batch is read from the
// local log as stored (redacted), written to the server in one statement, and only then removed
// from the outbox. Whatever fails (the server gone, a refused role) leaves the records waiting.
// Used as is by `xlink-cli log push`, and batch by batch by the background TeamPusher.
class TeamPush final
{
public:
    // `local`: a connection to the local log; `server`: an open connection to the team log.
    TeamPush(QSqlDatabase local, QSqlDatabase server, QString sender);

    static constexpr int batchRows = 1000;
    static constexpr qint64 batchBytes = 8 * 1024 * 1024;

    struct Result
    {
        qint64 sent = 0; // records removed from the outbox (committed on the server)
        qint64 added = 0; // of which new on the server (the others it held already)
        qint64 waiting = 0; // still in the outbox
        TeamConnectionError error;
        QString localError; // the local log could not be read or changed
        bool ok() const { return error.ok() && localError.isEmpty(); }
    };

    // Checks the server's schema, then sends batches until the outbox is empty, `maxBatches`
    // were sent (0: no limit) or `keepGoing` says stop.
    Result run(int maxBatches = 0, const std::function<bool()> &keepGoing = {});

private:
    QSqlDatabase m_local;
    QSqlDatabase m_server;
    QString m_sender;
};

} // namespace xlink
