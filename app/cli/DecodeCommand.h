#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli decode [FILE] [--json]`: every platform error object and bare platform code in a
// text (a file, or standard input), decoded with the catalogue. Exit 0 when something was
// found, 1 when nothing was, 2 on usage errors and input that is not UTF-8 text.
class DecodeCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // Inputs beyond this are refused: no log excerpt or response worth decoding is that big.
    static constexpr qint64 MaxInputSize = 256 * 1024 * 1024;
};

} // namespace xlink::cli
