#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace xlink::cli {

// `xlink-cli sandbox`: runs the local platform sandbox until SIGINT or SIGTERM.
class SandboxCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::SandboxCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
