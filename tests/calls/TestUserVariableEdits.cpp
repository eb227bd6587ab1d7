// The rules of the environments editor's Variables table without its widget: which rows can be
// saved and why not, and how they are stored (a secret kept in the SecretStore until retyped);
// and the order the console's variables view shows, the one `xlink-cli run --env` uses.
#include "HttpFileParser.h"
#include "SecretStore.h"
#include "UserVariableEdits.h"
#include "UserVariableStore.h"
#include "VariableUsage.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xlink;

Q_DECLARE_METATYPE(xlink::UserVariableEdits::Row)

class TestUserVariableEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsThatCannotBeSavedSayWhy_data();
    void rowsThatCannotBeSavedSayWhy();
    void applyKeepsAnUntouchedSecretAndRemovesDroppedRows();
    void theViewsOrderIsTheRunnersAndItNamesTheSource();

private:
    std::optional<QString> readSecret(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<UserVariableStore> m_store;
};

void TestUserVariableEdits::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"vars.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_secrets = std::make_unique<SecretStore>(u"xlink-console-test"_s);
    m_secrets->setKeychainEnabled(false);
    m_store = std::make_unique<UserVariableStore>(m_secrets.get(), m_settings.get());
}

void TestUserVariableEdits::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
}

std::optional<QString> TestUserVariableEdits::readSecret(const QString &name)
{
    std::optional<QString> secret;
    bool read = false;
    m_secrets->read(UserVariableStore::secretKey(u"env"_s, name), this,
        [&](const std::optional<QString> &value) {
            secret = value;
            read = true;
        });
    if (!QTest::qWaitFor([&] { return read; }))
        return u"<no answer>"_s;
    return secret;
}

void TestUserVariableEdits::rowsThatCannotBeSavedSayWhy_data()
{
    QTest::addColumn<QList<UserVariableEdits::Row>>("rows");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("says");
    using Row = UserVariableEdits::Row;
    QTest::newRow("no name") << QList<Row> { { u"pid"_s, u"1"_s }, { u" "_s, u"2"_s } } << 1
                             << u"has no name"_s;
    QTest::newRow("space") << QList<Row> { { u"my pid"_s, u"1"_s } } << 0
                           << u"cannot be a variable name"_s;
    QTest::newRow("system") << QList<Row> { { u"$guid"_s, u"1"_s } } << 0
                            << u"cannot be a variable name"_s;
    QTest::newRow("built in") << QList<Row> { { u"corpId"_s, u"1"_s } } << 0 << u"is built in"_s;
    QTest::newRow("twice") << QList<Row> { { u"pid"_s, u"1"_s }, { u"pid"_s, u"2"_s } } << 1
                           << u"is there twice"_s;
    QTest::newRow("secret made plain unseen")
        << QList<Row> { { u"key"_s, QString(), false, true, u"key"_s } } << 0
        << u"Type the value of"_s;
    QTest::newRow("secret renamed unseen")
        << QList<Row> { { u"key2"_s, QString(), true, true, u"key"_s } } << 0
        << u"Type the value of"_s;
}

void TestUserVariableEdits::rowsThatCannotBeSavedSayWhy()
{
    QFETCH(QList<UserVariableEdits::Row>, rows);
    QFETCH(int, row);
    QFETCH(QString, says);
    const std::optional<UserVariableEdits::Problem> problem = UserVariableEdits::check(rows);
    QVERIFY(problem);
    QCOMPARE(problem->row, row);
    QVERIFY2(problem->message.contains(says), qPrintable(problem->message));
    QString error;
    QVERIFY(!UserVariableEdits::apply(*m_store, u"env"_s, rows, &error));
    QCOMPARE(error, problem->message);
    QVERIFY(m_store->variables(u"env"_s).isEmpty());
}

void TestUserVariableEdits::applyKeepsAnUntouchedSecretAndRemovesDroppedRows()
{
    QVERIFY(m_store->set(u"env"_s, u"pid"_s, u"p-1"_s, false));
    QVERIFY(m_store->set(u"env"_s, u"key"_s, u"k-secret"_s, true));
    QVERIFY(m_store->set(u"env"_s, u"old"_s, u"gone"_s, true));
    QList<UserVariableEdits::Row> rows = UserVariableEdits::load(*m_store, u"env"_s);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).keepsStoredSecret);
    QVERIFY(rows.at(1).value.isEmpty()); // never shown
    rows.removeAt(2);
    rows[0].value = u"p-2"_s;
    QVERIFY(!UserVariableEdits::check(rows));
    QString error;
    QVERIFY2(UserVariableEdits::apply(*m_store, u"env"_s, rows, &error), qPrintable(error));
    const QList<UserVariableStore::Variable> stored = m_store->variables(u"env"_s);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), (UserVariableStore::Variable { u"pid"_s, u"p-2"_s, false }));
    QCOMPARE(stored.at(1), (UserVariableStore::Variable { u"key"_s, QString(), true }));
    QCOMPARE(readSecret(u"key"_s), std::optional<QString>(u"k-secret"_s));
    QCOMPARE(readSecret(u"old"_s), std::nullopt);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("k-secret"));
}

void TestUserVariableEdits::theViewsOrderIsTheRunnersAndItNamesTheSource()
{
    const HttpFileParser::Result parsed
        = HttpFileParser::parse("@fromFile = f\n"
                                "GET {{baseUrl}}/v2/x/{{pid}}/{{fromFile}}\nX-Key: {{key}}\n");
    QVERIFY(parsed.problems.isEmpty());
    VariableUsage::Sources sources;
    sources.environment = { { u"baseUrl"_s, u"http://built.in"_s } };
    // A user variable of a built-in's name never wins; nor over a file variable.
    sources.userVariables = { { u"baseUrl"_s, u"http://user"_s }, { u"pid"_s, u"p-1"_s },
        { u"fromFile"_s, u"u"_s }, { u"key"_s, u"k-secret"_s } };
    sources.userSecretNames = { u"key"_s };
    sources.consoleEnvironmentName = u"Staging"_s;
    QHash<QString, VariableUsage::Row> rows;
    for (const VariableUsage::Row &row :
        VariableUsage::of(parsed.file.regions.at(0), parsed.file, sources))
        rows.insert(row.expression, row);
    QCOMPARE(rows.value(u"baseUrl"_s).value, u"http://built.in"_s);
    QVERIFY(rows.value(u"baseUrl"_s).source.startsWith(u"built in"_s));
    QCOMPARE(rows.value(u"fromFile"_s).value, u"f"_s);
    QCOMPARE(rows.value(u"pid"_s).value, u"p-1"_s);
    QCOMPARE(rows.value(u"pid"_s).source, u"variable of environment Staging"_s);
    QVERIFY(rows.value(u"key"_s).secret);
    QCOMPARE(rows.value(u"key"_s).value, QString::fromUtf8(VariableUsage::mask));
    QCOMPARE(rows.value(u"key"_s).source, u"secret variable of environment Staging"_s);
}

QTEST_GUILESS_MAIN(TestUserVariableEdits)
#include "TestUserVariableEdits.moc"
