// The startup baseline for xlink-cli: a QCoreApplication that does nothing and exits.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
