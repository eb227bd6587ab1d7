// xlink-cli collection import / export, run as a real process: the files and report of an
// import, an export newman can read, a file that does not parse (FILE:LINE:COLUMN, exit 2) and
// usage errors.
#include "CliProcess.h"

#include <QDir>
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
    QString out;
    QString err;
};

} // namespace

class TestCollectionCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importWritesFilesAndReport();
    void importRefusesToReplaceFiles();
    void importOfSomethingElse();
    void exportWritesPostman();
    void exportOfAMalformedFileSaysWhere();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments) const;
    QString data(const QString &relative) const
    {
        return QStringLiteral(XLINK_TEST_DATA_DIR "/collections/") + relative;
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCollectionCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run TestCollectionCommand::run(const QStringList &arguments) const
{
    const xlink::test::CliRun ran
        = xlink::test::CliProcess(m_home->path()).run(QStringList { u"collection"_s } + arguments);
    return { ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err) };
}

void TestCollectionCommand::importWritesFilesAndReport()
{
    const QString out = m_home->filePath(u"imported"_s);
    const Run r = run({ u"import"_s, data(u"postman/sandbox.postman_collection.json"_s),
        u"--environment"_s, data(u"postman/sandbox.postman_environment.json"_s), u"-o"_s, out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Requests imported into "_s + out + u": 5\n"), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Not imported:\n  Log in: disabled header X-Debug left out\n"_s));
    QVERIFY(r.out.contains(u"the secret password was left out"_s));
    QVERIFY(QFile::exists(out + u"/02-products/02-create-product.http"_s));
    QFile env(out + u"/http-client.env.json"_s);
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QJsonObject environments = QJsonDocument::fromJson(env.readAll()).object();
    QCOMPARE(environments.value(u"local-sandbox"_s).toObject().value(u"baseUrl"_s).toString(),
        u"http://127.0.0.1:8080"_s);
    QVERIFY(!env.permissions().testFlag(QFileDevice::ReadOther));
}

void TestCollectionCommand::importRefusesToReplaceFiles()
{
    const QString out = m_home->filePath(u"imported"_s);
    QCOMPARE(run({ u"import"_s, data(u"postman/sandbox.postman_collection.json"_s), u"-o"_s, out })
                 .exitCode,
        0);
    const Run again
        = run({ u"import"_s, data(u"postman/sandbox.postman_collection.json"_s), u"-o"_s, out });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"exists already; import into an empty folder"_s),
        qPrintable(again.err));
}

void TestCollectionCommand::importOfSomethingElse()
{
    const Run r = run({ u"import"_s, data(u"postman/sandbox.postman_environment.json"_s), u"-o"_s,
        m_home->filePath(u"x"_s) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"This is not a Postman collection v2.1"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_home->filePath(u"x"_s)));
    const Run missing
        = run({ u"import"_s, m_home->filePath(u"none.json"_s), u"-o"_s, m_home->filePath(u"x"_s) });
    QCOMPARE(missing.exitCode, 1);
}

void TestCollectionCommand::exportWritesPostman()
{
    const QString file = m_home->filePath(u"exported.json"_s);
    const Run r = run({ u"export"_s, data(u"styles/httpyac.http"_s), u"--format"_s, u"postman"_s,
        u"-o"_s, file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(u"info"_s).toObject().value(u"name"_s).toString(), u"httpyac"_s);
    const QJsonArray items
        = document.value(u"item"_s).toArray().at(0).toObject().value(u"item"_s).toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(0).toObject().value(u"name"_s).toString(), u"login"_s);

    // The JetBrains file's scripts are said not to be exported.
    const Run notes = run({ u"export"_s, data(u"styles/jetbrains.http"_s), u"-o"_s, file });
    QCOMPARE(notes.exitCode, 0);
    QVERIFY2(notes.err.contains(u"note: jetbrains.http:1: scripts are not exported"_s),
        qPrintable(notes.err));
}

void TestCollectionCommand::exportOfAMalformedFileSaysWhere()
{
    QDir(m_home->path()).mkpath(u"c"_s);
    QFile bad(m_home->filePath(u"c/bad.http"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("GET http://x/a\n\n###\nGET http://x/{{id\n");
    bad.close();
    const QString out = m_home->filePath(u"out.json"_s);
    const Run r = run({ u"export"_s, m_home->filePath(u"c"_s), u"-o"_s, out });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, m_home->filePath(u"c/bad.http"_s) + u":4:14: “{{” without its “}}”\n"_s);
    QVERIFY(!QFile::exists(out));
}

void TestCollectionCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList {};
    QTest::newRow("unknown action") << QStringList { u"run"_s, u"x"_s, u"-o"_s, u"y"_s };
    QTest::newRow("no -o") << QStringList { u"export"_s, u"x"_s };
    QTest::newRow("two paths") << QStringList { u"export"_s, u"x"_s, u"y"_s, u"-o"_s, u"z"_s };
    QTest::newRow("other format") << QStringList { u"export"_s, u"x"_s, u"--format"_s,
        u"insomnia"_s, u"-o"_s, u"z"_s };
    QTest::newRow("environment on export")
        << QStringList { u"export"_s, u"x"_s, u"--environment"_s, u"e"_s, u"-o"_s, u"z"_s };
}

void TestCollectionCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCollectionCommand)
#include "TestCollectionCommand.moc"
