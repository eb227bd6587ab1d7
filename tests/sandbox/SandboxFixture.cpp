#include "SandboxFixture.h"

using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture(const xlink::sandbox::SandboxOptions &options)
    : m_server(std::make_unique<xlink::sandbox::SandboxServer>(options))
{
    if (!m_server->listen())
        qFatal("sandbox cannot listen: %s", qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->url());
    m_token = m_client->memberToken();
}

QString SandboxFixture::productId(bool released)
{
    const QJsonArray products = get(u"/v2/products"_s).json().array();
    for (const QJsonValue &product : products) {
        if (product.toObject().value(u"is_release").toBool() == released)
            return product.toObject().value(u"id").toString();
    }
    return {};
}

QJsonObject SandboxFixture::deviceWhere(
    const QString &productId, const QString &key, const QJsonValue &value)
{
    const HttpResult result = post(u"/v2/product/"_s + productId + u"/devices"_s,
        { { u"limit"_s, 1 }, { u"query"_s, QJsonObject { { key, value } } } });
    return result.object().value(u"list").toArray().at(0).toObject();
}
