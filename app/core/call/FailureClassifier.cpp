#include "call/FailureClassifier.h"

#include "call/FailureText.h"
#include "catalogue/ErrorBodyDecoder.h"

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
    // Said afresh from what arrived (a record may be classified again).
    record.errorData = {};
    record.errorText.clear();
    if (decoded.error) {
        record.kind = CallRecord::Kind::Platform;
        return;
    }
    using Shape = ErrorBodyDecoder::Shape;
    if (decoded.shape == Shape::MalformedJson) {
        record.kind = CallRecord::Kind::Malformed;
        record.errorData = FailureText::invalidJson(decoded.parseErrorOffset);
        record.errorText = decoded.parseError;
        return;
    }
    if (record.httpStatus >= 400) {
        record.kind = CallRecord::Kind::Http;
        if (decoded.shape == Shape::Html)
            record.errorData = FailureText::htmlPage();
        return;
    }
    record.kind = CallRecord::Kind::Success;
}

} // namespace xlink
