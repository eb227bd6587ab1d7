#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli var list|set|unset`: the user's own variables of a console environment
// (UserVariableStore), which `run` and `call` use as {{name}}; a secret one's value goes to the
// keychain, read from standard input, and is never printed.
class VarCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
