#pragma once

#include "call/CallRecord.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace xlink {

// A request as the user composes it. `target` is a path with its query ("/v2/corp/members?
// offset=0&limit=20"), resolved against the environment's base URL, or an absolute http(s) URL
// (a pasted curl command). The session adds Access-Token; ApiClient adds Content-Type.
struct ApiRequest
{
    QByteArray method = "GET";
    QString target;
    HeaderList headers;
    QByteArray body;
    // The session's token goes in the `access_token` query parameter instead of the
    // Access-Token header: the calls of the WeChat gateway take it so (x-xlink-token-query).
    bool tokenInQuery = false;

    // The value of the first header named `name` (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces all of that name
    void removeHeader(QByteArrayView name);

    bool hasAbsoluteTarget() const; // starts with http:// or https://
    // The URL the request goes to: the absolute target itself, or `baseUrl` + target.
    QUrl resolvedUrl(const QUrl &baseUrl) const;

    friend bool operator==(const ApiRequest &, const ApiRequest &) = default;
};

} // namespace xlink
