#pragma once

#include "CliCommand.h"

namespace xlink::cli {

// `xlink-cli lookup QUERY [--json] [--lang zh|en]`: CodeLookup over the built-in catalogue with
// the user's imported pages merged in. Exit 0 when a catalogue entry matched, 1 when none did
// (an unknown code is still explained by its class), 2 on usage errors.
class LookupCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace xlink::cli
