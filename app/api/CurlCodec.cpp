#include "CurlCodec.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xlink::CurlCodec", text);
}

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void appendCodePoint(QByteArray &out, char32_t codePoint)
{
    out += QString::fromUcs4(&codePoint, 1).toUtf8();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads up to `maxDigits` digits of base `base` at `i`, advancing it.
quint32 readNumber(const QByteArray &s, qsizetype &i, int maxDigits, int base, int *digits)
{
    quint32 value = 0;
    *digits = 0;
    while (*digits < maxDigits && i < s.size()) {
        const int d = hexValue(s.at(i));
        if (d < 0 || d >= base)
            break;
        value = value * base + d;
        ++i;
        ++*digits;
    }
    return value;
}

// The body of a $'...' word, from just after the opening quote; `i` ends after the closing one.
bool readAnsiC(const QByteArray &s, qsizetype &i, QByteArray &word)
{
    while (i < s.size()) {
        const char c = s.at(i++);
        if (c == '\'')
            return true;
        if (c != '\\') {
            word += c;
            continue;
        }
        if (i >= s.size())
            return false;
        const char e = s.at(i++);
        int digits = 0;
        switch (e) {
        case 'n':
            word += '\n';
            break;
        case 't':
            word += '\t';
            break;
        case 'r':
            word += '\r';
            break;
        case 'a':
            word += '\a';
            break;
        case 'b':
            word += '\b';
            break;
        case 'f':
            word += '\f';
            break;
        case 'v':
            word += '\v';
            break;
        case 'e':
        case 'E':
            word += '\x1b';
            break;
        case '\\':
            word += '\\';
            break;
        case '\'':
            word += '\'';
            break;
        case '"':
            word += '"';
            break;
        case '?':
            word += '?';
            break;
        case 'x': {
            const quint32 value = readNumber(s, i, 2, 16, &digits);
            if (digits == 0)
                word += "\\x";
            else
                word += char(value);
            break;
        }
        case 'u':
        case 'U': {
            const quint32 value = readNumber(s, i, e == 'u' ? 4 : 8, 16, &digits);
            if (digits == 0) {
                word += '\\';
                word += e;
            } else {
                appendCodePoint(word, char32_t(value));
            }
            break;
        }
        case 'c':
            if (i < s.size())
                word += char(s.at(i++) & 0x1f);
            break;
        default:
            if (e >= '0' && e <= '7') {
                --i;
                word += char(readNumber(s, i, 3, 8, &digits));
            } else {
                word += '\\';
                word += e;
            }
        }
    }
    return false;
}

// RFC 9110 token: what a header field name may consist of.
bool isHeaderToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    static constexpr QByteArrayView extra("!#$%&'*+-.^_`|~");
    for (const char c : name) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<QByteArray>> CurlCodec::splitShellWords(const QByteArray &s)
{
    QList<QByteArray> words;
    QByteArray word;
    bool inWord = false;
    qsizetype i = 0;
    auto finishWord = [&] {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    };
    while (i < s.size()) {
        const char c = s.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            finishWord();
            ++i;
            continue;
        }
        inWord = true;
        if (c == '\\') {
            // A backslash before a line break continues the line (also with CRLF endings).
            if (i + 1 < s.size() && s.at(i + 1) == '\n') {
                i += 2;
                inWord = !word.isEmpty();
                continue;
            }
            if (i + 2 < s.size() && s.at(i + 1) == '\r' && s.at(i + 2) == '\n') {
                i += 3;
                inWord = !word.isEmpty();
                continue;
            }
            if (i + 1 < s.size())
                word += s.at(i + 1);
            i += 2;
            continue;
        }
        if (c == '\'') {
            const qsizetype end = s.indexOf('\'', i + 1);
            if (end < 0)
                return std::nullopt;
            word += s.mid(i + 1, end - i - 1);
            i = end + 1;
            continue;
        }
        if (c == '$' && i + 1 < s.size() && s.at(i + 1) == '\'') {
            i += 2;
            if (!readAnsiC(s, i, word))
                return std::nullopt;
            continue;
        }
        if (c == '"') {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                const char d = s.at(i++);
                if (d == '"') {
                    closed = true;
                    break;
                }
                if (d == '\\' && i < s.size()) {
                    const char e = s.at(i);
                    if (e == '\n') {
                        ++i;
                        continue;
                    }
                    if (e == '"' || e == '\\' || e == '$' || e == '`') {
                        word += e;
                        ++i;
                        continue;
                    }
                }
                word += d;
            }
            if (!closed)
                return std::nullopt;
            continue;
        }
        word += c;
        ++i;
    }
    finishWord();
    return words;
}

QByteArray CurlCodec::shellQuote(const QByteArray &bytes)
{
    const bool utf8 = isValidUtf8(bytes);
    bool plain = true;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (c == '\'' || u < 0x20 || u == 0x7f || (!utf8 && u >= 0x80)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return '\'' + bytes + '\'';
    // ANSI-C quoting keeps the command on one line and represents every byte exactly.
    QByteArray out = "$'";
    for (const char c : bytes) {
        const uchar u = uchar(c);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20 || u == 0x7f || (!utf8 && u >= 0x80)) {
                out += "\\x";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '\'';
    return out;
}

QString CurlCodec::toCurl(const ApiRequest &request, const Options &options)
{
    const QByteArray url = request.resolvedUrl(options.baseUrl).toEncoded();
    QByteArray out
        = "curl --globoff -X " + shellQuote(request.method.toUpper()) + ' ' + shellQuote(url);
    auto addHeader = [&](const QByteArray &name, const QByteArray &value) {
        // curl sends "Name;" as a header with an empty value ("Name:" would remove it).
        out += " \\\n  -H "
            + shellQuote(
                value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value));
    };
    bool hasContentType = false;
    bool hasToken = false;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Access-Token", Qt::CaseInsensitive) == 0) {
            hasToken = true;
            addHeader(name, options.includeToken ? value : Redactor::placeholder());
            continue;
        }
        hasContentType |= name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        addHeader(name, value);
    }
    // Like the console's own calls: a body's type only with a body.
    if (!hasContentType && !request.body.isEmpty())
        addHeader("Content-Type", "application/json");
    if (!hasToken && !options.accessToken.isEmpty())
        addHeader(
            "Access-Token", options.includeToken ? options.accessToken : Redactor::placeholder());
    if (!request.body.isEmpty())
        out += " \\\n  --data-raw " + shellQuote(request.body);
    return QString::fromUtf8(out);
}

CurlCodec::ParseResult CurlCodec::fromCurl(const QString &command)
{
    ParseResult result;
    const auto maybeWords = splitShellWords(command.trimmed().toUtf8());
    if (!maybeWords) {
        result.error = tr("A quote is not closed.");
        return result;
    }
    QList<QByteArray> words = *maybeWords;
    if (!words.isEmpty() && words.first() == "$")
        words.removeFirst();
    if (words.isEmpty() || (words.first() != "curl" && !words.first().endsWith("/curl"))) {
        result.error = tr("This is not a curl command: it must start with 'curl'.");
        return result;
    }

    static const QSet<QByteArray> ignoredFlags { "--compressed", "-s", "--silent", "-S",
        "--show-error", "-L", "--location", "-i", "--include", "-v", "--verbose", "-g", "--globoff",
        "--http1.1", "--http2", "--http2-prior-knowledge", "-f", "--fail", "--fail-with-body", "-N",
        "--no-buffer", "-#", "--progress-bar", "-k", "--insecure", "--no-progress-meter",
        "--location-trusted", "-0", "--http1.0" };
    static const QSet<QByteArray> ignoredWithValue { "-o", "--output", "-m", "--max-time",
        "--connect-timeout", "-u", "--user", "--retry", "-w", "--write-out", "-x", "--proxy",
        "--cacert", "--cert", "--key", "-c", "--cookie-jar", "--resolve", "--limit-rate",
        "--max-redirs", "--retry-delay", "--retry-max-time", "--capath", "--interface" };
    static const QSet<char> shortWithValue { 'X', 'H', 'd', 'b', 'A', 'e', 'o', 'm', 'u', 'w', 'x',
        'c' };
    static const QSet<char> shortFlags { 's', 'S', 'L', 'i', 'v', 'g', 'f', 'N', 'k', 'G', 'I', '#',
        '0' };

    ApiRequest request;
    request.method.clear();
    QByteArray url;
    QList<QByteArray> data;
    bool getWithData = false;
    bool head = false;
    bool jsonOption = false;

    // Header names must be HTTP tokens and values must not hold line breaks or NULs: anything
    // else would be sent as a different request (or as header injection) than the one pasted.
    auto addHeader = [&](const QByteArray &rawName, const QByteArray &rawValue) -> bool {
        const QByteArray name = rawName.trimmed();
        const QByteArray value = rawValue.trimmed();
        if (!isHeaderToken(name)) {
            result.error = tr("The header name \"%1\" contains characters HTTP does not allow.")
                               .arg(QString::fromUtf8(name));
            return false;
        }
        if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
            result.error = tr("The value of header %1 contains a line break or a NUL character.")
                               .arg(QString::fromUtf8(name));
            return false;
        }
        request.headers.append({ name, value });
        return true;
    };

    auto addData = [&](const QByteArray &option, const QByteArray &value) -> bool {
        const bool raw = option == "--data-raw" || option == "--json";
        if (!raw && value.startsWith('@')) {
            result.error = tr("The command reads its body from a file (%1 @…): paste the body "
                              "itself instead.")
                               .arg(QString::fromUtf8(option));
            return false;
        }
        if (option == "--data-urlencode") {
            const qsizetype eq = value.indexOf('=');
            data.append(eq < 0 ? QUrl::toPercentEncoding(QString::fromUtf8(value))
                               : value.left(eq + 1)
                        + QUrl::toPercentEncoding(QString::fromUtf8(value.mid(eq + 1))));
            return true;
        }
        data.append(value);
        return true;
    };

    for (qsizetype i = 1; i < words.size(); ++i) {
        QByteArray option = words.at(i);
        QByteArray value;
        bool hasValue = false;
        // Short options may carry their value attached (-XPOST) or be grouped (-sSL).
        if (option.size() > 2 && option.startsWith('-') && !option.startsWith("--")) {
            if (shortWithValue.contains(option.at(1))) {
                value = option.mid(2);
                option = option.left(2);
                hasValue = true;
            } else {
                bool allFlags = true;
                for (qsizetype k = 1; k < option.size(); ++k)
                    allFlags &= shortFlags.contains(option.at(k));
                if (allFlags) {
                    for (qsizetype k = 1; k < option.size(); ++k) {
                        const char f = option.at(k);
                        if (f == 'G')
                            getWithData = true;
                        else if (f == 'I')
                            head = true;
                        else if (f == 'k')
                            result.ignoredOptions.append(u"-k"_s);
                    }
                    continue;
                }
            }
        }
        auto takeValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= words.size()) {
                result.error = tr("Option %1 needs a value.").arg(QString::fromUtf8(option));
                return false;
            }
            value = words.at(++i);
            hasValue = true;
            return true;
        };

        if (!option.startsWith('-') || option == "-") {
            if (!url.isEmpty()) {
                result.error = tr("The command names more than one URL.");
                return result;
            }
            url = option;
        } else if (option == "--url") {
            if (!takeValue())
                return result;
            url = value;
        } else if (option == "-X" || option == "--request") {
            if (!takeValue())
                return result;
            request.method = value.toUpper();
        } else if (option == "-H" || option == "--header") {
            if (!takeValue())
                return result;
            const qsizetype colon = value.indexOf(':');
            if (colon > 0) {
                const QByteArray headerValue = value.mid(colon + 1).trimmed();
                // curl drops a header given as "Name:" with nothing after it.
                if (!headerValue.isEmpty() && !addHeader(value.left(colon), headerValue))
                    return result;
            } else if (value.endsWith(';')) {
                if (!addHeader(value.chopped(1), QByteArray("")))
                    return result;
            }
        } else if (option == "-d" || option == "--data" || option == "--data-raw"
            || option == "--data-binary" || option == "--data-ascii" || option == "--data-urlencode"
            || option == "--json") {
            if (!takeValue() || !addData(option, value))
                return result;
            jsonOption |= option == "--json";
        } else if (option == "-b" || option == "--cookie") {
            if (!takeValue())
                return result;
            if (!value.contains('='))
                result.ignoredOptions.append(QString::fromUtf8(option));
            else if (!addHeader("Cookie", value))
                return result;
        } else if (option == "-A" || option == "--user-agent") {
            if (!takeValue())
                return result;
            if (!addHeader("User-Agent", value))
                return result;
        } else if (option == "-e" || option == "--referer") {
            if (!takeValue())
                return result;
            if (!addHeader("Referer", value))
                return result;
        } else if (option == "-G" || option == "--get") {
            getWithData = true;
        } else if (option == "-I" || option == "--head") {
            head = true;
        } else if (ignoredFlags.contains(option)) {
            if (option == "-k" || option == "--insecure")
                result.ignoredOptions.append(QString::fromUtf8(option));
        } else if (ignoredWithValue.contains(option)) {
            if (!takeValue())
                return result;
            result.ignoredOptions.append(QString::fromUtf8(option));
        } else {
            result.error = tr("Unsupported curl option %1.").arg(QString::fromUtf8(option));
            return result;
        }
    }
    if (url.isEmpty()) {
        result.error = tr("The command has no URL.");
        return result;
    }
    if (!url.contains("://"))
        url.prepend("http://");
    // Only an absolute http(s) URL with a host makes a request; anything else (a mangled scheme,
    // no host) is refused rather than silently turned into another request. The target is kept
    // in its encoded form so that copying it as curl and pasting it back gives the same target.
    const QUrl parsedUrl(QString::fromUtf8(url), QUrl::TolerantMode);
    const QString scheme = parsedUrl.scheme().toLower();
    if (!parsedUrl.isValid() || (scheme != u"http" && scheme != u"https")
        || parsedUrl.host().isEmpty()) {
        result.error = tr("The URL %1 is not an absolute http(s) URL.").arg(QString::fromUtf8(url));
        return result;
    }

    QByteArray body = data.join('&');
    if (getWithData && !body.isEmpty()) {
        url += (url.contains('?') ? '&' : '?') + body;
        body.clear();
    }
    if (jsonOption) {
        auto has = [&](QByteArrayView name) { return !request.header(name).isNull(); };
        if (!has("Content-Type"))
            request.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
        if (!has("Accept"))
            request.headers.append({ QByteArray("Accept"), QByteArray("application/json") });
    }
    if (request.method.isEmpty())
        request.method = head ? "HEAD" : (!body.isEmpty() ? "POST" : "GET");
    request.target
        = QString::fromUtf8(QUrl(QString::fromUtf8(url), QUrl::TolerantMode).toEncoded());
    request.body = body;
    result.request = request;
    return result;
}

} // namespace xlink
