#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace xlink {

// What went wrong with the team log, in the user's words, told apart from the PostgreSQL
// driver's text and the statement's SQLSTATE: the user needs to know whether to check the
// network, the TLS setup, the password, the database name, the role's grants or the console's
// version, not to read libpq's message (which is kept as the detail).
struct TeamConnectionError
{
    Q_DECLARE_TR_FUNCTIONS(xlink::TeamConnectionError)

public:
    enum class Kind {
        None,
        Settings, // the settings cannot be used (TeamConnectionSettings::problem)
        DriverMissing, // Qt's PostgreSQL driver (libqt6sql6-psql) is not installed
        Unreachable, // no answer: refused, timed out, unknown host, connection dropped
        TlsRefused, // TLS required but not offered (or the server requires it and it is off)
        TlsUntrusted, // the server's certificate could not be verified
        AuthenticationFailed,
        DatabaseMissing,
        PermissionDenied,
        SchemaMissing, // `xlink-cli team-log init` has not been run
        SchemaNewer, // made by a newer console: this one does not write to it
        Other,
    };

    Kind kind = Kind::None;
    QString detail; // the server's or driver's own words (never a password)

    bool ok() const { return kind == Kind::None; }
    // One sentence for the user, in the current language, with the detail after it.
    QString message() const;
    // Stable English names (for --json output and logs): "unreachable", "tls-refused", ...
    QString kindName() const;
    // True for what may pass by itself (the server is down or the network is): retry later.
    bool transient() const { return kind == Kind::Unreachable; }

    static TeamConnectionError classify(const QSqlError &error);
    static TeamConnectionError classify(const QString &text, const QString &sqlState);
};

} // namespace xlink
