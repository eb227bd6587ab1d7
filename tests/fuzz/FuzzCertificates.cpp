// libFuzzer target: pasted PEM certificates for an environment's pinned trust
// (EnvironmentValidator::parseCertificates). Accepted text gives certificates that each read
// back as exactly one, and reading their PEM again gives the same list.
#include "EnvironmentValidator.h"
#include "FuzzCheck.h"

#include <QSslCertificate>

#include <cstddef>
#include <cstdint>

using xlink::EnvironmentValidator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QList<QByteArray>> pems = EnvironmentValidator::parseCertificates(text);
    if (!pems)
        return 0;
    for (const QByteArray &pem : *pems) {
        const QList<QSslCertificate> one = QSslCertificate::fromData(pem, QSsl::Pem);
        XLINK_FUZZ_CHECK(one.size() == 1);
    }
    QByteArray joined;
    for (const QByteArray &pem : *pems)
        joined += pem;
    const std::optional<QList<QByteArray>> again
        = EnvironmentValidator::parseCertificates(QString::fromUtf8(joined));
    XLINK_FUZZ_CHECK(again.has_value() && *again == *pems);
    return 0;
}
