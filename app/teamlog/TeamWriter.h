#pragma once

#include "TeamConnectionError.h"
#include "TeamRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace xlink {

// Sends a batch of records to the team log in one multi-row INSERT (one statement, so it is
// committed whole or not at all), each tagged with the sender. A record id the server already
// holds is skipped (ON CONFLICT DO NOTHING): a batch sent again after its acknowledgement was
// lost adds nothing.
class TeamWriter final
{
public:
    explicit TeamWriter(QSqlDatabase db);
    ~TeamWriter();
    Q_DISABLE_COPY_MOVE(TeamWriter)

    // Rows per statement: PostgreSQL takes at most 65,535 parameters (26 per row).
    static constexpr int maxRows = 1000;

    // The number of records that were new on the server, or -1 with `error` set.
    qint64 write(
        const QList<TeamRecord> &records, const QString &sender, TeamConnectionError *error);

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_fullBatch; // the statement for maxRows rows, once prepared
};

} // namespace xlink
