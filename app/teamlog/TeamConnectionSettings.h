#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

class QSettings;

namespace xlink {

// Where the team log lives: a PostgreSQL server, database and role, and how TLS is used.
// From a libpq connection URI (`postgresql://user@host:port/db?sslmode=...&sslrootcert=...`),
// the standard libpq environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,
// PGSSLMODE, PGSSLROOTCERT) or the console's settings. The password is never saved with the
// rest: it comes from the keychain (SecretStore, key `passwordKey`), PGPASSWORD or the URI, and
// is held in memory only.
struct TeamConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(xlink::TeamConnectionSettings)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // empty: the default for the host (defaultSslMode)
    QString caFile; // PEM file of the certificate authorities trusted for the server
    QString password; // in memory only

    static constexpr auto passwordKey = "teamLog/password";

    // verify-full for any host that is not this machine; prefer for 127.0.0.1, ::1, localhost.
    static QString defaultSslMode(const QString &host);
    static bool isLocalHost(const QString &host);
    // The mode in effect (sslMode, or the host's default).
    QString effectiveSslMode() const;

    // A libpq URI; nullopt with `error` (in the user's words) when it is not one.
    static std::optional<TeamConnectionSettings> fromUri(const QString &uri, QString *error);
    // From PG* variables; nullopt when none of PGHOST, PGPORT, PGDATABASE, PGUSER is set.
    static std::optional<TeamConnectionSettings> fromEnvironment(
        const QProcessEnvironment &environment, QString *error);
    // From the console's settings; nullopt when no team log is set up there.
    static std::optional<TeamConnectionSettings> load(const QSettings &settings);
    static std::optional<TeamConnectionSettings> load();
    // Everything but the password. False with `error` when the file could not be written.
    bool save(const QSettings &settings, QString *error = nullptr) const;

    // Empty when the settings can be used; else why not (an unverified TLS mode for a host
    // that is not this machine, a missing CA file, no host or database).
    QString problem() const;
    // The libpq options Qt's QPSQL driver passes on (QSqlDatabase::setConnectOptions).
    QString connectOptions(int connectTimeoutSecs) const;
    // "user@host:port/database", for messages (never the password).
    QString displayName() const;

    bool operator==(const TeamConnectionSettings &) const = default;
};

} // namespace xlink

Q_DECLARE_METATYPE(xlink::TeamConnectionSettings)
