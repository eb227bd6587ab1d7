#include "report/CurlCommand.h"

#include "call/Redactor.h"

#include <QStringList>

namespace xlink {

QString CurlCommand::quoted(const QString &text)
{
    QString out = text;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString CurlCommand::of(const CallRecord &call)
{
    QStringList parts { QStringLiteral("curl") };
    const QByteArray method = call.method.isEmpty() ? QByteArrayLiteral("GET") : call.method;
    if (method != "GET" || !call.requestBody.isEmpty())
        parts << QStringLiteral("-X") << QString::fromLatin1(method);
    parts << quoted(call.url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : call.requestHeaders) {
        const QByteArray lower = name.toLower();
        // Set by curl itself from the command.
        if (lower == "content-length" || lower == "host" || lower == "accept-encoding"
            || lower == "connection")
            continue;
        if (lower == "access-token" && value == Redactor::placeholder()) {
            parts << QStringLiteral("-H")
                  << u"\"" + QString::fromLatin1(name) + u": ${XLINK_ACCESS_TOKEN}\"";
            continue;
        }
        parts << QStringLiteral("-H")
              << quoted(QString::fromLatin1(name) + u": " + QString::fromUtf8(value));
    }
    if (!call.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << quoted(QString::fromUtf8(call.requestBody));
    return parts.join(u' ');
}

} // namespace xlink
