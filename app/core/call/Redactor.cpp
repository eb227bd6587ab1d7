#include "call/Redactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace xlink {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Index just past the string that starts with the quote at `start` (or the end of the data
// when the string is not terminated, as in a truncated body).
qsizetype endOfString(const QByteArray &data, qsizetype start)
{
    for (qsizetype i = start + 1; i < data.size(); ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return data.size();
}

// Index just past the JSON value that starts at `start`: a string, a bracketed object or
// array (strings inside are skipped), or a bare literal up to the next delimiter.
qsizetype endOfValue(const QByteArray &data, qsizetype start)
{
    if (start >= data.size())
        return data.size();
    const char first = data[start];
    if (first == '"')
        return endOfString(data, start);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = start; i < data.size(); ++i) {
            const char c = data[i];
            if (c == '"') {
                i = endOfString(data, i) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return data.size();
    }
    qsizetype i = start;
    while (i < data.size() && data[i] != ',' && data[i] != '}' && data[i] != ']'
        && !isJsonSpace(data[i]))
        ++i;
    return i;
}

QString decodeJsonString(const QByteArray &quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    const QJsonDocument document = QJsonDocument::fromJson('[' + quoted + ']');
    return document.array().at(0).toString();
}

// A string's text may itself hold secrets ("token=…", an embedded JSON object, a header line):
// they are redacted in the decoded text and the string is encoded again, so escapes inside it
// can never be split and the JSON around it stays valid.
void appendRedactedString(QByteArray &out, QByteArrayView quoted)
{
    const bool terminated = quoted.size() >= 2 && quoted.back() == '"';
    if (terminated) {
        const QString text = decodeJsonString(quoted.toByteArray());
        const QString redacted = Redactor::redactText(text);
        if (redacted != text) {
            const QByteArray array
                = QJsonDocument(QJsonArray { redacted }).toJson(QJsonDocument::Compact);
            out += QByteArrayView(array).sliced(1, array.size() - 2);
            return;
        }
    }
    out += quoted;
}

// Replaces the value of every secret key, wherever it is nested, without re-serialising: the
// body keeps its formatting and key order, and truncated JSON is handled the same way.
QByteArray redactJsonLike(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    qsizetype i = 0;
    while (i < data.size()) {
        if (data[i] != '"') {
            out += data[i++];
            continue;
        }
        const qsizetype stringEnd = endOfString(data, i);
        appendRedactedString(out, QByteArrayView(data).sliced(i, stringEnd - i));
        qsizetype k = stringEnd;
        while (k < data.size() && isJsonSpace(data[k]))
            ++k;
        if (k < data.size() && data[k] == ':'
            && Redactor::isSecretKey(decodeJsonString(data.mid(i, stringEnd - i)))) {
            ++k;
            while (k < data.size() && isJsonSpace(data[k]))
                ++k;
            out += QByteArrayView(data).sliced(stringEnd, k - stringEnd);
            out += '"' + Redactor::placeholder() + '"';
            i = endOfValue(data, k);
            continue;
        }
        i = stringEnd;
    }
    return out;
}

// Key names the text pass looks for; kept in step with isSecretKey().
constexpr auto secretKeyPattern
    = u"[\\w-]*(?:password|passwd|secret)[\\w-]*|access[_-]?token|refresh[_-]?token";

QString replaceGroup(const QString &text, const QRegularExpression &pattern, int group)
{
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    bool any = false;
    while (it.hasNext()) {
        const auto match = it.next();
        const QString value = match.captured(group);
        // A quoted value keeps its quotes, so JSON-like text stays well-formed.
        const QChar quote = !value.isEmpty() && (value.front() == u'"' || value.front() == u'\'')
            ? value.front()
            : QChar();
        const QString replacement = quote.isNull() ? QStringLiteral("[REDACTED]")
                                                   : quote + QStringLiteral("[REDACTED]") + quote;
        if (value.isEmpty() || value == replacement)
            continue;
        any = true;
        out += QStringView(text).sliced(last, match.capturedStart(group) - last);
        out += replacement;
        last = match.capturedEnd(group);
    }
    if (!any)
        return text;
    out += QStringView(text).sliced(last);
    return out;
}

QString normalizedKey(QStringView key)
{
    QString normalized = key.trimmed().toString().toLower();
    normalized.replace(u'-', u'_');
    return normalized;
}

// The property names the API description marks as secrets (format: password, x-xlink-secret),
// listed at build time from resources/api/openapi/; read once, on first use.
const QSet<QString> &describedSecretKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> names;
        QFile file(QStringLiteral(":/xlink/api/secret-fields.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    names.insert(normalizedKey(QString::fromUtf8(line)));
            }
        }
        return names;
    }();
    return keys;
}

// The text pass's key alternatives: the built-in pattern and the described names.
QString secretKeyAlternatives()
{
    QString keys = QString::fromUtf16(secretKeyPattern);
    QStringList names(describedSecretKeys().cbegin(), describedSecretKeys().cend());
    names.sort();
    for (const QString &name : std::as_const(names)) {
        // '_' in a name also matches '-' as in isSecretKey().
        keys += u'|'
            + QRegularExpression::escape(name).replace(QStringLiteral("_"), QStringLiteral("[_-]"));
    }
    return keys;
}

// Whether `lower` (a lower-cased body) contains one of the described names, as written with
// '_' or with '-': the quick test before a body gets the full passes.
bool mentionsDescribedSecret(const QByteArray &lower)
{
    static const QList<QByteArray> spellings = [] {
        QList<QByteArray> all;
        for (const QString &name : describedSecretKeys()) {
            const QByteArray underscored = name.toUtf8();
            all.append(underscored);
            if (underscored.contains('_'))
                all.append(QByteArray(underscored).replace('_', '-'));
        }
        return all;
    }();
    return std::any_of(spellings.cbegin(), spellings.cend(),
        [&](const QByteArray &spelling) { return lower.contains(spelling); });
}

} // namespace

bool Redactor::isSecretKey(QStringView key)
{
    const QString normalized = normalizedKey(key);
    if (describedSecretKeys().contains(normalized))
        return true;
    return normalized == u"access_token" || normalized == u"refresh_token"
        || normalized == u"accesstoken" || normalized == u"refreshtoken"
        || normalized == u"authorization" || normalized == u"cookie"
        || normalized.contains(u"password") || normalized.contains(u"passwd")
        || normalized.contains(u"secret");
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    return lower == "access-token" || lower == "authorization" || lower == "proxy-authorization"
        || lower == "cookie" || lower == "set-cookie" || lower.contains("token")
        || lower.contains("secret") || lower.contains("password") || lower.contains("api-key");
}

HeaderList Redactor::redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({ name, isSecretHeader(name) && !value.isEmpty() ? placeholder() : value });
    return out;
}

QByteArray Redactor::redactQuery(const QByteArray &query)
{
    if (query.isEmpty())
        return query;
    QList<QByteArray> parts = query.split('&');
    bool changed = false;
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        QByteArray key = part.left(eq);
        key.replace('+', ' ');
        const QString decodedKey = QUrl::fromPercentEncoding(key);
        if (isSecretKey(decodedKey) && part.size() > eq + 1 && part.mid(eq + 1) != placeholder()) {
            part = part.left(eq + 1) + placeholder();
            changed = true;
        }
    }
    return changed ? parts.join('&') : query;
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    if (url.isEmpty())
        return url;
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(QString::fromLatin1(placeholder()));
    if (out.hasQuery()) {
        const QByteArray query = out.query(QUrl::FullyEncoded).toLatin1();
        const QByteArray redacted = redactQuery(query);
        if (redacted != query)
            out.setQuery(QString::fromLatin1(redacted), QUrl::TolerantMode);
    }
    if (out.hasFragment()) {
        const QByteArray fragment = out.fragment(QUrl::FullyEncoded).toLatin1();
        const QByteArray redacted = redactQuery(fragment);
        if (redacted != fragment)
            out.setFragment(QString::fromLatin1(redacted), QUrl::TolerantMode);
    }
    return out;
}

QString Redactor::redactText(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QString keys = secretKeyAlternatives();
    // "password": "x" / 'secret': 'x' / "access_token": x — values may be unterminated. An
    // already redacted bare value is matched whole, so redacting twice changes nothing.
    static const QRegularExpression quoted(u"([\"'])(?:" + keys
            + u")\\1\\s*[:=]\\s*(\\[REDACTED\\]|\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?"
              u"|[^\\s,;}&\\]]+)",
        QRegularExpression::CaseInsensitiveOption);
    // password=x in query strings, form bodies and messages.
    static const QRegularExpression assigned(u"\\b(?:" + keys + u")\\s*=\\s*([^&\\s\"'<>;,]+)",
        QRegularExpression::CaseInsensitiveOption);
    // Header lines echoed in a body or message.
    static const QRegularExpression header(
        QStringLiteral("\\b(?:access-token|authorization|proxy-authorization|cookie|set-cookie)"
                       "\\s*:\\s*([^\\r\\n\"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = replaceGroup(text, quoted, 2);
    out = replaceGroup(out, assigned, 1);
    return replaceGroup(out, header, 1);
}

QByteArray Redactor::redactBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    const QByteArray lower = body.toLower();
    if (!lower.contains("pass") && !lower.contains("secret") && !lower.contains("token")
        && !lower.contains("authorization") && !lower.contains("cookie")
        && !mentionsDescribedSecret(lower))
        return body;
    if (contentType.toLower().contains("x-www-form-urlencoded"))
        return redactQuery(body);
    const QByteArray json = redactJsonLike(body);
    // In a valid document every secret sits in a string, which redactJsonLike() handled; the
    // text pass below would cut through escapes and break the JSON.
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return json;
    // Latin-1 maps every byte to one character and back, so binary and non-UTF-8 bodies
    // survive the regular-expression pass unchanged apart from the replaced values.
    return redactText(QString::fromLatin1(json)).toLatin1();
}

void Redactor::redact(CallRecord &record)
{
    record.url = redactUrl(record.url);
    record.requestHeaders = redactHeaders(record.requestHeaders);
    record.responseHeaders = redactHeaders(record.responseHeaders);
    QByteArray requestType;
    for (const auto &[name, value] : std::as_const(record.requestHeaders)) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            requestType = value;
    }
    record.requestBody = redactBody(record.requestBody, requestType);
    record.responseBody = redactBody(record.responseBody);
    record.errorText = redactText(record.errorText);
    if (record.platformError)
        record.platformError->serverMessage = redactText(record.platformError->serverMessage);
}

} // namespace xlink
