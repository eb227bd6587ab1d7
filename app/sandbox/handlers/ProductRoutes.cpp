#include "handlers/ProductRoutes.h"

#include "handlers/JsonLists.h"
#include "handlers/Paging.h"
#include "http/FieldReader.h"
#include "http/Router.h"
#include "state/SandboxState.h"
#include "state/Timestamp.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace xlink::sandbox {

namespace {

constexpr qsizetype maxName = 64;
constexpr qsizetype maxDescription = 512;

bool validLinkType(qint64 type)
{
    return type >= 1 && type <= 5;
}

bool validDatapointType(qint64 type)
{
    return type >= 1 && type <= 9;
}

bool validSource(qint64 source)
{
    return source == -1 || (source >= 1 && source <= 3);
}

// Applies the optional product fields of `body` to `product`: 0 or the error code.
int applyProductFields(FieldReader &body, QJsonObject &product)
{
    if (const auto name = body.optionalString(u"name"_s, maxName))
        product.insert(u"name"_s, *name);
    if (const auto description = body.optionalString(u"description"_s, maxDescription))
        product.insert(u"description"_s, *description);
    if (const auto linkType = body.optionalInt(u"link_type"_s)) {
        if (!validLinkType(*linkType))
            return 4001015;
        product.insert(u"link_type"_s, *linkType);
    }
    // The product's model, e.g. "SP-200" (a string in the documents).
    if (const auto mode = body.optionalString(u"mode"_s, maxName))
        product.insert(u"mode"_s, *mode);
    if (const auto type = body.optionalInt(u"type"_s))
        product.insert(u"type"_s, *type);
    if (const auto registerable = body.optionalBool(u"is_registerable"_s))
        product.insert(u"is_registerable"_s, *registerable);
    return body.errorCode();
}

// Applies the datapoint fields of `body`, checking type, index and source: 0 or the error code.
int applyDatapointFields(FieldReader &body, QJsonObject &datapoint,
    const QMap<qint64, QJsonObject> &siblings, qint64 ownId)
{
    if (const auto name = body.optionalString(u"name"_s, maxName))
        datapoint.insert(u"name"_s, *name);
    for (const QString &key : { u"description"_s, u"symbol"_s }) {
        if (const auto text = body.optionalString(key, maxDescription))
            datapoint.insert(key, *text);
    }
    for (const QString &key : { u"is_read"_s, u"is_write"_s, u"is_collect"_s }) {
        if (const auto flag = body.optionalBool(key))
            datapoint.insert(key, *flag);
    }
    for (const QString &key : { u"min"_s, u"max"_s }) {
        if (const auto number = body.optionalNumber(key))
            datapoint.insert(key, *number);
    }
    // A string in the document, whatever the datapoint's type; a number is taken as its text.
    if (body.has(u"default_value"_s)) {
        const QJsonValue value = body.object().value(u"default_value");
        datapoint.insert(u"default_value"_s,
            value.isDouble() ? QString::number(value.toDouble()) : value.toString());
    }
    if (const auto expression = body.optionalString(u"expression"_s, maxDescription))
        datapoint.insert(u"expression"_s, *expression);
    const auto type = body.optionalInt(u"type"_s);
    const auto index = body.optionalInt(u"index"_s);
    const auto source = body.optionalInt(u"source"_s);
    if (!body.ok())
        return body.errorCode();
    if (type) {
        if (!validDatapointType(*type))
            return 4001018;
        datapoint.insert(u"type"_s, *type);
    }
    if (index) {
        if (*index < 0 || *index > 255)
            return 4001001;
        for (auto it = siblings.begin(); it != siblings.end(); ++it) {
            if (it.key() != ownId && it->value(u"index").toInteger() == *index)
                return 4001019;
        }
        datapoint.insert(u"index"_s, *index);
    }
    if (source) {
        if (!validSource(*source))
            return 4001178;
        datapoint.insert(u"source"_s, *source);
    }
    return 0;
}

} // namespace

ProductRoutes::ProductRoutes(SandboxState &state)
    : m_state(state)
{ }

void ProductRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/v2/products"_s, Access::Enterprise, [this](const RouteContext &) {
        // Oldest first, as created; the map itself is ordered by id.
        QList<QJsonObject> products = listOf(m_state.products);
        std::stable_sort(products.begin(), products.end(), [](const auto &a, const auto &b) {
            return a.value(u"create_time").toString() < b.value(u"create_time").toString();
        });
        return SandboxReply::json(jsonArrayOf(products));
    });
    router.add("POST", u"/v2/product"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createProduct(c); });
    router.add("GET", u"/v2/product/{pid}"_s, Access::Enterprise, [this](const RouteContext &c) {
        const QJsonObject *product = m_state.product(c.param(u"pid"_s));
        return product ? SandboxReply::json(*product) : SandboxReply::error(4041005);
    });
    router.add("PUT", u"/v2/product/{pid}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return updateProduct(c); });
    router.add("DELETE", u"/v2/product/{pid}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return deleteProduct(c); });
    router.add(
        "GET", u"/v2/product/{pid}/key"_s, Access::Enterprise, [this](const RouteContext &c) {
            const QString pid = c.param(u"pid"_s);
            if (!m_state.product(pid))
                return SandboxReply::error(4041005);
            const QByteArray key = QCryptographicHash::hash(
                QByteArray("product-key-" + pid.toUtf8()), QCryptographicHash::Md5)
                                       .toHex();
            return SandboxReply::json(QJsonObject { { u"key"_s, QString::fromLatin1(key) } });
        });
    router.add("GET", u"/v2/product/{pid}/datapoints"_s, Access::Enterprise,
        [this](const RouteContext &c) {
            const QString pid = c.param(u"pid"_s);
            if (!m_state.product(pid))
                return SandboxReply::error(4041005);
            return SandboxReply::json(jsonArrayOf(m_state.datapoints.value(pid)));
        });
    router.add("POST", u"/v2/product/{pid}/datapoint"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createDatapoint(c); });
    router.add("PUT", u"/v2/product/{pid}/datapoint/{id}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return updateDatapoint(c); });
    router.add("DELETE", u"/v2/product/{pid}/datapoint/{id}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return deleteDatapoint(c); });
    router.add("GET", u"/v2/product/{pid}/firmwares"_s, Access::Enterprise,
        [this](const RouteContext &c) { return firmwares(c); });
    router.add("POST", u"/v2/product/{pid}/firmware"_s, Access::Enterprise,
        [this](const RouteContext &c) { return createFirmware(c); });
    router.add("DELETE", u"/v2/product/{pid}/firmware/{id}"_s, Access::Enterprise,
        [this](const RouteContext &c) { return deleteFirmware(c); });
}

SandboxReply ProductRoutes::createProduct(const RouteContext &context)
{
    FieldReader body(context.request.body);
    body.requiredString(u"name"_s, maxName);
    body.requiredInt(u"link_type"_s);
    body.requiredInt(u"type"_s); // required by the management API document, like link_type
    QJsonObject product { { u"mode"_s, QString() }, { u"description"_s, QString() },
        { u"is_registerable"_s, false }, { u"quota"_s, SandboxState::productQuota } };
    if (const int code = applyProductFields(body, product))
        return SandboxReply::error(code);
    QString pid;
    do {
        quint32 words[4];
        QRandomGenerator::global()->fillRange(words);
        pid = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    } while (m_state.products.contains(pid));
    product.insert(u"id"_s, pid);
    product.insert(u"is_release"_s, false);
    product.insert(u"create_time"_s, nowTimestamp());
    m_state.products.insert(pid, product);
    return SandboxReply::json(product);
}

SandboxReply ProductRoutes::updateProduct(const RouteContext &context)
{
    QJsonObject *product = m_state.product(context.param(u"pid"_s));
    if (!product)
        return SandboxReply::error(4041005);
    FieldReader body(context.request.body);
    QJsonObject updated = *product;
    if (const int code = applyProductFields(body, updated))
        return SandboxReply::error(code);
    if (const auto released = body.optionalBool(u"is_release"_s))
        updated.insert(u"is_release"_s, *released);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    *product = updated;
    return SandboxReply::json(updated);
}

SandboxReply ProductRoutes::deleteProduct(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    const QJsonObject *product = m_state.product(pid);
    if (!product)
        return SandboxReply::error(4041005);
    if (product->value(u"is_release").toBool())
        return SandboxReply::error(4001016);
    m_state.products.remove(pid);
    m_state.datapoints.remove(pid);
    m_state.firmware.remove(pid);
    for (auto it = m_state.devices.begin(); it != m_state.devices.end();) {
        if (it->value(u"product_id").toString() == pid)
            it = m_state.devices.erase(it);
        else
            ++it;
    }
    return SandboxReply::empty();
}

SandboxReply ProductRoutes::createDatapoint(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    FieldReader body(context.request.body);
    body.requiredString(u"name"_s, maxName);
    body.requiredInt(u"type"_s);
    body.requiredInt(u"index"_s);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    QJsonObject datapoint { { u"description"_s, QString() }, { u"symbol"_s, QString() },
        { u"is_collect"_s, false }, { u"min"_s, 0 }, { u"max"_s, 0 }, { u"is_read"_s, true },
        { u"is_write"_s, false }, { u"default_value"_s, u"0"_s }, { u"expression"_s, QString() },
        { u"source"_s, 1 }, { u"is_release"_s, false } };
    QMap<qint64, QJsonObject> &siblings = m_state.datapoints[pid];
    if (const int code = applyDatapointFields(body, datapoint, siblings, -1))
        return SandboxReply::error(code);
    const qint64 id = m_state.takeId();
    datapoint.insert(u"id"_s, QString::number(id));
    siblings.insert(id, datapoint);
    return SandboxReply::json(datapoint);
}

QJsonObject *ProductRoutes::datapointOf(
    const RouteContext &context, QMap<qint64, QJsonObject> **siblings, int *errorCode)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid)) {
        *errorCode = 4041005;
        return nullptr;
    }
    *siblings = &m_state.datapoints[pid];
    const auto id = context.intParam(u"id"_s);
    const auto it = id ? (*siblings)->find(*id) : (*siblings)->end();
    if (it == (*siblings)->end()) {
        *errorCode = 4041007;
        return nullptr;
    }
    return &*it;
}

SandboxReply ProductRoutes::updateDatapoint(const RouteContext &context)
{
    int code = 0;
    QMap<qint64, QJsonObject> *siblings = nullptr;
    QJsonObject *datapoint = datapointOf(context, &siblings, &code);
    if (!datapoint)
        return SandboxReply::error(code);
    FieldReader body(context.request.body);
    QJsonObject updated = *datapoint;
    const qint64 id = datapoint->value(u"id").toString().toLongLong();
    if (const int failure = applyDatapointFields(body, updated, *siblings, id))
        return SandboxReply::error(failure);
    *datapoint = updated;
    return SandboxReply::json(updated);
}

SandboxReply ProductRoutes::deleteDatapoint(const RouteContext &context)
{
    int code = 0;
    QMap<qint64, QJsonObject> *siblings = nullptr;
    QJsonObject *datapoint = datapointOf(context, &siblings, &code);
    if (!datapoint)
        return SandboxReply::error(code);
    if (datapoint->value(u"is_release").toBool())
        return SandboxReply::error(4001020);
    siblings->remove(datapoint->value(u"id").toString().toLongLong());
    return SandboxReply::empty();
}

SandboxReply ProductRoutes::firmwares(const RouteContext &context) const
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    // A bare array, as the document answers: the call takes no paging.
    QJsonArray list;
    for (const QJsonObject &firmware : m_state.firmware.value(pid))
        list.append(firmware);
    return SandboxReply::json(list);
}

SandboxReply ProductRoutes::createFirmware(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    FieldReader body(context.request.body);
    const QString mod = body.requiredString(u"mod"_s, maxName);
    const qint64 version = body.requiredInt(u"version"_s);
    const QString fileUrl = body.requiredString(u"file_url"_s, 2048);
    const QString md5 = body.optionalString(u"file_md5"_s, 32).value_or(QString());
    const qint64 size = body.optionalInt(u"file_size"_s).value_or(0);
    const QString description
        = body.optionalString(u"description"_s, maxDescription).value_or(QString());
    const bool released = body.optionalBool(u"is_release"_s).value_or(false);
    const QString releaseDate = body.optionalString(u"release_date"_s, 64).value_or(QString());
    const qint64 type = body.optionalInt(u"type"_s).value_or(1);
    const qint64 identify = body.optionalInt(u"identify"_s).value_or(0);
    body.check(version >= 0 && size >= 0);
    if (!body.ok())
        return SandboxReply::error(body.errorCode());
    if (type < 1 || type > 3)
        return SandboxReply::error(4001112);
    QMap<qint64, QJsonObject> &list = m_state.firmware[pid];
    for (const QJsonObject &existing : std::as_const(list)) {
        if (existing.value(u"version").toInteger() == version
            && existing.value(u"mod").toString() == mod)
            return SandboxReply::error(4001017);
    }
    const qint64 id = m_state.takeId();
    const QString now = nowTimestamp();
    const QJsonObject firmware { { u"id"_s, QString::number(id) }, { u"mod"_s, mod },
        { u"version"_s, version }, { u"file_url"_s, fileUrl }, { u"file_md5"_s, md5 },
        { u"file_size"_s, size }, { u"description"_s, description }, { u"is_release"_s, released },
        { u"type"_s, type }, { u"identify"_s, identify }, { u"create_date"_s, now },
        // The document requires a release date even before release: the planned one, or now.
        { u"release_date"_s, releaseDate.isEmpty() ? now : releaseDate } };
    list.insert(id, firmware);
    return SandboxReply::json(firmware);
}

SandboxReply ProductRoutes::deleteFirmware(const RouteContext &context)
{
    const QString pid = context.param(u"pid"_s);
    if (!m_state.product(pid))
        return SandboxReply::error(4041005);
    const auto id = context.intParam(u"id"_s);
    if (!id || m_state.firmware[pid].remove(*id) == 0)
        return SandboxReply::error(4041006);
    return SandboxReply::empty();
}

} // namespace xlink::sandbox
