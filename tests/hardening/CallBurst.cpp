#include "CallBurst.h"

#include "ApiCall.h"
#include "ApiClient.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace xlink::test {

CallBurst::CallBurst(ApiClient *client, int total, int inFlight, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_total(total)
    , m_inFlight(inFlight)
{ }

ApiRequest CallBurst::request(int seq)
{
    ApiRequest request;
    request.method = "GET";
    const QString suffix = u"?seq="_s + QString::number(seq);
    switch (seq % 8) {
    case 1:
        request.target = u"/v2/corp/member/nobody"_s + suffix; // 404, 4041003
        break;
    case 3:
        request.target = u"/v2/corp"_s + suffix;
        request.headers.append({ QByteArray("X-Sandbox-Fault"), QByteArray("status=503") });
        break;
    case 5:
        request.target = u"/v2/corp"_s + suffix;
        request.headers.append({ QByteArray("X-Sandbox-Fault"), QByteArray("html") });
        break;
    case 7:
        request.target = u"/v2/corp"_s + suffix;
        request.headers.append({ QByteArray("X-Sandbox-Fault"), QByteArray("malformed") });
        break;
    case 2:
        request.target = u"/v2/corp/members"_s + suffix;
        break;
    default:
        request.target = u"/v2/corp"_s + suffix;
        break;
    }
    return request;
}

bool CallBurst::meantToFail(int seq)
{
    return seq % 2 == 1;
}

int CallBurst::seqOf(const QString &url)
{
    bool ok = false;
    const int seq = QUrlQuery(QUrl(url).query()).queryItemValue(u"seq"_s).toInt(&ok);
    return ok ? seq : -1;
}

void CallBurst::start()
{
    while (m_running < m_inFlight && m_sent < m_total)
        sendNext();
}

void CallBurst::sendNext()
{
    const int seq = m_sent++;
    ++m_running;
    m_mostInFlight = std::max(m_mostInFlight, m_running);
    ApiCall *call = m_client->send(request(seq));
    connect(call, &ApiCall::finished, this, [this, seq](const CallRecord &record) {
        --m_running;
        ++m_finished;
        if (record.isFailure())
            m_failed.insert(seq);
        if (m_sent < m_total)
            sendNext();
        else if (m_finished == m_total)
            Q_EMIT done();
    });
}

} // namespace xlink::test
