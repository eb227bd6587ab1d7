#include "ResponseStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xlink {

QByteArray StoredResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

const std::optional<QJsonValue> &StoredResponse::json() const
{
    if (!m_parsed || m_parsedBody != body)
        parseBody();
    return m_json;
}

void StoredResponse::parseBody() const
{
    m_parsed = true;
    m_parsedBody = body; // shared, not copied
    m_json.reset();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject())
            m_json = document.object();
        else if (document.isArray())
            m_json = document.array();
        return;
    }
    // A bare scalar ("42", "\"x\"", "true") is JSON too.
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]", &error);
    if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1)
        m_json = wrapped.array().at(0);
}

void ResponseStore::put(const QString &name, StoredResponse response)
{
    response.parseBody();
    m_responses.insert(name, std::move(response));
}

const StoredResponse *ResponseStore::find(QStringView name) const
{
    const auto found = m_responses.constFind(name.toString());
    return found == m_responses.constEnd() ? nullptr : &*found;
}

} // namespace xlink
