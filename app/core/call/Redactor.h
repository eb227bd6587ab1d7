#pragma once

#include "call/CallRecord.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace xlink {

// Replaces secrets with "[REDACTED]" before a record is stored, exported or printed:
//  - headers whose name SecretNames::isSecretHeader() accepts (Access-Token, Authorization,
//    Cookie, Set-Cookie, X-Auth, X-Pwd, X-Session, X-Api-Key, ...);
//  - values of the keys SecretNames::isSecretKey() accepts (password, *_pwd, secret, token,
//    *_refresh_token, a product's key, access_key, signature, sign, session, ...) in JSON bodies
//    at any depth, in form and query strings, in URLs (query, fragment and user info) and in
//    free text; likewise the values of every property the API description marks as a secret
//    (format: password, x-xlink-secret), listed at build time from resources/api/openapi/.
// JSON keeps its layout and key order: only the secret values' bytes are replaced. Bodies that
// are not valid JSON (truncated, HTML, plain text) get a lenient pass over `"key": value` and
// `key=value` pairs, so a malformed body never lets a secret through.
class Redactor final
{
public:
    static QByteArray placeholder() { return QByteArrayLiteral("[REDACTED]"); }

    // Redacts every field of the record that may carry a secret.
    static void redact(CallRecord &record);
    // Also replaces each of `values` wherever it appears (URL, headers, bodies, texts), as sent
    // or percent-encoded: the values of the user's secret variables, which a request may put
    // under any name. Values shorter than minimumMaskedValue bytes are left (masking "1" would
    // mask every 1); the variables editor says so.
    static void redact(CallRecord &record, const QList<QByteArray> &values);
    static constexpr qsizetype minimumMaskedValue = 4;

    static bool isSecretHeader(QByteArrayView name);
    // True for a JSON, form or query key whose value is a secret (case-insensitive, '-' = '_').
    static bool isSecretKey(QStringView key);

    static HeaderList redactHeaders(const HeaderList &headers);
    // `contentType` is a hint: form-encoded bodies are split exactly, everything else gets the
    // JSON-aware pass followed by the free-text pass.
    static QByteArray redactBody(const QByteArray &body, const QByteArray &contentType = {});
    static QUrl redactUrl(const QUrl &url);
    // A query or form string "a=1&password=x" (percent-encoded keys are decoded for matching).
    static QByteArray redactQuery(const QByteArray &query);
    // Free text such as error messages: `key=value`, `"key": "value"`, `Header: value`.
    static QString redactText(const QString &text);
};

} // namespace xlink
