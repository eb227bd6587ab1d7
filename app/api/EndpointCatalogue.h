#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xlink {

// One documented platform endpoint, as listed in resources/api/endpoints.json.
struct Endpoint
{
    QString group; // "auth", "enterprise", "products", "devices", ...
    QByteArray method;
    QString path; // with placeholders: {pid} {did} {uid} {id} {table} {object_id} ...
    QString zh; // description in Chinese
    QString en; // description in English
    bool needsToken = true;
    QByteArray exampleBody; // pretty JSON; empty when the call has no body
    QString notes; // codes and enums worth knowing, both languages

    QStringList placeholders() const; // in order of appearance, without braces, no repeats
};

// Every endpoint of the platform API, searchable by path, method, or a Chinese or English
// description, and able to fill a path's placeholders.
class EndpointCatalogue final
{
public:
    // The catalogue built into the program (":/xlink/api/endpoints.json").
    static const EndpointCatalogue &builtin();
    // Parses the JSON document; nullopt (with `error` set) when it is not a catalogue.
    static std::optional<EndpointCatalogue> fromJson(const QByteArray &json, QString *error);

    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    std::optional<Endpoint> find(QByteArrayView method, const QString &path) const;

    // Endpoints matching every word of `query` (case-insensitive, in method, path, zh, en or
    // notes), best first: an exact method+path or path match, then path matches, then
    // description matches. An empty query returns all, in catalogue order.
    QList<Endpoint> search(const QString &query) const;

    // `path` with each {name} replaced by values[name], percent-encoded as a path segment or
    // query value. Placeholders without a value are left as they are.
    static QString fillPath(const QString &path, const QHash<QString, QString> &values);
    // `body` with "{name}" placeholders inside JSON strings replaced by the raw value.
    static QByteArray fillBody(const QByteArray &body, const QHash<QString, QString> &values);

private:
    QList<Endpoint> m_endpoints;
};

} // namespace xlink
