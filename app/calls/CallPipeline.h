#pragma once

#include "CallResult.h"
#include "CallSettings.h"
#include "FailureStore.h"
#include "RequestVariables.h"
#include "call/RedactedCall.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace xlink {

class ApiClient;
class CallHistory;
class CallTicket;
class Session;

// The path of one call, the same for the console, `xlink-cli call` and the collection runner:
//   environment and session -> request (variables put in) -> exchange (timeout, size limit,
//   verified TLS) -> classification -> decoding -> redaction (once) -> history and failure
//   log -> result.
// Owns the client (and with it the session) and this run's history; records every exchange
// that finishes (the user's calls, their replays, logins and refreshes) in the failure log
// when one is attached. Nothing here waits: send() returns at once and the ticket says when
// the call is done, so a QCoreApplication drives it as well as the GUI.
class CallPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPipeline)

public:
    // How records reach the failure log.
    enum class Recording {
        // Queued for the log's writer thread (a long-running process: the console).
        Queued,
        // Queued in batches (a run of hundreds of calls: `xlink-cli run`): records wait here
        // until a batch is gathered or its delay passed since the first (setBatching()), and
        // the writer takes them in one transaction. One call at a time, the writer woke and
        // committed once per call (~10 pages of WAL each), beside the run on a machine with
        // few cores. What waits goes to the log when the pipeline is destroyed.
        Batched,
        // Written now unless another process holds the log, then kept beside it for the next
        // writer (a process about to end: the CLI). written() reports each.
        NowOrKeep,
    };

    static constexpr int defaultBatchSize = 64;
    static constexpr int defaultBatchDelayMs = 200;

    explicit CallPipeline(QObject *parent = nullptr);
    ~CallPipeline() override;

    ApiClient *client() const { return m_client; }
    Session *session() const;
    CallHistory *history() const { return m_history; }

    // Where records go; nullptr: nowhere but the history. Not owned.
    void setFailureLog(FailureStore *log, Recording recording = Recording::Queued);
    FailureStore *failureLog() const { return m_log; }
    // Recording::Batched: how many records, or how long after the first, before they go.
    void setBatching(int size, int delayMs);

    // The limits of the settings: the default timeout, the response size limit and whether an
    // answer off its documented schema counts as a failure.
    void applyLimits(const CallSettings &settings);

    // The variables the current environment and session provide: baseUrl, and corpId,
    // account, userId or memberId where known.
    VariableMap environmentVariables() const;

    // Sends `request` with `variables` put in (none: the request goes as it is). The ticket
    // belongs to this pipeline and deletes itself after finished() (see CallTicket).
    CallTicket *send(const ApiRequest &request, const VariableMap &variables = {});

    // Gives the history the calls of earlier runs from the failure log (those started before
    // `until`, as many as the history holds), read on the log's background reader.
    void restoreHistory(const QDateTime &until);

Q_SIGNALS:
    // Every finished exchange, after the history and the log took it.
    void recorded(const xlink::RedactedCall &record);
    // Recording::NowOrKeep: what became of a record (written, kept for later, or why neither).
    void written(const xlink::FailureStore::Kept &kept);

private:
    void record(const RedactedCall &record);
    // Recording::Batched: hands the records waiting to the log.
    void appendBatch();

    ApiClient *m_client;
    CallHistory *m_history;
    QPointer<FailureStore> m_log;
    Recording m_recording = Recording::Queued;
    QList<RedactedCall> m_batch;
    int m_batchSize = defaultBatchSize;
    QTimer *m_batchTimer;
};

} // namespace xlink
