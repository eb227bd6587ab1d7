#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli catalog import FILE.md [--dry-run] [--json]` merges a newer error-code page into
// the user catalogue; `xlink-cli catalog path` prints where that catalogue lives.
class CatalogCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
