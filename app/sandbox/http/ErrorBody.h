#pragma once

#include <QByteArray>
#include <QString>

namespace xlink::sandbox {

// The platform's error body, {"error":{"code":"4031003","msg":"无效的Access-Token"}}, with the
// message taken from the built-in catalogue: the one source of truth for codes and texts.
// A `detail` (the field that failed, say) follows the message after a colon.
class ErrorBody final
{
public:
    enum class CodeForm { String, Number };
    enum class MessageLanguage { Chinese, English };

    // The sandbox's own codes for what its transport guard refuses. The platform publishes no
    // code for these statuses, so each follows the error-code rule (its first three digits are
    // the HTTP status) and its text is the sandbox's.
    static constexpr int requestTimeoutCode = 4081001; // 408: the request did not arrive in time
    static constexpr int bodyTooLargeCode = 4131001; // 413: the body is over the limit
    static constexpr int uriTooLongCode = 4141001; // 414: the request line is over the limit
    static constexpr int headersTooLargeCode = 4311001; // 431: the headers are over the limit

    static QByteArray render(int code, CodeForm form = CodeForm::String,
        MessageLanguage language = MessageLanguage::Chinese, const QString &detail = {});
};

} // namespace xlink::sandbox
