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

// A bounded recursive-descent reader for the inside of one error object. It fails (rather than
// reading on) at the end of its window or past its nesting limit, which is what keeps the whole
// scan linear: every candidate costs at most MaxObjectLength steps, and candidates nested in
// one another are at most MaxObjectDepth deep.
class ObjectReader final
{
public:
    ObjectReader(QStringView text, qsizetype start, qsizetype limit)
        : m_text(text)
        , m_pos(start)
        , m_limit(limit)
    { }

    qsizetype pos() const { return m_pos; }

    bool atEnd() const { return m_pos >= m_limit; }
    QChar peek() const { return m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(peek()))
            ++m_pos;
    }

    bool expect(char16_t c)
    {
        skipSpace();
        if (atEnd() || peek().unicode() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Reads a JSON string starting at the opening quote; decodes it into `out` when given.
    bool readString(QString *out)
    {
        if (atEnd() || peek() != u'"')
            return false;
        ++m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            ++m_pos;
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
            ++m_pos;
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                if (out)
                    out->append(e);
                break;
            case u'b':
                if (out)
                    out->append(u'\b');
                break;
            case u'f':
                if (out)
                    out->append(u'\f');
                break;
            case u'n':
                if (out)
                    out->append(u'\n');
                break;
            case u'r':
                if (out)
                    out->append(u'\r');
                break;
            case u't':
                if (out)
                    out->append(u'\t');
                break;
            case u'u': {
                if (m_limit - m_pos < 4)
                    return false;
                bool ok = false;
                const ushort unit = m_text.sliced(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                m_pos += 4;
                // Surrogate pairs arrive as two escapes; appending the units in order rebuilds
                // the character.
                if (out)
                    out->append(QChar(unit));
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    // Reads any JSON value. For scalars, `raw` receives the token as written (strings decoded).
    bool readValue(int depth, QString *raw, bool *isString)
    {
        skipSpace();
        if (atEnd())
            return false;
        const QChar c = peek();
        if (isString)
            *isString = c == u'"';
        if (c == u'"')
            return readString(raw);
        if (c == u'{' || c == u'[')
            return readContainer(depth + 1);
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char16_t u = peek().unicode();
            const bool tokenChar = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')
                || (u >= 'A' && u <= 'Z') || u == '-' || u == '+' || u == '.';
            if (!tokenChar)
                break;
            ++m_pos;
        }
        if (m_pos == start)
            return false;
        const QStringView token = m_text.sliced(start, m_pos - start);
        const bool literal = token == u"true" || token == u"false" || token == u"null";
        if (!literal && !isAsciiDigit(token.front()) && token.front() != u'-')
            return false;
        if (raw)
            *raw = token.toString();
        return true;
    }

private:
    bool readContainer(int depth)
    {
        if (depth > ErrorTextScanner::MaxObjectDepth)
            return false;
        const bool object = peek() == u'{';
        const char16_t close = object ? u'}' : u']';
        ++m_pos;
        skipSpace();
        if (!atEnd() && peek().unicode() == close) {
            ++m_pos;
            return true;
        }
        while (true) {
            if (object) {
                skipSpace();
                if (!readString(nullptr) || !expect(u':'))
                    return false;
            }
            if (!readValue(depth, nullptr, nullptr))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            const QChar next = peek();
            ++m_pos;
            if (next.unicode() == close)
                return true;
            if (next != u',')
                return false;
        }
    }

    QStringView m_text;
    qsizetype m_pos;
    qsizetype m_limit;
};

// Tries to read `"error": { ... }` starting at the key's opening quote. Returns the error and
// the position just past its closing brace.
std::optional<FoundError> readErrorObject(QStringView text, qsizetype keyStart, qsizetype *end)
{
    constexpr qsizetype keyLength = 7; // "error" with its quotes
    const qsizetype limit = std::min(text.size(), keyStart + ErrorTextScanner::MaxObjectLength);
    ObjectReader reader(text, keyStart + keyLength, limit);
    if (!reader.expect(u':'))
        return std::nullopt;
    reader.skipSpace();
    if (reader.atEnd() || reader.peek() != u'{')
        return std::nullopt;

    FoundError found;
    found.fromObject = true;
    bool hasCode = false;
    bool hasMessage = false;
    // Read the members by hand (rather than as one container) to pick out code and msg.
    reader.expect(u'{');
    reader.skipSpace();
    if (reader.atEnd())
        return std::nullopt;
    if (reader.peek() == u'}') {
        reader.expect(u'}');
    } else {
        while (true) {
            reader.skipSpace();
            QString key;
            if (!reader.readString(&key) || !reader.expect(u':'))
                return std::nullopt;
            QString value;
            bool isString = false;
            const bool wanted = key == u"code" || key == u"msg" || key == u"message";
            if (!reader.readValue(1, wanted ? &value : nullptr, &isString))
                return std::nullopt;
            if (key == u"code" && !hasCode) {
                hasCode = true;
                found.rawCode = value;
                bool ok = false;
                const int code = value.trimmed().toInt(&ok);
                found.code = ok && code > 0 ? code : 0;
            } else if (key == u"msg" || (key == u"message" && !hasMessage)) {
                hasMessage = true;
                found.serverMessage = value;
            }
            reader.skipSpace();
            if (reader.atEnd())
                return std::nullopt;
            if (reader.expect(u'}'))
                break;
            if (!reader.expect(u','))
                return std::nullopt;
        }
    }
    // {"error":{}} or an object without code or msg is not a platform error.
    if (!hasCode && !hasMessage)
        return std::nullopt;
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

// Turns offsets into line/column, walking forward only (offsets arrive in increasing order).
class LineCounter final
{
public:
    explicit LineCounter(QStringView text)
        : m_text(text)
    { }

    void locate(FoundError *found)
    {
        for (; m_pos < found->offset; ++m_pos) {
            if (m_text.at(m_pos) == u'\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
        found->line = m_line;
        found->column = int(found->offset - m_lineStart + 1);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

} // namespace

QList<FoundError> ErrorTextScanner::scan(QStringView text)
{
    return scan(text, ErrorCatalogue::builtin());
}

QList<FoundError> ErrorTextScanner::scan(QStringView text, const ErrorCatalogue &catalogue)
{
    static constexpr QStringView errorKey = u"\"error\"";
    QList<FoundError> result;
    LineCounter lines(text);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' && text.sliced(i).startsWith(errorKey)) {
            qsizetype end = 0;
            if (std::optional<FoundError> found = readErrorObject(text, i, &end)) {
                // Report the whole {"error":{...}} when the key opens its own object.
                qsizetype start = i;
                qsizetype before = i - 1;
                while (before >= 0 && i - before < 256 && isJsonSpace(text.at(before)))
                    --before;
                qsizetype after = end;
                while (after < n && after - end < 256 && isJsonSpace(text.at(after)))
                    ++after;
                if (before >= 0 && text.at(before) == u'{' && after < n && text.at(after) == u'}') {
                    start = before;
                    end = after + 1;
                }
                found->offset = start;
                found->length = end - start;
                lines.locate(&*found);
                result.append(std::move(*found));
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
                found.offset = i;
                found.length = length;
                lines.locate(&found);
                result.append(std::move(found));
            }
        }
        i = j;
    }
    return result;
}

} // namespace xlink
