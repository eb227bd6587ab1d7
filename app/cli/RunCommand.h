#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli run PATH...`: runs .http collections (folders or files) against an environment
// through the call pipeline, with chaining and ?? assertions, and reports each request as text,
// JSON or JUnit XML. The exit code says how the run went (see the help).
class RunCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
