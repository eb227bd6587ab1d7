#include "call/CallRecord.h"

namespace xlink {

namespace {
constexpr std::pair<CallRecord::Kind, const char16_t *> kindNames[] = {
    { CallRecord::Kind::Success, u"success" },
    { CallRecord::Kind::Http, u"http" },
    { CallRecord::Kind::Platform, u"platform" },
    { CallRecord::Kind::Network, u"network" },
    { CallRecord::Kind::HostNotFound, u"dns" },
    { CallRecord::Kind::Timeout, u"timeout" },
    { CallRecord::Kind::Malformed, u"malformed" },
    { CallRecord::Kind::Cancelled, u"cancelled" },
    { CallRecord::Kind::OffSchema, u"schema" },
};
constexpr std::pair<CallRecord::Purpose, const char16_t *> purposeNames[] = {
    { CallRecord::Purpose::Request, u"request" },
    { CallRecord::Purpose::Login, u"login" },
    { CallRecord::Purpose::Refresh, u"refresh" },
    { CallRecord::Purpose::Replay, u"replay" },
};
} // namespace

QString CallRecord::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<CallRecord::Kind> CallRecord::kindFromName(QStringView name)
{
    for (const auto &[k, n] : kindNames) {
        if (name == QStringView(n))
            return k;
    }
    return std::nullopt;
}

QString CallRecord::purposeName(Purpose purpose)
{
    for (const auto &[p, name] : purposeNames) {
        if (p == purpose)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<CallRecord::Purpose> CallRecord::purposeFromName(QStringView name)
{
    for (const auto &[p, n] : purposeNames) {
        if (name == QStringView(n))
            return p;
    }
    return std::nullopt;
}

} // namespace xlink
