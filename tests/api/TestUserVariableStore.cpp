// The user's own variables of an environment: plain ones in the settings, secret ones only in
// the SecretStore (here with the keychain off: memory), both read back for a run.
#include "CallWorkspace.h"
#include "EnvironmentStore.h"
#include "SecretStore.h"
#include "UserVariableStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {
const QString secretValue = u"Uv-secret-8812"_s;
}

class TestUserVariableStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void plainVariablesPersist();
    void secretValueStaysOutOfTheSettings();
    void aSecretTurnedPlainLeavesTheKeychain();
    void namesAreChecked();
    void readValuesGivesPlainAndSecret();
    void variablesOfADeletedEnvironmentGoWithIt();

private:
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }
    QByteArray settingsText() const;
    QTemporaryDir m_dir;
};

void TestUserVariableStore::init()
{
    QFile::remove(settingsPath());
}

QByteArray TestUserVariableStore::settingsText() const
{
    QFile file(settingsPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestUserVariableStore::plainVariablesPersist()
{
    SecretStore secrets;
    secrets.setKeychainEnabled(false);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        UserVariableStore store(&secrets, &settings);
        QSignalSpy changed(&store, &UserVariableStore::changed);
        QVERIFY(store.set(u"env-a"_s, u"pid"_s, u"160fa2b8"_s, false));
        QVERIFY(store.set(u"env-a"_s, u"did"_s, u"1007"_s, false));
        QVERIFY(store.set(u"env-b"_s, u"pid"_s, u"other"_s, false));
        QVERIFY(store.set(u"env-a"_s, u"pid"_s, u"160fa2b9"_s, false)); // replaced in place
        QCOMPARE(changed.size(), 4);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    UserVariableStore store(&secrets, &settings);
    const QList<UserVariableStore::Variable> a = store.variables(u"env-a"_s);
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0), (UserVariableStore::Variable { u"pid"_s, u"160fa2b9"_s, false }));
    QCOMPARE(a.at(1), (UserVariableStore::Variable { u"did"_s, u"1007"_s, false }));
    QCOMPARE(store.variables(u"env-b"_s).size(), 1);
    QVERIFY(store.remove(u"env-a"_s, u"pid"_s));
    QCOMPARE(store.variables(u"env-a"_s).size(), 1);
    store.removeAll(u"env-b"_s);
    QVERIFY(store.variables(u"env-b"_s).isEmpty());
}

void TestUserVariableStore::secretValueStaysOutOfTheSettings()
{
    SecretStore secrets;
    secrets.setKeychainEnabled(false);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    UserVariableStore store(&secrets, &settings);
    QVERIFY(store.set(u"env-a"_s, u"appKey"_s, secretValue, true));
    settings.sync();
    QVERIFY(settingsText().contains("appKey"));
    QVERIFY(!settingsText().contains(secretValue.toUtf8()));
    QCOMPARE(store.variables(u"env-a"_s).first(),
        (UserVariableStore::Variable { u"appKey"_s, QString(), true }));
    QCOMPARE(secrets.cached(UserVariableStore::secretKey(u"env-a"_s, u"appKey"_s)), secretValue);
    // Removed with the variable.
    QVERIFY(store.remove(u"env-a"_s, u"appKey"_s));
    QVERIFY(!secrets.cached(UserVariableStore::secretKey(u"env-a"_s, u"appKey"_s)));
}

void TestUserVariableStore::aSecretTurnedPlainLeavesTheKeychain()
{
    SecretStore secrets;
    secrets.setKeychainEnabled(false);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    UserVariableStore store(&secrets, &settings);
    QVERIFY(store.set(u"env-a"_s, u"token"_s, secretValue, true));
    QVERIFY(store.set(u"env-a"_s, u"token"_s, u"public"_s, false));
    QVERIFY(!secrets.cached(UserVariableStore::secretKey(u"env-a"_s, u"token"_s)));
    QCOMPARE(store.variables(u"env-a"_s).first().value, u"public"_s);
}

void TestUserVariableStore::namesAreChecked()
{
    SecretStore secrets;
    secrets.setKeychainEnabled(false);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    UserVariableStore store(&secrets, &settings);
    QString error;
    for (const QString &bad : { u""_s, u"$guid"_s, u"a b"_s, u"x}}"_s, u"1st"_s }) {
        QVERIFY2(!store.set(u"env-a"_s, bad, u"v"_s, false, &error), qPrintable(bad));
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(store.variables(u"env-a"_s).isEmpty());
    QVERIFY(UserVariableStore::isValidName(u"product.id-2_x"));
}

void TestUserVariableStore::readValuesGivesPlainAndSecret()
{
    SecretStore secrets;
    secrets.setKeychainEnabled(false);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    UserVariableStore store(&secrets, &settings);
    QVERIFY(store.set(u"env-a"_s, u"pid"_s, u"160fa2b8"_s, false));
    QVERIFY(store.set(u"env-a"_s, u"appKey"_s, secretValue, true));
    // A secret whose value the keychain does not hold (another machine's settings).
    settings.beginGroup(u"userVariables/env-a"_s);
    settings.beginWriteArray(u"list"_s, 3);
    settings.setArrayIndex(2);
    settings.setValue(u"name"_s, u"lost"_s);
    settings.setValue(u"secret"_s, true);
    settings.endArray();
    settings.endGroup();

    QHash<QString, QString> values;
    QStringList secretNames;
    QStringList missing;
    bool answered = false;
    store.readValues(u"env-a"_s, this,
        [&](const QHash<QString, QString> &v, const QStringList &s, const QStringList &m) {
            values = v;
            secretNames = s;
            missing = m;
            answered = true;
        });
    QVERIFY(!answered); // from the event loop
    QTRY_VERIFY(answered);
    QCOMPARE(values.value(u"pid"_s), u"160fa2b8"_s);
    QCOMPARE(values.value(u"appKey"_s), secretValue);
    QVERIFY(!values.contains(u"lost"_s));
    QCOMPARE(secretNames, (QStringList { u"appKey"_s, u"lost"_s }));
    QCOMPARE(missing, QStringList { u"lost"_s });

    // No variables at all: still an answer, from the event loop.
    bool empty = false;
    store.readValues(u"env-none"_s, this,
        [&](const QHash<QString, QString> &v, const QStringList &, const QStringList &) {
            empty = v.isEmpty();
        });
    QVERIFY(!empty);
    QTRY_VERIFY(empty);
}

void TestUserVariableStore::variablesOfADeletedEnvironmentGoWithIt()
{
    // The console's workspace wires the two stores together.
    QSettings settings(settingsPath(), QSettings::IniFormat);
    CallWorkspace workspace(&settings);
    Environment environment;
    environment.name = u"Staging"_s;
    const QString id = workspace.environments()->add(environment);
    const QString other = workspace.environments()->add(Environment { .name = u"Other"_s });
    QVERIFY(workspace.userVariables()->set(id, u"pid"_s, u"160fa2b8"_s, false));
    QVERIFY(workspace.userVariables()->set(other, u"pid"_s, u"kept"_s, false));
    QVERIFY(workspace.environments()->remove(id));
    QVERIFY(workspace.userVariables()->variables(id).isEmpty());
    QCOMPARE(workspace.userVariables()->variables(other).size(), 1);
}

QTEST_GUILESS_MAIN(TestUserVariableStore)
#include "TestUserVariableStore.moc"
