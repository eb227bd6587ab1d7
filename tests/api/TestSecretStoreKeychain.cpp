// SecretStore against a real keychain: a gnome-keyring-daemon (a Secret Service) unlocked with
// an empty password, on a private D-Bus session bus started by the test, with the keyring in
// the test's private HOME (tests/support/PrivateTestHome.cpp). A secret is stored, read back by
// another store (nothing in its memory: the answer can only come from the keychain), deleted,
// and then absent. Where no Secret Service can be started (gnome-keyring and dbus-daemon are
// extras of packaging/install-deps.sh --all), the test is skipped and says why; CI sets
// XLINK_REQUIRE_KEYCHAIN=1 after installing them, which turns that skip into a failure.
#include "SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace xlink;
using namespace Qt::StringLiterals;

namespace {

const QString service = u"xlink-console-keychain-test"_s;
const QString secretKey = u"env-1/password"_s;
const QString secret = u"s3cret-密码-keychain"_s;

// What a read through a store with nothing in memory found.
struct KeychainRead
{
    bool answered = false;
    std::optional<QString> value;
    SecretStore::Availability availability = SecretStore::Availability::Unknown;
};

KeychainRead readThroughNewStore(const QString &key)
{
    SecretStore store(service);
    KeychainRead read;
    store.read(key, &store, [&read](const std::optional<QString> &value) {
        read.value = value;
        read.answered = true;
    });
    read.answered = QTest::qWaitFor([&read] { return read.answered; }, 20000);
    read.availability = store.keychainAvailability();
    return read;
}

} // namespace

class TestSecretStoreKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storedSecretIsReadBackFromTheKeychainAndDeleted();

private:
    // Why no Secret Service could be started; empty when one runs.
    QString startSecretService();

    QProcess m_bus;
    QProcess m_keyring;
};

QString TestSecretStoreKeychain::startSecretService()
{
    const QString busDaemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    const QString dbusSend = QStandardPaths::findExecutable(u"dbus-send"_s);
    const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (busDaemon.isEmpty() || dbusSend.isEmpty() || keyringDaemon.isEmpty())
        return u"dbus-daemon, dbus-send or gnome-keyring-daemon is not installed "
               "(packaging/install-deps.sh --all installs them)"_s;

    // A session bus of the test's own, so the user's keyring is never touched.
    m_bus.start(busDaemon, { u"--session"_s, u"--nofork"_s, u"--print-address=1"_s });
    if (!m_bus.waitForStarted(10000))
        return u"dbus-daemon did not start: "_s + m_bus.errorString();
    QByteArray address;
    const bool gotAddress = QTest::qWaitFor(
        [this, &address] {
            address += m_bus.readAllStandardOutput();
            return address.contains('\n') || m_bus.state() == QProcess::NotRunning;
        },
        10000);
    address = address.trimmed();
    if (!gotAddress || address.isEmpty())
        return u"dbus-daemon printed no bus address: "_s
            + QString::fromLocal8Bit(m_bus.readAllStandardError());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    // --unlock reads the login keyring's password from standard input: an empty one. The
    // keyring is created in the private XDG_DATA_HOME, its control socket in XDG_RUNTIME_DIR.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromLocal8Bit(address));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(keyringDaemon, { u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s });
    if (!m_keyring.waitForStarted(10000))
        return u"gnome-keyring-daemon did not start: "_s + m_keyring.errorString();
    // An empty line: without one the daemon creates no login keyring at all.
    m_keyring.write("\n");
    m_keyring.closeWriteChannel();

    // Ready once the daemon owns the Secret Service's name on the bus and its "default" alias
    // names a collection (the login keyring; "/" until the daemon has created and unlocked
    // it). Asked through dbus-send, as QtDBus in this process would outlive the bus and leak
    // at exit; the name's owner is asked first, as a call to the name itself before then would
    // make the bus start a second, locked daemon of its own (D-Bus activation).
    const auto ask = [&](const QStringList &call) {
        QProcess dbus;
        dbus.setProcessEnvironment(environment);
        dbus.start(dbusSend, QStringList { u"--session"_s, u"--print-reply"_s } + call);
        dbus.waitForFinished(10000);
        return dbus.readAllStandardOutput();
    };
    const auto defaultCollection = [&] {
        return ask({ u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                       u"org.freedesktop.DBus.NameHasOwner"_s,
                       u"string:org.freedesktop.secrets"_s })
                   .contains("boolean true")
            && ask({ u"--dest=org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                       u"org.freedesktop.Secret.Service.ReadAlias"_s, u"string:default"_s })
                   .contains("/org/freedesktop/secrets/collection/");
    };
    if (!QTest::qWaitFor(
            [&] { return defaultCollection() || m_keyring.state() == QProcess::NotRunning; }, 20000)
        || m_keyring.state() == QProcess::NotRunning)
        return u"gnome-keyring-daemon offered no unlocked default keyring: "_s
            + QString::fromLocal8Bit(m_keyring.readAllStandardError()).trimmed();
    return {};
}

void TestSecretStoreKeychain::initTestCase()
{
    const QString unavailable = startSecretService();
    if (unavailable.isEmpty())
        return;
    // CI installs the extras and must run the test, not skip it.
    QVERIFY2(qEnvironmentVariableIsEmpty("XLINK_REQUIRE_KEYCHAIN"), qPrintable(unavailable));
    QSKIP(qPrintable(u"no Secret Service can be started here: "_s + unavailable));
}

void TestSecretStoreKeychain::cleanupTestCase()
{
    for (QProcess *process : { &m_keyring, &m_bus }) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000))
            process->kill();
        process->waitForFinished(5000);
    }
}

void TestSecretStoreKeychain::storedSecretIsReadBackFromTheKeychainAndDeleted()
{
    {
        SecretStore store(service);
        QSignalSpy written(&store, &SecretStore::written);
        store.write(secretKey, secret);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().at(0).toString(), secretKey);
        QVERIFY2(written.first().at(1).toBool(), qPrintable(store.keychainError()));
        QCOMPARE(store.keychainAvailability(), SecretStore::Availability::Available);
    }

    // Another store, another run of the console: only the keychain can answer.
    const KeychainRead stored = readThroughNewStore(secretKey);
    QVERIFY(stored.answered);
    QCOMPARE(stored.availability, SecretStore::Availability::Available);
    QCOMPARE(stored.value, std::optional<QString>(secret));

    // The keyring's file is encrypted: the secret is in no file in plain text.
    const QString home = QDir::homePath();
    QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int keyringFiles = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        keyringFiles += file.fileName().endsWith(u".keyring"_s) ? 1 : 0;
    }
    QVERIFY2(keyringFiles > 0, "the keyring was not written under the private HOME");

    {
        SecretStore store(service);
        store.remove(secretKey);
        QVERIFY(!store.cached(secretKey));
        // The deletion runs in the background and says nothing when done: wait until another
        // store finds the entry gone (the keychain answers "not found", it is still usable).
        KeychainRead gone;
        QTRY_VERIFY_WITH_TIMEOUT(
            (gone = readThroughNewStore(secretKey), gone.answered && !gone.value), 20000);
        QCOMPARE(gone.availability, SecretStore::Availability::Available);
    }
}

QTEST_GUILESS_MAIN(TestSecretStoreKeychain)
#include "TestSecretStoreKeychain.moc"
