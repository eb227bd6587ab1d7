// The built-in endpoint catalogue: complete against platform-api.md, searchable, fillable.
#include "EndpointCatalogue.h"
#include "JsonBodyValidator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestEndpointCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySpecEndpointIsListed();
    void entriesAreWellFormed();
    void searchByPathMethodAndDescription();
    void fillPlaceholders();
    void rejectsBadDocuments();
};

// Reads the endpoint tables of the spec the way a person would: each "| METHOD | `path` |" row,
// with "GET / PUT / DELETE" rows and "`/accept`, `/deny`" continuations expanded.
static QSet<QString> specEndpoints()
{
    QFile file(QStringLiteral(XLINK_SPEC_DIR "/platform-api.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> result;
    static const QRegularExpression row(
        uR"(^\|\s*((?:GET|POST|PUT|DELETE)(?:\s*/\s*(?:GET|POST|PUT|DELETE))*)\s*\|\s*([^|]+)\|)"_s);
    static const QRegularExpression code(u"`([^`]+)`"_s);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        const QStringList methods = match.captured(1).split(u'/', Qt::SkipEmptyParts);
        QStringList paths;
        auto it = code.globalMatch(match.captured(2));
        while (it.hasNext()) {
            QString path = it.next().captured(1);
            if (!path.startsWith(u"/v2/") && !paths.isEmpty()) // "/deny" after "/v2/.../accept"
                path = paths.first().section(u'/', 0, -2) + path;
            path.replace(u"{0或1}"_s, u"{status}"_s);
            paths.append(path);
        }
        for (const QString &m : methods)
            for (const QString &p : paths)
                result.insert(m.trimmed() + u' ' + p);
    }
    return result;
}

void TestEndpointCatalogue::everySpecEndpointIsListed()
{
    const QSet<QString> spec = specEndpoints();
    QVERIFY2(spec.size() > 55, qPrintable(QString::number(spec.size())));
    QSet<QString> listed;
    for (const Endpoint &e : EndpointCatalogue::builtin().endpoints())
        listed.insert(QString::fromLatin1(e.method) + u' ' + e.path);
    for (const QString &endpoint : spec)
        QVERIFY2(listed.contains(endpoint), qPrintable(endpoint));
    // The login and refresh calls of the authentication table are listed too.
    for (const char *auth : { "POST /v2/corp_auth", "POST /v2/accesskey_auth", "POST /v2/user_auth",
             "POST /v2/dealer_auth", "POST /v2/corp/token/refresh", "POST /v2/user/token/refresh",
             "POST /v2/dealer/token/refresh" })
        QVERIFY2(listed.contains(QString::fromLatin1(auth)), auth);
}

void TestEndpointCatalogue::entriesAreWellFormed()
{
    QSet<QString> seen;
    static const QSet<QString> knownPlaceholders { u"pid"_s, u"did"_s, u"uid"_s, u"id"_s,
        u"table"_s, u"object_id"_s, u"member_id"_s, u"status"_s };
    for (const Endpoint &e : EndpointCatalogue::builtin().endpoints()) {
        const QString key = QString::fromLatin1(e.method) + u' ' + e.path;
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY2(e.path.startsWith(u"/v2/"), qPrintable(key));
        QVERIFY2(!e.zh.isEmpty() && !e.en.isEmpty(), qPrintable(key));
        for (const QString &name : e.placeholders())
            QVERIFY2(knownPlaceholders.contains(name), qPrintable(key + u' ' + name));
        if (!e.exampleBody.isEmpty())
            QVERIFY2(JsonBodyValidator::validate(e.exampleBody).valid, qPrintable(key));
    }
    const auto login = EndpointCatalogue::builtin().find("POST", u"/v2/corp_auth"_s);
    QVERIFY(login);
    QVERIFY(!login->needsToken);
    // The example keeps the key order it was written in.
    QVERIFY(login->exampleBody.indexOf("account") < login->exampleBody.indexOf("password"));
}

void TestEndpointCatalogue::searchByPathMethodAndDescription()
{
    const EndpointCatalogue &catalogue = EndpointCatalogue::builtin();
    QCOMPARE(catalogue.search(QString()).size(), catalogue.endpoints().size());

    const auto byPath = catalogue.search(u"/v2/product/{pid}/device/{did}"_s);
    QVERIFY(!byPath.isEmpty());
    QCOMPARE(byPath.first().path, u"/v2/product/{pid}/device/{did}"_s);

    const auto deletes = catalogue.search(u"DELETE device"_s);
    QVERIFY(!deletes.isEmpty());
    for (const Endpoint &e : deletes)
        QCOMPARE(e.method, QByteArray("DELETE"));

    const auto zh = catalogue.search(u"告警规则"_s);
    QVERIFY(zh.size() >= 4);
    for (const Endpoint &e : zh)
        QVERIFY(e.zh.contains(u"告警规则"));

    const auto en = catalogue.search(u"firmware upgrade"_s);
    QVERIFY(!en.isEmpty());
    QVERIFY(en.first().path.contains(u"upgrade"));

    QVERIFY(catalogue.search(u"no-such-thing-anywhere"_s).isEmpty());
}

void TestEndpointCatalogue::fillPlaceholders()
{
    const QString path = u"/v2/product/{pid}/device/{did}?x={pid}"_s;
    Endpoint e;
    e.path = path;
    QCOMPARE(e.placeholders(), (QStringList { u"pid"_s, u"did"_s }));
    QCOMPARE(
        EndpointCatalogue::fillPath(path, { { u"pid"_s, u"abc"_s }, { u"did"_s, u"4/2 x"_s } }),
        u"/v2/product/abc/device/4%2F2%20x?x=abc"_s);
    // Missing values stay visible as placeholders.
    QCOMPARE(EndpointCatalogue::fillPath(path, { { u"pid"_s, u"abc"_s } }),
        u"/v2/product/abc/device/{did}?x=abc"_s);
    const QByteArray body = "{\"product_id\":\"{pid}\"}";
    const QByteArray filled = EndpointCatalogue::fillBody(body, { { u"pid"_s, u"a\"b"_s } });
    QCOMPARE(filled, QByteArray("{\"product_id\":\"a\\\"b\"}"));
}

void TestEndpointCatalogue::rejectsBadDocuments()
{
    QString error;
    QVERIFY(!EndpointCatalogue::fromJson("not json", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!EndpointCatalogue::fromJson(R"({"x":1})", &error));
    QVERIFY(
        !EndpointCatalogue::fromJson(R"({"endpoints":[{"method":"GET","path":"v2"}]})", &error));
    QVERIFY(EndpointCatalogue::fromJson(R"({"endpoints":[]})", &error));
}

QTEST_GUILESS_MAIN(TestEndpointCatalogue)
#include "TestEndpointCatalogue.moc"
