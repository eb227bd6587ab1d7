#include "TeamPush.h"

#include "TeamLogCategory.h"
#include "TeamOutbox.h"
#include "TeamSchema.h"
#include "TeamWriter.h"

namespace xlink {

TeamPush::TeamPush(QSqlDatabase local, QSqlDatabase server, QString sender)
    : m_local(std::move(local))
    , m_server(std::move(server))
    , m_sender(std::move(sender))
{ }

TeamPush::Result TeamPush::run(int maxBatches, const std::function<bool()> &keepGoing)
{
    Result result;
    TeamOutbox outbox(m_local);
    result.error = TeamSchema::checkWritable(m_server);
    if (result.ok()) {
        TeamWriter writer(m_server);
        for (int batch = 0; maxBatches == 0 || batch < maxBatches; ++batch) {
            if (keepGoing && !keepGoing())
                break;
            const QList<TeamRecord> records
                = outbox.next(batchRows, batchBytes, &result.localError);
            if (records.isEmpty())
                break;
            const qint64 added = writer.write(records, m_sender, &result.error);
            if (added < 0)
                break;
            // Committed on the server: only now does the batch leave the outbox. Should this
            // fail (or the process die first), the batch goes again and the server skips it.
            if (!outbox.remove(records, &result.localError))
                break;
            result.sent += records.size();
            result.added += added;
            qCDebug(lcTeamLog) << "sent" << records.size() << "records," << added << "new";
        }
    }
    QString countError;
    result.waiting = outbox.waiting(&countError);
    if (result.waiting < 0 && result.localError.isEmpty())
        result.localError = countError;
    return result;
}

} // namespace xlink
