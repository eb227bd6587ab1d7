#include "TeamConnectionError.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace xlink {

namespace {

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> parts)
{
    for (const QLatin1StringView part : parts) {
        if (text.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TeamConnectionError TeamConnectionError::classify(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return classify(text, error.nativeErrorCode());
}

TeamConnectionError TeamConnectionError::classify(const QString &text, const QString &sqlState)
{
    TeamConnectionError error;
    error.detail = text;
    // SQLSTATE first (statements carry it); a failed connection only has libpq's text.
    const QString state = sqlState.trimmed();
    if (state == u"28P01" || state == u"28000")
        error.kind = Kind::AuthenticationFailed;
    else if (state == u"3D000")
        error.kind = Kind::DatabaseMissing;
    else if (state == u"42501")
        error.kind = Kind::PermissionDenied;
    else if (state == u"42P01")
        error.kind = Kind::SchemaMissing;
    else if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        error.kind = Kind::Unreachable; // connection exceptions, server shutting down
    else if (containsAny(text, { "server does not support SSL"_L1, "SSL was required"_L1 })
        || (text.contains("pg_hba.conf"_L1) && text.contains("no encryption"_L1)))
        error.kind = Kind::TlsRefused;
    else if (containsAny(text,
                 { "certificate verify failed"_L1, "root certificate file"_L1,
                     "server certificate for"_L1, "does not match host name"_L1, "SSL error"_L1,
                     "certificate"_L1 }))
        error.kind = Kind::TlsUntrusted;
    else if (containsAny(text,
                 { "password authentication failed"_L1, "no password supplied"_L1,
                     "authentication failed"_L1, "fe_sendauth"_L1, "pg_hba.conf"_L1,
                     "role \""_L1 }))
        error.kind = Kind::AuthenticationFailed;
    else if (text.contains("database \""_L1) && text.contains("does not exist"_L1))
        error.kind = Kind::DatabaseMissing;
    else if (text.contains("permission denied"_L1, Qt::CaseInsensitive))
        error.kind = Kind::PermissionDenied;
    else if (text.contains("relation \""_L1) && text.contains("does not exist"_L1))
        error.kind = Kind::SchemaMissing;
    else if (containsAny(text,
                 { "could not connect"_L1, "Connection refused"_L1, "timeout expired"_L1,
                     "could not translate host name"_L1, "No route to host"_L1,
                     "Network is unreachable"_L1, "server closed the connection"_L1,
                     "no connection to the server"_L1, "could not receive data"_L1,
                     "could not send data"_L1, "connection to server"_L1,
                     "terminating connection"_L1, "SSL SYSCALL"_L1, "Connection reset"_L1,
                     "the database system is"_L1 }))
        error.kind = Kind::Unreachable;
    else
        error.kind = text.isEmpty() ? Kind::None : Kind::Other;
    return error;
}

QString TeamConnectionError::message() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Settings:
        return detail;
    case Kind::DriverMissing:
        sentence = tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
        break;
    case Kind::Unreachable:
        sentence = tr("Cannot reach the team log server.");
        break;
    case Kind::TlsRefused:
        sentence = tr("TLS refused: the server does not offer TLS, or requires it where this "
                      "connection does not use it.");
        break;
    case Kind::TlsUntrusted:
        sentence = tr("The server's TLS certificate could not be verified (check the CA file "
                      "and the host name).");
        break;
    case Kind::AuthenticationFailed:
        sentence = tr("Authentication failed: check the user name and the password.");
        break;
    case Kind::DatabaseMissing:
        sentence = tr("The team log database does not exist on the server.");
        break;
    case Kind::PermissionDenied:
        sentence = tr("No permission: the role may not do this in the team log database.");
        break;
    case Kind::SchemaMissing:
        sentence = tr("The team log is not set up in this database: run 'xlink-cli team-log "
                      "init'.");
        break;
    case Kind::SchemaNewer:
        sentence = tr("The team log's schema is newer than this console: update the console "
                      "to write to it.");
        break;
    case Kind::Other:
        sentence = tr("The team log server reported an error.");
        break;
    }
    return detail.isEmpty() ? sentence : sentence + u" (" + detail + u')';
}

QString TeamConnectionError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Settings:
        return u"settings"_s;
    case Kind::DriverMissing:
        return u"driver-missing"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    case Kind::TlsRefused:
        return u"tls-refused"_s;
    case Kind::TlsUntrusted:
        return u"tls-untrusted"_s;
    case Kind::AuthenticationFailed:
        return u"authentication-failed"_s;
    case Kind::DatabaseMissing:
        return u"database-missing"_s;
    case Kind::PermissionDenied:
        return u"permission-denied"_s;
    case Kind::SchemaMissing:
        return u"schema-missing"_s;
    case Kind::SchemaNewer:
        return u"schema-newer"_s;
    case Kind::Other:
        return u"other"_s;
    }
    return {};
}

} // namespace xlink
