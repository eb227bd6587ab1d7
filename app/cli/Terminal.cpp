#include "Terminal.h"

#include <cstdio>

namespace xlink::cli {

void Terminal::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void Terminal::err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Terminal::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace xlink::cli
