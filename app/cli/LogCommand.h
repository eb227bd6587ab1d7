#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace xlink {
struct LogFilter;
}

namespace xlink::cli {

// `xlink-cli log list|export|path`: reads the failure log the console and `xlink-cli call`
// write. Filters: --code, --status, --since, --until, --grep, --endpoint, --env, --kind, --all.
class LogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xlink::cli::LogCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // True when the command line asks for a PDF export, which needs a QGuiApplication (fonts):
    // main() then creates one on the offscreen platform instead of a QCoreApplication.
    static bool needsGui(int argc, char **argv);

private:
    int list(const QStringList &arguments);
    int exportReport(const QStringList &arguments);
    int path(const QStringList &arguments);
    static void addFilterOptions(QCommandLineParser &parser);
    // Fills `filter` from the parsed options; false with a message on stderr for bad values.
    static bool readFilter(const QCommandLineParser &parser, LogFilter &filter);
};

} // namespace xlink::cli
