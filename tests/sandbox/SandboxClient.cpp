#include "SandboxClient.h"

#include <QEventLoop>
#include <QJsonValue>
#include <QTimer>

using namespace Qt::StringLiterals;

int HttpResult::errorCode() const
{
    const QJsonValue code = object().value(u"error").toObject().value(u"code");
    if (code.isString())
        return code.toString().toInt();
    return code.toInt();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

SandboxClient::SandboxClient(const QUrl &base)
    : m_base(base)
{ }

HttpResult SandboxClient::send(const QByteArray &method, const QString &path,
    const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    // Paths may carry percent-encoded segments, e.g. a Chinese table name.
    url.setPath(question < 0 ? path : path.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.timedOut = !reply->isFinished();
    if (result.timedOut)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult SandboxClient::get(const QString &path, const QString &token, const Headers &headers)
{
    Headers all = headers;
    if (!token.isEmpty())
        all.append({ "Access-Token"_ba, token.toLatin1() });
    return send("GET", path, {}, all);
}

HttpResult SandboxClient::del(const QString &path, const QString &token)
{
    return send("DELETE", path, {}, { { "Access-Token"_ba, token.toLatin1() } });
}

HttpResult SandboxClient::postRaw(const QString &path, const QByteArray &body, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({ "Access-Token"_ba, token.toLatin1() });
    return send("POST", path, body, headers);
}

HttpResult SandboxClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResult SandboxClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({ "Access-Token"_ba, token.toLatin1() });
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonObject SandboxClient::memberLogin()
{
    return post(u"/v2/corp_auth"_s,
        { { u"account"_s, u"dev@example.com"_s }, { u"password"_s, u"sandbox123"_s } })
        .object();
}

QJsonObject SandboxClient::userLogin()
{
    return post(u"/v2/user_auth"_s,
        { { u"corp_id"_s, u"5a1f0c0de0000001"_s }, { u"email"_s, u"user@example.com"_s },
            { u"password"_s, u"sandbox123"_s } })
        .object();
}
