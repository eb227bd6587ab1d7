// Build step (not installed): turns resources/catalogue/error-codes.json into the binary form
// that ErrorCatalogue::builtin() reads at every start, and fails the build when the JSON is
// invalid or does not survive the round trip.
//   xlink-catalogue-compiler INPUT.json OUTPUT.bin
#include "catalogue/ErrorCatalogue.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s INPUT.json OUTPUT.bin\n", argv[0]);
        return 2;
    }
    QFile input(QString::fromLocal8Bit(argv[1]));
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[1]);
        return 1;
    }
    QString error;
    const xlink::ErrorCatalogue catalogue
        = xlink::ErrorCatalogue::fromJson(input.readAll(), &error);
    if (!error.isEmpty() || catalogue.isEmpty()) {
        std::fprintf(stderr, "%s: %s: %s\n", argv[0], argv[1],
            error.isEmpty() ? "no codes" : qPrintable(error));
        return 1;
    }
    const QByteArray binary = catalogue.toBinary();
    if (!(xlink::ErrorCatalogue::fromBinary(binary, &error) == catalogue)) {
        std::fprintf(
            stderr, "%s: the binary form does not read back (%s)\n", argv[0], qPrintable(error));
        return 1;
    }
    QSaveFile output(QString::fromLocal8Bit(argv[2]));
    if (!output.open(QIODevice::WriteOnly) || output.write(binary) != binary.size()
        || !output.commit()) {
        std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[2]);
        return 1;
    }
    return 0;
}
