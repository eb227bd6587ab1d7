#include "CliApplication.h"
#include "LogCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    // A CI or cron job has no XDG_RUNTIME_DIR, which the platform plugin asks for; Qt would
    // pick a folder itself and warn about it on the terminal. A private one (0700) instead,
    // removed when the command ends (after the application).
    std::optional<QTemporaryDir> runtimeDir;
    // A PDF report needs fonts, hence a QGuiApplication; on the offscreen platform so the CLI
    // still runs without a display. Every other command stays a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (xlink::cli::LogCommand::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir.emplace();
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return xlink::cli::CliApplication().run(QCoreApplication::arguments());
}
