#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace xlink::cli {

// Dispatches `xlink-cli COMMAND ...` to the command of that name; prints the overview for
// `--help` and the version for `--version`.
class CliApplication final
{
public:
    CliApplication();
    int run(const QStringList &arguments);

private:
    void printOverview() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace xlink::cli
