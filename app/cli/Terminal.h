#pragma once

#include <QString>

namespace xlink::cli {

// Writes UTF-8 to stdout/stderr without going through qDebug (which a release build silences)
// and without locale-dependent conversions.
class Terminal final
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    static void outBytes(const QByteArray &bytes);
};

} // namespace xlink::cli
