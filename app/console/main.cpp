#include "ApplicationIcon.h"
#include "MainWindow.h"
#include "util/ApplicationIdentity.h"
#include "util/Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    xlink::ApplicationIdentity::apply();
    // Ties windows to the installed desktop entry, so Wayland shells show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(XLINK_APP_ID));
    QApplication::setWindowIcon(xlink::ApplicationIcon::icon());
    xlink::Translations::install(xlink::Translations::systemLanguage());

    xlink::MainWindow window;
    window.show();
    return QApplication::exec();
}
