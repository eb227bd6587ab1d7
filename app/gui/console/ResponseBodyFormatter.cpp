#include "ResponseBodyFormatter.h"

#include "JsonBodyValidator.h"

namespace xlink {

namespace {

// The first `limit` bytes of `text`, ending at a line end where one is near, as valid UTF-8.
QString cut(const QByteArray &text, qint64 limit, bool *truncated)
{
    if (limit <= 0 || text.size() <= limit)
        return QString::fromUtf8(text);
    *truncated = true;
    qsizetype end = text.lastIndexOf('\n', limit);
    if (end < limit / 2)
        end = limit;
    // Never split a UTF-8 sequence: step back over continuation bytes.
    while (end > 0 && (uchar(text.at(end)) & 0xC0) == 0x80)
        --end;
    return QString::fromUtf8(text.constData(), end);
}

} // namespace

ResponseBodyFormatter::Result ResponseBodyFormatter::format(
    const QByteArray &body, qint64 limitBytes)
{
    Result result;
    result.fullBytes = body.size();
    const JsonBodyValidator::Result check = JsonBodyValidator::validate(body);
    result.isJson = check.valid && !check.empty;
    result.raw = cut(body, limitBytes, &result.truncated);
    if (result.isJson && (limitBytes <= 0 || body.size() <= limitBytes))
        result.document = QJsonDocument::fromJson(body);
    if (result.isJson)
        result.pretty = cut(JsonBodyValidator::prettyPrinted(body), limitBytes, &result.truncated);
    else
        result.pretty = result.raw;
    return result;
}

} // namespace xlink
