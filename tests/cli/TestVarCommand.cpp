// `xlink-cli var` as a real process, and the variables it keeps reaching `run` and `call`
// through --env: plain values in the settings file, a secret refused without a keychain (never
// kept in a file), --var over them.
#include "CliProcess.h"
#include "EnvironmentStore.h"
#include "SandboxServer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;

const QByteArray secretValue = "Var-secret-5521";

} // namespace

class TestVarCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setListUnset();
    void secretWithoutKeychainIsNotKept();
    void usageErrors();
    void runUsesTheEnvironmentsVariables();
    void callUsesTheEnvironmentsVariables();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString settingsPath() const;
    QString addEnvironment(const QString &name);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestVarCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(XLINK_BIN_DIR "/xlink-cli")));
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->listen());
}

void TestVarCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QString TestVarCommand::settingsPath() const
{
    return m_home->filePath(u"config/xlink-console/xlink-console.conf"_s);
}

// A saved environment pointing at the sandbox, as the console's environment editor saves it.
QString TestVarCommand::addEnvironment(const QString &name)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    Environment environment;
    environment.name = name;
    environment.baseUrl = m_sandbox->url();
    const QString id = store.add(environment);
    settings.sync();
    return id;
}

Run TestVarCommand::run(const QStringList &arguments, const QByteArray &input)
{
    // No keychain there: a secret has nowhere safe to go.
    return test::CliProcess(m_home->path()).run(arguments, input);
}

void TestVarCommand::setListUnset()
{
    addEnvironment(u"Staging"_s);
    const QStringList env { u"--env"_s, u"Staging"_s };
    QCOMPARE(run(QStringList { u"var"_s, u"set"_s, u"pid"_s, u"160fa2b8"_s } + env).exitCode, 0);
    QCOMPARE(run(QStringList { u"var"_s, u"set"_s, u"did"_s, u"1007"_s } + env).exitCode, 0);
    const Run listed = run(QStringList { u"var"_s, u"list"_s, u"--json"_s } + env);
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"name").toString(), u"pid"_s);
    QCOMPARE(list.at(0).toObject().value(u"value").toString(), u"160fa2b8"_s);
    QCOMPARE(list.at(0).toObject().value(u"secret").toBool(), false);
    // Another environment has its own.
    QVERIFY(run({ u"var"_s, u"list"_s }).out.trimmed().isEmpty());
    QCOMPARE(run(QStringList { u"var"_s, u"unset"_s, u"pid"_s } + env).exitCode, 0);
    const Run text = run(QStringList { u"var"_s, u"list"_s } + env);
    QCOMPARE(text.out, QByteArray("did = 1007\n"));
}

void TestVarCommand::secretWithoutKeychainIsNotKept()
{
    addEnvironment(u"Staging"_s);
    const Run set
        = run({ u"var"_s, u"set"_s, u"appKey"_s, u"--secret-stdin"_s, u"--env"_s, u"Staging"_s },
            secretValue + '\n');
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("keychain"), set.err.constData());
    QVERIFY(!set.err.contains(secretValue));
    QVERIFY(run({ u"var"_s, u"list"_s, u"--env"_s, u"Staging"_s }).out.trimmed().isEmpty());
    // Nowhere on disk.
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secretValue), qPrintable(file.fileName()));
    }
}

void TestVarCommand::usageErrors()
{
    addEnvironment(u"Staging"_s);
    QCOMPARE(run({ u"var"_s, u"set"_s, u"bad name"_s, u"x"_s }).exitCode, 2);
    QCOMPARE(run({ u"var"_s, u"set"_s, u"only-name"_s }).exitCode, 2);
    QCOMPARE(run({ u"var"_s, u"frob"_s }).exitCode, 2);
    QCOMPARE(run({ u"var"_s, u"list"_s, u"--env"_s, u"Nowhere"_s }).exitCode, 2);
    QCOMPARE(run({ u"var"_s, u"set"_s, u"k"_s, u"--secret-stdin"_s }).exitCode, 2); // no input
}

void TestVarCommand::runUsesTheEnvironmentsVariables()
{
    addEnvironment(u"Staging"_s);
    QCOMPARE(
        run({ u"var"_s, u"set"_s, u"expected"_s, u"403"_s, u"--env"_s, u"Staging"_s }).exitCode, 0);
    const QString collection = m_home->filePath(u"c.http"_s);
    QFile file(collection);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("GET {{baseUrl}}/v2/corp\n\n?? status == {{expected}}\n");
    file.close();
    // Not logged in: /v2/corp answers 403, as the environment's variable expects.
    const Run passed = run({ u"run"_s, collection, u"--env"_s, u"Staging"_s });
    QVERIFY2(passed.exitCode == 0, QByteArray(passed.out + passed.err).constData());
    // --var wins over it.
    QCOMPARE(run({ u"run"_s, collection, u"--env"_s, u"Staging"_s, u"--var"_s, u"expected=200"_s })
                 .exitCode,
        3);
    // Without the environment the assertion's variable has no value, and the error answer is
    // expected by nothing.
    const Run unresolved
        = run({ u"run"_s, collection, u"--base-url"_s, m_sandbox->url().toString() });
    QCOMPARE(unresolved.exitCode, 3);
    QVERIFY2(unresolved.out.contains("{{expected}}"), unresolved.out.constData());
}

void TestVarCommand::callUsesTheEnvironmentsVariables()
{
    addEnvironment(u"Staging"_s);
    // The first demo product's id, as the sandbox makes it.
    const QString pid = QString::fromLatin1(
        QCryptographicHash::hash("xlink-sandbox-product-1", QCryptographicHash::Md5).toHex());
    QCOMPARE(run({ u"var"_s, u"set"_s, u"pid"_s, pid, u"--env"_s, u"Staging"_s }).exitCode, 0);
    const Run call = run({ u"call"_s, u"GET"_s, u"/v2/product/{{pid}}"_s, u"--env"_s, u"Staging"_s,
                             u"--account"_s, u"dev@example.com"_s, u"--password-stdin"_s },
        "sandbox123\n");
    QVERIFY2(call.exitCode == 0, QByteArray(call.out + call.err).constData());
    QCOMPARE(QJsonDocument::fromJson(call.out).object().value(u"id").toString(), pid);
}

QTEST_GUILESS_MAIN(TestVarCommand)
#include "TestVarCommand.moc"
