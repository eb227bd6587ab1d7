#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// Synchronous HTTP calls for tests: a real QNetworkAccessManager request to the sandbox on
// loopback, waited for in a local event loop (with a timeout, so a hang fails the test).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    // The platform error code of the body, whether sent as a string or a number; 0 if none.
    int errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

class SandboxClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SandboxClient(const QUrl &base);

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const Headers &headers = {}, int timeoutMs = 5000);
    HttpResult get(const QString &path, const QString &token = {}, const Headers &headers = {});
    HttpResult del(const QString &path, const QString &token = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpResult postRaw(const QString &path, const QByteArray &body, const QString &token = {});
    HttpResult put(const QString &path, const QJsonObject &body, const QString &token = {});

    // Logs in as the demo enterprise member; returns the login reply's object.
    QJsonObject memberLogin();
    QString memberToken() { return memberLogin().value(QLatin1String("access_token")).toString(); }
    // Logs in as the demo app user (user@example.com); returns the login reply's object.
    QJsonObject userLogin();
    QString userToken() { return userLogin().value(QLatin1String("access_token")).toString(); }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};
