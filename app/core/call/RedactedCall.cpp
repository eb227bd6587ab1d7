#include "RedactedCall.h"

#include "call/Redactor.h"

#include <atomic>

namespace xlink {

namespace {
std::atomic<quint64> redactions = 0;
} // namespace

RedactedCall::RedactedCall(CallRecord record)
    : m_record(std::move(record))
{
    Redactor::redact(m_record);
    redactions.fetch_add(1, std::memory_order_relaxed);
}

RedactedCall::RedactedCall(CallRecord record, const QList<QByteArray> &secretValues)
    : m_record(std::move(record))
{
    Redactor::redact(m_record, secretValues);
    redactions.fetch_add(1, std::memory_order_relaxed);
}

quint64 RedactedCall::redactionCount()
{
    return redactions.load(std::memory_order_relaxed);
}

void RedactedCall::registerMetaType()
{
    static const bool registered = [] {
        qRegisterMetaType<RedactedCall>();
        return QMetaType::registerConverter<RedactedCall, CallRecord>(
            [](const RedactedCall &call) { return call.record(); });
    }();
    Q_UNUSED(registered);
}

} // namespace xlink
