#include "CallTicket.h"

#include "ApiCall.h"

namespace xlink {

CallTicket::CallTicket(ApiCall *call, CallResult pending, QObject *parent)
    : QObject(parent)
    , m_call(call)
    , m_result(std::move(pending))
{
    connect(call, &ApiCall::progress, this, &CallTicket::progress);
    connect(call, &ApiCall::finished, this, &CallTicket::onCallFinished);
}

CallTicket::~CallTicket()
{
    // A ticket dropped before its call finished takes the call with it.
    if (m_call && !m_finished) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void CallTicket::cancel()
{
    if (m_call && !m_finished)
        m_call->cancel();
}

void CallTicket::onCallFinished(const CallRecord &record)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.record = record;
    if (m_call) {
        m_result.replayed = m_call->wasReplayed();
        m_result.cancelled = m_call->wasCancelled();
        const CallRecord &unredacted = m_call->unredactedRecord();
        m_result.unredactedAnswer
            = { unredacted.httpStatus, unredacted.responseHeaders, unredacted.responseBody };
    }
    m_call = nullptr; // deletes itself after finished()
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace xlink
