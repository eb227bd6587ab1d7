#include "CallPipeline.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "CallHistory.h"
#include "CallTicket.h"
#include "LogReader.h"
#include "Session.h"

using namespace Qt::StringLiterals;

namespace xlink {

CallPipeline::CallPipeline(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_history(new CallHistory(this))
    , m_batchTimer(new QTimer(this))
{
    connect(m_client, &ApiClient::callRecorded, this, &CallPipeline::record);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(defaultBatchDelayMs);
    connect(m_batchTimer, &QTimer::timeout, this, &CallPipeline::appendBatch);
}

CallPipeline::~CallPipeline()
{
    appendBatch();
}

Session *CallPipeline::session() const
{
    return m_client->session();
}

void CallPipeline::setFailureLog(FailureStore *log, Recording recording)
{
    appendBatch(); // to the log they were recorded for
    m_log = log;
    m_recording = recording;
}

void CallPipeline::setBatching(int size, int delayMs)
{
    m_batchSize = std::max(1, size);
    m_batchTimer->setInterval(std::max(0, delayMs));
}

void CallPipeline::applyLimits(const CallSettings &settings)
{
    m_client->setDefaultTimeoutMs(settings.defaultTimeoutMs);
    m_client->setMaxResponseBytes(settings.maxResponseBytes);
    m_client->setCheckResponseSchema(settings.recordOffSchemaAnswers);
}

void CallPipeline::record(const RedactedCall &record)
{
    m_history->append(record);
    if (m_log) {
        if (m_recording == Recording::Queued) {
            // Calls made while the log opens wait in its queue.
            m_log->append(record);
        } else if (m_recording == Recording::Batched) {
            m_batch.append(record);
            if (m_batch.size() >= m_batchSize)
                appendBatch();
            else if (!m_batchTimer->isActive())
                m_batchTimer->start();
        } else if (m_log->isOpen() && !m_log->isReadOnly()) {
            Q_EMIT written(m_log->recordOrKeep(record));
        }
    }
    Q_EMIT recorded(record);
}

void CallPipeline::appendBatch()
{
    m_batchTimer->stop();
    if (m_log) {
        // Appended in a burst: the writer finds them queued together.
        for (const RedactedCall &record : std::as_const(m_batch))
            m_log->append(record);
    }
    m_batch.clear();
}

VariableMap CallPipeline::environmentVariables() const
{
    VariableMap variables;
    const Environment &environment = m_client->environment();
    auto put = [&variables](const QString &name, const QString &value) {
        if (!value.isEmpty())
            variables.insert(name, value);
    };
    QString baseUrl = environment.baseUrl.toString();
    while (baseUrl.endsWith(u'/'))
        baseUrl.chop(1);
    put(u"baseUrl"_s, baseUrl);
    put(u"account"_s, environment.account);
    put(u"corpId"_s, environment.corpId);
    const Session *session = m_client->session();
    if (session->isLoggedIn()) {
        const Session::Identity &identity = session->identity();
        put(u"corpId"_s, identity.corpId);
        put(u"memberId"_s, identity.memberId);
        put(u"userId"_s, identity.userId);
    }
    return variables;
}

CallTicket *CallPipeline::send(const ApiRequest &request, const VariableMap &variables)
{
    RequestVariables::Resolved resolved = RequestVariables::resolve(request, variables);
    CallResult pending;
    pending.request = resolved.request;
    pending.unresolvedVariables = std::move(resolved.unresolved);
    ApiCall *call = m_client->send(resolved.request);
    return new CallTicket(call, std::move(pending), this);
}

void CallPipeline::restoreHistory(const QDateTime &until)
{
    // The store keeps every call (successes too, pruned sooner): the history survives a
    // restart. Bodies included, as many as the history holds.
    LogReader *reader = m_log ? m_log->reader() : nullptr;
    if (!reader)
        return;
    const int limit = m_history->limit();
    LogFilter earlier;
    earlier.failuresOnly = false;
    earlier.until = until;
    QPointer<CallHistory> history = m_history;
    reader->read<QList<CallRecord>>(
        LogReader::Lane::Background, this, [] { return true; },
        [earlier, limit](const LogQuery &query, const std::function<bool()> &wanted) {
            QList<CallRecord> newestFirst;
            query.forEach(earlier, false, [&](const StoredCall &stored) {
                newestFirst.append(stored.call);
                return newestFirst.size() < limit && wanted();
            });
            std::reverse(newestFirst.begin(), newestFirst.end());
            return newestFirst;
        },
        [history](QList<CallRecord> olderFirst) {
            if (history)
                history->restoreOlder(std::move(olderFirst));
        });
}

} // namespace xlink
