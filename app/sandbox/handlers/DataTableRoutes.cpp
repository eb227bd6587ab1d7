#include "handlers/DataTableRoutes.h"

#include "auth/Session.h"
#include "handlers/JsonLists.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "query/QueryBody.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype maxName = 64;

QString newObjectId()
{
    quint32 words[3];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

const QStringList reservedFields { u"objectId"_s, u"createAt"_s, u"updateAt"_s, u"creator"_s };

// Row bodies may not set the reserved fields, which the sandbox owns (the documents' names).
QJsonObject withoutReserved(QJsonObject row)
{
    for (const QString &reserved : reservedFields)
        row.remove(reserved);
    return row;
}

// Who a row was written by: the app user, or the member or access key of the enterprise.
QJsonValue creatorOf(const Session *session)
{
    if (!session)
        return QString();
    if (session->kind == Session::Kind::User)
        return session->userId;
    return session->memberId.isEmpty() ? session->accessKeyId : session->memberId;
}

} // namespace

DataTableRoutes::DataTableRoutes(SandboxState &state)
    : m_state(state)
{ }

void DataTableRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/v2/tables"_s, Access::Enterprise,
        [this](const RouteContext &) { return SandboxReply::json(jsonArrayOf(m_state.tables)); });
    router.add("POST", u"/v2/table"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createTable(c); });
    router.add("POST", u"/v2/data/{table}"_s, Access::AnyToken,
        [this](const RouteContext &c) { return createRow(c); });
    router.add("POST", u"/v2/datas/{table}"_s, Access::AnyToken,
        [this](const RouteContext &c) { return queryRows(c); });
    router.add("GET", u"/v2/data/{table}/{object_id}"_s, Access::AnyToken,
        [this](const RouteContext &c) { return row(c); });
    router.add("PUT", u"/v2/data/{table}/{object_id}"_s, Access::AnyToken,
        [this](const RouteContext &c) { return updateRow(c); });
    router.add("DELETE", u"/v2/data/{table}/{object_id}"_s, Access::AnyToken,
        [this](const RouteContext &c) { return deleteRow(c); });
}

SandboxReply DataTableRoutes::createTable(const RouteContext &context)
{
    FieldReader body(context.request.body);
    const QString name = body.requiredString(u"name"_s, maxName);
    const qint64 type = body.optionalInt(u"type"_s).value_or(1);
    // What app users may do with the rows: a list of operations in the documents.
    const QJsonArray permission = body.optionalArray(u"permission"_s).value_or(QJsonArray());
    static const QStringList operations { u"create"_s, u"get"_s, u"find"_s, u"update"_s,
        u"delete"_s };
    for (const QJsonValue &allowed : permission)
        body.check(operations.contains(allowed.toString()));
    const QJsonObject fields = body.optionalObject(u"field"_s).value_or(QJsonObject());
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (type < 1 || type > 3)
        return SandboxReply::error(4001058);
    if (m_state.tables.contains(name))
        return SandboxReply::error(4001045);
    const QJsonObject table { { u"name"_s, name }, { u"type"_s, type },
        { u"permission"_s, permission }, { u"field"_s, fields },
        { u"create_time"_s, nowTimestamp() } };
    m_state.tables.insert(name, table);
    return SandboxReply::json(table);
}

SandboxReply DataTableRoutes::createRow(const RouteContext &context)
{
    const QString table = context.param(u"table"_s);
    if (!m_state.tables.contains(table))
        return SandboxReply::error(4041016);
    FieldReader body(context.request.body);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    QJsonObject row = withoutReserved(body.object());
    QString objectId;
    do {
        objectId = newObjectId();
    } while (m_state.rows[table].contains(objectId));
    const QString now = nowTimestamp();
    row.insert(u"objectId"_s, objectId);
    row.insert(u"createAt"_s, now);
    row.insert(u"updateAt"_s, now);
    row.insert(u"creator"_s, creatorOf(context.session));
    m_state.rows[table].insert(objectId, row);
    return SandboxReply::json(row);
}

SandboxReply DataTableRoutes::queryRows(const RouteContext &context) const
{
    const QString table = context.param(u"table"_s);
    if (!m_state.tables.contains(table))
        return SandboxReply::error(4041016);
    int code = 0;
    auto query = QueryBody::parse(context.request.body, &code);
    if (!query)
        return SandboxReply::error(code);
    query->alwaysInclude(reservedFields);
    return SandboxReply::json(query->apply(listOf(m_state.rows.value(table))));
}

SandboxReply DataTableRoutes::row(const RouteContext &context) const
{
    const QString table = context.param(u"table"_s);
    if (!m_state.tables.contains(table))
        return SandboxReply::error(4041016);
    const QMap<QString, QJsonObject> rows = m_state.rows.value(table);
    const auto it = rows.constFind(context.param(u"object_id"_s));
    return it == rows.constEnd() ? SandboxReply::error(4041017) : SandboxReply::json(*it);
}

SandboxReply DataTableRoutes::updateRow(const RouteContext &context)
{
    const QString table = context.param(u"table"_s);
    if (!m_state.tables.contains(table))
        return SandboxReply::error(4041016);
    QMap<QString, QJsonObject> &rows = m_state.rows[table];
    const auto it = rows.find(context.param(u"object_id"_s));
    if (it == rows.end())
        return SandboxReply::error(4041017);
    FieldReader body(context.request.body);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    const QJsonObject changes = withoutReserved(body.object());
    for (auto change = changes.begin(); change != changes.end(); ++change)
        it->insert(change.key(), *change);
    it->insert(u"updateAt"_s, nowTimestamp());
    return SandboxReply::json(*it);
}

SandboxReply DataTableRoutes::deleteRow(const RouteContext &context)
{
    const QString table = context.param(u"table"_s);
    if (!m_state.tables.contains(table))
        return SandboxReply::error(4041016);
    if (m_state.rows[table].remove(context.param(u"object_id"_s)) == 0)
        return SandboxReply::error(4041017);
    return SandboxReply::empty();
}

} // namespace xlink::sandbox
