#include "ApiClient.h"

#include "ApiCall.h"
#include "Session.h"
#include "call/EnvironmentNames.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace xlink {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_session(new Session(this))
{
    m_manager->setAutoDeleteReplies(false);
    RedactedCall::registerMetaType();
}

ApiClient::~ApiClient() = default;

void ApiClient::setEnvironment(const Environment &environment)
{
    m_session->logout();
    m_session->setCredentials({});
    m_environment = environment;
    applyTransport(environment);
    Q_EMIT environmentChanged();
}

void ApiClient::updateEnvironment(const Environment &environment)
{
    if (environment.id != m_environment.id)
        return;
    const bool sameSession = environment.baseUrl == m_environment.baseUrl
        && environment.loginKind == m_environment.loginKind
        && environment.account == m_environment.account
        && environment.corpId == m_environment.corpId;
    if (!sameSession) {
        setEnvironment(environment);
        return;
    }
    const bool transportChanged
        = environment.trustedCertificatesPem != m_environment.trustedCertificatesPem;
    m_environment = environment;
    if (transportChanged)
        applyTransport(environment);
    Q_EMIT environmentChanged();
}

void ApiClient::applyTransport(const Environment &environment)
{
    // Cached connections keep the TLS configuration they were opened with: start afresh so the
    // environment's trusted certificates apply.
    m_manager->clearConnectionCache();
    m_trusted.clear();
    for (const QByteArray &pem : environment.trustedCertificatesPem)
        m_trusted += QSslCertificate::fromData(pem, QSsl::Pem);
}

void ApiClient::setDefaultTimeoutMs(int ms)
{
    m_defaultTimeoutMs = ms > 0 ? ms : CallSettings::defaultTimeout;
}

int ApiClient::effectiveTimeoutMs() const
{
    return m_environment.timeoutMs > 0 ? m_environment.timeoutMs : m_defaultTimeoutMs;
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = std::max<qint64>(1, bytes);
}

QUrl ApiClient::resolve(const ApiRequest &request) const
{
    return request.resolvedUrl(m_environment.baseUrl);
}

QString ApiClient::hostLabel(const QUrl &url)
{
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == u"https" && port == 443)
        || (url.scheme() == u"http" && port == 80);
    return defaultPort ? url.host() : url.host() + u':' + QString::number(port);
}

QString ApiClient::recordedEnvironment(const QUrl &url) const
{
    if (isEnvironmentOrigin(url))
        return EnvironmentNames::recorded(m_environment.id, m_environment.name);
    return hostLabel(url);
}

bool ApiClient::isEnvironmentOrigin(const QUrl &url) const
{
    const QUrl base = m_environment.baseUrl;
    return !base.isEmpty() && url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == u"https" ? 443 : 80)
        == base.port(base.scheme() == u"https" ? 443 : 80);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->start();
    return call;
}

HttpExchange *ApiClient::startExchange(
    const ApiRequest &request, CallRecord::Purpose purpose, const QByteArray &accessToken)
{
    CallRecord record;
    record.purpose = purpose;
    record.method = request.method.trimmed().toUpper();
    if (record.method.isEmpty())
        record.method = "GET";
    record.url = resolve(request);
    record.environment = recordedEnvironment(record.url);
    record.requestHeaders = request.headers;
    record.requestHeaders.removeIf([](const auto &h) {
        return h.first.compare("Access-Token", Qt::CaseInsensitive) == 0
            || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    });
    // Content-Type first so the record reads like the request; a user's own value wins. No
    // body, no type: a GET says nothing about a body it does not have.
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.isEmpty())
        record.requestHeaders.prepend({ "Content-Type", contentType });
    else if (!request.body.isEmpty())
        record.requestHeaders.prepend({ "Content-Type", "application/json" });
    if (!accessToken.isEmpty() && request.tokenInQuery) {
        QUrlQuery query(record.url);
        query.removeAllQueryItems(u"access_token"_s);
        query.addQueryItem(u"access_token"_s, QString::fromLatin1(accessToken));
        record.url.setQuery(query);
    } else if (!accessToken.isEmpty()) {
        record.requestHeaders.append({ "Access-Token", accessToken });
    }
    record.requestBody = request.body;
    // A line break in a header would start a header of its own: fold it into the value.
    for (auto &[name, value] : record.requestHeaders) {
        name.replace('\r', "").replace('\n', "");
        value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    HttpExchange::Options options;
    options.timeoutMs = effectiveTimeoutMs();
    options.maxResponseBytes = m_maxResponseBytes;
    options.checkResponseSchema = m_checkResponseSchema;
    options.extraTrustedCertificates = m_trusted;
    options.secretValues = m_secretValues;
    auto *exchange = new HttpExchange(m_manager, record, options, this);
    connect(exchange, &HttpExchange::finished, this,
        [this, exchange] { Q_EMIT callRecorded(exchange->redacted()); });
    exchange->start();
    return exchange;
}

} // namespace xlink
