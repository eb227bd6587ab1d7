#pragma once

#include "TeamRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace xlink {

// The local log's queue of calls waiting for the team log (team_outbox, filled by
// RecordInserter in the transaction that stores each call). Read oldest first, removed only
// once the server committed them. On one local SQLite connection (the caller's thread's).
class TeamOutbox final
{
public:
    explicit TeamOutbox(QSqlDatabase db);

    // Calls waiting; -1 with `error` set when the log cannot be read.
    qint64 waiting(QString *error = nullptr) const;
    // The oldest waiting calls: at most `limit`, and no more than about `maxBytes` of text and
    // bodies (at least one). Empty with `error` set when the log cannot be read.
    QList<TeamRecord> next(int limit, qint64 maxBytes, QString *error) const;
    // Removes `records` (a batch next() returned, now committed on the server).
    bool remove(const QList<TeamRecord> &records, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace xlink
