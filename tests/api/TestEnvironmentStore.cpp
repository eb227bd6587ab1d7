// Environments in QSettings: built-ins, add/edit/duplicate/delete, no secrets on disk.
#include "EnvironmentStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestEnvironmentStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void builtIns();
    void addEditDuplicateDelete();
    void builtInsKeepNameAndUrl();
    void currentFallsBackToSandbox();
    void persistsAcrossInstances();
    void aFailedSaveIsSignalled();

private:
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }
    QTemporaryDir m_dir;
};

void TestEnvironmentStore::init()
{
    QFile::remove(settingsPath());
}

void TestEnvironmentStore::builtIns()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    const auto all = store.environments();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, EnvironmentStore::sandboxId.toString());
    QCOMPARE(all.at(0).name, u"Local sandbox"_s);
    QVERIFY(all.at(0).baseUrl.isEmpty());
    QCOMPARE(all.at(1).name, u"XLink production"_s);
    QCOMPARE(all.at(1).baseUrl, QUrl(u"https://api2.xlink.cn"_s));
    QCOMPARE(all.at(1).timeoutMs, 0); // the console's default timeout
    QCOMPARE(store.currentId(), EnvironmentStore::sandboxId.toString());

    QSignalSpy changed(&store, &EnvironmentStore::environmentChanged);
    store.setSandboxBaseUrl(QUrl(u"http://127.0.0.1:40123"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.find(EnvironmentStore::sandboxId.toString())->baseUrl,
        QUrl(u"http://127.0.0.1:40123"_s));
    QVERIFY(!store.remove(EnvironmentStore::sandboxId.toString()));
    QVERIFY(!store.remove(EnvironmentStore::productionId.toString()));
}

void TestEnvironmentStore::addEditDuplicateDelete()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    QSignalSpy added(&store, &EnvironmentStore::environmentAdded);
    QSignalSpy removed(&store, &EnvironmentStore::environmentRemoved);

    Environment staging;
    staging.name = u"Staging"_s;
    staging.baseUrl = QUrl(u"https://api-test.xlink.cn:8887"_s);
    staging.loginKind = Environment::LoginKind::AppUser;
    staging.account = u"user@example.com"_s;
    staging.corpId = u"5a1f0c0de0000001"_s;
    staging.timeoutMs = 5000;
    staging.trustedCertificatesPem
        = { "-----BEGIN CERTIFICATE-----\nAAA\n-----END CERTIFICATE-----\n" };
    const QString id = store.add(staging);
    QVERIFY(!id.isEmpty());
    QCOMPARE(added.size(), 1);
    auto stored = store.find(id);
    QVERIFY(stored);
    staging.id = id;
    QCOMPARE(*stored, staging);
    QCOMPARE(store.findByName(u"staging"_s)->id, id);

    // Names stay unique.
    const QString second = store.add(staging);
    QCOMPARE(store.find(second)->name, u"Staging (2)"_s);
    // A built-in's name in the other language is taken too, and finds the built-in.
    Environment chinese = staging;
    chinese.name = u"本地沙箱"_s;
    QCOMPARE(store.find(store.add(chinese))->name, u"本地沙箱 (2)"_s);
    QCOMPARE(store.findByName(u"本地沙箱"_s)->id, EnvironmentStore::sandboxId.toString());
    QCOMPARE(store.findByName(u"local sandbox"_s)->id, EnvironmentStore::sandboxId.toString());

    stored->timeoutMs = 9000;
    stored->loginKind = Environment::LoginKind::AccessKey;
    QVERIFY(store.update(*stored));
    QCOMPARE(store.find(id)->timeoutMs, 9000);
    QCOMPARE(store.find(id)->loginKind, Environment::LoginKind::AccessKey);

    const QString copy = store.duplicate(id);
    QCOMPARE(store.find(copy)->name, u"Staging (copy)"_s);
    QCOMPARE(store.find(copy)->baseUrl, staging.baseUrl);
    QVERIFY(!store.find(copy)->builtIn);

    store.setCurrentId(copy);
    QSignalSpy current(&store, &EnvironmentStore::currentChanged);
    QVERIFY(store.remove(copy));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.find(copy));
    QCOMPARE(current.size(), 1);
    QCOMPARE(store.currentId(), EnvironmentStore::sandboxId.toString());
    QCOMPARE(store.environments().size(), 5);

    Environment unknown;
    unknown.id = u"nope"_s;
    QVERIFY(!store.update(unknown));
}

void TestEnvironmentStore::builtInsKeepNameAndUrl()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    auto production = *store.find(EnvironmentStore::productionId.toString());
    production.name = u"Renamed"_s;
    production.baseUrl = QUrl(u"http://evil.example"_s);
    production.account = u"me@example.com"_s;
    production.timeoutMs = 12000;
    QVERIFY(store.update(production));
    const auto stored = *store.find(EnvironmentStore::productionId.toString());
    QCOMPARE(stored.name, u"XLink production"_s);
    QCOMPARE(stored.baseUrl, QUrl(u"https://api2.xlink.cn"_s));
    QCOMPARE(stored.account, u"me@example.com"_s);
    QCOMPARE(stored.timeoutMs, 12000);
    QVERIFY(stored.builtIn);
}

void TestEnvironmentStore::currentFallsBackToSandbox()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"environments/current"_s, u"deleted-long-ago"_s);
    EnvironmentStore store(&settings);
    QCOMPARE(store.currentId(), EnvironmentStore::sandboxId.toString());
    store.setCurrentId(EnvironmentStore::productionId.toString());
    QCOMPARE(store.currentId(), EnvironmentStore::productionId.toString());
}

void TestEnvironmentStore::persistsAcrossInstances()
{
    QString id;
    Environment e;
    e.name = u"客户私有部署"_s;
    e.baseUrl = QUrl(u"https://iot.example.cn/gw"_s);
    e.loginKind = Environment::LoginKind::AppUser;
    e.account = u"member@example.cn"_s;
    e.corpId = u"100fa2b3"_s;
    e.timeoutMs = 12000;
    e.trustedCertificatesPem
        = { "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"_ba };
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        EnvironmentStore store(&settings);
        id = store.add(e);
        store.setCurrentId(id);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    QCOMPARE(store.currentId(), id);
    std::optional<Environment> read = store.find(id);
    QVERIFY(read);
    e.id = id;
    QCOMPARE(*read, e);
    // Exactly the environment's own fields are written, none other: a field added to what is
    // stored (a secret, say) fails here until it is added to this list deliberately. Secrets
    // go to SecretStore, keyed by Environment::secretKey().
    const QString group = u"environments/"_s + id + u'/';
    QStringList expected { u"environments/current"_s };
    for (const char *key : { "name", "baseUrl", "loginKind", "account", "corpId", "timeoutMs",
             "trustedCertificates/size", "trustedCertificates/1/pem" })
        expected.append(group + QLatin1StringView(key));
    QStringList keys = settings.allKeys();
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);
}

void TestEnvironmentStore::aFailedSaveIsSignalled()
{
    // A folder where the settings file should be: no one, root included, can write it.
    QVERIFY(QDir().mkpath(settingsPath()));
    QSettings settings(settingsPath(), QSettings::IniFormat);
    EnvironmentStore store(&settings);
    QSignalSpy failed(&store, &EnvironmentStore::saveFailed);
    Environment staging;
    staging.name = u"Staging"_s;
    staging.baseUrl = QUrl(u"https://api-test.xlink.cn:8887"_s);
    const QString id = store.add(staging);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(settingsPath())), qPrintable(message));
    QVERIFY2(message.contains(u"a folder has that name"_s), qPrintable(message));
    // It holds for this run.
    QVERIFY(store.find(id));

    store.setCurrentId(id);
    QCOMPARE(failed.size(), 2);
    QVERIFY(store.remove(id));
    QCOMPARE(failed.size(), 3);

    // Once the file can be written, a save succeeds and says nothing.
    QVERIFY(QDir(settingsPath()).removeRecursively());
    const QString second = store.add(staging);
    QCOMPARE(failed.size(), 3);
    QSettings reread(settingsPath(), QSettings::IniFormat);
    QVERIFY(EnvironmentStore(&reread).find(second));
}

QTEST_GUILESS_MAIN(TestEnvironmentStore)
#include "TestEnvironmentStore.moc"
