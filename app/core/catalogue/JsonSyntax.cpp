#include "catalogue/JsonSyntax.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

namespace xlink {

namespace {

constexpr int maxDepth = 1024; // QJsonDocument's nesting limit

class Checker
{
public:
    explicit Checker(QByteArrayView text)
        : m_data(text.data())
        , m_size(text.size())
    { }

    QJsonParseError run()
    {
        skipSpace();
        if (m_pos >= m_size)
            return fail(QJsonParseError::IllegalValue);
        if (m_data[m_pos] != '{' && m_data[m_pos] != '[')
            return fail(QJsonParseError::IllegalValue);
        if (!value())
            return m_error;
        skipSpace();
        if (m_pos < m_size)
            return fail(QJsonParseError::GarbageAtEnd);
        return { 0, QJsonParseError::NoError };
    }

private:
    QJsonParseError fail(QJsonParseError::ParseError error)
    {
        m_error = { int(std::min<qsizetype>(m_pos, std::numeric_limits<int>::max())), error };
        return m_error;
    }
    bool failed(QJsonParseError::ParseError error)
    {
        fail(error);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    // Containers are walked with an explicit stack so that depth never grows the C++ stack.
    bool value()
    {
        std::vector<char> stack; // the open '{' and '['
        bool expectValue = true;
        while (true) {
            skipSpace();
            if (m_pos >= m_size)
                return failed(stack.empty()   ? QJsonParseError::IllegalValue
                        : stack.back() == '{' ? QJsonParseError::UnterminatedObject
                                              : QJsonParseError::UnterminatedArray);
            const char c = m_data[m_pos];
            if (expectValue) {
                if (c == '{' || c == '[') {
                    if (int(stack.size()) >= maxDepth)
                        return failed(QJsonParseError::DeepNesting);
                    stack.push_back(c);
                    ++m_pos;
                    skipSpace();
                    if (m_pos < m_size && m_data[m_pos] == (c == '{' ? '}' : ']')) {
                        ++m_pos;
                        stack.pop_back();
                        expectValue = false;
                    } else if (c == '{' && !member()) {
                        return false;
                    }
                } else {
                    if (!scalar())
                        return false;
                    expectValue = false;
                }
                if (stack.empty())
                    return true;
                continue;
            }
            // After a value: a separator or the end of its container.
            const char open = stack.back();
            if (c == ',') {
                ++m_pos;
                if (open == '{' && !member())
                    return false;
                expectValue = true;
            } else if (c == (open == '{' ? '}' : ']')) {
                ++m_pos;
                stack.pop_back();
                if (stack.empty())
                    return true;
            } else {
                return failed(QJsonParseError::MissingValueSeparator);
            }
        }
    }

    // `"key" :` before a member's value.
    bool member()
    {
        skipSpace();
        if (m_pos >= m_size)
            return failed(QJsonParseError::UnterminatedObject);
        if (m_data[m_pos] != '"')
            return failed(QJsonParseError::IllegalValue);
        if (!string())
            return false;
        skipSpace();
        if (m_pos >= m_size || m_data[m_pos] != ':')
            return failed(QJsonParseError::MissingNameSeparator);
        ++m_pos;
        return true;
    }

    bool scalar()
    {
        const char c = m_data[m_pos];
        if (c == '"')
            return string();
        for (const char *literal : { "true", "false", "null" }) {
            const qsizetype length = qsizetype(qstrlen(literal));
            if (c == literal[0]) {
                if (m_size - m_pos >= length
                    && std::memcmp(m_data + m_pos, literal, size_t(length)) == 0) {
                    m_pos += length;
                    return true;
                }
                return failed(QJsonParseError::IllegalValue);
            }
        }
        // Anything else is read as a number, as QJsonDocument does.
        return number();
    }

    // The grammar QJsonDocument reads: it allows a missing integer or fraction part (".5",
    // "1."), not a number without any digit or an exponent without digits.
    bool number()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_data[m_pos] == '-')
            ++m_pos;
        qsizetype mantissa = 0;
        if (m_pos < m_size && m_data[m_pos] == '0') {
            ++m_pos;
            mantissa = 1;
        } else {
            mantissa = digits();
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            mantissa += digits();
        }
        if (mantissa == 0)
            return failed(QJsonParseError::IllegalNumber);
        bool exponent = false;
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            exponent = true;
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return failed(QJsonParseError::IllegalNumber);
        }
        // Like QJsonDocument: a number beyond a double's range, either way, is refused.
        if (exponent || m_pos - start > 308) {
            double value = 0;
            const auto result = std::from_chars(m_data + start, m_data + m_pos, value);
            if (result.ec == std::errc::result_out_of_range) {
                m_pos = start;
                return failed(QJsonParseError::IllegalNumber);
            }
        }
        return true;
    }

    bool string()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_size) {
            const uchar c = uchar(m_data[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                ++m_pos;
                if (m_pos >= m_size)
                    break;
                // Like QJsonDocument: \u needs four hex digits, any other byte stands for
                // itself.
                if (m_data[m_pos] == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (m_pos + i >= m_size || !std::isxdigit(uchar(m_data[m_pos + i])))
                            return failed(QJsonParseError::IllegalEscapeSequence);
                    }
                    m_pos += 5;
                } else {
                    ++m_pos; // one byte, whatever it is, as QJsonDocument takes it
                }
                continue;
            }
            if (c < 0x80) {
                ++m_pos;
                continue;
            }
            if (!utf8Sequence())
                return failed(QJsonParseError::IllegalUTF8String);
        }
        return failed(QJsonParseError::UnterminatedString);
    }

    bool utf8Sequence()
    {
        const uchar lead = uchar(m_data[m_pos]);
        int length;
        char32_t min;
        char32_t code;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2, min = 0x80, code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3, min = 0x800, code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4, min = 0x10000, code = lead & 0x07;
        } else {
            return false;
        }
        if (m_pos + length > m_size)
            return false;
        for (int i = 1; i < length; ++i) {
            const uchar next = uchar(m_data[m_pos + i]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        m_pos += length;
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QJsonParseError m_error { 0, QJsonParseError::NoError };
};

} // namespace

QJsonParseError JsonSyntax::check(QByteArrayView text)
{
    return Checker(text).run();
}

} // namespace xlink
