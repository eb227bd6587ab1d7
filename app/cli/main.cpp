#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("xlink-console"));
    QCoreApplication::setApplicationName(QStringLiteral("xlink-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XLINK_VERSION));
    return 0;
}
