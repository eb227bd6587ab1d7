#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli api export|list|show`: the platform API as the console describes it (the built-in
// OpenAPI description), for other tools and for scripts.
class ApiCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
