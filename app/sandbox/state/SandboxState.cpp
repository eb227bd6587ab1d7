#include "state/SandboxState.h"

namespace xlink::sandbox {

QJsonObject *SandboxState::product(const QString &productId)
{
    const auto it = products.find(productId);
    return it == products.end() ? nullptr : &*it;
}

QJsonObject *SandboxState::device(const QString &productId, qint64 deviceId)
{
    const auto it = devices.find(deviceId);
    if (it == devices.end() || it->value(u"product_id").toString() != productId)
        return nullptr;
    return &*it;
}

} // namespace xlink::sandbox
