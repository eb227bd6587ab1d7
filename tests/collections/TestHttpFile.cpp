// HttpFileParser and HttpFileWriter: files in the style of each tool (REST Client, JetBrains,
// httpyac) are read as those tools read them and written back byte for byte; an edited region
// is written canonically and reads back the same; malformed files name line and column.
#include "HttpCollection.h"
#include "HttpFileParser.h"
#include "HttpFileWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xlink;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(XLINK_TEST_DATA_DIR "/collections/styles/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

HttpFile parseOk(const QByteArray &bytes)
{
    const HttpFileParser::Result result = HttpFileParser::parse(bytes);
    for (const ParseProblem &p : result.problems)
        qWarning("%s", qPrintable(p.toText()));
    return result.file;
}

} // namespace

class TestHttpFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteForByte_data();
    void roundTripIsByteForByte();
    void readsRestClientStyle();
    void readsJetBrainsStyle();
    void readsHttpyacStyle();
    void keepsLineBreaksAndByteOrderMark();
    void editedRegionIsWrittenCanonically();
    void newRegionAfterAFileWithoutFinalLineBreak();
    void bareUrlIsAGet();
    void malformed_data();
    void malformed();
    void collectionListsRequestsInOrder();
    void collectionReportsFileLineAndColumn();
    void parsesTwoThousandRequests();
};

void TestHttpFile::roundTripIsByteForByte_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList files = QDir(QStringLiteral(XLINK_TEST_DATA_DIR "/collections/styles"))
                                  .entryList({ u"*.http"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestHttpFile::roundTripIsByteForByte()
{
    QFETCH(QString, fixture);
    const QByteArray bytes = readFixture(fixture);
    const HttpFileParser::Result result = HttpFileParser::parse(bytes);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toText(fixture)));
    QCOMPARE(HttpFileWriter::write(result.file), bytes);
}

void TestHttpFile::readsRestClientStyle()
{
    const HttpFile file = parseOk(readFixture(u"rest-client.http"_s));
    QCOMPARE(file.requestIndexes().size(), 4);
    const QList<FileVariable> variables = file.variables();
    QCOMPARE(variables.size(), 3);
    QCOMPARE(variables.at(0).name, u"baseUrl"_s);
    QCOMPARE(variables.at(0).value, u"http://127.0.0.1:8080"_s);
    QCOMPARE(variables.at(2).line, 5);

    const HttpRegion *login = file.findRequest(u"login");
    QVERIFY(login);
    QCOMPARE(login->title, u"Log in as the demo member"_s);
    QCOMPARE(login->method, u"POST"_s);
    QCOMPARE(login->url, u"{{baseUrl}}/v2/corp_auth"_s);
    QCOMPARE(login->httpVersion, u"HTTP/1.1"_s);
    QCOMPARE(login->header(u"content-type"), u"{{contentType}}"_s);
    QCOMPARE(login->body,
        u"{\n    \"account\": \"dev@example.com\",\n    \"password\": \"{{password}}\"\n}"_s);
    QCOMPARE(login->requestLine, 9);

    const HttpRegion *products = file.findRequest(u"products");
    QVERIFY(products);
    QCOMPARE(products->url, u"{{baseUrl}}/v2/products?offset=0&limit=20"_s);
    QCOMPARE(products->headers.size(), 2);
    QCOMPARE(products->headers.at(1).name, u"X-Request-Id"_s);
    QVERIFY(products->body.isEmpty());

    const HttpRegion *create = file.findRequest(u"createProduct");
    QVERIFY(create);
    QCOMPARE(create->directives.size(), 1);
    QCOMPARE(create->directives.at(0).key, u"note"_s);
    QCOMPARE(create->directives.at(0).value, u"created for the datapoint tests"_s);

    const HttpRegion &last = file.regions.constLast();
    QVERIFY(last.name.isEmpty());
    QCOMPARE(last.title, u"Read it back"_s);
    QCOMPARE(last.header(u"If-None-Match"), u"{{createProduct.response.headers.ETag}}"_s);
}

void TestHttpFile::readsJetBrainsStyle()
{
    const HttpFile file = parseOk(readFixture(u"jetbrains.http"_s));
    QCOMPARE(file.requestIndexes().size(), 3);
    const HttpRegion *login = file.findRequest(u"login");
    QVERIFY(login);
    QCOMPARE(login->body, u"{\"account\": \"{{account}}\", \"password\": \"{{password}}\"}"_s);
    QCOMPARE(login->responseScripts.size(), 3);
    QCOMPARE(login->responseScripts.at(0), u"> {%"_s);

    const HttpRegion &devices = file.regions.at(1);
    QCOMPARE(devices.comments, QStringList { u"Comments may use // as well as #"_s });
    QCOMPARE(devices.directives.value(0).key, u"no-log"_s);
    QCOMPARE(devices.scripts.size(), 3);
    QCOMPARE(devices.url, u"http://{{host}}/v2/product/{{pid}}/devices?limit={{limit}}"_s);
    QVERIFY(devices.body.isEmpty());
    QCOMPARE(devices.responseScripts, QStringList { u">> ./devices.json"_s });

    QCOMPARE(file.regions.at(2).method, u"DELETE"_s);
    QCOMPARE(file.regions.at(2).httpVersion, u"HTTP/1.1"_s);
}

void TestHttpFile::readsHttpyacStyle()
{
    const HttpFile file = parseOk(readFixture(u"httpyac.http"_s));
    QCOMPARE(file.regions.size(), 5);
    QVERIFY(!file.regions.at(0).hasRequest());
    QCOMPARE(file.regions.at(0).variables.size(), 1);
    QCOMPARE(file.requestIndexes(), (QList<int> { 1, 2, 3, 4 }));
    const HttpRegion *login = file.findRequest(u"login");
    QCOMPARE(login->assertions.size(), 4);
    QCOMPARE(login->assertions.at(1).text, u"?? body access_token exists"_s);
    QCOMPARE(login->directives.value(0).key, u"title"_s);
    QVERIFY(!login->body.contains(u"??"));
    const HttpRegion *product = file.findRequest(u"product");
    QCOMPARE(product->body,
        u"{\"name\": \"lamp\", \"description\": \"a lamp for the check\", \"link_type\": 1, "
        u"\"type\": 1}"_s);
    QCOMPARE(product->directives.size(), 2);
    QCOMPARE(product->assertions.constLast().text, u"?? js response.parsedBody.name == lamp"_s);
}

void TestHttpFile::keepsLineBreaksAndByteOrderMark()
{
    const HttpFile crlf = parseOk(readFixture(u"crlf-no-final-newline.http"_s));
    QCOMPARE(crlf.lineBreak, u"\r\n"_s);
    QCOMPARE(crlf.findRequest(u"crlf")->header(u"Accept"), u"application/json"_s);
    QCOMPARE(crlf.regions.constLast().url, u"{{host}}/v2/products"_s);
    const HttpFile bom = parseOk(readFixture(u"byte-order-mark.http"_s));
    QVERIFY(bom.byteOrderMark);
    QCOMPARE(bom.regions.at(0).method, u"GET"_s);
}

void TestHttpFile::editedRegionIsWrittenCanonically()
{
    const QByteArray bytes = readFixture(u"rest-client.http"_s);
    HttpFile file = parseOk(bytes);
    const int index = file.requestIndexes().at(1);
    HttpRegion &products = file.regions[index];
    products.headers.append({ u"Accept"_s, u"application/json"_s });
    QVERIFY(!HttpFileWriter::isUntouched(products));

    const QByteArray written = HttpFileWriter::write(file);
    const QString expected = u"### List products, first page\n"
                             "# @name products\n"
                             "GET {{baseUrl}}/v2/products?offset=0&limit=20\n"
                             "Access-Token: {{login.response.body.$.access_token}}\n"
                             "X-Request-Id: {{$guid}}\n"
                             "Accept: application/json\n"_s;
    QVERIFY2(written.contains(expected.toUtf8()), written.constData());
    // Everything else is as it was.
    const HttpFile original = parseOk(bytes);
    QVERIFY(written.startsWith(QByteArray(
        original.regions.at(0).source.toUtf8() + original.regions.at(1).source.toUtf8())));
    QVERIFY(written.endsWith(QByteArray(
        original.regions.at(3).source.toUtf8() + original.regions.at(4).source.toUtf8())));

    // The canonical text reads back to the same content.
    const HttpFile again = parseOk(written);
    QVERIFY(again.regions.at(index).sameContent(products));
    QCOMPARE(HttpFileWriter::write(again), written);
}

void TestHttpFile::newRegionAfterAFileWithoutFinalLineBreak()
{
    HttpFile file = parseOk(readFixture(u"crlf-no-final-newline.http"_s));
    HttpRegion added;
    added.name = u"created"_s;
    added.method = u"POST"_s;
    added.url = u"{{host}}/v2/product"_s;
    added.headers = { { u"Content-Type"_s, u"application/json"_s } };
    added.body = u"{\"name\": \"x\"}"_s;
    added.assertions = { { u"?? status == 200"_s, 0 } };
    file.regions.append(added);
    const QByteArray written = HttpFileWriter::write(file);
    QVERIFY2(written.endsWith("/v2/products\r\n\r\n###\r\n# @name created\r\n"
                              "POST {{host}}/v2/product\r\nContent-Type: application/json\r\n\r\n"
                              "{\"name\": \"x\"}\r\n\r\n?? status == 200\r\n"),
        written.constData());
    const HttpFile again = parseOk(written);
    QCOMPARE(again.requestIndexes().size(), 3);
    QVERIFY(again.regions.constLast().sameContent([&] {
        HttpRegion r = added;
        r.hasSeparator = true;
        return r;
    }()));
}

void TestHttpFile::bareUrlIsAGet()
{
    const HttpFile file = parseOk("https://example.com/v2/products?limit=1\n");
    QCOMPARE(file.regions.at(0).method, u"GET"_s);
    QCOMPARE(file.regions.at(0).url, u"https://example.com/v2/products?limit=1"_s);
    const HttpFile templated = parseOk("{{baseUrl}}/v2/products HTTP/1.1\n");
    QCOMPARE(templated.regions.at(0).method, u"GET"_s);
    QCOMPARE(templated.regions.at(0).url, u"{{baseUrl}}/v2/products"_s);
}

void TestHttpFile::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown method")
        << QByteArray("###\nFETCH http://x/\n") << 2 << 1 << u"“FETCH” is not an HTTP method"_s;
    QTest::newRow("no url") << QByteArray("# @name a\n  POST   \n") << 2 << 7 << u"no URL"_s;
    QTest::newRow("header without colon") << QByteArray("GET http://x/\nAccept application/json\n")
                                          << 2 << 1 << u"Expected a header"_s;
    QTest::newRow("bad header name")
        << QByteArray("GET http://x/\nX Bad: 1\n") << 2 << 1 << u"cannot be a header name"_s;
    QTest::newRow("variable without =")
        << QByteArray("@host http://x\n") << 1 << 6 << u"Expected “=”"_s;
    QTest::newRow("bad variable name")
        << QByteArray("\n  @ho/st = 1\n") << 2 << 4 << u"cannot be a variable name"_s;
    QTest::newRow("unclosed placeholder in url")
        << QByteArray("###\n\nGET http://x/{{id/y\n") << 3 << 14 << u"“{{” without"_s;
    QTest::newRow("unclosed placeholder in header")
        << QByteArray("GET http://x/\nAccess-Token:  {{token\n") << 2 << 16 << u"“{{” without"_s;
    QTest::newRow("empty name") << QByteArray("# @name\nGET http://x/\n") << 1 << 8
                                << u"@name needs a name"_s;
    QTest::newRow("name with a dot")
        << QByteArray("// @name a.b\nGET http://x/\n") << 1 << 10 << u"cannot be a request name"_s;
    QTest::newRow("duplicate name")
        << QByteArray("# @name a\nGET http://x/\n\n###\n# @name a\nGET http://y/\n") << 4 << 1
        << u"already used by the request on line 2"_s;
    QTest::newRow("bad version") << QByteArray("GET http://x/ HTTP/3.5\n") << 1 << 15
                                 << u"Unknown HTTP version"_s;
    QTest::newRow("not utf-8") << QByteArray("GET http://x/\nX-A: caf\xe9\n") << 2 << 9
                               << u"not UTF-8"_s;
}

void TestHttpFile::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const HttpFileParser::Result result = HttpFileParser::parse(text);
    QVERIFY(!result.ok());
    const ParseProblem &problem = result.problems.constFirst();
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QVERIFY(problem.toText(u"a.http"_s)
                .startsWith(
                    u"a.http:"_s + QString::number(line) + u':' + QString::number(column) + u": "));
}

void TestHttpFile::collectionListsRequestsInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &relative, const QByteArray &text) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(relative)).path()));
        QFile file(dir.filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(u"10-last.http"_s, "GET http://x/10\n");
    write(u"2-second/1-a.http"_s, "GET http://x/2a\n\n###\nGET http://x/2b\n");
    write(u"1-first.rest"_s, "GET http://x/1\n");
    write(u"notes.txt"_s, "GET http://x/never\n");
    write(u".git/x.http"_s, "GET http://x/hidden\n");
    QList<HttpCollection::Problem> problems;
    const HttpCollection collection = HttpCollection::load(dir.path(), &problems);
    QVERIFY(problems.isEmpty());
    QStringList urls;
    for (const HttpCollection::RequestRef &ref : collection.requests())
        urls.append(collection.region(ref).url);
    QCOMPARE(urls,
        (QStringList { u"http://x/1"_s, u"http://x/2a"_s, u"http://x/2b"_s, u"http://x/10"_s }));
    const QList<HttpCollection::RequestRef> folder = collection.requests(u"2-second"_s);
    QCOMPARE(folder.size(), 2);
    QCOMPARE(collection.file(folder.at(0)).relativePath, u"2-second/1-a.http"_s);
}

void TestHttpFile::collectionReportsFileLineAndColumn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile good(dir.filePath(u"a.http"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("GET http://x/a\n");
    good.close();
    QFile bad(dir.filePath(u"b.http"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("GET http://x/b\n\n###\nGET http://x/{{id\n");
    bad.close();
    QList<HttpCollection::Problem> problems;
    const HttpCollection collection = HttpCollection::load(dir.path(), &problems);
    QCOMPARE(collection.files().size(), 1);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toText(),
        QDir(dir.path()).filePath(u"b.http"_s) + u":4:14: “{{” without its “}}”"_s);
}

void TestHttpFile::parsesTwoThousandRequests()
{
    QByteArray text = "@baseUrl = http://127.0.0.1:8080\n\n";
    for (int i = 0; i < 2000; ++i) {
        text += "### Request " + QByteArray::number(i) + "\n# @name r" + QByteArray::number(i)
            + "\nPOST {{baseUrl}}/v2/product/{{pid}}/datapoint HTTP/1.1\n"
              "Access-Token: {{login.response.body.$.access_token}}\n"
              "Content-Type: application/json\n\n"
              "{\"name\": \"dp"
            + QByteArray::number(i) + "\", \"type\": 2, \"index\": " + QByteArray::number(i)
            + "}\n\n?? status == 200\n\n";
    }
    QElapsedTimer timer;
    timer.start();
    const HttpFileParser::Result result = HttpFileParser::parse(text);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result.file.requestIndexes().size(), 2000);
    QCOMPARE(HttpFileWriter::write(result.file), text);
    qInfo("parsed 2,000 requests in %lld ms", elapsed);
#ifdef XLINK_TIMING_CHECKS
    QVERIFY2(elapsed < 50, qPrintable(QString::number(elapsed)));
#endif
}

QTEST_GUILESS_MAIN(TestHttpFile)
#include "TestHttpFile.moc"
