#include "FailureDescriber.h"

#include "catalogue/ErrorCatalogue.h"

namespace xlink {

using namespace Qt::StringLiterals;

LocalizedText FailureDescriber::describe(const CallRecord &record, const ErrorCatalogue &catalogue)
{
    switch (record.kind) {
    case CallRecord::Kind::Success:
        return {};
    case CallRecord::Kind::Platform:
        if (record.platformError && record.platformError->code != 0) {
            if (const CatalogueEntry *entry = catalogue.find(record.platformError->code))
                return entry->message;
            if (const auto note = catalogue.unpublishedNote(record.platformError->code))
                return *note;
        }
        return { u"未知的平台错误码 %1"_s.arg(
                     record.platformError ? record.platformError->rawCode : QString()),
            u"Unknown platform error code %1"_s.arg(
                record.platformError ? record.platformError->rawCode : QString()) };
    case CallRecord::Kind::Http:
        if (const HttpStatusInfo *info = catalogue.httpStatus(record.httpStatus))
            return info->meaning;
        return { u"HTTP 错误 %1"_s.arg(record.httpStatus),
            u"HTTP error %1"_s.arg(record.httpStatus) };
    case CallRecord::Kind::Network:
        // A status means the answer began and then broke off (a dropped connection, or a body
        // past the size limit): "no answer" would send the reader looking at the wrong end.
        if (record.httpStatus > 0)
            return { u"网络错误：响应未完整接收（HTTP %1）"_s.arg(record.httpStatus),
                u"Network error: the answer (HTTP %1) was not received in full"_s.arg(
                    record.httpStatus) };
        return { u"网络错误：没有收到服务器的响应"_s,
            u"Network error: no answer from the server"_s };
    case CallRecord::Kind::HostNotFound:
        return { u"找不到主机：域名解析（DNS）失败"_s,
            u"Host not found: the name did not resolve (DNS)"_s };
    case CallRecord::Kind::Timeout:
        return { u"请求超时"_s, u"The request timed out"_s };
    case CallRecord::Kind::Malformed:
        return { u"响应体无法解析"_s, u"The response body could not be parsed"_s };
    case CallRecord::Kind::Cancelled:
        return { u"调用已被用户取消"_s, u"The call was cancelled by the user"_s };
    case CallRecord::Kind::OffSchema:
        return { u"响应与文档不符"_s, u"The answer does not match the documented response"_s };
    }
    return {};
}

} // namespace xlink
