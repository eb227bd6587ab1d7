#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace xlink::cli {

// `xlink-cli team-log init|check`: creates or migrates the team log's tables on a PostgreSQL
// server (init), or tells whether this console can reach, read and write it (check), in the
// user's words.
class TeamLogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::TeamLogCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int init(const QStringList &arguments);
    int check(const QStringList &arguments);
};

} // namespace xlink::cli
