#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("xlink-console"));
    QApplication::setApplicationName(QStringLiteral("xlink-console"));
    QApplication::setApplicationVersion(QStringLiteral(XLINK_VERSION));
    xlink::Translations::install(xlink::Translations::systemLanguage());

    xlink::MainWindow window;
    window.show();
    return QApplication::exec();
}
