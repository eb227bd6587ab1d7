#pragma once

#include "catalogue/ErrorBodyDecoder.h"
#include "catalogue/PlatformError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace xlink {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One API call and its outcome: the single record type shared by the console's history, the
// failure log, reports and `xlink-cli call`. Secrets are redacted (see Redactor) before a record
// leaves memory.
struct CallRecord
{
    // What happened, as the failure log classifies it.
    enum class Kind {
        Success, // HTTP 2xx/3xx without a platform error object
        Http, // HTTP status >= 400 without a decodable platform error (includes proxy HTML)
        Platform, // a platform error object in the body, whatever the HTTP status
        Network, // no usable answer: refused, reset, dropped, TLS failure, size limit
        HostNotFound, // the host name did not resolve (DNS): the URL or the name server
        Timeout, // the transfer timeout fired
        Malformed, // an error body (or an expected JSON body) that cannot be parsed
        // The user stopped the call (Esc, Cancel). Not a failure of the platform or the
        // network: kept in the history, left out of failure counts, charts and reports.
        Cancelled,
        // A success whose body does not match the documented response schema (RequestCheck).
        // Recorded so only when the user asks for it (a setting, off by default).
        OffSchema,
    };

    // Why the call was made: the user's own, or one the session made for them.
    enum class Purpose { Request, Login, Refresh, Replay };

    qint64 id = 0; // the store's id; 0 until stored
    QDateTime startedAt; // UTC
    QString environment;
    Purpose purpose = Purpose::Request;

    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody;

    int httpStatus = 0; // 0 when no HTTP answer arrived
    HeaderList responseHeaders;
    QByteArray responseBody; // possibly capped; see responseSize
    qint64 responseSize = 0; // size of the body as received, before any cap
    qint64 durationMs = 0;

    Kind kind = Kind::Success;
    std::optional<PlatformError> platformError;
    // Why the call failed beyond its kind, as data: {"reason": "timeout", "timeoutMs": 30000},
    // {"reason": "html_page"}, ... (the reasons and their fields are FailureText's). Nothing
    // stores a sentence: FailureText puts the reason in words in the reader's language whenever
    // it is shown, so a record reads the same after a language switch.
    QJsonObject errorData;
    // The technical detail as it came, shown inside FailureText's sentence: Qt's network error,
    // the TLS errors, the JSON parser's message. Records stored before errorData existed hold
    // a whole sentence here, in the language of the day, and show it as it is.
    QString errorText;
    // What the response body is, as the call's classification decoded it (FailureClassifier),
    // so that a view does not parse it again. In memory only: unset for a record read back
    // from the log or made by hand, which a view decodes itself.
    std::optional<ErrorBodyDecoder::Shape> bodyShape;

    bool isFailure() const { return kind != Kind::Success && kind != Kind::Cancelled; }

    static QString kindName(
        Kind kind); // "success", "http", "platform", "network", ..., "cancelled"
    static std::optional<Kind> kindFromName(QStringView name);
    static QString purposeName(Purpose purpose);
    static std::optional<Purpose> purposeFromName(QStringView name);
};

} // namespace xlink
