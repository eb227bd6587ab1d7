#include "call/Redactor.h"

#include "call/SecretNames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

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

// True when a bare "key" in the object that opens at `objectStart` names an attribute rather
// than holding a product's key: one of its siblings is "value" or "count".
bool objectIsKeyValuePair(const QByteArray &data, qsizetype objectStart)
{
    qsizetype i = objectStart + 1;
    while (i < data.size()) {
        const char c = data[i];
        if (c == '}')
            return false;
        if (c != '"') {
            ++i;
            continue;
        }
        const qsizetype keyEnd = endOfString(data, i);
        const QString name = decodeJsonString(data.mid(i, keyEnd - i));
        qsizetype k = keyEnd;
        while (k < data.size() && isJsonSpace(data[k]))
            ++k;
        if (k >= data.size() || data[k] != ':') {
            i = keyEnd;
            continue;
        }
        if (SecretNames::marksKeyValuePair(name))
            return true;
        ++k;
        while (k < data.size() && isJsonSpace(data[k]))
            ++k;
        i = endOfValue(data, k);
    }
    return false;
}

// Replaces the value of every secret key, wherever it is nested, without re-serialising: the
// body keeps its formatting and key order, and truncated JSON is handled the same way.
QByteArray redactJsonLike(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    // Where each enclosing object or array opens, to look at a bare "key"'s siblings.
    QList<qsizetype> containers;
    QHash<QString, bool> secretByName; // a large body repeats its few names many times
    QHash<qsizetype, bool> pairByObject;
    qsizetype i = 0;
    while (i < data.size()) {
        const char c = data[i];
        if (c != '"') {
            if (c == '{' || c == '[')
                containers.append(i);
            else if ((c == '}' || c == ']') && !containers.isEmpty())
                containers.removeLast();
            out += data[i++];
            continue;
        }
        const qsizetype stringEnd = endOfString(data, i);
        const qsizetype written = out.size();
        const QByteArrayView text = QByteArrayView(data).sliced(i, stringEnd - i);
        appendRedactedString(out, text);
        // A name that carried a secret ("Cookie: s=…") hides its value too: the redacted name
        // may read as a secret's name, and a second redaction must change nothing.
        const bool nameHeldSecret = QByteArrayView(out).sliced(written) != text;
        qsizetype k = stringEnd;
        while (k < data.size() && isJsonSpace(data[k]))
            ++k;
        if (k >= data.size() || data[k] != ':') {
            i = stringEnd;
            continue;
        }
        const QString name = decodeJsonString(data.mid(i, stringEnd - i));
        auto known = secretByName.constFind(name);
        if (known == secretByName.cend())
            known = secretByName.insert(name, Redactor::isSecretKey(name));
        if (!*known && !nameHeldSecret) {
            i = stringEnd;
            continue;
        }
        ++k;
        while (k < data.size() && isJsonSpace(data[k]))
            ++k;
        if (SecretNames::isBareKey(name)) {
            // A list of keys, or an attribute's name in {"key": ..., "value": ...}.
            const bool listOrObject = k < data.size() && (data[k] == '[' || data[k] == '{');
            bool pair = false;
            if (!listOrObject && !containers.isEmpty() && data[containers.back()] == '{') {
                const qsizetype object = containers.back();
                auto cached = pairByObject.constFind(object);
                if (cached == pairByObject.cend())
                    cached = pairByObject.insert(object, objectIsKeyValuePair(data, object));
                pair = *cached;
            }
            if (listOrObject || pair) {
                i = stringEnd;
                continue;
            }
        }
        out += QByteArrayView(data).sliced(stringEnd, k - stringEnd);
        out += '"' + Redactor::placeholder() + '"';
        i = endOfValue(data, k);
    }
    return out;
}

// A name before '=' or ':' in free text, tested with Redactor::isSecretKey().
constexpr auto namePattern = u"[\\w.-]+";

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

// Whether `body` may name a secret: one of the words SecretNames looks for ("pwd" and "sign"
// also stand for password and signature, "code" for the one-time codes, "auth" for authorize)
// or one of the described names, as written with '_' or with '-', in any case. The quick test
// before a body gets the full passes, so it looks at each byte once: every call the log
// stores goes through it, and a search per word took a quarter of the time of storing a call.
bool mayNameASecret(QByteArrayView body)
{
    // The words by their first byte, lower case.
    static const std::array<QList<QByteArray>, 256> wordsByFirstByte = [] {
        std::array<QList<QByteArray>, 256> table;
        QList<QByteArray> words { "pass", "pwd", "secret", "token", "auth", "cookie", "key", "sign",
            "session", "jwt", "credential", "ticket", "bearer", "code", "otp" };
        for (const QString &name : describedSecretKeys()) {
            const QByteArray underscored = name.toUtf8().toLower();
            words.append(underscored);
            if (underscored.contains('_'))
                words.append(QByteArray(underscored).replace('_', '-'));
        }
        for (const QByteArray &word : std::as_const(words)) {
            if (!word.isEmpty())
                table[uchar(word.front())].append(word);
        }
        return table;
    }();
    static const bool bareCodeDescribed
        = describedSecretKeys().contains(normalizedKey(QStringLiteral("code")));
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    const qsizetype size = body.size();
    for (qsizetype at = 0; at < size; ++at) {
        for (const QByteArray &word : wordsByFirstByte[uchar(lower(body[at]))]) {
            const qsizetype length = word.size();
            if (length > size - at)
                continue;
            qsizetype k = 1;
            while (k < length && lower(body[at + k]) == word[k])
                ++k;
            if (k < length)
                continue;
            // The bare name "code" is no secret, and every platform error body has it; the
            // codes that are ("verifyCode", "sms_code") have a word before "code".
            if (!bareCodeDescribed && word == "code" && at > 0 && body[at - 1] == '"'
                && at + length < size && body[at + length] == '"') {
                continue;
            }
            return true;
        }
    }
    return false;
}

// Replaces capture `group` (the value) of each match that `isSecret` accepts; the captures
// before it hold the name. After an ordinary name the search goes on right after that name,
// so "x=token=abc" and "Content-Type: a; Access-Token: b" still find their secret.
template<typename Predicate>
QString replaceGroup(
    const QString &text, const QRegularExpression &pattern, int group, Predicate isSecret)
{
    QString out;
    qsizetype last = 0;
    qsizetype from = 0;
    bool any = false;
    while (from < text.size()) {
        const auto match = pattern.match(text, from);
        if (!match.hasMatch())
            break;
        if (!isSecret(match)) {
            qsizetype nameEnd = -1;
            for (int name = 1; name < group; ++name)
                nameEnd = std::max(nameEnd, match.capturedEnd(name));
            from = std::max(nameEnd, from + 1);
            continue;
        }
        from = std::max(match.capturedEnd(0), from + 1);
        const QString value = match.captured(group);
        // A quoted value keeps its quotes, so JSON-like text stays well-formed.
        const QChar quote = !value.isEmpty() && (value.front() == u'"' || value.front() == u'\'')
            ? value.front()
            : QChar();
        const QString marker = QString::fromLatin1(Redactor::placeholder());
        const QString replacement = quote.isNull() ? marker : quote + marker + quote;
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

} // namespace

bool Redactor::isSecretKey(QStringView key)
{
    // Parameter and member names repeat from call to call: each answer is kept, per thread.
    thread_local QHash<QString, bool> answers;
    const QString name = key.toString();
    const auto known = answers.constFind(name);
    if (known != answers.cend())
        return *known;
    if (answers.size() >= 4096)
        answers.clear();
    const bool secret
        = describedSecretKeys().contains(normalizedKey(key)) || SecretNames::isSecretKey(key);
    answers.insert(name, secret);
    return secret;
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    return SecretNames::isSecretHeader(QString::fromLatin1(name));
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
    // Every pattern below needs a ':' or a '=' after the name: text without either (most
    // messages, most strings of a JSON body) holds nothing to redact.
    if (text.isEmpty() || (!text.contains(u':') && !text.contains(u'=')))
        return text;
    static const QString name = QString::fromUtf16(namePattern);
    // "password": "x" / 'secret': 'x' / "access_token": x — values may be unterminated. An
    // already redacted bare value is matched whole, so redacting twice changes nothing.
    static const QRegularExpression quoted(u"([\"'])(" + name
        + u")\\1\\s*[:=]\\s*(\\[REDACTED\\]|\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?"
          u"|[^\\s,;}&\\]]+)");
    // password=x in query strings, form bodies and messages.
    static const QRegularExpression assigned(u"\\b(" + name + u")\\s*=\\s*([^&\\s\"'<>;,]+)");
    // Header lines echoed in a body or message: a hyphenated name ("Access-Token: x",
    // "X-Pwd: x") or Authorization/Cookie anywhere, any secret header name at a line's start.
    static const QRegularExpression header(
        QStringLiteral("(?:\\b([A-Za-z][\\w]*(?:-[\\w]+)+|authorization|cookie)"
                       "|(?:^|(?<=[\\r\\n]))[ \\t]*([A-Za-z][\\w-]*))"
                       "[ \\t]*:[ \\t]*([^\\r\\n\"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = replaceGroup(text, quoted, 3, [](const QRegularExpressionMatch &match) {
        return Redactor::isSecretKey(match.capturedView(2));
    });
    out = replaceGroup(out, assigned, 2, [](const QRegularExpressionMatch &match) {
        return Redactor::isSecretKey(match.capturedView(1));
    });
    return replaceGroup(out, header, 3, [](const QRegularExpressionMatch &match) {
        const QStringView anywhere = match.capturedView(1);
        return SecretNames::isSecretHeader(anywhere.isEmpty() ? match.capturedView(2) : anywhere);
    });
}

QByteArray Redactor::redactBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    // Only for a body without escapes: "pas\s" is "pass" to a JSON reader (Qt's takes an
    // unknown escape as the character itself) but not to this test.
    if (!body.contains('\\') && !mayNameASecret(body))
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

namespace {

void maskValue(QByteArray &bytes, const QList<QByteArray> &forms)
{
    for (const QByteArray &form : forms)
        bytes.replace(form, Redactor::placeholder());
}

} // namespace

void Redactor::redact(CallRecord &record, const QList<QByteArray> &values)
{
    redact(record);
    for (const QByteArray &value : values) {
        if (value.size() < minimumMaskedValue)
            continue;
        // As typed, and as a URL or form carries it.
        QList<QByteArray> forms { value };
        if (const QByteArray encoded = value.toPercentEncoding(); encoded != value)
            forms << encoded;
        QByteArray url = record.url.toEncoded();
        maskValue(url, forms);
        record.url = QUrl::fromEncoded(url);
        for (HeaderList *headers : { &record.requestHeaders, &record.responseHeaders }) {
            for (auto &header : *headers)
                maskValue(header.second, forms);
        }
        maskValue(record.requestBody, forms);
        maskValue(record.responseBody, forms);
        const QString text = QString::fromUtf8(value);
        const QString hidden = QString::fromLatin1(placeholder());
        record.errorText.replace(text, hidden);
        if (record.platformError)
            record.platformError->serverMessage.replace(text, hidden);
    }
}

} // namespace xlink
