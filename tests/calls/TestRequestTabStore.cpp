// The console's open tabs in the settings file: read back as written, never with the session's
// secrets, and nothing (rather than something wrong) from a value that cannot be read.

#include "RequestTabStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace xlink {

class TestRequestTabStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void nothingSavedIsNoTabs();
    void tabsComeBackAsSaved();
    void liveSecretsAreNeverWritten();
    void typedHeadersAreKeptWithoutSecretValues();
    void unreadableValueIsNoTabs();

private:
    QSettings settings() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArrayList m_secrets;
};

void TestRequestTabStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets.clear();
}

QSettings TestRequestTabStore::settings() const
{
    return QSettings(m_dir->filePath(u"console.ini"_s), QSettings::IniFormat);
}

void TestRequestTabStore::nothingSavedIsNoTabs()
{
    QSettings file = settings();
    const RequestTabStore store(&file, {});
    QCOMPARE(store.load(), RequestTabList());
}

void TestRequestTabStore::tabsComeBackAsSaved()
{
    RequestTabList tabs;
    RequestTabState first;
    first.request.method = "POST";
    first.request.target = u"/v2/product/{pid}/device?limit=5&q=中文"_s;
    first.request.headers = { { "X-Trace", "1" }, { "X-Sandbox-Fault", "delay=10" } };
    first.request.body = "{\n  \"mac\": \"AABB\",\n  \"note\": \"é\"\n}";
    first.opened = first.request;
    first.opened.body = "{}";
    first.name = u"Add a device"_s;
    first.saveTarget = u"devices.http#2"_s;
    tabs.tabs.append(first);
    tabs.tabs.append(RequestTabState());
    tabs.current = 1;
    {
        QSettings file = settings();
        const RequestTabStore store(&file, [this] { return m_secrets; });
        QString error;
        QVERIFY2(store.save(tabs, &error), qPrintable(error));
    }
    QSettings file = settings();
    const RequestTabStore store(&file, {});
    QCOMPARE(store.load(), tabs);
}

void TestRequestTabStore::liveSecretsAreNeverWritten()
{
    const QByteArray token = "tok-5e1f0a77c2d94b1b";
    const QByteArray refresh = "ref-77aa00bb11cc";
    m_secrets = { token, refresh, "sandbox123", QByteArray() };
    RequestTabState tab;
    tab.request.target = u"/v2/corp?access_token="_s + QString::fromLatin1(token);
    tab.request.headers = { { "X-Token", token }, { "X-Copy", "Bearer " + refresh } };
    tab.request.body = R"({"refresh": ")" + refresh + R"(", "password": "sandbox123"})";
    tab.opened = tab.request;
    {
        QSettings file = settings();
        const RequestTabStore store(&file, [this] { return m_secrets; });
        QVERIFY(store.save({ { tab }, 0 }));
    }
    QFile ini(m_dir->filePath(u"console.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(!text.isEmpty());
    for (const QByteArray &secret : { token, refresh, QByteArray("sandbox123") })
        QVERIFY2(!text.contains(secret), secret.constData());

    QSettings file = settings();
    const RequestTabState kept = RequestTabStore(&file, {}).load().tabs.value(0);
    QCOMPARE(kept.request.header("X-Token"), QByteArray("[REDACTED]"));
    QCOMPARE(kept.request.header("X-Copy"), QByteArray("Bearer [REDACTED]"));
    QCOMPARE(kept.request.target, u"/v2/corp?access_token=[REDACTED]"_s);
    QVERIFY(kept.request.body.contains(R"("password": "[REDACTED]")"));
    QCOMPARE(kept.opened, kept.request);
}

void TestRequestTabStore::typedHeadersAreKeptWithoutSecretValues()
{
    m_secrets = { "tok-5e1f0a77c2d94b1b" };
    RequestTabState tab;
    tab.request.target = u"/v2/corp?limit=5&pwd=hunter22"_s;
    tab.request.headers = { { "Access-Token", "another-environments-token" },
        { "X-Sandbox-Fault", "delay=10" }, { "Authorization", "Bearer abc" } };
    const RequestTabState kept = RequestTabStore::redacted(tab, m_secrets);
    QCOMPARE(kept.request.target, u"/v2/corp?limit=5&pwd=[REDACTED]"_s);
    const HeaderList expected { { "Access-Token", "[REDACTED]" }, { "X-Sandbox-Fault", "delay=10" },
        { "Authorization", "[REDACTED]" } };
    QCOMPARE(kept.request.headers, expected);
    // A secret of a few characters is not looked for inside other text.
    RequestTabState plain;
    plain.request.target = u"/v2/abc"_s;
    plain.request.headers = { { "X-Note", "abc" } };
    QCOMPARE(RequestTabStore::redacted(plain, { "abc" }), plain);
}

void TestRequestTabStore::unreadableValueIsNoTabs()
{
    {
        QSettings file = settings();
        file.setValue(u"console/openTabs"_s, u"{not json"_s);
        file.sync();
    }
    QSettings file = settings();
    QCOMPARE(RequestTabStore(&file, {}).load(), RequestTabList());
    // A later layout is not read as this one.
    file.setValue(u"console/openTabs"_s, uR"({"version": 99, "tabs": [{}]})"_s);
    QCOMPARE(RequestTabStore(&file, {}).load(), RequestTabList());
}

} // namespace xlink

QTEST_GUILESS_MAIN(xlink::TestRequestTabStore)
#include "TestRequestTabStore.moc"
