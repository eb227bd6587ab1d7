#include "report/JsonWriter.h"

#include <QString>

namespace xlink {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// The ASCII character `c` (< 0x80) as JSON writes it inside a string.
inline void appendAscii(QByteArray &out, char16_t c)
{
    if (c >= 0x20 && c != u'"' && c != u'\\') {
        out.append(char(c));
        return;
    }
    out.append('\\');
    switch (c) {
    case u'"':
        out.append('"');
        break;
    case u'\\':
        out.append('\\');
        break;
    case u'\b':
        out.append('b');
        break;
    case u'\f':
        out.append('f');
        break;
    case u'\n':
        out.append('n');
        break;
    case u'\r':
        out.append('r');
        break;
    case u'\t':
        out.append('t');
        break;
    default:
        out.append("u00", 3);
        out.append(hexDigits[c >> 4]);
        out.append(hexDigits[c & 0xf]);
    }
}

} // namespace

void JsonWriter::separate()
{
    if (m_needsComma)
        m_out.append(',');
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needsComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needsComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needsComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needsComma = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_needsComma = false;
}

void JsonWriter::escaped(QStringView text)
{
    // Room for the worst case (a control character escaped in six bytes), written through a
    // pointer: appending byte by byte cost more than the rest of the record.
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() * 6);
    char *out = m_out.data() + start;
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t c = *it++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *out++ = char(c);
                continue;
            }
            *out++ = '\\';
            switch (c) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case u'\b':
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = 'f';
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigits[c >> 4];
                *out++ = hexDigits[c & 0xf];
            }
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t u = QChar::surrogateToUcs4(c, *it++);
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form: QJsonDocument writes it as an escape too.
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigits[(c >> 12) & 0xf];
            *out++ = hexDigits[(c >> 8) & 0xf];
            *out++ = hexDigits[(c >> 4) & 0xf];
            *out++ = hexDigits[c & 0xf];
        }
    }
    m_out.resize(out - m_out.constData());
}

void JsonWriter::string(QStringView text)
{
    separate();
    m_out.append('"');
    escaped(text);
    m_out.append('"');
    m_needsComma = true;
}

void JsonWriter::utf8String(QByteArrayView text)
{
    if (isAscii(text))
        asciiString(text);
    else
        string(QString::fromUtf8(text));
}

void JsonWriter::asciiString(QByteArrayView text)
{
    separate();
    m_out.append('"');
    const char *it = text.data();
    const char *const end = it + text.size();
    while (it != end) {
        // Copy the run that needs no escape in one go.
        const char *run = it;
        while (it != end && (uchar(*it) >= 0x20 && *it != '"' && *it != '\\'))
            ++it;
        m_out.append(run, it - run);
        if (it != end)
            appendAscii(m_out, char16_t(uchar(*it++)));
    }
    m_out.append('"');
    m_needsComma = true;
}

void JsonWriter::latin1String(QByteArrayView text)
{
    if (isAscii(text))
        asciiString(text);
    else
        string(QString::fromLatin1(text));
}

void JsonWriter::number(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    m_needsComma = true;
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
    m_needsComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    m_needsComma = true;
}

bool JsonWriter::isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace xlink
