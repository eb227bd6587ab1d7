// Secrets: the keychain when it works, memory when it does not, never a file.
#include "SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeThenReadBack();
    void unavailableKeychainKeepsSecretsInMemory();
    void disabledKeychain();
    void removeForgets();
    void readAfterContextDestroyed();
    void storeClosedWhileTheKeychainWorks();

private:
    QTemporaryDir m_home;
};

void TestSecretStore::initTestCase()
{
    // Point every per-user location at an empty directory so the test can prove that no
    // secret lands in a file.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config").toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/data").toUtf8());
    // No session bus: the keychain cannot work, which is the path this machine exercises.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestSecretStore::writeThenReadBack()
{
    SecretStore store(u"xlink-console-test"_s);
    QSignalSpy written(&store, &SecretStore::written);
    store.write(u"env/password"_s, u"s3cret-密码"_s);
    // Available at once from memory, whatever the keychain does.
    QCOMPARE(store.cached(u"env/password"_s), std::optional<QString>(u"s3cret-密码"_s));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().at(0).toString(), u"env/password"_s);
    const bool inKeychain = written.first().at(1).toBool();
    QCOMPARE(inKeychain, store.keychainAvailable());
    QVERIFY(store.keychainAvailability() != SecretStore::Availability::Unknown);

    std::optional<QString> read;
    bool called = false;
    store.read(u"env/password"_s, this, [&](const std::optional<QString> &value) {
        read = value;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(read, std::optional<QString>(u"s3cret-密码"_s));
}

void TestSecretStore::unavailableKeychainKeepsSecretsInMemory()
{
    SecretStore store(u"xlink-console-test"_s);
    QSignalSpy availability(&store, &SecretStore::keychainAvailabilityChanged);
    QSignalSpy written(&store, &SecretStore::written);
    store.write(u"k"_s, u"value-1"_s);
    QVERIFY(written.wait(10000));
    // initTestCase() took the session bus away, so no Secret Service can answer: a keychain
    // here means the test is not testing what it names.
    QVERIFY2(!store.keychainAvailable(), "a keychain answered without a D-Bus session bus");
    QCOMPARE(written.first().at(1).toBool(), false);
    QCOMPARE(availability.size(), 1);
    QVERIFY(!store.keychainError().isEmpty());
    // QtKeychain's generic "Unknown error" (no secret service on D-Bus) is said in our words.
    QVERIFY2(!store.keychainError().contains(u"Unknown error"), qPrintable(store.keychainError()));
    // Later writes skip the keychain and still keep the secret.
    store.write(u"k2"_s, u"value-2"_s);
    QCOMPARE(written.size(), 2);
    QCOMPARE(store.cached(u"k2"_s), std::optional<QString>(u"value-2"_s));

    // A secret that was never written reads as absent.
    bool called = false;
    std::optional<QString> read = u"sentinel"_s;
    store.read(u"never"_s, this, [&](const std::optional<QString> &value) {
        read = value;
        called = true;
    });
    QTRY_VERIFY(called);
    QVERIFY(!read);

    // And nothing was written to any file under the user's directories.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("value-1") && !content.contains("value-2"),
            qPrintable(file.fileName()));
    }
}

void TestSecretStore::disabledKeychain()
{
    SecretStore store(u"xlink-console-test"_s);
    store.setKeychainEnabled(false);
    QVERIFY(!store.keychainAvailable());
    QSignalSpy written(&store, &SecretStore::written);
    store.write(u"a"_s, u"b"_s);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().at(1).toBool(), false);
    QCOMPARE(store.cached(u"a"_s), std::optional<QString>(u"b"_s));
}

void TestSecretStore::removeForgets()
{
    SecretStore store(u"xlink-console-test"_s);
    store.setKeychainEnabled(false);
    store.write(u"a"_s, u"b"_s);
    store.remove(u"a"_s);
    QVERIFY(!store.cached(u"a"_s));
}

void TestSecretStore::readAfterContextDestroyed()
{
    SecretStore store(u"xlink-console-test"_s);
    store.setKeychainEnabled(false);
    store.write(u"a"_s, u"b"_s);
    bool called = false;
    auto *context = new QObject;
    store.read(u"a"_s, context, [&](const std::optional<QString> &) { called = true; });
    delete context;
    // A later read with a live context is delivered after the first one would have been.
    bool sentinel = false;
    store.read(u"a"_s, this, [&](const std::optional<QString> &) { sentinel = true; });
    QTRY_VERIFY(sentinel);
    QVERIFY(!called);
}

void TestSecretStore::storeClosedWhileTheKeychainWorks()
{
    // A store closed (a settings dialog's, say) while the keychain works on its jobs: the
    // answer (here the error of a missing session bus, which comes from GLib's own thread)
    // still comes, to jobs that must still be there, and reaches neither store nor caller.
    bool called = false;
    {
        SecretStore store(u"xlink-console-test"_s);
        store.write(u"w"_s, u"v"_s);
        store.read(u"r"_s, this, [&](const std::optional<QString> &) { called = true; });
        store.remove(u"d"_s);
        // QtKeychain starts its jobs from the event loop: started, not yet answered.
        QCoreApplication::processEvents();
    }
    // Answers come in order: once a later store's read is answered, so were those.
    SecretStore later(u"xlink-console-test"_s);
    bool answered = false;
    later.read(u"r"_s, this, [&](const std::optional<QString> &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
