#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return xlink::cli::CliApplication().run(QCoreApplication::arguments());
}
