#include "catalogue/ErrorTextScanner.h"

#include "catalogue/ErrorCatalogue.h"

#include <algorithm>
#include <optional>

namespace xlink {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Characters that glue a digit run into a longer token (an id, a hex string, a version).
// Chinese text directly around a code is common ("错误码4031003：") and does not count.
bool isAsciiWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
}

bool isJsonSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r';
}

// `n`, `r`, `t` after a backslash: whitespace of JSON that was escaped into a string.
bool isEscapedSpace(QChar c)
{
    return c == u'n' || c == u'r' || c == u't';
}

// A bounded recursive-descent reader for the inside of one error object. It fails (rather than
// reading on) at the end of its window or past its nesting limit, which is what keeps the whole
// scan linear: every candidate costs at most MaxObjectLength steps, and candidates nested in
// one another are at most MaxObjectDepth deep.
//
// In escaped mode it reads JSON that was itself put into a JSON string, as logs do with
// response bodies (`"body":"{\"error\":{\"code\":\"4031003\"}}"`): one level of string escaping
// is undone character by character as it reads, and the quote that ends the enclosing string
// ends the input.
class ObjectReader final
{
public:
    ObjectReader(QStringView text, qsizetype start, qsizetype limit, bool escaped)
        : m_text(text)
        , m_pos(start)
        , m_limit(limit)
        , m_escaped(escaped)
    {
        decodeCurrent();
    }

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_width == 0; }
    QChar peek() const { return m_current; }
    void advance()
    {
        m_pos += m_width;
        decodeCurrent();
    }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(peek()))
            advance();
    }

    bool expect(char16_t c)
    {
        skipSpace();
        if (atEnd() || peek().unicode() != c)
            return false;
        advance();
        return true;
    }

    // Reads a JSON string starting at the opening quote; decodes it into `out` when given.
    bool readString(QString *out)
    {
        if (atEnd() || peek() != u'"')
            return false;
        advance();
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == u'"')
                return true;
            if (c.unicode() < 0x20)
                return false; // a raw newline: the string never closed on its line
            if (c != u'\\') {
                if (out)
                    out->append(c);
                continue;
            }
            if (atEnd())
                return false;
            const QChar e = peek();
            advance();
            QChar decoded;
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                decoded = e;
                break;
            case u'b':
                decoded = u'\b';
                break;
            case u'f':
                decoded = u'\f';
                break;
            case u'n':
                decoded = u'\n';
                break;
            case u'r':
                decoded = u'\r';
                break;
            case u't':
                decoded = u'\t';
                break;
            case u'u': {
                // Surrogate pairs arrive as two escapes; appending the units in order rebuilds
                // the character.
                const std::optional<char16_t> unit = readHex4();
                if (!unit)
                    return false;
                decoded = QChar(*unit);
                break;
            }
            default:
                return false;
            }
            if (out)
                out->append(decoded);
        }
        return false;
    }

    // Reads any JSON value. For scalars, `raw` receives the token as written (strings decoded).
    bool readValue(int depth, QString *raw)
    {
        skipSpace();
        if (atEnd())
            return false;
        const QChar c = peek();
        if (c == u'"')
            return readString(raw);
        if (c == u'{' || c == u'[')
            return readContainer(depth + 1);
        QString token;
        while (!atEnd()) {
            const char16_t u = peek().unicode();
            const bool tokenChar = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')
                || (u >= 'A' && u <= 'Z') || u == '-' || u == '+' || u == '.';
            if (!tokenChar || token.size() > 64)
                break;
            token.append(peek());
            advance();
        }
        if (token.isEmpty())
            return false;
        const bool literal = token == u"true" || token == u"false" || token == u"null";
        if (!literal && !isAsciiDigit(token.front()) && token.front() != u'-')
            return false;
        if (raw)
            *raw = token;
        return true;
    }

private:
    // Decodes the character at m_pos: its value and how many source characters it takes
    // (0 at the end of the input).
    void decodeCurrent()
    {
        m_width = 0;
        if (m_pos >= m_limit)
            return;
        const QChar c = m_text.at(m_pos);
        if (!m_escaped) {
            m_current = c;
            m_width = 1;
            return;
        }
        if (c == u'"')
            return; // the enclosing string ends here
        if (c != u'\\') {
            m_current = c;
            m_width = 1;
            return;
        }
        if (m_pos + 1 >= m_limit)
            return;
        switch (m_text.at(m_pos + 1).unicode()) {
        case u'"':
        case u'\\':
        case u'/':
            m_current = m_text.at(m_pos + 1);
            m_width = 2;
            return;
        case u'n':
            m_current = u'\n';
            m_width = 2;
            return;
        case u'r':
            m_current = u'\r';
            m_width = 2;
            return;
        case u't':
            m_current = u'\t';
            m_width = 2;
            return;
        case u'u':
            if (m_pos + 6 <= m_limit) {
                bool ok = false;
                const ushort unit = m_text.sliced(m_pos + 2, 4).toUShort(&ok, 16);
                if (ok) {
                    m_current = QChar(unit);
                    m_width = 6;
                }
            }
            return;
        default:
            return; // not valid in a JSON string: stop here
        }
    }

    std::optional<char16_t> readHex4()
    {
        char16_t unit = 0;
        for (int k = 0; k < 4; ++k) {
            if (atEnd())
                return std::nullopt;
            const char16_t u = peek().unicode();
            int digit = -1;
            if (u >= '0' && u <= '9')
                digit = u - '0';
            else if (u >= 'a' && u <= 'f')
                digit = u - 'a' + 10;
            else if (u >= 'A' && u <= 'F')
                digit = u - 'A' + 10;
            if (digit < 0)
                return std::nullopt;
            unit = char16_t(unit * 16 + digit);
            advance();
        }
        return unit;
    }

    bool readContainer(int depth)
    {
        if (depth > ErrorTextScanner::MaxObjectDepth)
            return false;
        const bool object = peek() == u'{';
        const char16_t close = object ? u'}' : u']';
        advance();
        skipSpace();
        if (!atEnd() && peek().unicode() == close) {
            advance();
            return true;
        }
        while (true) {
            if (object) {
                skipSpace();
                if (!readString(nullptr) || !expect(u':'))
                    return false;
            }
            if (!readValue(depth, nullptr))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            const QChar next = peek();
            advance();
            if (next.unicode() == close)
                return true;
            if (next != u',')
                return false;
        }
    }

    QStringView m_text;
    qsizetype m_pos;
    qsizetype m_limit;
    bool m_escaped;
    QChar m_current;
    qsizetype m_width = 0;
};

// The code a JSON scalar names: "4031003", 4031003 or 4031003.0; 0 for anything else.
int codeFrom(const QString &raw)
{
    bool ok = false;
    const int code = raw.trimmed().toInt(&ok);
    if (ok)
        return code > 0 ? code : 0;
    const double number = raw.toDouble(&ok);
    if (ok && number >= 1 && number <= 2147483647.0 && double(qint64(number)) == number)
        return int(number);
    return 0;
}

// Reads `: { ... }` after an "error" key: the members, picking out code and msg.
std::optional<FoundError> readMembers(ObjectReader &reader)
{
    if (!reader.expect(u':'))
        return std::nullopt;
    reader.skipSpace();
    if (reader.atEnd() || reader.peek() != u'{')
        return std::nullopt;
    reader.advance();

    FoundError found;
    found.fromObject = true;
    bool hasCode = false;
    bool hasMessage = false;
    reader.skipSpace();
    if (reader.atEnd())
        return std::nullopt;
    if (reader.peek() == u'}') {
        reader.advance();
    } else {
        while (true) {
            reader.skipSpace();
            QString key;
            if (!reader.readString(&key) || !reader.expect(u':'))
                return std::nullopt;
            QString value;
            const bool wanted = key == u"code" || key == u"msg" || key == u"message";
            if (!reader.readValue(1, wanted ? &value : nullptr))
                return std::nullopt;
            if (key == u"code" && !hasCode) {
                hasCode = true;
                found.rawCode = value;
                found.code = codeFrom(value);
            } else if (key == u"msg" || (key == u"message" && !hasMessage)) {
                hasMessage = true;
                found.serverMessage = value;
            }
            if (reader.expect(u'}'))
                break;
            if (!reader.expect(u','))
                return std::nullopt;
        }
    }
    // {"error":{}} or an object without code or msg is not a platform error.
    if (!hasCode && !hasMessage)
        return std::nullopt;
    return found;
}

// Tries to read `"error": { ... }` (or `\"error\": { ... }` when `escaped`) starting at the key.
// On success `end` is the position just past the object's closing brace.
std::optional<FoundError> readErrorObject(
    QStringView text, qsizetype keyStart, bool escaped, qsizetype *end)
{
    const qsizetype keyLength = escaped ? 9 : 7; // "error" with its (escaped) quotes
    const qsizetype limit = std::min(text.size(), keyStart + ErrorTextScanner::MaxObjectLength);
    ObjectReader reader(text, keyStart + keyLength, limit, escaped);
    std::optional<FoundError> found = readMembers(reader);
    if (found)
        *end = reader.pos();
    return found;
}

// Whether a bare 7-digit number is worth reporting as a platform code.
bool isPlatformCode(int code, const ErrorCatalogue &catalogue)
{
    if (catalogue.find(code))
        return true;
    // 2xx is success: the platform has no codes there, and 200xxxx numbers in logs are
    // timestamps and sizes far more often than anything else.
    const int status = ErrorCatalogue::statusOfCode(code);
    return status >= 400 && catalogue.httpStatus(status) != nullptr;
}

} // namespace

// Turns offsets into line/column, walking forward only (offsets arrive in increasing order).
// Offsets are the whole text's; the counter reads the part of it in `window`, which starts at
// `base`, so the text can be scanned window by window.
class ErrorTextScanner::LineCounter final
{
public:
    void locate(QStringView window, qsizetype base, FoundError *found)
    {
        advanceTo(window, base, found->offset);
        found->line = m_line;
        found->column = int(found->offset - m_lineStart + 1);
    }

    void advanceTo(QStringView window, qsizetype base, qsizetype offset)
    {
        for (; m_pos < offset; ++m_pos) {
            if (window.at(m_pos - base) == u'\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
    }

private:
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

namespace { } // namespace

QList<FoundError> ErrorTextScanner::scan(QStringView text)
{
    return scan(text, ErrorCatalogue::builtin());
}

QList<FoundError> ErrorTextScanner::scan(QStringView text, const ErrorCatalogue &catalogue)
{
    QList<FoundError> result;
    scan(text, catalogue, [&result](FoundError &&found) { result.append(std::move(found)); });
    return result;
}

qsizetype ErrorTextScanner::scan(
    QStringView text, const ErrorCatalogue &catalogue, const Visitor &visit)
{
    LineCounter lines;
    qsizetype count = 0;
    scanWindow(text, 0, 0, text.size(), true, catalogue, lines, [&](FoundError &&found) {
        ++count;
        visit(std::move(found));
    });
    return count;
}

qsizetype ErrorTextScanner::scanWindow(QStringView text, qsizetype base, qsizetype i,
    qsizetype stop, bool final, const ErrorCatalogue &catalogue, LineCounter &lines,
    const Visitor &visit)
{
    static constexpr QStringView errorKey = u"\"error\"";
    static constexpr QStringView escapedErrorKey = u"\\\"error\\\"";
    const qsizetype n = text.size();
    while (i < stop) {
        const QChar c = text.at(i);
        const bool plainKey = c == u'"' && text.sliced(i).startsWith(errorKey);
        const bool escapedKey = c == u'\\' && text.sliced(i).startsWith(escapedErrorKey);
        if (plainKey || escapedKey) {
            qsizetype end = 0;
            std::optional<FoundError> found = readErrorObject(text, i, escapedKey, &end);
            if (found) {
                // Report the whole {"error":{...}} when the key opens its own object.
                qsizetype start = i;
                qsizetype before = i - 1;
                while (before >= 0 && i - before < 256) {
                    if (isJsonSpace(text.at(before)))
                        --before;
                    else if (escapedKey && before >= 1 && text.at(before - 1) == u'\\'
                        && isEscapedSpace(text.at(before)))
                        before -= 2;
                    else
                        break;
                }
                qsizetype after = end;
                while (after < n && after - end < 256) {
                    if (isJsonSpace(text.at(after)))
                        ++after;
                    else if (escapedKey && after + 1 < n && text.at(after) == u'\\'
                        && isEscapedSpace(text.at(after + 1)))
                        after += 2;
                    else
                        break;
                }
                if (before >= 0 && text.at(before) == u'{' && after < n && text.at(after) == u'}') {
                    start = before;
                    end = after + 1;
                }
                found->offset = base + start;
                found->length = end - start;
                lines.locate(text, base, &*found);
                visit(std::move(*found));
                i = end;
                continue;
            }
            ++i;
            continue;
        }
        if (!isAsciiDigit(c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isAsciiDigit(text.at(j)))
            ++j;
        if (j == n && !final) {
            // A run of digits to the end of the window is longer than the lookahead, so no
            // code: resume on its last digit, which counts as glued to the one before it.
            return j - 1;
        }
        const qsizetype length = j - i;
        const bool gluedBefore = i > 0
            && (isAsciiWordChar(text.at(i - 1))
                || (text.at(i - 1) == u'.' && i > 1 && isAsciiDigit(text.at(i - 2))));
        const bool gluedAfter = j < n
            && (isAsciiWordChar(text.at(j))
                || (text.at(j) == u'.' && j + 1 < n && isAsciiDigit(text.at(j + 1))));
        if (length == 7 && !gluedBefore && !gluedAfter) {
            const QStringView digits = text.sliced(i, length);
            const int code = digits.toInt();
            if (isPlatformCode(code, catalogue)) {
                FoundError found;
                found.code = code;
                found.rawCode = digits.toString();
                found.offset = base + i;
                found.length = length;
                lines.locate(text, base, &found);
                visit(std::move(found));
            }
        }
        i = j;
    }
    return i;
}

ErrorTextScanner::Stream::Stream(const ErrorCatalogue &catalogue, Visitor visit)
    : m_catalogue(catalogue)
    , m_visit(std::move(visit))
    , m_lines(std::make_unique<LineCounter>())
{ }

ErrorTextScanner::Stream::~Stream() = default;

void ErrorTextScanner::Stream::feed(QStringView text)
{
    m_window.append(text);
    process(false);
}

void ErrorTextScanner::Stream::finish()
{
    process(true);
}

void ErrorTextScanner::Stream::process(bool final)
{
    const qsizetype stop = final ? m_window.size() : m_window.size() - Lookahead;
    if (stop > m_resume) {
        m_resume = scanWindow(m_window, m_base, m_resume, stop, final, m_catalogue, *m_lines,
            [this](FoundError &&found) {
                ++m_count;
                m_visit(std::move(found));
            });
    }
    // Keep only what the next positions may look back at; drop the rest once it is worth it.
    const qsizetype keepFrom = m_resume - Lookback;
    if (keepFrom > 0 && (final || keepFrom >= Lookahead)) {
        m_lines->advanceTo(m_window, m_base, m_base + keepFrom);
        m_window.remove(0, keepFrom);
        m_base += keepFrom;
        m_resume -= keepFrom;
    }
}

} // namespace xlink
