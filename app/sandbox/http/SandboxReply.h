#pragma once

#include <QByteArray>
#include <QString>

class QJsonArray;
class QJsonObject;

namespace xlink::sandbox {

// What a handler answers: a JSON body, an empty 200, or a platform error code whose body is
// rendered from the catalogue when the reply is written (faults may change its form).
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    int errorCode = 0;
    // Appended to the catalogue's message of `errorCode`: which field failed, and how.
    QString errorDetail;
    // Empty for JSON; a download (text/csv, ...) names its own.
    QByteArray contentType;

    bool isError() const { return errorCode != 0; }

    static SandboxReply json(const QJsonObject &object);
    static SandboxReply json(const QJsonArray &array);
    static SandboxReply empty();
    // The platform error `code` with the HTTP status its first three digits name, unless
    // `status` overrides it (413 for a body over the size limit).
    static SandboxReply error(int code, int status = 0);
    static SandboxReply error(int code, const QString &detail);
};

} // namespace xlink::sandbox
