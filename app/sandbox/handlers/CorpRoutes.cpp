#include "handlers/CorpRoutes.h"

#include "auth/Session.h"
#include "handlers/Paging.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype maxNameLength = 64;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

CorpRoutes::CorpRoutes(SandboxState &state)
    : m_state(state)
{ }

void CorpRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/v2/corp"_s, Access::Enterprise,
        [this](const RouteContext &c) { return corp(c); });
    router.add("GET", u"/v2/corp/members"_s, Access::Enterprise,
        [this](const RouteContext &c) { return members(c); });
    router.add(
        "GET", u"/v2/corp/member/{member_id}"_s, Access::Enterprise, [this](const RouteContext &c) {
            const auto it = m_state.members.constFind(c.param(u"member_id"_s));
            return it == m_state.members.constEnd() ? SandboxReply::error(4041003)
                                                    : SandboxReply::json(*it);
        });
    router.add("GET", u"/v2/accesskeys"_s, Access::Enterprise, [this](const RouteContext &) {
        QJsonArray list;
        for (const QJsonObject &key : std::as_const(m_state.accessKeys))
            list.append(key);
        return SandboxReply::json(QJsonObject { { u"list"_s, list } });
    });
    router.add("POST", u"/v2/accesskey"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createAccessKey(c); });
    router.add("PUT", u"/v2/accesskey/{id}/status/{status}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return setAccessKeyStatus(c); });
    router.add("DELETE", u"/v2/accesskey/{id}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return deleteAccessKey(c); });
}

SandboxReply CorpRoutes::corp(const RouteContext &context) const
{
    // The enterprise as the document gives it: its name as `company`, the calling member (an
    // access key speaks for the first member), and the device count against the quota.
    QJsonObject corp = m_state.corp;
    corp.insert(u"corp_id"_s, corp.value(u"id"_s));
    corp.insert(u"company"_s, corp.value(u"name"_s));
    corp.insert(u"device_total"_s, m_state.devices.size());
    const QString memberId = context.session && !context.session->memberId.isEmpty()
        ? context.session->memberId
        : m_state.members.firstKey();
    const QJsonObject member = m_state.members.value(memberId);
    corp.insert(u"member"_s,
        QJsonObject { { u"id"_s, member.value(u"id"_s) }, { u"phone"_s, member.value(u"phone"_s) },
            { u"email"_s, member.value(u"email"_s) }, { u"name"_s, member.value(u"name"_s) } });
    return SandboxReply::json(corp);
}

SandboxReply CorpRoutes::members(const RouteContext &context) const
{
    const auto paging = Paging::fromQuery(context.request.query, 20);
    if (!paging)
        return SandboxReply::error(4001001);
    return SandboxReply::json(paging->countList(m_state.members.values()));
}

SandboxReply CorpRoutes::createAccessKey(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString name = body.requiredString(u"name"_s, maxNameLength);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    QString id;
    do {
        id = randomHex(8);
    } while (m_state.accessKeys.contains(id));
    const QJsonObject key { { u"id"_s, id }, { u"secret"_s, randomHex(16) }, { u"name"_s, name },
        { u"create_time"_s, nowTimestamp() }, { u"status"_s, 1 } };
    m_state.accessKeys.insert(id, key);
    return SandboxReply::json(key);
}

SandboxReply CorpRoutes::setAccessKeyStatus(const RouteContext &context)
{
    const auto it = m_state.accessKeys.find(context.param(u"id"_s));
    if (it == m_state.accessKeys.end())
        return SandboxReply::error(4041024);
    const QString status = context.param(u"status"_s);
    if (status != u"0" && status != u"1")
        return SandboxReply::error(4001001);
    it->insert(u"status"_s, status.toInt());
    return SandboxReply::json(*it);
}

SandboxReply CorpRoutes::deleteAccessKey(const RouteContext &context)
{
    if (m_state.accessKeys.remove(context.param(u"id"_s)) == 0)
        return SandboxReply::error(4041024);
    return SandboxReply::empty();
}

} // namespace xlink::sandbox
