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
    // The body parsed as JSON (a document, or a bare JSON scalar); nothing when it is not JSON.
    // Parsed on first use and again only when the body has changed, so chaining and every
    // assertion of a request share one parse.
    const std::optional<QJsonValue> &json() const;
    // Parses now (ResponseStore::put does, so the stored responses are parsed once).
    void parseBody() const;

private:
    mutable std::optional<QJsonValue> m_json;
    mutable QByteArray m_parsedBody;
    mutable bool m_parsed = false;
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
