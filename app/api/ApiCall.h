#pragma once

#include "ApiRequest.h"
#include "call/CallRecord.h"

#include <QObject>
#include <QPointer>

namespace xlink {

class ApiClient;
class HttpExchange;

// One call the user made, from sending to its final record: the request, at most one token
// renewal through the Session, and at most one replay. Never loops: a replay that fails again
// is reported as it is. Created by ApiClient::send(); deletes itself after finished() unless
// setAutoDelete(false).
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    // The final record (of the replay when there was one), redacted. Valid after finished().
    const CallRecord &record() const { return m_record; }
    // The same exchange as it came, secrets included: for a caller that reads values out of
    // the answer in memory (a collection run chaining a login's token into later requests).
    // Never recorded, stored or shown. Valid after finished().
    const CallRecord &unredactedRecord() const { return m_unredacted; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    bool wasReplayed() const { return m_replayed; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Stops the call; finished() follows with a record that says it was cancelled.
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void finished(const xlink::CallRecord &record);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const ApiRequest &request);
    void start();
    void sendAttempt(CallRecord::Purpose purpose);
    void onAttemptFinished();
    void finish(const CallRecord &record, const CallRecord &unredacted);
    CallRecord cancelledRecord() const;

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<HttpExchange> m_exchange;
    QByteArray m_usedToken; // the session token the last attempt carried
    bool m_sessionToken = false; // false when the request brought its own Access-Token
    bool m_replayed = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    CallRecord m_record;
    CallRecord m_unredacted;
};

} // namespace xlink
