// Drives every operation of the API description against one real sandbox on loopback: with its
// example and a login it accepts, with a login of a kind it does not accept, and with a body that
// breaks its request schema. Success bodies are checked against the documented response schema.
#include "ApiDescription.h"
#include "JsonSchemaCheck.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using xlink::ApiDescription;
using xlink::ApiOperation;
using xlink::JsonSchemaCheck;

namespace {

const QStringList allSchemes { u"corpToken"_s, u"accessKeyToken"_s, u"appUserToken"_s,
    u"dealerToken"_s, u"heavyBuyerToken"_s, u"deviceToken"_s };

QString bodyText(const HttpResult &result)
{
    return QString::fromUtf8(result.body.left(400));
}

// A JSON value of a different type than `schema` asks for.
QJsonValue wrongValueFor(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(u"type"_s);
    const QString first = type.isArray() ? type.toArray().at(0).toString() : type.toString();
    if (first == u"string"_s)
        return QJsonArray { 1, 2 };
    return u"not-a-%1"_s.arg(first.isEmpty() ? u"value"_s : first);
}

// The first item of a list reply, bare array or {count, list}.
QJsonObject firstItem(const HttpResult &result)
{
    const QJsonDocument document = result.json();
    const QJsonArray list
        = document.isArray() ? document.array() : document.object().value(u"list"_s).toArray();
    return list.at(0).toObject();
}

QString idText(const QJsonValue &id)
{
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

QJsonObject resolved(const QJsonObject &root, QJsonObject schema)
{
    for (int hops = 0; hops < 8 && schema.contains(u"$ref"_s); ++hops) {
        const QString ref = schema.value(u"$ref"_s).toString();
        schema = root.value(u"definitions"_s).toObject().value(ref.section(u'/', -1)).toObject();
    }
    return schema;
}

} // namespace

class TestSandboxOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOperation();
    void queryTokenCallsRefuseAHeaderToken();

private:
    struct Login
    {
        QString accessToken;
        QString refreshToken;
    };
    Login login(const QString &scheme);
    QString pathFor(const ApiOperation &operation) const;
    HttpResult call(const ApiOperation &operation, const QString &token, const QByteArray &body);
    // The example body with its first typed (required, if any) property of the wrong type;
    // `field` gets that property's name. Empty when the schema gives no property to break.
    QByteArray brokenBody(const ApiOperation &operation, QString *field) const;
    // The example with the demo data's ids and, for the logins the sandbox checks, the demo
    // credentials in place of the example's.
    QJsonValue exampleBody(const ApiOperation &operation) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    const ApiDescription *m_api = nullptr;
    QHash<QString, QString> m_tokens; // scheme -> access token
    QHash<QString, QString> m_values; // path parameter -> a value naming demo data
    // For deletions: objects the sandbox lets go (an unreleased product, an inactive device).
    QHash<QString, QString> m_deletable;
};

TestSandboxOperations::Login TestSandboxOperations::login(const QString &scheme)
{
    SandboxClient &client = m_sandbox->client();
    QJsonObject reply;
    if (scheme == u"corpToken"_s) {
        reply = client.memberLogin();
    } else if (scheme == u"accessKeyToken"_s) {
        reply
            = client
                  .post(u"/v2/accesskey_auth"_s,
                      { { u"id"_s, u"0a1b2c3d4e5f6071"_s }, { u"secret"_s, u"sandbox-secret"_s } })
                  .object();
    } else if (scheme == u"appUserToken"_s) {
        reply = client
                    .post(u"/v2/user_auth"_s,
                        { { u"corp_id"_s, u"5a1f0c0de0000001"_s },
                            { u"email"_s, u"user@example.com"_s },
                            { u"password"_s, u"sandbox123"_s } })
                    .object();
    } else {
        // The other logins are answered from the description: their examples log in.
        const QString path = scheme == u"dealerToken"_s ? u"/v2/dealer_auth"_s
            : scheme == u"heavyBuyerToken"_s            ? u"/v2/heavy_buyer_auth"_s
                                                        : u"/v2/device_login"_s;
        const ApiOperation *operation = m_api->find(u"POST"_s, path);
        if (!operation)
            return {};
        reply = client.postRaw(path, QJsonDocument(operation->requestExample.toObject()).toJson())
                    .object();
    }
    return { reply.value(u"access_token"_s).toString(),
        reply.value(u"refresh_token"_s).toString() };
}

void TestSandboxOperations::initTestCase()
{
    m_api = &ApiDescription::builtin();
    QVERIFY(!m_api->isEmpty());
    m_sandbox = std::make_unique<SandboxFixture>();
    for (const QString &scheme : allSchemes) {
        m_tokens.insert(scheme, login(scheme).accessToken);
        QVERIFY2(!m_tokens.value(scheme).isEmpty(), qPrintable(scheme));
    }
    // Demo data, found through the API as a client would.
    const QString productId = m_sandbox->productId(true);
    QVERIFY(!productId.isEmpty());
    const QJsonObject device = m_sandbox->deviceWhere(productId, u"is_active"_s, true);
    QVERIFY(!device.isEmpty());
    const QJsonObject user
        = m_sandbox->client()
              .post(u"/v2/user_auth"_s,
                  { { u"corp_id"_s, u"5a1f0c0de0000001"_s }, { u"email"_s, u"user@example.com"_s },
                      { u"password"_s, u"sandbox123"_s } })
              .object();
    const QJsonArray tables = m_sandbox->get(u"/v2/tables"_s).json().array();
    QVERIFY(!tables.isEmpty());
    const QString table = tables.at(0).toObject().value(u"name"_s).toString();
    m_values = {
        { u"product_id"_s, productId },
        { u"device_id"_s, QString::number(device.value(u"id"_s).toInteger()) },
        { u"deviceid"_s, QString::number(device.value(u"id"_s).toInteger()) },
        { u"user_id"_s, QString::number(user.value(u"user_id"_s).toInteger()) },
        { u"member_id"_s, u"1001"_s },
        { u"accesskey_id"_s, u"0a1b2c3d4e5f6071"_s },
        { u"table_name"_s, table },
        { u"status"_s, u"1"_s },
    };
    const QString devicePath
        = u"/v2/product/%1/device/%2"_s.arg(productId, m_values.value(u"device_id"_s));
    m_values.insert(u"rule_id"_s,
        idText(firstItem(m_sandbox->get(u"/v2/alert/rules?product_id="_s + productId))
                   .value(u"id"_s)));
    m_values.insert(u"datapoint_id"_s,
        idText(firstItem(m_sandbox->get(u"/v2/product/%1/datapoints"_s.arg(productId)))
                   .value(u"id"_s)));
    m_values.insert(u"firmware_id"_s,
        idText(firstItem(m_sandbox->get(u"/v2/product/%1/firmwares"_s.arg(productId)))
                   .value(u"id"_s)));
    m_values.insert(u"object_id"_s,
        firstItem(m_sandbox->post(u"/v2/datas/"_s + table, {})).value(u"objectId"_s).toString());
    m_values.insert(u"key"_s, m_sandbox->get(devicePath + u"/property"_s).object().keys().value(0));
    m_values.insert(u"upgrade_task_id"_s,
        idText(firstItem(m_sandbox->get(u"/v2/upgrade/firmware/tasks?product_id="_s + productId))
                   .value(u"id"_s)));
    for (const QString &name : m_values.keys())
        QVERIFY2(
            !m_values.value(name).isEmpty() && m_values.value(name) != u"0"_s, qPrintable(name));
    m_deletable.insert(u"product_id"_s, m_sandbox->productId(false));
    // A released product's datapoints stay: a new, unreleased one is deleted instead.
    m_deletable.insert(u"datapoint_id"_s,
        idText(m_sandbox
                   ->post(u"/v2/product/%1/datapoint"_s.arg(productId),
                       { { u"name"_s, u"scratch"_s }, { u"type"_s, 1 }, { u"index"_s, 200 } })
                   .object()
                   .value(u"id"_s)));
    m_deletable.insert(u"device_id"_s,
        idText(m_sandbox->deviceWhere(productId, u"is_active"_s, false).value(u"id"_s)));
}

QJsonValue TestSandboxOperations::exampleBody(const ApiOperation &operation) const
{
    if (!operation.requestExample.isObject())
        return operation.requestExample;
    QJsonObject body = operation.requestExample.toObject();
    // Each answer to a share needs one in the state it answers: the demo data has two pending
    // invitations and an accepted one.
    const QString inviteCode = operation.path.endsWith(u"/accept"_s) ? u"5a1f5a1e00000001"_s
        : operation.path.endsWith(u"/deny"_s)                        ? u"5a1f5a1e00000004"_s
                                                                     : u"5a1f5a1e00000002"_s;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString value = it.key() == u"corp_id"_s ? u"5a1f0c0de0000001"_s
            : it.key() == u"invite_code"_s             ? inviteCode
                                                       : m_values.value(it.key());
        if (value.isEmpty())
            continue;
        if (it.value().isString())
            it.value() = value;
        else if (it.value().isDouble())
            it.value() = value.toLongLong();
    }
    if (operation.path == u"/v2/corp_auth"_s) {
        body.insert(u"account"_s, u"dev@example.com"_s);
        body.insert(u"password"_s, u"sandbox123"_s);
    } else if (operation.path == u"/v2/accesskey_auth"_s) {
        body.insert(u"id"_s, u"0a1b2c3d4e5f6071"_s);
        body.insert(u"secret"_s, u"sandbox-secret"_s);
    } else if (operation.path == u"/v2/user_auth"_s) {
        body.remove(u"phone"_s);
        body.insert(u"email"_s, u"user@example.com"_s);
        body.insert(u"password"_s, u"sandbox123"_s);
    }
    return body;
}

QString TestSandboxOperations::pathFor(const ApiOperation &operation) const
{
    QStringList segments = operation.path.split(u'/');
    for (QString &segment : segments) {
        if (!segment.startsWith(u'{'))
            continue;
        const QString name = segment.mid(1, segment.size() - 2);
        // A deletion removes what the sandbox lets go: an unreleased product, an inactive device.
        const bool deletesIt = operation.method == u"DELETE"_s && operation.path.endsWith(segment)
            && m_deletable.contains(name);
        segment = deletesIt ? m_deletable.value(name) : m_values.value(name, u"1"_s);
    }
    return segments.join(u'/');
}

HttpResult TestSandboxOperations::call(
    const ApiOperation &operation, const QString &token, const QByteArray &body)
{
    QUrlQuery query;
    for (const xlink::ApiParameter &parameter : operation.parameters) {
        if (parameter.in != u"query"_s || !parameter.required)
            continue;
        if (parameter.name == u"access_token"_s && !operation.tokenQueryLogin.isEmpty())
            continue; // the login's token, below
        const QJsonArray values = parameter.schema.value(u"enum"_s).toArray();
        query.addQueryItem(parameter.name,
            values.isEmpty() ? m_values.value(parameter.name, u"1"_s)
                             : values.at(0).toVariant().toString());
    }
    // The WeChat gateway's calls take the token in the query string (x-xlink-token-query).
    if (!operation.tokenQueryLogin.isEmpty() && !token.isEmpty())
        query.addQueryItem(u"access_token"_s, token);
    QString path = pathFor(operation);
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    SandboxClient::Headers headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty() && operation.tokenQueryLogin.isEmpty())
        headers.append({ "Access-Token", token.toLatin1() });
    return m_sandbox->client().send(operation.method.toLatin1(), path, body, headers);
}

QByteArray TestSandboxOperations::brokenBody(const ApiOperation &operation, QString *field) const
{
    const QJsonValue example = exampleBody(operation);
    if (!example.isObject())
        return {};
    const QJsonObject schema = resolved(operation.requestSchema, operation.requestSchema);
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    QStringList candidates;
    for (const QJsonValue &name : schema.value(u"required"_s).toArray())
        candidates.append(name.toString());
    candidates += properties.keys();
    for (const QString &name : std::as_const(candidates)) {
        const QJsonObject property
            = resolved(operation.requestSchema, properties.value(name).toObject());
        if (!property.contains(u"type"_s))
            continue;
        QJsonObject body = example.toObject();
        body.insert(name, wrongValueFor(property));
        *field = name;
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return {};
}

void TestSandboxOperations::everyOperation()
{
    // Deletions last, the deepest first, so that no call loses the demo data another one needs.
    QList<const ApiOperation *> operations;
    for (const ApiOperation &operation : m_api->operations())
        operations.append(&operation);
    std::stable_sort(operations.begin(), operations.end(), [](auto *a, auto *b) {
        const bool aDelete = a->method == u"DELETE"_s;
        const bool bDelete = b->method == u"DELETE"_s;
        if (aDelete != bDelete)
            return bDelete;
        return aDelete && a->path.count(u'/') > b->path.count(u'/');
    });

    int answering = 0;
    int conforming = 0;
    int refusedLogins = 0;
    int loginChecks = 0;
    int refusedBodies = 0;
    int bodyChecks = 0;
    QStringList failures;
    for (const ApiOperation *operation : std::as_const(operations)) {
        const QString name = operation->method + u' ' + operation->path;
        const QJsonValue exampleValue = exampleBody(*operation);
        const QByteArray example = exampleValue.isUndefined()
            ? QByteArray()
            : (exampleValue.isArray() ? QJsonDocument(exampleValue.toArray())
                                      : QJsonDocument(exampleValue.toObject()))
                  .toJson(QJsonDocument::Compact);
        QString rightToken;
        QString rightScheme;
        for (const QString &scheme : operation->logins()) {
            if (m_tokens.contains(scheme)) {
                rightScheme = scheme;
                break;
            }
        }
        QByteArray body = example;
        if (!operation->tokenQueryLogin.isEmpty()) {
            rightScheme = operation->tokenQueryLogin;
            rightToken = m_tokens.value(rightScheme);
        }
        if (operation->needsLogin()) {
            rightToken = m_tokens.value(rightScheme);
            // A refresh rotates the token it is called with: it gets a login of its own.
            if (body.contains("\"refresh_token\"")) {
                const Login fresh = login(rightScheme);
                rightToken = fresh.accessToken;
                QJsonObject object = exampleValue.toObject();
                object.insert(u"refresh_token"_s, fresh.refreshToken);
                body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
        }

        // Broken body and wrong login first: neither may change anything.
        QString field;
        const QByteArray broken = brokenBody(*operation, &field);
        if (!broken.isEmpty()) {
            ++bodyChecks;
            const HttpResult result = call(*operation, rightToken, broken);
            const int code = result.errorCode();
            if (result.status == 400 && (code == 4001001 || code == 4001002)
                && result.object()
                       .value(u"error"_s)
                       .toObject()
                       .value(u"msg"_s)
                       .toString()
                       .contains(field))
                ++refusedBodies;
            else
                failures.append(u"%1 with %2 of the wrong type: %3 %4"_s.arg(
                    name, field, QString::number(result.status), bodyText(result)));
        }
        const QStringList accepted = operation->tokenQueryLogin.isEmpty()
            ? operation->logins()
            : QStringList { operation->tokenQueryLogin };
        const auto wrong = std::find_if(allSchemes.begin(), allSchemes.end(),
            [&](const QString &scheme) { return !accepted.contains(scheme); });
        if ((operation->needsLogin() || !operation->tokenQueryLogin.isEmpty())
            && wrong != allSchemes.end()) {
            ++loginChecks;
            const HttpResult result = call(*operation, m_tokens.value(*wrong), example);
            const bool enterprise = *wrong != u"corpToken"_s && *wrong != u"accessKeyToken"_s
                && (accepted.contains(u"corpToken"_s) || accepted.contains(u"accessKeyToken"_s));
            if (result.status == 403 && result.errorCode() == (enterprise ? 4031004 : 4031001))
                ++refusedLogins;
            else
                failures.append(u"%1 with a %2: %3 %4"_s.arg(
                    name, *wrong, QString::number(result.status), bodyText(result)));
        }

        const HttpResult result = call(*operation, rightToken, body);
        if (result.status != operation->successStatus) {
            failures.append(u"%1 with a %2: %3 %4"_s.arg(
                name, rightScheme, QString::number(result.status), bodyText(result)));
            continue;
        }
        ++answering;
        if (operation->responseSchema.isEmpty()) {
            ++conforming;
            continue;
        }
        // A download (CSV, ...) is a string of its own media type.
        const bool isJson = result.header("Content-Type").startsWith("application/json");
        const QList<xlink::SchemaProblem> problems = isJson
            ? JsonSchemaCheck(operation->responseSchema).checkText(result.body)
            : JsonSchemaCheck(operation->responseSchema).check(QString::fromUtf8(result.body));
        if (problems.isEmpty()) {
            ++conforming;
            continue;
        }
        // Every problem, not only the first: a shape is fixed in one go.
        QStringList found;
        for (const xlink::SchemaProblem &problem : problems)
            found.append(problem.path + u' ' + problem.message);
        failures.append(u"%1 answers off its schema: %2 (%3)"_s.arg(
            name, found.join(u"; "_s), bodyText(result)));
    }
    const auto total = m_api->operations().size();
    qInfo().noquote() << u"operations answering: %1/%2, conforming to the response schema: %3/%2, "
                         u"wrong login refused: %4/%5, broken body refused: %6/%7"_s.arg(
                             QString::number(answering), QString::number(total),
                             QString::number(conforming), QString::number(refusedLogins),
                             QString::number(loginChecks), QString::number(refusedBodies),
                             QString::number(bodyChecks));
    for (const QString &failure : std::as_const(failures))
        qWarning().noquote() << failure;
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 failures, listed above"_s.arg(failures.size())));
}

void TestSandboxOperations::queryTokenCallsRefuseAHeaderToken()
{
    // The WeChat gateway reads the token from access_token only: a header token is no login.
    const auto &operations = m_api->operations();
    const auto wechat = std::find_if(operations.cbegin(), operations.cend(),
        [](const ApiOperation &op) { return !op.tokenQueryLogin.isEmpty(); });
    QVERIFY(wechat != operations.cend());
    QUrlQuery query;
    for (const xlink::ApiParameter &parameter : wechat->parameters) {
        if (parameter.in == u"query"_s && parameter.required && parameter.name != u"access_token")
            query.addQueryItem(parameter.name, m_values.value(parameter.name, u"1"_s));
    }
    QString path = pathFor(*wechat);
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    const HttpResult result = m_sandbox->client().send(wechat->method.toLatin1(), path,
        QByteArray(), { { "Access-Token", m_tokens.value(wechat->tokenQueryLogin).toLatin1() } });
    QVERIFY2(result.status == 401 || result.status == 403, qPrintable(bodyText(result)));
}

QTEST_GUILESS_MAIN(TestSandboxOperations)
#include "TestSandboxOperations.moc"
