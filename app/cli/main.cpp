#include "CliApplication.h"
#include "LogCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // A PDF report needs fonts, hence a QGuiApplication; on the offscreen platform so the CLI
    // still runs without a display. Every other command stays a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (xlink::cli::LogCommand::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return xlink::cli::CliApplication().run(QCoreApplication::arguments());
}
