#pragma once

#include "call/CallRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace xlink {

// What went wrong with a call, in words, in the current interface language, from the data the
// record keeps (CallRecord::errorData and errorText) rather than from a stored sentence: the
// console's banner, the failure log, reports and `xlink-cli` all say it this way, and say it
// again in the new language after a switch. The factory functions below make the data; the
// technical detail a reason carries (Qt's error, the TLS errors, the JSON parser's message)
// goes in errorText and is quoted inside the sentence.
class FailureText final
{
public:
    // The connection closed after `received` of the `announced` bytes.
    static QJsonObject truncated(qint64 received, qint64 announced);
    // The response (`size` bytes so far) passed the size limit and was stopped.
    static QJsonObject tooLarge(qint64 size, qint64 limit);
    // No data for `timeoutMs`.
    static QJsonObject timedOut(qint64 timeoutMs);
    // TLS refused the certificate; errorText lists the TLS errors.
    static QJsonObject certificateRefused();
    // The host name did not resolve.
    static QJsonObject hostNotResolved(const QString &host);
    // An https URL redirected to http, and the redirect was refused.
    static QJsonObject insecureRedirect();
    // Any other transport failure; errorText is Qt's description of it.
    static QJsonObject transport();
    // The body looks like JSON and does not parse; errorText is the parser's message.
    static QJsonObject invalidJson(qint64 offset);
    // An HTML page (a proxy's) answered with the call's HTTP status.
    static QJsonObject htmlPage();
    // A success answer off its documented response: the operation and where it differs
    // (the first few JSON paths, and how many places in all).
    static QJsonObject offSchema(const QString &operationId, const QStringList &paths);

    // The sentence for a record; empty when there is nothing to say beyond its kind and status.
    static QString sentence(const CallRecord &record);
    // The same from the stored parts. A record without errorData (written before it existed)
    // says its errorText as it was stored.
    static QString sentence(int httpStatus, const QJsonObject &errorData, const QString &errorText);

    // The reason's name as stored ("timeout", "html_page", ...); empty for none.
    static QString reasonName(const QJsonObject &errorData);
};

} // namespace xlink
