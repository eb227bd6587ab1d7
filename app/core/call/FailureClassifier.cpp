#include "call/FailureClassifier.h"

#include "catalogue/ErrorBodyDecoder.h"

#include <QCoreApplication>

namespace xlink {

namespace {
QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

void FailureClassifier::classify(CallRecord &record)
{
    if (record.kind == CallRecord::Kind::Network || record.kind == CallRecord::Kind::HostNotFound
        || record.kind == CallRecord::Kind::Timeout || record.kind == CallRecord::Kind::Cancelled)
        return;
    const auto decoded = ErrorBodyDecoder::decode(
        record.responseBody, headerValue(record.responseHeaders, "content-type"));
    record.platformError = decoded.error;
    if (decoded.error) {
        record.kind = CallRecord::Kind::Platform;
        return;
    }
    using Shape = ErrorBodyDecoder::Shape;
    if (decoded.shape == Shape::MalformedJson) {
        record.kind = CallRecord::Kind::Malformed;
        record.errorText = QCoreApplication::translate(
            "xlink::FailureClassifier", "The body is not valid JSON: %1 (offset %2)")
                               .arg(decoded.parseError)
                               .arg(decoded.parseErrorOffset);
        return;
    }
    if (record.httpStatus >= 400) {
        record.kind = CallRecord::Kind::Http;
        if (decoded.shape == Shape::Html)
            record.errorText = QCoreApplication::translate("xlink::FailureClassifier",
                "HTTP %1 with an HTML page instead of a platform error: probably a proxy or "
                "load balancer answered")
                                   .arg(record.httpStatus);
        return;
    }
    record.kind = CallRecord::Kind::Success;
}

} // namespace xlink
