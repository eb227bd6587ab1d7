#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace xlink {

// What chaining and assertions read of a response.
struct StoredResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 durationMs = 0;

    // The first header of that name (ASCII case-insensitive); null when absent.
    QByteArray header(QByteArrayView name) const;
    // The body parsed as JSON, parsed once (see ResponseStore::put / parseBody).
    const std::optional<QJsonValue> &json() const { return m_json; }
    // Parses the body (a JSON document, or a bare JSON scalar); call after setting it.
    void parseBody();

private:
    std::optional<QJsonValue> m_json;
};

// The responses of named requests (`# @name NAME`) of a run, which later requests chain from.
// The runner puts each named response as it comes; the last one of a name wins.
class ResponseStore final
{
public:
    void put(const QString &name, StoredResponse response);
    const StoredResponse *find(QStringView name) const;
    void clear() { m_responses.clear(); }

private:
    QHash<QString, StoredResponse> m_responses;
};

} // namespace xlink
