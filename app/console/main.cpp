#include "ApplicationIcon.h"
#include "DeferredIconStyle.h"
#include "MainWindow.h"
#include "QuitAfterFirstPaint.h"
#include "UiSettings.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>

namespace {

// --help and --version only print, so they are answered before QApplication, which needs a
// display: `xlink-console --version` works over SSH and in a package's smoke test.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

void setUpApplication()
{
    xlink::ApplicationIdentity::apply();
    xlink::Translations::install(xlink::UiSettings::effectiveLanguage());
}

QCommandLineOption quitAfterShowOption()
{
    return QCommandLineOption(QStringLiteral("quit-after-show"),
        QCoreApplication::translate(
            "main", "Quit as soon as the window has been shown (for measuring startup time)."));
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Developer console for the XLink (云智易) IoT platform: error codes, API calls, "
        "failure log."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(quitAfterShowOption());
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication();
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new xlink::DeferredIconStyle);
    setUpApplication();
    // Ties windows to the installed desktop entry, so Wayland shells show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(XLINK_APP_ID));
    QApplication::setWindowIcon(xlink::ApplicationIcon::icon());

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    xlink::MainWindow window;
    if (parser.isSet(quitAfterShowOption()))
        new xlink::QuitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
