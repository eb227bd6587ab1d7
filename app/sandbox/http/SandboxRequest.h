#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

namespace xlink::sandbox {

// One request as the sandbox's handlers see it, independent of the HTTP server library.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QStringList pathSegments; // percent-decoded, without the leading empty segment
    QUrlQuery query;
    QByteArray accessToken; // the Access-Token header, empty when absent
    QByteArray body;

    static QStringList splitPath(const QByteArray &encodedPath);
};

} // namespace xlink::sandbox
