// libFuzzer target: the error catalogue's two readers. fromJson reads a user's imported
// catalogue file; fromBinary the compiled built-in one. The first byte picks the reader.
// A refused input gives an empty catalogue and a reason; an accepted JSON catalogue survives
// the binary form unchanged; fromBinary accepts only exactly what toBinary writes.
#include "FuzzCheck.h"
#include "catalogue/ErrorCatalogue.h"

#include <cstddef>
#include <cstdint>

using xlink::ErrorCatalogue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    if (data[0] % 2 == 0) {
        const ErrorCatalogue catalogue = ErrorCatalogue::fromJson(input, &error);
        if (catalogue.isEmpty())
            return 0;
        XLINK_FUZZ_CHECK(error.isEmpty());
        const QByteArray binary = catalogue.toBinary();
        QString binaryError;
        const ErrorCatalogue again = ErrorCatalogue::fromBinary(binary, &binaryError);
        XLINK_FUZZ_CHECK(binaryError.isEmpty());
        XLINK_FUZZ_CHECK(again.entries().size() == catalogue.entries().size());
        XLINK_FUZZ_CHECK(again.toBinary() == binary);
        for (const auto &entry : catalogue.entries())
            XLINK_FUZZ_CHECK(again.find(entry.code) != nullptr);
        return 0;
    }
    const ErrorCatalogue catalogue = ErrorCatalogue::fromBinary(input, &error);
    if (catalogue.isEmpty()) {
        // Refused with a reason, or a catalogue without entries written by toBinary().
        XLINK_FUZZ_CHECK(!error.isEmpty() || catalogue.toBinary() == input);
        return 0;
    }
    XLINK_FUZZ_CHECK(catalogue.toBinary() == input);
    return 0;
}
