#include "ApplicationIcon.h"
#include "MainWindow.h"
#include "QuitAfterFirstPaint.h"
#include "UiSettings.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    xlink::ApplicationIdentity::apply();
    // Ties windows to the installed desktop entry, so Wayland shells show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(XLINK_APP_ID));
    QApplication::setWindowIcon(xlink::ApplicationIcon::icon());
    xlink::Translations::install(xlink::UiSettings::effectiveLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Developer console for the XLink (云智易) IoT platform: error codes, API calls, "
        "failure log."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"),
        QApplication::translate(
            "main", "Quit as soon as the window has been shown (for measuring startup time)."));
    parser.addOption(quitAfterShow);
    parser.process(app);

    xlink::MainWindow window;
    if (parser.isSet(quitAfterShow))
        new xlink::QuitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
