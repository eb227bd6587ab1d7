#pragma once

#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QJsonArray>

#include <memory>

// A fresh in-process sandbox on a free loopback port with a logged-in enterprise member, for
// each test function: tests never see each other's writes.
class SandboxFixture
{
public:
    explicit SandboxFixture(const xlink::sandbox::SandboxOptions &options = {});

    SandboxClient &client() { return *m_client; }
    const QString &token() const { return m_token; }
    xlink::sandbox::SandboxServer &server() { return *m_server; }

    HttpResult get(const QString &path) { return m_client->get(path, m_token); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return m_client->post(path, body, m_token);
    }
    HttpResult postRaw(const QString &path, const QByteArray &body)
    {
        return m_client->postRaw(path, body, m_token);
    }
    HttpResult put(const QString &path, const QJsonObject &body)
    {
        return m_client->put(path, body, m_token);
    }
    HttpResult del(const QString &path) { return m_client->del(path, m_token); }

    // Seeded data, looked up through the API.
    QString productId(bool released);
    // A device of `productId` whose field `key` has `value`.
    QJsonObject deviceWhere(const QString &productId, const QString &key, const QJsonValue &value);

private:
    std::unique_ptr<xlink::sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    QString m_token;
};
