#include "ApiCall.h"

#include "ApiClient.h"
#include "CurlCodec.h"
#include "HttpExchange.h"
#include "RequestCheck.h"
#include "Session.h"
#include "call/RedactedCall.h"

#include <QLoggingCategory>

namespace xlink {

Q_LOGGING_CATEGORY(lcCall, "xlink.api.call", QtWarningMsg)

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
{
    const QByteArray own = request.header("Access-Token");
    m_sessionToken = own.isEmpty() || own == Redactor::placeholder();
    if (m_sessionToken)
        m_request.removeHeader("Access-Token");
}

ApiCall::~ApiCall()
{
    if (m_exchange)
        delete m_exchange.data();
}

void ApiCall::start()
{
    // A call made while the token is being renewed waits for the new token instead of
    // spending a request on one about to be superseded.
    m_client->session()->whenIdle(this, [this] { sendAttempt(CallRecord::Purpose::Request); });
}

void ApiCall::sendAttempt(CallRecord::Purpose purpose)
{
    if (m_cancelled || m_finished)
        return;
    QByteArray token = m_request.header("Access-Token");
    if (m_sessionToken && m_client->isEnvironmentOrigin(m_client->resolve(m_request)))
        token = m_client->session()->accessToken();
    // A documented call that reads its token from the query string gets it there. Asked only
    // when there is a session token to place: that reads the API description (tens of
    // milliseconds), which a login, or a run whose requests carry their own token, never needs.
    if (m_sessionToken && !token.isEmpty() && !m_request.tokenInQuery) {
        const ApiOperation *operation
            = RequestCheck::operationFor(QString::fromLatin1(m_request.method), m_request.target);
        m_request.tokenInQuery = operation && !operation->tokenQueryLogin.isEmpty();
    }
    m_usedToken = token;
    m_exchange = m_client->startExchange(m_request, purpose, token);
    connect(m_exchange, &HttpExchange::progress, this, &ApiCall::progress);
    connect(m_exchange, &HttpExchange::finished, this, &ApiCall::onAttemptFinished);
}

void ApiCall::onAttemptFinished()
{
    HttpExchange *exchange = m_exchange;
    if (!exchange)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    const CallRecord &record = exchange->record();
    if (exchange->wasCancelled()) {
        finish(exchange->redactedRecord(), record);
        return;
    }
    const int code = record.platformError ? record.platformError->code : 0;
    Session *session = m_client->session();
    if (m_replayed || !m_sessionToken || m_usedToken.isEmpty() || !Session::isTokenFailure(code)) {
        finish(exchange->redactedRecord(), record);
        return;
    }
    // Renew once, replay once. If renewal fails the first answer is the call's answer.
    const CallRecord first = exchange->redactedRecord();
    const CallRecord firstUnredacted = record;
    qCInfo(lcCall) << "token refused with" << code << "- renewing and replaying once";
    session->renew(m_usedToken, code, this, [this, first, firstUnredacted](bool renewed) {
        if (m_cancelled || m_finished)
            return;
        if (!renewed) {
            finish(first, firstUnredacted);
            return;
        }
        m_replayed = true;
        sendAttempt(CallRecord::Purpose::Replay);
    });
}

CallRecord ApiCall::cancelledRecord() const
{
    CallRecord record;
    record.method = m_request.method;
    record.url = m_client->resolve(m_request);
    record.environment = m_client->recordedEnvironment(record.url);
    record.requestHeaders = m_request.headers;
    record.requestBody = m_request.body;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.kind = CallRecord::Kind::Cancelled;
    return record;
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_exchange) {
        m_exchange->cancel(); // finished() follows through onAttemptFinished
        return;
    }
    // Waiting for a renewal: nothing on the wire to stop. The record is made from the request
    // alone, and leaves redacted as every other record does.
    const CallRecord cancelled = cancelledRecord();
    finish(RedactedCall(cancelled, m_client->secretValues()), cancelled);
}

void ApiCall::finish(const CallRecord &record, const CallRecord &unredacted)
{
    if (m_finished)
        return;
    m_finished = true;
    m_record = record;
    m_unredacted = unredacted;
    Q_EMIT finished(m_record);
    if (m_autoDelete)
        deleteLater();
}

} // namespace xlink
