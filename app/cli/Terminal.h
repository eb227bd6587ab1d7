#pragma once

#include <QString>

#include <optional>

namespace xlink::cli {

// Writes UTF-8 to stdout/stderr without going through qDebug (which a release build silences)
// and without locale-dependent conversions; reads a secret from stdin.
class Terminal final
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    static void outBytes(const QByteArray &bytes);
    // The first line of standard input without its line break, or nullopt when it is empty:
    // how passwords and secrets reach the CLI without showing in the process list or the
    // shell's history.
    static std::optional<QString> secretLineFromStdin();
};

} // namespace xlink::cli
