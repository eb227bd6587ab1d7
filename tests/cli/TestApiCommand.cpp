// xlink-cli api export / list / show, run as a real process: the exported document, the
// catalogue for scripts, exit codes and a failed write.
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestApiCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportWritesTheDocument();
    void exportToStandardOutput();
    void exportReportsAWriteError();
    void exportRefusesOtherFormats();
    void listJsonAndTag();
    void listText();
    void listUnknownTag();
    void showByOperationId();
    void showByMethodAndConcretePath();
    void showUnknown();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestApiCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run TestApiCommand::run(const QStringList &arguments) const
{
    const xlink::test::CliRun ran
        = xlink::test::CliProcess(m_home->path()).run(QStringList { u"api"_s } + arguments);
    return { ran.exitCode, ran.out, QString::fromUtf8(ran.err) };
}

void TestApiCommand::exportWritesTheDocument()
{
    const QString path = m_home->filePath(u"xlink-openapi.json"_s);
    const Run exported = run({ u"export"_s, u"--format"_s, u"openapi"_s, u"-o"_s, path });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(u"openapi"_s).toString(), u"3.0.3"_s);
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    QVERIFY(paths.contains(u"/v2/products"_s));

    // The same operations as the list prints.
    qsizetype operations = 0;
    for (const QJsonValue &item : paths) {
        for (const QString &method : item.toObject().keys())
            operations += method == u"get" || method == u"post" || method == u"put"
                || method == u"delete" || method == u"patch";
    }
    const Run list = run({ u"list"_s, u"--json"_s });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), operations);
}

void TestApiCommand::exportToStandardOutput()
{
    const Run exported = run({ u"export"_s });
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(exported.out).object().value(u"openapi"_s).toString(), u"3.0.3"_s);
}

void TestApiCommand::exportReportsAWriteError()
{
    const QString path = m_home->filePath(u"no-such-dir/api.json"_s);
    const Run exported = run({ u"export"_s, u"-o"_s, path });
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(u"Cannot write"_s) && exported.err.contains(path),
        qPrintable(exported.err));
    QVERIFY(!QFile::exists(path));
}

void TestApiCommand::exportRefusesOtherFormats()
{
    const Run exported = run({ u"export"_s, u"--format"_s, u"postman"_s });
    QCOMPARE(exported.exitCode, 2);
    QVERIFY(exported.err.contains(u"postman"_s));
}

void TestApiCommand::listJsonAndTag()
{
    const Run list = run({ u"list"_s, u"--tag"_s, u"product-device"_s, u"--json"_s });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray operations = QJsonDocument::fromJson(list.out).array();
    QVERIFY(operations.size() > 10);
    bool sawListProducts = false;
    for (const QJsonValue &value : operations) {
        const QJsonObject operation = value.toObject();
        QCOMPARE(operation.value(u"tag"_s).toString(), u"product-device"_s);
        QVERIFY(!operation.value(u"summary"_s).toString().isEmpty());
        QVERIFY(!operation.value(u"summaryZh"_s).toString().isEmpty());
        if (operation.value(u"operationId"_s) == u"listProducts"_s) {
            sawListProducts = true;
            QCOMPARE(operation.value(u"method"_s).toString(), u"GET"_s);
            QCOMPARE(operation.value(u"path"_s).toString(), u"/v2/products"_s);
            QVERIFY(operation.value(u"logins"_s).toArray().contains(u"corpToken"_s));
        }
    }
    QVERIFY(sawListProducts);
}

void TestApiCommand::listText()
{
    const Run list = run({ u"list"_s, u"--lang"_s, u"en"_s });
    QCOMPARE(list.exitCode, 0);
    const QString text = QString::fromUtf8(list.out);
    QVERIFY(text.contains(u"/v2/products  listProducts"_s));
    QVERIFY(text.count(u'\n') > 300);
}

void TestApiCommand::listUnknownTag()
{
    const Run list = run({ u"list"_s, u"--tag"_s, u"no-such-area"_s });
    QCOMPARE(list.exitCode, 1);
    QVERIFY(list.err.contains(u"product-device"_s)); // the areas there are
}

void TestApiCommand::showByOperationId()
{
    const Run show = run({ u"show"_s, u"createProduct"_s, u"--lang"_s, u"en"_s });
    QCOMPARE(show.exitCode, 0);
    const QString text = QString::fromUtf8(show.out);
    QVERIFY2(text.startsWith(u"POST /v2/product  (createProduct)"_s), qPrintable(text));
    QVERIFY(text.contains(u"corpToken"_s));
    QVERIFY(text.contains(u"\"link_type\""_s)); // the example body
}

void TestApiCommand::showByMethodAndConcretePath()
{
    const Run show
        = run({ u"show"_s, u"GET /v2/product/1607d2b4aa1b1f411607d2b4aa1b1f41"_s, u"--json"_s });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject operation = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(operation.value(u"operationId"_s).toString(), u"getProduct"_s);
    QCOMPARE(operation.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(operation.value(u"path"_s).toString(), u"/v2/product/{product_id}"_s);
    QVERIFY(operation.value(u"responses"_s).toObject().contains(u"200"_s));
}

void TestApiCommand::showUnknown()
{
    const Run show = run({ u"show"_s, u"noSuchOperation"_s });
    QCOMPARE(show.exitCode, 1);
    QVERIFY(show.err.contains(u"noSuchOperation"_s));
}

void TestApiCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList {};
    QTest::newRow("unknown action") << QStringList { u"import"_s };
    QTest::newRow("show without operation") << QStringList { u"show"_s };
    QTest::newRow("format on list") << QStringList { u"list"_s, u"--format"_s, u"openapi"_s };
    QTest::newRow("tag on export") << QStringList { u"export"_s, u"--tag"_s, u"x"_s };
}

void TestApiCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiCommand)
#include "TestApiCommand.moc"
