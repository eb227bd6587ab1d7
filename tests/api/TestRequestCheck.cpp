// The checks before a documented call is sent and after its answer: which operation a request
// is, whether the session's login may make it, its body against the request schema (members
// the call does not take included) and a success answer against the response schema.
#include "ApiDescription.h"
#include "RequestCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace xlink;
using namespace Qt::StringLiterals;
using Kind = SchemaProblem::Kind;

namespace {

const ApiOperation &operation(const char *id)
{
    const ApiOperation *found = ApiDescription::builtin().byOperationId(QString::fromLatin1(id));
    if (!found)
        qFatal("no operation %s in the built-in description", id);
    return *found;
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson()
                           : QJsonDocument(value.toObject()).toJson();
}

} // namespace

class TestRequestCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAreMatchedToTheirOperation_data();
    void requestsAreMatchedToTheirOperation();
    void loginFitNamesTheLoginsThatCan();
    void callsWithoutLoginFitAnySession();
    void tokenInQueryCallsNameTheirLogin();
    void everyExampleBodyPassesTheCheck();
    void wrongBodyIsListedWithPathAndLine();
    void misspeltFieldIsUnknown();
    void requiredBodyMissing();
    void uploadsAreNotChecked();
    void successAnswerIsCheckedAgainstTheResponse();
    void errorAnswersAreNotChecked();
    void checksRunFromAnyThread();
};

void TestRequestCheck::requestsAreMatchedToTheirOperation_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("operationId");
    QTest::newRow("plain") << u"POST"_s << u"/v2/product"_s << u"createProduct"_s;
    QTest::newRow("lower-case method") << u"post"_s << u"/v2/product"_s << u"createProduct"_s;
    QTest::newRow("with a query") << u"POST"_s << u"/v2/product?x=1#top"_s << u"createProduct"_s;
    QTest::newRow("absolute URL") << u"POST"_s << u"https://api2.xlink.cn/v2/product"_s
                                  << u"createProduct"_s;
    QTest::newRow("path values") << u"PUT"_s << u"/v2/home/1607d2b4aa1b1f41"_s << u"renameHome"_s;
    QTest::newRow("unknown") << u"GET"_s << u"/v2/nothing/here"_s << QString();
    QTest::newRow("empty") << u"GET"_s << QString() << QString();
}

void TestRequestCheck::requestsAreMatchedToTheirOperation()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QString, operationId);
    const ApiOperation *found = RequestCheck::operationFor(method, target);
    QCOMPARE(found ? found->operationId : QString(), operationId);
}

void TestRequestCheck::loginFitNamesTheLoginsThatCan()
{
    // Homes belong to app users: an enterprise member's token does not fit.
    const LoginFit home
        = RequestCheck::loginFit(operation("createHome"), Environment::LoginKind::EnterpriseMember);
    QVERIFY(!home.fits);
    QCOMPARE(home.accepted, QStringList { u"appUserToken"_s });
    QCOMPARE(home.acceptedText, u"an app-user login"_s);
    QVERIFY(RequestCheck::loginFit(operation("createHome"), Environment::LoginKind::AppUser).fits);

    const LoginFit product
        = RequestCheck::loginFit(operation("createProduct"), Environment::LoginKind::AppUser);
    QVERIFY(!product.fits);
    QCOMPARE(product.acceptedText, u"an enterprise member login or an access-key login"_s);
    QVERIFY(
        RequestCheck::loginFit(operation("createProduct"), Environment::LoginKind::AccessKey).fits);
}

void TestRequestCheck::callsWithoutLoginFitAnySession()
{
    const ApiOperation *login = RequestCheck::operationFor(u"POST"_s, u"/v2/corp_auth"_s);
    QVERIFY(login);
    const LoginFit fit = RequestCheck::loginFit(*login, Environment::LoginKind::AppUser);
    QVERIFY(fit.fits);
    QVERIFY(fit.accepted.isEmpty());
}

void TestRequestCheck::tokenInQueryCallsNameTheirLogin()
{
    const auto &operations = ApiDescription::builtin().operations();
    const auto it = std::find_if(operations.cbegin(), operations.cend(),
        [](const ApiOperation &op) { return !op.tokenQueryLogin.isEmpty(); });
    QVERIFY(it != operations.cend());
    QCOMPARE(it->tokenQueryLogin, u"appUserToken"_s);
    QVERIFY(!RequestCheck::loginFit(*it, Environment::LoginKind::EnterpriseMember).fits);
    QVERIFY(RequestCheck::loginFit(*it, Environment::LoginKind::AppUser).fits);
}

void TestRequestCheck::everyExampleBodyPassesTheCheck()
{
    // The check a user sees must not flag the document's own examples: no false "unknown
    // field" where a schema composes others, no false type error.
    int checked = 0;
    QStringList failed;
    for (const ApiOperation &op : ApiDescription::builtin().operations()) {
        if (!op.requestIsJson || op.requestExample.isUndefined())
            continue;
        const QList<SchemaProblem> problems = RequestCheck::checkBody(op, json(op.requestExample));
        for (const SchemaProblem &problem : problems)
            qWarning() << op.operationId << problem.path << problem.message;
        if (!problems.isEmpty())
            failed.append(op.operationId);
        ++checked;
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u", "_s)));
    QVERIFY2(checked > 150, qPrintable(QString::number(checked)));
}

void TestRequestCheck::wrongBodyIsListedWithPathAndLine()
{
    const QByteArray body = "{\n  \"name\": \"Smart plug\",\n  \"mode\": 200,\n  \"type\": 2\n}";
    const QList<SchemaProblem> problems = RequestCheck::checkBody(operation("createProduct"), body);
    const auto mode = std::find_if(problems.cbegin(), problems.cend(),
        [](const SchemaProblem &p) { return p.path == u"$.mode"; });
    QVERIFY(mode != problems.cend());
    QCOMPARE(int(mode->kind), int(Kind::WrongType));
    QCOMPARE(mode->line, 3);
    QCOMPARE(mode->text(), u"should be a string"_s);
}

void TestRequestCheck::misspeltFieldIsUnknown()
{
    QJsonObject body = operation("createProduct").requestExample.toObject();
    body.insert(u"descripton"_s, u"typo"_s);
    const QList<SchemaProblem> problems
        = RequestCheck::checkBody(operation("createProduct"), QJsonDocument(body).toJson());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().path, u"$.descripton"_s);
    QCOMPARE(int(problems.constFirst().kind), int(Kind::UnknownField));
    QVERIFY(problems.constFirst().line > 1);
}

void TestRequestCheck::requiredBodyMissing()
{
    const ApiOperation &create = operation("createProduct");
    QVERIFY(create.requestBodyRequired);
    const QList<SchemaProblem> problems = RequestCheck::checkBody(create, "  \n");
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.constFirst().kind), int(Kind::MissingBody));
    const QList<SchemaProblem> broken = RequestCheck::checkBody(create, "{\"name\": ");
    QCOMPARE(broken.size(), 1);
    QCOMPARE(int(broken.constFirst().kind), int(Kind::InvalidJson));
}

void TestRequestCheck::uploadsAreNotChecked()
{
    const auto &operations = ApiDescription::builtin().operations();
    const auto upload = std::find_if(operations.cbegin(), operations.cend(),
        [](const ApiOperation &op) { return op.hasRequestBody && !op.requestIsJson; });
    QVERIFY(upload != operations.cend());
    QVERIFY(RequestCheck::checkBody(*upload, "\x89PNG binary").isEmpty());
}

void TestRequestCheck::successAnswerIsCheckedAgainstTheResponse()
{
    const ApiOperation &create = operation("createProduct");
    QVERIFY(RequestCheck::checkResponse(create, create.successStatus, json(create.responseExample))
                .isEmpty());
    QJsonObject answer = create.responseExample.toObject();
    QVERIFY(answer.contains(u"id"_s));
    answer.insert(u"id"_s, 42);
    const QList<SchemaProblem> problems
        = RequestCheck::checkResponse(create, create.successStatus, QJsonDocument(answer).toJson());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().path, u"$.id"_s);
}

void TestRequestCheck::errorAnswersAreNotChecked()
{
    const ApiOperation &create = operation("createProduct");
    QVERIFY(RequestCheck::checkResponse(create, 400, R"({"error":{"code":4001001}})").isEmpty());
    QVERIFY(RequestCheck::checkResponse(create, create.successStatus, "").isEmpty());
}

void TestRequestCheck::checksRunFromAnyThread()
{
    const ApiOperation &create = operation("createProduct");
    const QByteArray wrong = R"({"name": 5, "mode": "SP-200", "type": 2})";
    const qsizetype expected = RequestCheck::checkBody(create, wrong).size();
    QVERIFY(expected > 0);
    QList<QFuture<qsizetype>> runs;
    for (int i = 0; i < 8; ++i) {
        runs.append(QtConcurrent::run(
            [&create, wrong] { return RequestCheck::checkBody(create, wrong).size(); }));
    }
    for (QFuture<qsizetype> &run : runs)
        QCOMPARE(run.result(), expected);
}

QTEST_GUILESS_MAIN(TestRequestCheck)
#include "TestRequestCheck.moc"
