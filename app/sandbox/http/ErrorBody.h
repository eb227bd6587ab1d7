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

    // The sandbox's own code for a request that did not arrive in time (HTTP 408): the
    // platform publishes none, so its text is the sandbox's.
    static constexpr int requestTimeoutCode = 4081001;

    static QByteArray render(int code, CodeForm form = CodeForm::String,
        MessageLanguage language = MessageLanguage::Chinese, const QString &detail = {});
};

} // namespace xlink::sandbox
