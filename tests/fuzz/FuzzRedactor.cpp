// libFuzzer target: Redactor, which rewrites every body, URL and message before a record is
// stored, exported or printed. Whatever the bytes, a secret value under a secret key in a JSON
// body must not survive, valid JSON must stay valid, and redacting it twice changes nothing.
// (Lenient passes over arbitrary bytes are only required not to crash.)
#include "FuzzCheck.h"
#include "call/Redactor.h"
#include "call/SecretNames.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

using xlink::Redactor;

namespace {

// Every value under a secret key, at any depth, has been replaced by the placeholder.
bool secretsReplaced(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!secretsReplaced(item))
                return false;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // A bare "key" names an attribute beside "value" or "count", or lists keys.
        bool keyValuePair = false;
        for (auto it = object.begin(); it != object.end(); ++it)
            keyValuePair = keyValuePair || xlink::SecretNames::marksKeyValuePair(it.key());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool attributeKey = xlink::SecretNames::isBareKey(it.key())
                && (keyValuePair || it.value().isArray() || it.value().isObject());
            if (Redactor::isSecretKey(it.key()) && !attributeKey) {
                if (it.value() != QJsonValue(QString::fromLatin1(Redactor::placeholder())))
                    return false;
            } else if (!secretsReplaced(it.value())) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray redacted = Redactor::redactBody(body);

    QJsonParseError error;
    const QJsonDocument before = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonDocument after = QJsonDocument::fromJson(redacted, &error);
        XLINK_FUZZ_CHECK(error.error == QJsonParseError::NoError);
        XLINK_FUZZ_CHECK(Redactor::redactBody(redacted) == redacted);
        XLINK_FUZZ_CHECK(secretsReplaced(
            after.isArray() ? QJsonValue(after.array()) : QJsonValue(after.object())));
    }

    Redactor::redactBody(body, "application/x-www-form-urlencoded");
    Redactor::redactText(QString::fromUtf8(body));
    return 0;
}
