#include "call/FailureClassifier.h"

#include "call/FailureText.h"
#include "call/HeaderLookup.h"
#include "catalogue/ErrorBodyDecoder.h"

namespace xlink {

void FailureClassifier::classify(CallRecord &record, const Transfer &transfer)
{
    using End = Transfer::End;
    record.errorData = {};
    record.errorText.clear();
    switch (transfer.end) {
    case End::Answered:
        record.kind = CallRecord::Kind::Success;
        classify(record);
        return;
    case End::Cancelled:
        // No text: the kind says it all, and views say it in their current language.
        record.kind = CallRecord::Kind::Cancelled;
        return;
    case End::Truncated:
        record.kind = CallRecord::Kind::Network;
        record.errorData = FailureText::truncated(transfer.received, transfer.announced);
        return;
    case End::TooLarge:
        record.kind = CallRecord::Kind::Network;
        record.errorData = FailureText::tooLarge(record.responseSize, transfer.sizeLimit);
        return;
    case End::TimedOut:
        record.kind = CallRecord::Kind::Timeout;
        record.errorData = FailureText::timedOut(transfer.timeoutMs);
        return;
    case End::CertificateRefused:
        record.kind = CallRecord::Kind::Network;
        record.errorData = FailureText::certificateRefused();
        record.errorText = transfer.detail;
        return;
    case End::HostNotFound:
        // Said as what it is: no server was ever asked, so "no answer" would mislead.
        record.kind = CallRecord::Kind::HostNotFound;
        record.errorData = FailureText::hostNotResolved(record.url.host());
        return;
    case End::InsecureRedirect:
        record.kind = CallRecord::Kind::Network;
        record.errorData = FailureText::insecureRedirect();
        return;
    case End::Failed:
        record.kind = CallRecord::Kind::Network;
        record.errorData = FailureText::transport();
        record.errorText = transfer.detail;
        return;
    }
}

void FailureClassifier::classify(CallRecord &record)
{
    if (record.kind == CallRecord::Kind::Network || record.kind == CallRecord::Kind::HostNotFound
        || record.kind == CallRecord::Kind::Timeout || record.kind == CallRecord::Kind::Cancelled)
        return;
    const auto decoded = ErrorBodyDecoder::decode(
        record.responseBody, HeaderLookup::value(record.responseHeaders, "content-type"));
    record.platformError = decoded.error;
    record.bodyShape = decoded.shape;
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
