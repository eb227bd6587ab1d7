#include "ResponseBodyFormatter.h"

#include "JsonBodyValidator.h"

#include <QJsonParseError>

namespace xlink {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool looksLikeJson(const QByteArray &body)
{
    const auto first = std::find_if_not(body.cbegin(), body.cend(), isJsonSpace);
    return first != body.cend() && (*first == '{' || *first == '[');
}

// The first `limit` bytes of `text`, ending at a line end where one is near, on a character
// boundary.
QByteArray cut(const QByteArray &text, qint64 limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = text.lastIndexOf('\n', limit);
    if (end < limit / 2)
        end = limit;
    // Never split a UTF-8 sequence: step back over continuation bytes.
    while (end > 0 && (uchar(text.at(end)) & 0xC0) == 0x80)
        --end;
    return text.first(end);
}

} // namespace

ResponseBodyFormatter::Result ResponseBodyFormatter::format(
    const QByteArray &body, qint64 displayLimitBytes, bool all)
{
    Result result;
    result.fullBytes = body.size();
    result.raw = std::make_shared<const TextLines>(body);
    if (displayLimitBytes <= 0 || body.size() <= displayLimitBytes) {
        QJsonParseError error;
        if (looksLikeJson(body))
            result.document = QJsonDocument::fromJson(body, &error);
        result.isJson = !result.document.isNull();
        result.pretty = result.isJson
            ? std::make_shared<const TextLines>(JsonBodyValidator::reindented(body))
            : result.raw;
        return result;
    }
    // Too large to parse for every display: the call's classification has said whether the
    // body is valid JSON; here it only needs to look like it.
    result.isJson = looksLikeJson(body);
    result.truncated = !all;
    if (!result.isJson) {
        result.pretty
            = all ? result.raw : std::make_shared<const TextLines>(cut(body, displayLimitBytes));
        return result;
    }
    const QByteArray part = all ? body : cut(body, displayLimitBytes);
    QByteArray pretty = JsonBodyValidator::reindented(part);
    if (!all)
        pretty = cut(pretty, displayLimitBytes);
    result.pretty = std::make_shared<const TextLines>(std::move(pretty));
    return result;
}

} // namespace xlink
