#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli call METHOD PATH`: logs in with the session logic the console uses, sends one
// request, prints the body (or a --json summary) and exits with the shared exit codes.
class CallCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
