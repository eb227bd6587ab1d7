// The OpenAPI description the console ships, checked with the project's own loader: it is
// structurally valid OpenAPI 3.0.3, complete per operation (summaries, tags, logins, a success
// schema, examples that validate), and faithful to the catalogue (every error code exists)
// and to the secret rules (every secret-looking field is marked).
#include "ApiDescription.h"
#include "JsonSchemaCheck.h"
#include "OpenApiBundler.h"
#include "SchemaTranslator.h"
#include "catalogue/ErrorCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

// Operations, each with where it is: "GET /v2/x (getX)".
struct RawOperation
{
    QString method;
    QString path;
    QJsonObject pathItem;
    QJsonObject operation;
    QString label() const
    {
        return method.toUpper() + u' ' + path + u" (" + operation.value(u"operationId"_s).toString()
            + u')';
    }
};

QList<RawOperation> rawOperations(const QJsonObject &document)
{
    QList<RawOperation> result;
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        const QJsonObject item = it.value().toObject();
        for (const QString &method : OpenApiBundler::methods()) {
            if (item.contains(method))
                result.append({ method, it.key(), item, item.value(method).toObject() });
        }
    }
    return result;
}

QJsonValue follow(const QJsonObject &document, const QString &ref, bool *ok)
{
    *ok = false;
    if (!ref.startsWith(u"#/"))
        return {};
    QJsonValue current = document;
    for (QString token : ref.mid(2).split(u'/')) {
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (!current.isObject() || !current.toObject().contains(token))
            return {};
        current = current.toObject().value(token);
    }
    *ok = true;
    return current;
}

QJsonObject resolved(const QJsonObject &document, QJsonObject object)
{
    for (int i = 0; i < 8 && object.contains(u"$ref"_s); ++i) {
        bool ok = false;
        object = follow(document, object.value(u"$ref"_s).toString(), &ok).toObject();
    }
    return object;
}

void walk(const QJsonValue &value, const QString &path,
    const std::function<void(const QJsonObject &, const QString &)> &visit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        visit(object, path);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), path + u'/' + it.key(), visit);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), path + u'/' + QString::number(i), visit);
    }
}

// A call without a login: logging in, refreshing or renewing a token, registering, and
// recovering a password. Anything else with `security: []` must say why (x-xlink-no-login).
bool isLoginCall(const RawOperation &op)
{
    static const QRegularExpression pattern(
        u"auth|login|token|register|verify_?code|forgot|password|captcha"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(op.path).hasMatch()
        || pattern.match(op.operation.value(u"operationId"_s).toString()).hasMatch();
}

// Property names that carry a secret: the last word is one of these, or the whole name is.
bool looksSecret(const QString &name)
{
    QString snake;
    for (const QChar c : name) {
        if (c.isUpper() && !snake.isEmpty())
            snake += u'_';
        snake += c.toLower();
    }
    static const QSet<QString> lastWords { u"password"_s, u"passwd"_s, u"pwd"_s, u"secret"_s,
        u"token"_s, u"signature"_s, u"sign"_s };
    static const QSet<QString> wholeNames { u"authorize_code"_s, u"auth_code"_s, u"authcode"_s,
        u"private_key"_s, u"secret_key"_s };
    return lastWords.contains(snake.section(u'_', -1)) || wholeNames.contains(snake);
}

// Prints each problem on a line of its own (a test message is cut short at a few hundred
// characters) and returns the summary for the failure.
QString listed(const QStringList &failures)
{
    for (const QString &failure : failures)
        qInfo("%s", qPrintable(failure));
    return u"%1 problem(s), listed above"_s.arg(failures.size());
}

} // namespace

class TestOpenApiDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void topLevelHasVersionInfoServersAndOnlyV2Paths();
    void everyRefResolves();
    void tagsAreDeclaredInBothLanguages();
    void everyOperationIsComplete();
    void pathParametersMatchThePath();
    void loginsAreKnownSchemes();
    void everyExampleValidates();
    void errorCodesAreInTheCatalogue();
    void secretFieldsAreMarked();
    void loaderReadsEveryOperation();
    void readmeListsEveryContradiction();

private:
    QJsonObject m_document;
    QList<RawOperation> m_operations;
};

void TestOpenApiDocument::initTestCase()
{
    const QByteArray text = ApiDescription::builtinDocument();
    QVERIFY2(!text.isEmpty(), "the built-in description is not embedded");
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_operations = rawOperations(m_document);
}

void TestOpenApiDocument::topLevelHasVersionInfoServersAndOnlyV2Paths()
{
    QCOMPARE(m_document.value(u"openapi"_s).toString(), u"3.0.3"_s);
    const QJsonObject info = m_document.value(u"info"_s).toObject();
    QVERIFY(!info.value(u"title"_s).toString().isEmpty());
    QVERIFY(!info.value(u"version"_s).toString().isEmpty());
    QVERIFY(m_document.value(u"paths"_s).isObject());
    const QJsonArray servers = m_document.value(u"servers"_s).toArray();
    QVERIFY(!servers.isEmpty());
    for (const QJsonValue &server : servers)
        QVERIFY(!server.toObject().value(u"url"_s).toString().isEmpty());
    const QStringList schemes = m_document.value(u"components"_s)
                                    .toObject()
                                    .value(u"securitySchemes"_s)
                                    .toObject()
                                    .keys();
    QCOMPARE(schemes,
        (QStringList { u"accessKeyToken"_s, u"appUserToken"_s, u"corpToken"_s, u"dealerToken"_s,
            u"deviceToken"_s, u"heavyBuyerToken"_s }));
    static const QSet<QString> allowed { u"openapi"_s, u"info"_s, u"servers"_s, u"paths"_s,
        u"components"_s, u"security"_s, u"tags"_s, u"externalDocs"_s };
    for (const QString &key : m_document.keys())
        QVERIFY2(allowed.contains(key) || key.startsWith(u"x-"), qPrintable(key));
    for (const QString &path : m_document.value(u"paths"_s).toObject().keys())
        QVERIFY2(path.startsWith(u"/v2/"), qPrintable(path));
}

void TestOpenApiDocument::everyRefResolves()
{
    QStringList failures;
    walk(m_document, u"#"_s, [&](const QJsonObject &object, const QString &where) {
        if (!object.contains(u"$ref"_s))
            return;
        bool ok = false;
        follow(m_document, object.value(u"$ref"_s).toString(), &ok);
        if (!ok)
            failures.append(where + u": " + object.value(u"$ref"_s).toString());
    });
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::tagsAreDeclaredInBothLanguages()
{
    QStringList failures;
    QSet<QString> declared;
    for (const QJsonValue &value : m_document.value(u"tags"_s).toArray()) {
        const QJsonObject tag = value.toObject();
        const QString name = tag.value(u"name"_s).toString();
        declared.insert(name);
        if (tag.value(u"description"_s).toString().isEmpty()
            || tag.value(u"x-description-zh"_s).toString().isEmpty())
            failures.append(u"tag '%1' needs description and x-description-zh"_s.arg(name));
    }
    for (const RawOperation &op : std::as_const(m_operations)) {
        for (const QJsonValue &tag : op.operation.value(u"tags"_s).toArray()) {
            if (!declared.contains(tag.toString()))
                failures.append(op.label() + u": undeclared tag " + tag.toString());
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::everyOperationIsComplete()
{
    QStringList failures;
    QSet<QString> ids;
    for (const RawOperation &op : std::as_const(m_operations)) {
        const QJsonObject &o = op.operation;
        const QString id = o.value(u"operationId"_s).toString();
        static const QRegularExpression camel(u"^[a-z][A-Za-z0-9]*$"_s);
        if (!camel.match(id).hasMatch())
            failures.append(op.label() + u": operationId must be lowerCamelCase");
        if (ids.contains(id))
            failures.append(op.label() + u": operationId repeated");
        ids.insert(id);
        if (o.value(u"summary"_s).toString().trimmed().isEmpty())
            failures.append(op.label() + u": no summary");
        if (o.value(u"x-summary-zh"_s).toString().trimmed().isEmpty())
            failures.append(op.label() + u": no x-summary-zh");
        if (o.value(u"tags"_s).toArray().isEmpty())
            failures.append(op.label() + u": no tag");
        if (!o.value(u"security"_s).isArray()) {
            failures.append(op.label() + u": no security (use [] only for a login call)");
        } else if (o.value(u"security"_s).toArray().isEmpty() && !isLoginCall(op)
            && o.value(u"x-xlink-no-login"_s).toString().isEmpty()) {
            failures.append(op.label()
                + u": security [] on a call that is not a login: list its logins, or say "
                  "why it needs none in x-xlink-no-login");
        }
        const QJsonObject responses = o.value(u"responses"_s).toObject();
        QString success;
        for (const QString &status : responses.keys()) {
            if (status.startsWith(u'2') && success.isEmpty())
                success = status;
        }
        if (success.isEmpty()) {
            failures.append(op.label() + u": no 2xx response");
        } else {
            const QJsonObject response = resolved(m_document, responses.value(success).toObject());
            if (response.value(u"description"_s).toString().isEmpty())
                failures.append(op.label() + u": the success response has no description");
            const QJsonObject content = response.value(u"content"_s).toObject();
            for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
                const QJsonObject media = it.value().toObject();
                const bool json = it.key() == u"application/json";
                if (!media.value(u"schema"_s).isObject())
                    failures.append(op.label() + u": the success response has no schema");
                else if (json && !media.contains(u"example"_s) && !media.contains(u"examples"_s))
                    failures.append(op.label() + u": the success response has no example");
            }
        }
        const QJsonObject failure = resolved(m_document, responses.value(u"default"_s).toObject());
        if (failure.isEmpty())
            failures.append(op.label() + u": no default (PlatformError) response");
        if (o.contains(u"requestBody"_s)) {
            const QJsonObject body = resolved(m_document, o.value(u"requestBody"_s).toObject());
            const QJsonObject content = body.value(u"content"_s).toObject();
            if (content.isEmpty())
                failures.append(op.label() + u": requestBody without content");
            for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
                const QJsonObject media = it.value().toObject();
                // A file upload (binary or multipart) has no example body to show.
                const bool json = it.key() == u"application/json";
                if (!media.value(u"schema"_s).isObject())
                    failures.append(op.label() + u": request body without schema");
                else if (json && !media.contains(u"example"_s) && !media.contains(u"examples"_s))
                    failures.append(op.label() + u": request body without example");
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::pathParametersMatchThePath()
{
    QStringList failures;
    static const QRegularExpression brace(u"\\{([^}/]+)\\}"_s);
    for (const RawOperation &op : std::as_const(m_operations)) {
        QSet<QString> inPath;
        for (const QRegularExpressionMatch &match : brace.globalMatch(op.path))
            inPath.insert(match.captured(1));
        QSet<QString> declared;
        QJsonArray parameters = op.operation.value(u"parameters"_s).toArray();
        for (const QJsonValue &value : op.pathItem.value(u"parameters"_s).toArray())
            parameters.append(value);
        for (const QJsonValue &value : std::as_const(parameters)) {
            const QJsonObject parameter = resolved(m_document, value.toObject());
            const QString in = parameter.value(u"in"_s).toString();
            static const QSet<QString> places { u"path"_s, u"query"_s, u"header"_s, u"cookie"_s };
            if (!places.contains(in))
                failures.append(op.label() + u": parameter in '" + in + u'\'');
            if (!parameter.value(u"schema"_s).isObject())
                failures.append(op.label() + u": parameter " + parameter.value(u"name"_s).toString()
                    + u" has no schema");
            if (in != u"path")
                continue;
            const QString name = parameter.value(u"name"_s).toString();
            declared.insert(name);
            if (!inPath.contains(name))
                failures.append(op.label() + u": path parameter " + name + u" is not in the path");
            if (!parameter.value(u"required"_s).toBool())
                failures.append(op.label() + u": path parameter " + name + u" must be required");
        }
        for (const QString &name : std::as_const(inPath)) {
            if (!declared.contains(name))
                failures.append(op.label() + u": {" + name + u"} has no path parameter");
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::loginsAreKnownSchemes()
{
    const QJsonObject schemes
        = m_document.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject();
    QStringList failures;
    for (const RawOperation &op : std::as_const(m_operations)) {
        for (const QJsonValue &requirement : op.operation.value(u"security"_s).toArray()) {
            const QJsonObject object = requirement.toObject();
            if (object.isEmpty())
                failures.append(op.label() + u": an empty requirement inside security");
            for (const QString &name : object.keys()) {
                if (!schemes.contains(name))
                    failures.append(op.label() + u": unknown login scheme " + name);
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::everyExampleValidates()
{
    const SchemaTranslator translator(
        m_document.value(u"components"_s).toObject().value(u"schemas"_s).toObject());
    QStringList failures;
    const auto checkMedia = [&](const QString &where, const QJsonObject &holder,
                                SchemaTranslator::Direction direction) {
        const QJsonObject content = resolved(m_document, holder).value(u"content"_s).toObject();
        for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
            const QJsonObject media = it.value().toObject();
            QList<QPair<QString, QJsonValue>> examples;
            if (media.contains(u"example"_s))
                examples.append({ u"example"_s, media.value(u"example"_s) });
            const QJsonObject named = media.value(u"examples"_s).toObject();
            for (auto e = named.constBegin(); e != named.constEnd(); ++e) {
                examples.append({ u"examples."_s + e.key(),
                    resolved(m_document, e.value().toObject()).value(u"value"_s) });
            }
            if (examples.isEmpty())
                continue;
            const JsonSchemaCheck check(
                translator.translate(media.value(u"schema"_s).toObject(), direction));
            if (!check.isUsable()) {
                failures.append(where + u": schema unusable: " + check.schemaError());
                continue;
            }
            for (const auto &[name, example] : std::as_const(examples)) {
                for (const SchemaProblem &problem : check.check(example))
                    failures.append(
                        where + u' ' + name + u": " + problem.path + u": " + problem.message);
            }
        }
    };
    for (const RawOperation &op : std::as_const(m_operations)) {
        if (op.operation.contains(u"requestBody"_s)) {
            checkMedia(op.label() + u" request", op.operation.value(u"requestBody"_s).toObject(),
                SchemaTranslator::Direction::Request);
        }
        const QJsonObject responses = op.operation.value(u"responses"_s).toObject();
        for (auto it = responses.constBegin(); it != responses.constEnd(); ++it) {
            checkMedia(op.label() + u" response " + it.key(), it.value().toObject(),
                SchemaTranslator::Direction::Response);
        }
    }
    const QJsonObject schemas
        = m_document.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    for (auto it = schemas.constBegin(); it != schemas.constEnd(); ++it) {
        const QJsonObject schema = it.value().toObject();
        if (!schema.contains(u"example"_s))
            continue;
        const JsonSchemaCheck check(
            translator.translate(schema, SchemaTranslator::Direction::Response));
        for (const SchemaProblem &problem : check.check(schema.value(u"example"_s)))
            failures.append(u"components.schemas." + it.key() + u".example: " + problem.path + u": "
                + problem.message);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::errorCodesAreInTheCatalogue()
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::builtin();
    QVERIFY(!catalogue.isEmpty());
    QStringList failures;
    for (const RawOperation &op : std::as_const(m_operations)) {
        const QJsonValue codes = op.operation.value(u"x-xlink-error-codes"_s);
        if (codes.isUndefined())
            continue;
        if (!codes.isArray()) {
            failures.append(op.label() + u": x-xlink-error-codes must be an array");
            continue;
        }
        for (const QJsonValue &code : codes.toArray()) {
            if (!code.isDouble() || code.toDouble() != code.toInt())
                failures.append(op.label() + u": error code not an integer");
            else if (!catalogue.find(code.toInt()))
                failures.append(op.label() + u": " + QString::number(code.toInt())
                    + u" is not in the catalogue");
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::secretFieldsAreMarked()
{
    QStringList failures;
    walk(m_document, u"#"_s, [&](const QJsonObject &object, const QString &where) {
        if (!where.endsWith(u"/properties"))
            return;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!looksSecret(it.key()))
                continue;
            const QJsonObject property = resolved(m_document, it.value().toObject());
            if (property.value(u"format"_s) != u"password"_s
                && !property.value(u"x-xlink-secret"_s).toBool())
                failures.append(where + u'/' + it.key()
                    + u": mark it format: password or x-xlink-secret: true");
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

void TestOpenApiDocument::loaderReadsEveryOperation()
{
    const ApiDescription &description = ApiDescription::builtin();
    QCOMPARE(description.operations().size(), m_operations.size());
    for (const RawOperation &op : std::as_const(m_operations)) {
        const ApiOperation *found = description.find(op.method, op.path);
        QVERIFY2(found, qPrintable(op.label()));
        QCOMPARE(found->operationId, op.operation.value(u"operationId"_s).toString());
        QVERIFY(description.byOperationId(found->operationId) == found);
    }
    for (const ApiOperation &operation : description.operations()) {
        if (!operation.requestSchema.isEmpty())
            QVERIFY2(JsonSchemaCheck(operation.requestSchema).isUsable(),
                qPrintable(operation.operationId));
        if (!operation.responseSchema.isEmpty())
            QVERIFY2(JsonSchemaCheck(operation.responseSchema).isUsable(),
                qPrintable(operation.operationId));
    }
}

void TestOpenApiDocument::readmeListsEveryContradiction()
{
    QFile file(QStringLiteral(XLINK_API_README));
    QVERIFY2(file.open(QIODevice::ReadOnly), XLINK_API_README);
    const QString readme = QString::fromUtf8(file.readAll());
    QStringList failures;
    for (const RawOperation &op : std::as_const(m_operations)) {
        for (const QJsonValue &text :
            op.operation.value(u"x-xlink-doc-contradictions"_s).toArray()) {
            // The path is left out: the bundle may spell its parameters as another page does.
            const QString entry = u"` (%1): %2\n"_s.arg(
                op.operation.value(u"operationId"_s).toString(), text.toString());
            if (!readme.contains(entry))
                failures.append(op.label() + u": " + text.toString());
        }
    }
    if (!failures.isEmpty())
        qInfo("Regenerate the list: python3 tests/openapi/list-contradictions.py --update");
    QVERIFY2(failures.isEmpty(), qPrintable(listed(failures)));
}

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "TestOpenApiDocument.moc"
