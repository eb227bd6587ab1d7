#include "Console.h"

#include <cstdio>

namespace xlink::cli {

void Console::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void Console::err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Console::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace xlink::cli
