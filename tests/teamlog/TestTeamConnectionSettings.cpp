// Where the team log's connection comes from (a libpq URI, the PG* variables, the settings),
// which TLS modes are allowed for which host, and the user's words for the driver's errors.
#include "TeamConnectionError.h"
#include "TeamConnectionSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace xlink;
using namespace Qt::StringLiterals;

class TestTeamConnectionSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uriIsParsed();
    void uriWithoutDatabaseUsesTheUser();
    void notAUriIsRefused_data();
    void notAUriIsRefused();
    void environmentVariables();
    void noEnvironmentMeansNone();
    void sslModeDefaultsByHost_data();
    void sslModeDefaultsByHost();
    void unverifiedTlsOnlyForThisMachine_data();
    void unverifiedTlsOnlyForThisMachine();
    void settingsKeepNoPassword();
    void errorsInUserWords_data();
    void errorsInUserWords();
};

void TestTeamConnectionSettings::uriIsParsed()
{
    QString error;
    const auto settings = TeamConnectionSettings::fromUri(
        u"postgresql://ci%40team:p%40ss@db.example.com:6432/xlink_log?sslmode=verify-full"
        "&sslrootcert=/etc/ca.pem"_s,
        &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->host, u"db.example.com"_s);
    QCOMPARE(settings->port, 6432);
    QCOMPARE(settings->user, u"ci@team"_s);
    QCOMPARE(settings->password, u"p@ss"_s);
    QCOMPARE(settings->database, u"xlink_log"_s);
    QCOMPARE(settings->sslMode, u"verify-full"_s);
    QCOMPARE(settings->caFile, u"/etc/ca.pem"_s);
    // The display form never carries the password.
    QVERIFY(!settings->displayName().contains(u"p@ss"_s));
}

void TestTeamConnectionSettings::uriWithoutDatabaseUsesTheUser()
{
    QString error;
    const auto settings = TeamConnectionSettings::fromUri(u"postgres://ana@localhost"_s, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->database, u"ana"_s);
    QCOMPARE(settings->port, 5432);
    QCOMPARE(settings->effectiveSslMode(), u"prefer"_s);
}

void TestTeamConnectionSettings::notAUriIsRefused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("http") << u"http://db.example.com/x"_s;
    QTest::newRow("keywords") << u"host=db dbname=x"_s;
    QTest::newRow("unknown option") << u"postgresql://a@db/x?target_session_attrs=any"_s;
}

void TestTeamConnectionSettings::notAUriIsRefused()
{
    QFETCH(QString, uri);
    QString error;
    QVERIFY(!TeamConnectionSettings::fromUri(uri, &error));
    QVERIFY(!error.isEmpty());
}

void TestTeamConnectionSettings::environmentVariables()
{
    QProcessEnvironment environment;
    environment.insert(u"PGHOST"_s, u"10.0.0.7"_s);
    environment.insert(u"PGPORT"_s, u"5433"_s);
    environment.insert(u"PGDATABASE"_s, u"team"_s);
    environment.insert(u"PGUSER"_s, u"ci"_s);
    environment.insert(u"PGPASSWORD"_s, u"secret"_s);
    environment.insert(u"PGSSLMODE"_s, u"verify-full"_s);
    environment.insert(u"PGSSLROOTCERT"_s, u"/ca.pem"_s);
    QString error;
    const auto settings = TeamConnectionSettings::fromEnvironment(environment, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->host, u"10.0.0.7"_s);
    QCOMPARE(settings->port, 5433);
    QCOMPARE(settings->database, u"team"_s);
    QCOMPARE(settings->user, u"ci"_s);
    QCOMPARE(settings->password, u"secret"_s);
    QCOMPARE(settings->sslMode, u"verify-full"_s);
    QCOMPARE(settings->caFile, u"/ca.pem"_s);

    environment.insert(u"PGPORT"_s, u"port"_s);
    QVERIFY(!TeamConnectionSettings::fromEnvironment(environment, &error));
    QVERIFY(error.contains(u"PGPORT"_s));
}

void TestTeamConnectionSettings::noEnvironmentMeansNone()
{
    QProcessEnvironment environment;
    environment.insert(u"PGPASSWORD"_s, u"secret"_s); // a password alone says nowhere to go
    QString error;
    QVERIFY(!TeamConnectionSettings::fromEnvironment(environment, &error));
    QVERIFY(error.isEmpty());
}

void TestTeamConnectionSettings::sslModeDefaultsByHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::newRow("localhost") << u"localhost"_s << u"prefer"_s;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << u"prefer"_s;
    QTest::newRow("::1") << u"::1"_s << u"prefer"_s;
    QTest::newRow("name") << u"db.example.com"_s << u"verify-full"_s;
    QTest::newRow("lan") << u"192.168.1.10"_s << u"verify-full"_s;
    QTest::newRow("looks local") << u"127.0.0.1.example.com"_s << u"verify-full"_s;
}

void TestTeamConnectionSettings::sslModeDefaultsByHost()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    TeamConnectionSettings settings;
    settings.host = host;
    settings.database = u"x"_s;
    QCOMPARE(settings.effectiveSslMode(), mode);
    QVERIFY2(settings.problem().isEmpty(), qPrintable(settings.problem()));
    QVERIFY(settings.connectOptions(10).contains(u"sslmode="_s + mode));
}

void TestTeamConnectionSettings::unverifiedTlsOnlyForThisMachine_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("local disable") << u"127.0.0.1"_s << u"disable"_s << true;
    QTest::newRow("local prefer") << u"localhost"_s << u"prefer"_s << true;
    QTest::newRow("remote disable") << u"db.example.com"_s << u"disable"_s << false;
    QTest::newRow("remote prefer") << u"db.example.com"_s << u"prefer"_s << false;
    QTest::newRow("remote require") << u"db.example.com"_s << u"require"_s << false;
    QTest::newRow("remote verify-ca") << u"db.example.com"_s << u"verify-ca"_s << false;
    QTest::newRow("remote verify-full") << u"db.example.com"_s << u"verify-full"_s << true;
    QTest::newRow("unknown mode") << u"127.0.0.1"_s << u"sometimes"_s << false;
}

void TestTeamConnectionSettings::unverifiedTlsOnlyForThisMachine()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    QFETCH(bool, allowed);
    TeamConnectionSettings settings;
    settings.host = host;
    settings.database = u"x"_s;
    settings.sslMode = mode;
    QCOMPARE(settings.problem().isEmpty(), allowed);
}

void TestTeamConnectionSettings::settingsKeepNoPassword()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    TeamConnectionSettings settings;
    settings.host = u"db.example.com"_s;
    settings.port = 6000;
    settings.database = u"team"_s;
    settings.user = u"ana"_s;
    settings.caFile = u"/ca.pem"_s;
    settings.password = u"Do-Not-Save-9"_s;
    QString error;
    QVERIFY2(settings.save(QSettings(path, QSettings::IniFormat), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Do-Not-Save-9"));
    const auto loaded = TeamConnectionSettings::load(QSettings(path, QSettings::IniFormat));
    QVERIFY(loaded);
    TeamConnectionSettings expected = settings;
    expected.password.clear();
    QCOMPARE(*loaded, expected);
}

void TestTeamConnectionSettings::errorsInUserWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("kind");
    using Kind = TeamConnectionError::Kind;
    QTest::newRow("refused") << u"connection to server at \"127.0.0.1\", port 1 failed: "
                                "Connection refused\n\tIs the server running on that host?"_s
                             << QString() << int(Kind::Unreachable);
    QTest::newRow("unknown host")
        << u"could not translate host name \"nowhere.invalid\" to address"_s << QString()
        << int(Kind::Unreachable);
    QTest::newRow("tls not offered")
        << u"connection to server at \"127.0.0.1\", port 5 failed: server does not support "
           "SSL, but SSL was required"_s
        << QString() << int(Kind::TlsRefused);
    QTest::newRow("tls required by server")
        << u"FATAL:  no pg_hba.conf entry for host \"10.0.0.2\", user \"ci\", database \"t\", "
           "no encryption"_s
        << QString() << int(Kind::TlsRefused);
    QTest::newRow("certificate") << u"SSL error: certificate verify failed"_s << QString()
                                 << int(Kind::TlsUntrusted);
    QTest::newRow("password")
        << u"connection to server at \"127.0.0.1\", port 5 failed: FATAL:  password "
           "authentication failed for user \"ci\""_s
        << QString() << int(Kind::AuthenticationFailed);
    QTest::newRow("database")
        << u"connection to server at \"127.0.0.1\", port 5 failed: FATAL:  database \"nope\" "
           "does not exist"_s
        << QString() << int(Kind::DatabaseMissing);
    QTest::newRow("permission") << u"ERROR:  permission denied for table xlink_calls"_s
                                << u"42501"_s << int(Kind::PermissionDenied);
    QTest::newRow("no table") << u"ERROR:  relation \"xlink_calls\" does not exist"_s << u"42P01"_s
                              << int(Kind::SchemaMissing);
    QTest::newRow("shutdown") << u"FATAL:  terminating connection due to administrator command"_s
                              << u"57P01"_s << int(Kind::Unreachable);
}

void TestTeamConnectionSettings::errorsInUserWords()
{
    QFETCH(QString, text);
    QFETCH(QString, state);
    QFETCH(int, kind);
    const TeamConnectionError error = TeamConnectionError::classify(text, state);
    QCOMPARE(int(error.kind), kind);
    QVERIFY(error.message().contains(text));
    QVERIFY(error.message().size() > text.size() + 10);
}

QTEST_GUILESS_MAIN(TestTeamConnectionSettings)
#include "TestTeamConnectionSettings.moc"
