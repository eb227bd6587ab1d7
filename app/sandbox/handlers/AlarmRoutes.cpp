#include "handlers/AlarmRoutes.h"

#include "handlers/JsonLists.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "query/QueryBody.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype maxName = 64;

bool inRange(const std::optional<qint64> &value, qint64 low, qint64 high)
{
    return !value || (*value >= low && *value <= high);
}

} // namespace

AlarmRoutes::AlarmRoutes(SandboxState &state)
    : m_state(state)
{ }

void AlarmRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/v2/alert/rules"_s, Access::Enterprise,
        [this](const RouteContext &c) { return ofProduct(c, m_state.alarmRules); });
    router.add("POST", u"/v2/alert/rule"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createRule(c); });
    router.add("GET", u"/v2/alert/rule/{id}"_s, Access::Enterprise, [this](const RouteContext &c) {
        const auto id = c.intParam(u"id"_s);
        const auto it = id ? m_state.alarmRules.constFind(*id) : m_state.alarmRules.constEnd();
        return it == m_state.alarmRules.constEnd() ? SandboxReply::error(4041015)
                                                   : SandboxReply::json(*it);
    });
    router.add("PUT", u"/v2/alert/rule/{id}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return updateRule(c); });
    router.add("DELETE", u"/v2/alert/rule/{id}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return deleteRule(c); });
    router.add("POST", u"/v2/corp/messages"_s, Access::Enterprise,
        [this](const RouteContext &c) { return messages(c); });
    router.add("POST", u"/v2/upgrade/firmware/task"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createTask(c); });
    router.add("GET", u"/v2/upgrade/firmware/tasks"_s, Access::Enterprise,
        [this](const RouteContext &c) { return ofProduct(c, m_state.upgradeTasks); });
    router.add("POST", u"/v2/upgrade/firmware/task/status"_s, Access::Enterprise,
        [this](const RouteContext &c) { return setTaskStatus(c); });
}

SandboxReply AlarmRoutes::ofProduct(
    const RouteContext &context, const QMap<qint64, QJsonObject> &items) const
{
    const QString pid = context.request.query.queryItemValue(u"product_id"_s);
    if (pid.isEmpty())
        return SandboxReply::error(4001002);
    if (!m_state.products.contains(pid))
        return SandboxReply::error(4041005);
    QJsonArray list;
    for (const QJsonObject &item : items) {
        if (item.value(u"product_id").toString() == pid)
            list.append(item);
    }
    return SandboxReply::json(list);
}

int AlarmRoutes::applyRuleFields(FieldReader &body, QJsonObject &rule, qint64 ownId) const
{
    for (const QString &key :
        { u"name"_s, u"content"_s, u"param"_s, u"value"_s, u"tag"_s, u"xlink_wechat_template"_s }) {
        if (const auto text = body.optionalString(key, key == u"content" ? 512 : maxName))
            rule.insert(key, *text);
    }
    for (const QString &key : { u"notify_apps"_s, u"notify_wechat_template"_s }) {
        if (const auto list = body.optionalArray(key))
            rule.insert(key, *list);
    }
    const auto type = body.optionalInt(u"type"_s);
    const auto notifyType = body.optionalInt(u"notify_type"_s);
    const auto compare = body.optionalInt(u"compare"_s);
    const auto scope = body.optionalInt(u"scope"_s);
    // The document names the switch twice (is_enable and enable); either sets both.
    auto enabled = body.optionalBool(u"is_enable"_s);
    if (!enabled)
        enabled = body.optionalBool(u"enable"_s);
    const auto targets = body.optionalArray(u"notify_target"_s);
    body.check(inRange(type, 1, 2) && inRange(notifyType, 1, 2) && inRange(compare, 1, 6)
        && inRange(scope, 1, 3));
    if (targets) {
        for (const QJsonValue &target : *targets)
            body.check(target.isDouble() && target.toInt() >= 1 && target.toInt() <= 6);
    }
    if (!body.ok())
        return body.errorCode();
    const QList<QPair<QString, std::optional<qint64>>> numbers { { u"type"_s, type },
        { u"notify_type"_s, notifyType }, { u"compare"_s, compare }, { u"scope"_s, scope } };
    for (const auto &number : numbers) {
        if (number.second)
            rule.insert(number.first, *number.second);
    }
    if (enabled) {
        rule.insert(u"is_enable"_s, *enabled);
        rule.insert(u"enable"_s, *enabled);
    }
    if (targets)
        rule.insert(u"notify_target"_s, *targets);
    const QString pid = rule.value(u"product_id").toString();
    const QString name = rule.value(u"name").toString();
    for (const QJsonObject &other : std::as_const(m_state.alarmRules)) {
        if (other.value(u"id").toString() != QString::number(ownId)
            && other.value(u"product_id").toString() == pid
            && other.value(u"name").toString() == name)
            return 4001043;
    }
    return 0;
}

SandboxReply AlarmRoutes::createRule(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString pid = body.requiredString(u"product_id"_s);
    body.requiredString(u"name"_s, maxName);
    body.requiredInt(u"notify_type"_s);
    body.requiredInt(u"compare"_s);
    body.requiredString(u"param"_s, maxName);
    body.requiredString(u"value"_s, maxName);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (!m_state.products.contains(pid))
        return SandboxReply::error(4041005);
    QJsonObject rule = SandboxState::newAlarmRule(pid);
    rule.insert(u"create_time"_s, nowTimestamp());
    if (const int code = applyRuleFields(body, rule, -1))
        return SandboxReply::error(code);
    const qint64 id = m_state.takeId();
    rule.insert(u"id"_s, QString::number(id));
    m_state.alarmRules.insert(id, rule);
    return SandboxReply::json(rule);
}

SandboxReply AlarmRoutes::updateRule(const RouteContext &context)
{
    const auto id = context.intParam(u"id"_s);
    const auto it = id ? m_state.alarmRules.find(*id) : m_state.alarmRules.end();
    if (it == m_state.alarmRules.end())
        return SandboxReply::error(4041015);
    FieldReader body(context.request.body);
    QJsonObject updated = *it;
    if (const int code = applyRuleFields(body, updated, *id))
        return SandboxReply::error(code);
    *it = updated;
    return SandboxReply::json(updated);
}

SandboxReply AlarmRoutes::deleteRule(const RouteContext &context)
{
    const auto id = context.intParam(u"id"_s);
    if (!id || m_state.alarmRules.remove(*id) == 0)
        return SandboxReply::error(4041015);
    return SandboxReply::empty();
}

SandboxReply AlarmRoutes::messages(const RouteContext &context) const
{
    int code = 0;
    const auto query = QueryBody::parse(context.request.body, &code);
    if (!query)
        return SandboxReply::error(code);
    return SandboxReply::json(query->apply(listOf(m_state.messages)));
}

SandboxReply AlarmRoutes::createTask(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString pid = body.requiredString(u"product_id"_s);
    const QString name = body.requiredString(u"name"_s, maxName);
    const qint64 from = body.requiredInt(u"from_version"_s);
    const qint64 target = body.requiredInt(u"target_version"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (!m_state.products.contains(pid))
        return SandboxReply::error(4041005);
    for (const QJsonObject &task : std::as_const(m_state.upgradeTasks)) {
        if (task.value(u"product_id").toString() == pid && task.value(u"name").toString() == name)
            return SandboxReply::error(4001035);
        if (task.value(u"product_id").toString() == pid
            && task.value(u"from_version").toInteger() == from)
            return SandboxReply::error(4001037);
    }
    const qint64 id = m_state.takeId();
    QJsonObject task = body.object();
    task.insert(u"id"_s, QString::number(id));
    task.insert(u"from_version"_s, from);
    task.insert(u"target_version"_s, target);
    task.insert(u"status"_s, 0);
    task.insert(u"upgrade_count"_s, 0);
    task.insert(u"create_time"_s, nowTimestamp());
    m_state.upgradeTasks.insert(id, task);
    return SandboxReply::json(task);
}

SandboxReply AlarmRoutes::setTaskStatus(const RouteContext &context)
{
    FieldReader body(context.request.body);
    body.requiredString(u"product_id"_s);
    // A task id is a string in the document.
    const QString taskId = body.requiredString(u"upgrade_task_id"_s);
    const qint64 status = body.requiredInt(u"status"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    bool numeric = false;
    const qint64 id = taskId.toLongLong(&numeric);
    const auto it = numeric ? m_state.upgradeTasks.find(id) : m_state.upgradeTasks.end();
    if (it == m_state.upgradeTasks.end())
        return SandboxReply::error(4041013);
    if (status != 0 && status != 1)
        return SandboxReply::error(4001036);
    it->insert(u"status"_s, status);
    return SandboxReply::empty();
}

} // namespace xlink::sandbox
