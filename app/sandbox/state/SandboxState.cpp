#include "state/SandboxState.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

QJsonObject SandboxState::newAlarmRule(const QString &productId)
{
    return { { u"product_id"_s, productId }, { u"content"_s, QString() }, { u"tag"_s, QString() },
        { u"type"_s, 1 }, { u"notify_type"_s, 2 }, { u"notify_target"_s, QJsonArray { 3 } },
        { u"notify_apps"_s, QJsonArray() }, { u"notify_wechat_template"_s, QJsonArray() },
        { u"xlink_wechat_template"_s, QString() }, { u"is_enable"_s, true }, { u"enable"_s, true },
        { u"scope"_s, 3 } };
}

void SandboxState::setCreated(QJsonObject &device, const QString &timestamp)
{
    device.insert(u"create_time"_s, timestamp);
    device.insert(u"create_date"_s, timestamp);
    device.insert(u"creator_id"_s, u"1001"_s);
    device.insert(u"creator_type"_s, 1);
    device.insert(u"region_id"_s, 0);
}

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
