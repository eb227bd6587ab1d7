#pragma once

#include <QByteArray>

namespace xlink::sandbox {

// The platform's error body, {"error":{"code":"4031003","msg":"无效的Access-Token"}}, with the
// message taken from the built-in catalogue: the one source of truth for codes and texts.
class ErrorBody final
{
public:
    enum class CodeForm { String, Number };
    enum class MessageLanguage { Chinese, English };

    static QByteArray render(int code, CodeForm form = CodeForm::String,
        MessageLanguage language = MessageLanguage::Chinese);
};

} // namespace xlink::sandbox
