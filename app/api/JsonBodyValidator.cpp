#include "JsonBodyValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace xlink {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Walks valid JSON token by token and writes it again with the requested layout. Strings are
// copied verbatim (escapes included), so nothing but whitespace outside strings changes.
QByteArray reformat(const QByteArray &body, int indent)
{
    const bool pretty = indent > 0;
    QByteArray out;
    out.reserve(body.size() + body.size() / 4);
    int depth = 0;
    auto newline = [&] {
        if (!pretty)
            return;
        out += '\n';
        out += QByteArray(qsizetype(depth) * indent, ' ');
    };
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = body.at(i);
        if (isJsonSpace(c))
            continue;
        switch (c) {
        case '"': {
            const qsizetype start = i++;
            while (i < n && body.at(i) != '"') {
                if (body.at(i) == '\\')
                    ++i;
                ++i;
            }
            out += QByteArrayView(body).sliced(start, std::min(i, n - 1) - start + 1);
            break;
        }
        case '{':
        case '[': {
            // Keep empty containers on one line: {} and [].
            qsizetype j = i + 1;
            while (j < n && isJsonSpace(body.at(j)))
                ++j;
            const char close = c == '{' ? '}' : ']';
            if (j < n && body.at(j) == close) {
                out += c;
                out += close;
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += pretty ? QByteArrayView(": ") : QByteArrayView(":");
            break;
        default:
            out += c;
            break;
        }
    }
    if (pretty)
        out += '\n';
    return out;
}

} // namespace

std::pair<int, int> JsonBodyValidator::lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Count characters, not bytes: UTF-8 continuation bytes do not start a character.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return { line, column };
}

QString JsonBodyValidator::Result::describe() const
{
    if (valid)
        return {};
    return QCoreApplication::translate("xlink::JsonBodyValidator", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

JsonBodyValidator::Result JsonBodyValidator::validate(const QByteArray &body)
{
    Result result;
    if (std::all_of(body.cbegin(), body.cend(), isJsonSpace)) {
        result.empty = true;
        return result;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return result;
    result.valid = false;
    result.offset = error.offset;
    const auto [line, column] = lineAndColumn(body, error.offset);
    result.line = line;
    result.column = column;
    result.message = error.errorString();
    return result;
}

QByteArray JsonBodyValidator::prettyPrinted(const QByteArray &body, int indent)
{
    const Result check = validate(body);
    if (!check.valid || check.empty)
        return body;
    return reformat(body, std::max(indent, 1));
}

QByteArray JsonBodyValidator::reindented(const QByteArray &text, int indent)
{
    return reformat(text, std::max(indent, 1));
}

QByteArray JsonBodyValidator::compacted(const QByteArray &body)
{
    const Result check = validate(body);
    if (!check.valid || check.empty)
        return body;
    return reformat(body, 0);
}

} // namespace xlink
